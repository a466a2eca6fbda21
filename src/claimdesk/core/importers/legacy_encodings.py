"""Legacy encodings: which single-byte code page or East Asian multi-byte encoding a text file
without a byte-order mark is most plausibly in.

A single-byte file is decoded with each sensible candidate (the Cyrillic and Western/Central
European code pages) and the most plausible result wins: letters a language uses often score
well, CAPITALS inside lower-case words and stray symbols score badly. That reads even a ten-letter
cp1251 or KOI8-R string right, where charset-normalizer alone misreads short Cyrillic (as cp1250
or cp1125).

East Asian encodings (Shift-JIS, EUC-JP, GBK, Big5, EUC-KR) are told apart by what a decoding
gives: text in one of them decodes in another too, but into rare characters (Hangul compatibility
jamo, the rarely used second-level ideographs, bopomofo) where the right decoding gives the
common ones (kana and first-level kanji, GB2312's first-level hanzi, KS X 1001 Hangul). So a
short Shift-JIS headline is not read as Korean, as charset-normalizer reads it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

CANDIDATES = (
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp866",
    "mac_cyrillic",
    "iso8859_5",
    "cp1252",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
)
"""Single-byte encodings tried in this order; earlier ones win ties."""

# how often letters occur in running text (Russian and Ukrainian for Cyrillic; rough figures)
_CYRILLIC_FREQUENCY = dict(
    zip(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёіїєґ",
        (
            11.0, 8.5, 8.0, 7.4, 6.7, 6.3, 5.5, 4.7, 4.5, 4.4, 3.5, 3.2, 3.0, 2.8, 2.6, 2.0,
            1.9, 1.7, 1.7, 1.7, 1.6, 1.4, 1.2, 1.0, 0.9, 0.7, 0.6, 0.5, 0.4, 0.3, 0.3, 0.1,
            0.1, 4.0, 0.6, 0.4, 0.1,
        ),
        strict=True,
    )
)  # fmt: skip
_COMMON_LATIN_MARKED = set("éèêàâçëïîôûùüöäßñáíóúõãœåøæ")
_CENTRAL_LATIN_MARKED = set("ąćęłńśźżčďěňřšťůžőűăâîșțľĺŕėįųūģķļņā")
_FINE_SYMBOLS = set("«»„“”‘’–—…№•·°€£§©®™\u00a0")
_DETACHED_SYMBOLS = set("№•·°§©®€£")
_LOG_RARE = math.log(0.02)


def plausibility(text: str) -> float:
    """How much ``text`` reads like a natural language: the mean log-frequency of its letters,
    less penalties for capitals inside words, symbols between letters and mixed scripts.

    Scored without a Python loop over the characters (this runs for every candidate encoding
    of every legacy file of an import): each distinct character is classified once (and
    remembered), the text is mapped to a string of classes with ``str.translate``, and the
    penalties, which depend on a character and its neighbours, are counted by regular
    expressions over that string. The letters' log-frequencies are summed per distinct letter
    (count times value), which may differ from a sum in text order in the last bits only."""
    sample = text[:SCORED_CHARS]
    new = set(sample).difference(_CLASSES)
    for char in new:
        _classify(char)
    classes = sample.translate(_TRANSLATION)
    letters = len(classes) - classes.count(" ") - classes.count("d") - classes.count("p")
    letters -= classes.count("q")
    if letters == 0:
        return -1e9
    log_of = _LOG_OF
    total = 0.0
    for char, count in Counter(sample).items():
        value = log_of.get(char)
        if value is not None:
            total += value * count
    penalty = 3.0 * len(_CAPITAL_INSIDE.findall(classes))
    penalty += 4.0 * len(_SCRIPT_CHANGE.findall(classes))
    penalty += 4.0 * len(_DETACHED_TOUCHING.findall(classes))
    penalty += 2.0 * classes.count("p") + 5.0 * classes.count("q")
    penalty += 4.0 * len(_SYMBOL_INSIDE.findall(classes))
    return (total - penalty) / letters


# Character classes for plausibility(): letters by script (Cyrillic 1-3, Latin 4-6, other 7-9)
# and case (lower, upper, neither); "d" a symbol that never touches a letter in real text, "p"
# and "q" other non-ASCII symbols (punctuation and spaces, or anything else), " " the rest.
_CLASSES: dict[str, str] = {}
_TRANSLATION: dict[int, str] = {}
_LOG_OF: dict[str, float] = {}
_CAPITAL_INSIDE = re.compile(r"(?<=[147])[258]")
_SCRIPT_CHANGE = re.compile(r"(?<=[123])[4-9]|(?<=[456])[1-37-9]|(?<=[789])[1-6]")
_DETACHED_TOUCHING = re.compile(r"(?<=[1-9])d|d(?=[1-9])")
_SYMBOL_INSIDE = re.compile(r"(?<=[1-9])[pq](?=[1-9])")


def _classify(char: str) -> None:
    """Put ``char``'s class (and, for a letter, its log-frequency) in the tables."""
    if char.isalpha():
        lower = char.lower()
        if lower in _CYRILLIC_FREQUENCY:
            value, script = math.log(_CYRILLIC_FREQUENCY[lower] / 100), 1
        elif char.isascii():
            value, script = math.log(0.035), 4
        elif lower in _COMMON_LATIN_MARKED:
            value, script = math.log(0.006), 4
        elif lower in _CENTRAL_LATIN_MARKED:
            value, script = math.log(0.003), 4
        else:
            value, script = _LOG_RARE * 3, 7
        case = 0 if char.islower() else 1 if char.isupper() else 2
        kind = str(script + case)
        _LOG_OF[char] = value
    elif char in _DETACHED_SYMBOLS:
        kind = "d"
    elif not char.isascii() and char not in _FINE_SYMBOLS:
        kind = "p" if unicodedata.category(char).startswith(("P", "Z")) else "q"
    else:
        kind = " "
    _CLASSES[char] = kind
    _TRANSLATION[ord(char)] = kind


GARBLED = -5.0
"""A single-byte guess scoring below this is likely garbage: the file may be in an encoding that
is not among the candidates (an East Asian one, Greek, Arabic, …) or not text at all."""

DOUBTFUL = -4.0
"""A single-byte reading scoring below this is plausible only for a short text with many marked
letters ("Zażółć gęślą jaźń" scores -4.8); Russian or English prose scores above -3.8."""

SAMPLE_BYTES = 64 * 1024
"""Candidates are scored on this much of the file; only the winner decodes all of it."""


def best_single_byte(data: bytes) -> tuple[float, str] | None:
    """(plausibility, encoding) of the most plausible single-byte candidate for ``data``."""
    sample = data[:SAMPLE_BYTES]
    counts = Counter(sample[:SCORED_CHARS])  # the same bytes for every candidate
    best: tuple[float, str] | None = None
    for encoding in CANDIDATES:
        try:
            sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = byte_plausibility(sample, encoding, counts)
        if best is None or score > best[0]:
            best = (score, encoding)
    return best


def byte_plausibility(sample: bytes, encoding: str, counts: Counter[int] | None = None) -> float:
    """:func:`plausibility` of ``sample`` decoded in ``encoding`` (one of :data:`CANDIDATES`,
    which it must decode), scored on the bytes themselves: in a single-byte encoding each byte
    is one character, so the characters' classes are a ``bytes.translate`` of the bytes, and
    each penalty, a pair (or three) of neighbouring classes, is counted by ``bytes.count`` or a
    regular expression over a string of classes. The same counts and the same sum, in the same
    order, as :func:`plausibility` (ten candidates a file made it the costliest part of
    importing a legacy text file). ``counts``, the first :data:`SCORED_CHARS` bytes counted,
    may be given when several encodings are scored."""
    tables = _byte_tables(encoding)
    sample = sample[:SCORED_CHARS]
    logs, kinds = tables.logs, tables.kinds
    total = 0.0
    found = [0] * len(_KINDS)
    # in order of first appearance, as plausibility() sums them
    for byte, count in (Counter(sample) if counts is None else counts).items():
        value = logs[byte]
        if value is not None:
            total += value * count
        for kind in kinds[byte]:
            found[kind] += count
    lower, upper, _neither, cyrillic, latin, other, detached, p_symbols, q_symbols = found
    letters = cyrillic + latin + other
    if letters == 0:
        return -1e9
    # each penalty counted only when the text holds what it needs
    capitals = sample.translate(tables.case).count(b"lu") if lower and upper else 0
    changes = 0
    if letters not in (cyrillic, latin, other):  # letters of more than one script
        script = sample.translate(tables.script)
        changes = sum(script.count(pair) for pair in _SCRIPT_PAIRS)
    touching = between = 0
    if detached or p_symbols or q_symbols:
        near = sample.translate(tables.near)
        if detached:
            touching = near.count(b"Xd") + near.count(b"dX") - len(_DETACHED_BETWEEN.findall(near))
        between = len(_SYMBOL_BETWEEN.findall(near))
    penalty = 3.0 * capitals
    penalty += 4.0 * changes
    penalty += 4.0 * touching
    penalty += 2.0 * p_symbols + 5.0 * q_symbols
    penalty += 4.0 * between
    return (total - penalty) / letters


class _ByteTables(NamedTuple):
    """For one single-byte encoding, what each byte value is to :func:`byte_plausibility`."""

    logs: tuple[float | None, ...]
    """The letter's log-frequency, None for a byte that is not a letter."""
    kinds: tuple[tuple[int, ...], ...]
    """The counts (indexes in _KINDS) the byte adds to: a letter's case and script, a symbol's
    kind, none for the rest."""
    near: bytes
    """Translation to X (a letter), d (a detached symbol), P (a p or q symbol) or space."""
    case: bytes
    """Translation to l (a lower-case letter), u (an upper-case one) or space."""
    script: bytes
    """Translation to C (a Cyrillic letter), L (Latin), O (another letter) or space."""


_KINDS = ("lower", "upper", "neither", "cyrillic", "latin", "other", "d", "p", "q")
_BYTE_TABLES: dict[str, _ByteTables] = {}
_SCRIPT_PAIRS = (b"CL", b"CO", b"LC", b"LO", b"OC", b"OL")
_DETACHED_BETWEEN = re.compile(rb"Xd(?=X)")  # consumes X and d only: XdXdX counts twice
_SYMBOL_BETWEEN = re.compile(rb"XP(?=X)")
SCORED_CHARS = 20000
"""How much of a reading :func:`plausibility` scores."""


def _byte_tables(encoding: str) -> _ByteTables:
    tables = _BYTE_TABLES.get(encoding)
    if tables is not None:
        return tables
    logs: list[float | None] = []
    kinds: list[tuple[int, ...]] = []
    near, case, script = bytearray(), bytearray(), bytearray()
    for byte in range(256):
        try:
            char = bytes([byte]).decode(encoding)
        except UnicodeDecodeError:
            char = " "  # never in a sample the encoding decodes
        if len(char) != 1:
            raise ValueError(f"{encoding} is not a single-byte encoding")
        if char not in _CLASSES:
            _classify(char)
        kind = _CLASSES[char]
        if kind.isdigit():
            script_of, case_of = divmod(int(kind) - 1, 3)
            logs.append(_LOG_OF[char])
            kinds.append((case_of, 3 + script_of))
            near += b"X"
            case += b"lu "[case_of : case_of + 1]
            script += b"CLO"[script_of : script_of + 1]
        else:
            logs.append(None)
            kinds.append((_KINDS.index(kind),) if kind in "dpq" else ())
            near += {"d": b"d", "p": b"P", "q": b"P"}.get(kind, b" ")
            case += b" "
            script += b" "
    tables = _ByteTables(tuple(logs), tuple(kinds), bytes(near), bytes(case), bytes(script))
    _BYTE_TABLES[encoding] = tables
    return tables


# -- East Asian encodings ------------------------------------------------------------------------

EAST_ASIAN = ("cp932", "gb18030", "euc_jp", "big5", "cp949")
"""Tried in this order; earlier ones win ties (cp932 is Shift-JIS as Windows writes it). EUC-JP,
GB2312 and EUC-KR share their byte ranges, so the same bytes often decode in all three into
common characters: kana decide for Japanese and Hangul for Korean (below); kanji-only text is
taken as Chinese, as Japanese prose is seldom without kana."""

EAST_ASIAN_SURE = 0.85
"""A decoding whose characters are this often the common ones is taken over a single-byte
reading, if it has at least :data:`EAST_ASIAN_SURE_CHARS` of them or the single-byte reading
is itself doubtful (a short Cyrillic text can decode as a few common hanzi by chance)."""

EAST_ASIAN_SURE_CHARS = 12

EAST_ASIAN_LIKELY = 0.6
"""Below this a decoding is no more than chance: the file is not East Asian text."""


class EastAsian(NamedTuple):
    commonness: float
    encoding: str
    chars: int
    """Non-ASCII characters in the scored sample."""


def best_east_asian(data: bytes) -> EastAsian | None:
    """The East Asian encoding that decodes ``data`` without error into the most common
    characters, or None when none decodes it or it holds no such text."""
    sample = data[:SAMPLE_BYTES]
    scored: list[tuple[EastAsian, str]] = []
    for encoding in EAST_ASIAN:
        text = strict_prefix(sample, encoding, whole=len(sample) == len(data))
        if text is None:
            continue
        score = commonness(text, encoding)
        if score is not None:
            chars = len(text) - len(text.encode("ascii", "ignore"))
            scored.append((EastAsian(score, encoding, chars), text))
    if not scored:
        return None
    top = max(found.commonness for found, _ in scored)
    close = [(found, text) for found, text in scored if found.commonness >= top - 0.1]
    for found, text in close:
        if found.encoding == "cp949" and _share(text, _is_hangul) >= 0.9:
            return found
    for found, text in close:
        if found.encoding in ("cp932", "euc_jp") and _share(text, _kana) >= 0.05:
            return found
    return max(close, key=lambda pair: pair[0].commonness)[0]  # max keeps the first of ties


def _share(text: str, test: Callable[[str], bool]) -> float:
    """The share of the non-ASCII letters of ``text`` that pass ``test``."""
    letters = [char for char in text[:20000] if not char.isascii() and char.isalpha()]
    return sum(1 for char in letters if test(char)) / len(letters) if letters else 0.0


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def strict_prefix(sample: bytes, encoding: str, *, whole: bool) -> str | None:
    """``sample`` decoded strictly; when it is only the start of the file, a character cut at its
    end is dropped. None when the bytes are not valid in ``encoding``."""
    try:
        return sample.decode(encoding)
    except UnicodeDecodeError as error:
        if whole or error.start < len(sample) - 4:
            return None
        try:
            return sample[: error.start].decode(encoding)
        except UnicodeDecodeError:
            return None


def commonness(text: str, encoding: str) -> float | None:
    """How often the non-ASCII characters of ``text`` are ones that text in ``encoding``'s
    language commonly uses (1.0 all of them); None when it has too few to tell."""
    weigh = _WEIGHTS[encoding]
    total = 0.0
    count = 0
    for char in text[:20000]:
        if char.isascii():
            continue
        count += 1
        code = ord(char)
        if 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E:
            total += 1.0  # CJK punctuation and full-width forms: every language uses them
        else:
            total += weigh(char)
    if count < 2:
        return None
    return total / count


def _level(char: str, encoding: str, first: tuple[int, int], second: tuple[int, int]) -> float:
    """1.0 for a character in the first (common) level of ``encoding``'s national standard, 0.5
    for the second level, 0.0 for anything else: the lead byte says which level it is in."""
    try:
        encoded = char.encode(encoding)
    except UnicodeEncodeError:
        return 0.0
    if len(encoded) != 2:
        return 0.0
    lead = encoded[0]
    if first[0] <= lead <= first[1]:
        return 1.0
    if second[0] <= lead <= second[1]:
        return 0.5
    return 0.0


def _kana(char: str) -> bool:
    return "\u3041" <= char <= "\u30ff"


def _japanese(char: str) -> float:
    if _kana(char):
        return 1.0
    # JIS X 0208 in EUC-JP: kanji level 1 in rows 16–47 (lead 0xB0–0xCF), level 2 after it
    return _level(char, "euc_jp", (0xB0, 0xCF), (0xD0, 0xF4))


def _simplified_chinese(char: str) -> float:
    if _kana(char):
        return 0.2  # GB2312 has kana, but Chinese text seldom uses them
    return _level(char, "gb2312", (0xB0, 0xD7), (0xD8, 0xF7))


def _traditional_chinese(char: str) -> float:
    if "\u3100" <= char <= "\u312f":
        return 0.2  # bopomofo: in Big5, rare in running text
    return _level(char, "big5", (0xA4, 0xC6), (0xC9, 0xF9))


def _korean(char: str) -> float:
    if _is_hangul(char):
        # the 2,350 syllables of KS X 1001 are the common ones; the rest only cp949 has
        return 1.0 if _level(char, "euc_kr", (0xB0, 0xC8), (0, 0)) else 0.0
    if "\u4e00" <= char <= "\u9fff":
        return 0.3  # hanja: Korean news uses a few
    return 0.0  # compatibility jamo and the rest are what wrong decodings give


_WEIGHTS = {
    "cp932": _japanese,
    "euc_jp": _japanese,
    "gb18030": _simplified_chinese,
    "big5": _traditional_chinese,
    "cp949": _korean,
}
