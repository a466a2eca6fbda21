"""Language detection counts letters by script with C loops (filter, regular expressions): it
must say exactly what the per-character loop it replaced said, ties included."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.core.importers import language
from claimdesk.core.importers.language import detect_language


def per_character_detect_language(text: str) -> str:
    """The earlier implementation: a Python loop over every character."""
    sample = text[: language.SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 3:
        return ""
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f" or c == "ə")
    by_script = Counter[str]()
    for c in letters:
        for (low, high), lang in zip(language._SCRIPTS, language._SCRIPT_LANGUAGE, strict=True):
            if low <= c <= high:
                by_script[lang] += 1
                break
    if by_script:
        lang, count = by_script.most_common(1)[0]
        if count > max(cyrillic, latin):
            if lang == "zh" and by_script["ja"] > 0.05 * len(letters):
                return "ja"
            return lang
    if cyrillic >= latin:
        return language._best_of(sample.lower(), ("ru", "uk", "be", "bg"), minimum=1)
    return language._best_of(
        sample.lower(), ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "az"), minimum=2
    )


MIXED = st.sampled_from(
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў")
    + list("abcdefghijklmnopqrstuvwxyzßäöüñçœêèàùâîłąęśźżćńğışİə")
    + list("αβγδשלוםمرحباქართՀայかな漢字한글")
    + list("0123456789 .,;!?«»—\n²½Ⅻ_")
    + ["и ", "the ", "не ", "що ", "der ", "що ", "və "]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(MIXED, max_size=300).map("".join))
def test_the_same_language_as_the_per_character_loop(text: str) -> None:
    assert detect_language(text) == per_character_detect_language(text)


def test_a_tie_between_scripts_goes_to_the_one_seen_first() -> None:
    for text in ("かם글ح2", "글かםح", "αβשל", "שלαβ"):
        assert detect_language(text) == per_character_detect_language(text)


def test_the_sample_article(sample_text: str) -> None:
    assert detect_language(sample_text) == per_character_detect_language(sample_text) == "ru"
