"""The encoding detector's plausibility score, computed without a loop over the characters,
gives what the character-by-character reckoning gave (kept here as the reference): the same
score, to rounding, for any text, and so the same encoding for every file."""

from __future__ import annotations

import math
import random
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.core.importers.encoding import looks_binary
from claimdesk.core.importers.legacy_encodings import (
    _CENTRAL_LATIN_MARKED,
    _COMMON_LATIN_MARKED,
    _CYRILLIC_FREQUENCY,
    _DETACHED_SYMBOLS,
    _FINE_SYMBOLS,
    _LOG_RARE,
    CANDIDATES,
    best_single_byte,
    byte_plausibility,
    plausibility,
)

DATA = Path(__file__).resolve().parents[2] / "data"


def reference(text: str) -> float:
    """plausibility() as it was written first: one character at a time."""
    sample = text[:20000]
    total = 0.0
    letters = 0
    penalty = 0.0
    previous = " "
    for index, char in enumerate(sample):
        if char.isalpha():
            letters += 1
            lower = char.lower()
            if lower in _CYRILLIC_FREQUENCY:
                total += math.log(_CYRILLIC_FREQUENCY[lower] / 100)
                script = "c"
            elif char.isascii():
                total += math.log(0.035)
                script = "l"
            elif lower in _COMMON_LATIN_MARKED:
                total += math.log(0.006)
                script = "l"
            elif lower in _CENTRAL_LATIN_MARKED:
                total += math.log(0.003)
                script = "l"
            else:
                total += _LOG_RARE * 3
                script = "?"
            if previous.isalpha():
                if char.isupper() and previous.islower():
                    penalty += 3.0
                if script_of(previous) != script:
                    penalty += 4.0
        elif char in _DETACHED_SYMBOLS:
            if previous.isalpha() or sample[index + 1 : index + 2].isalpha():
                penalty += 4.0
        elif not char.isascii() and char not in _FINE_SYMBOLS:
            category = unicodedata.category(char)
            penalty += 2.0 if category.startswith(("P", "Z")) else 5.0
            if previous.isalpha() and sample[index + 1 : index + 2].isalpha() and char != "’":
                penalty += 4.0
        previous = char
    if letters == 0:
        return -1e9
    return (total - penalty) / letters


def script_of(char: str) -> str:
    lower = char.lower()
    if lower in _CYRILLIC_FREQUENCY:
        return "c"
    if char.isascii() or lower in _COMMON_LATIN_MARKED or lower in _CENTRAL_LATIN_MARKED:
        return "l"
    return "?"


def same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# letters of every kind the score tells apart, symbols it penalises, and a few others
ALPHABET = (
    "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёіїєґОЕАЁЇabcXYZéÉçąŁžǅßΩωあ漢"
    "«»„“”‘’–—…№•·°€£§©®™\u00a0 .,;:!?-'\"\n\t0123456789¤¦¬±µ¶\u2028\u3000"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_any_text_scores_as_it_did(text: str) -> None:
    assert same(plausibility(text), reference(text))


def test_every_candidate_reading_of_real_files_scores_as_it_did() -> None:
    """Russian and English articles, and random bytes, read in every candidate encoding: the
    same scores, so the same winner."""
    rng = random.Random(3)
    samples = [p.read_bytes() for p in sorted(DATA.iterdir()) if p.suffix in (".txt", ".md")]
    russian = (DATA / "ru-sputnik-baku-ambassador.txt").read_text(encoding="utf-8")
    samples += [russian.encode(e) for e in ("cp1251", "koi8_r", "cp866", "mac_cyrillic")]
    samples += [bytes(rng.randrange(256) for _ in range(rng.randint(1, 400))) for _ in range(40)]
    for data in samples:
        for encoding in CANDIDATES:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            assert same(plausibility(text), reference(text)), encoding
        best = best_single_byte(data)
        readings = []
        for encoding in CANDIDATES:
            try:
                readings.append((reference(data[: 64 * 1024].decode(encoding)), encoding))
            except UnicodeDecodeError:
                continue
        expected = max(readings, key=lambda r: r[0]) if readings else None  # first of a tie
        assert (best and best[1]) == (expected and expected[1])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(CANDIDATES))
def test_scoring_the_bytes_gives_exactly_the_score_of_the_text(data: bytes, encoding: str) -> None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return
    assert byte_plausibility(data, encoding) == plausibility(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300), st.sampled_from(CANDIDATES))
def test_scoring_the_bytes_of_a_text_gives_exactly_its_score(text: str, encoding: str) -> None:
    data = text.encode(encoding, "ignore")
    assert byte_plausibility(data, encoding) == plausibility(data.decode(encoding))


def test_scoring_the_bytes_of_real_files_gives_exactly_their_scores() -> None:
    """Whole articles in every candidate encoding (longer than the 20,000 characters scored),
    with symbols between letters, capitals inside words and detached symbols side by side."""
    russian = (DATA / "ru-sputnik-baku-ambassador.txt").read_text(encoding="utf-8")
    tricky = "aXb a°b °a a° a°°b x§y§z «Ёж»—ёЖ Straße™x ÀÉ, a\u00a0b a¶b ¤¦¬ б±в " * 40
    for text in (russian * 4, tricky, russian[:300] + tricky):
        for encoding in CANDIDATES:
            data = text.encode(encoding, "ignore")
            assert byte_plausibility(data, encoding) == plausibility(data.decode(encoding))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.integers(min_value=0, max_value=3))
def test_binary_data_is_told_by_the_same_count_of_control_bytes(data: bytes, repeat: int) -> None:
    """looks_binary counts the control bytes in one pass; the count is the one a count of each
    control byte gave."""
    data = data * (repeat + 1)
    head = data[:65536]
    controls = sum(head.count(bytes([c])) for c in range(32) if c not in (9, 10, 12, 13, 27))
    expected = b"\x00" in head or controls > max(2, len(head) // 100)
    assert looks_binary(data) == expected
