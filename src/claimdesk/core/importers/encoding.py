"""Decoding text files whose encoding nobody wrote down.

Byte-order marks decide first, then strict UTF-8 (which almost never decodes anything else by
accident). A legacy single-byte file is decoded with each sensible candidate (the Cyrillic and
Western/Central European code pages) and the most plausible result wins: letters a language
uses often score well, CAPITALS inside lower-case words and stray symbols score badly. That
reads even a ten-letter cp1251 or KOI8-R string right, where charset-normalizer alone misreads
short Cyrillic (as cp1250 or cp1125). charset-normalizer is asked only when no candidate gives
plausible text (East Asian encodings and the like).
"""

from __future__ import annotations

import codecs
import math
import unicodedata

from claimdesk.core.errors import ImportFileError

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

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

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


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) for the bytes of a text file; ImportFileError for empty or binary data."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(f"{name} is empty.")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError:
                raise ImportFileError(
                    f"{name} starts like {encoding.upper()} text but is damaged "
                    f"(cannot be decoded); save it again and retry."
                ) from None
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and not _has_controls(utf8[:65536]):
        return utf8, "utf-8"
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if looks_binary(data):
        raise ImportFileError(f"{name} is a binary file, not text.")
    if utf8 is not None:
        return utf8, "utf-8"
    return _most_plausible(data, name)


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control characters, as text files have neither."""
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in range(32) if c not in (9, 10, 12, 13, 27))
    return controls > max(2, len(head) // 100)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: in Latin or Cyrillic text every other byte is one of a few values
    (0x00, 0x04), so one half of the bytes is nearly constant and the other is not."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = _top_two_share(head[0::2]), _top_two_share(head[1::2])
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high >= 0.75 and low < 0.6:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if not _has_controls(text[:4096]):
                return text, "utf-16"
    return None


def _has_controls(text: str) -> bool:
    return any(ord(c) < 32 and c not in "\t\n\r\f\x1b" for c in text)


def _top_two_share(half: bytes) -> float:
    counts = sorted((half.count(bytes([b])) for b in set(half)), reverse=True)
    return sum(counts[:2]) / len(half)


def plausibility(text: str) -> float:
    """How much ``text`` reads like a natural language: the mean log-frequency of its letters,
    less penalties for capitals inside words, symbols between letters and mixed scripts."""
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
                if _script_of(previous) != script:
                    penalty += 4.0
        elif char in _DETACHED_SYMBOLS:
            if previous.isalpha() or sample[index + 1 : index + 2].isalpha():
                penalty += 4.0  # "®лка": these never touch a letter in real text
        elif not char.isascii() and char not in _FINE_SYMBOLS:
            category = unicodedata.category(char)
            penalty += 2.0 if category.startswith(("P", "Z")) else 5.0
            if previous.isalpha() and sample[index + 1 : index + 2].isalpha() and char != "’":
                penalty += 4.0  # "Přílią ľlu»oučký": a symbol inside a word
        previous = char
    if letters == 0:
        return -1e9
    return (total - penalty) / letters


def _script_of(char: str) -> str:
    lower = char.lower()
    if lower in _CYRILLIC_FREQUENCY:
        return "c"
    if char.isascii() or lower in _COMMON_LATIN_MARKED or lower in _CENTRAL_LATIN_MARKED:
        return "l"
    return "?"


_GARBLED = -5.0
"""A best guess scoring below this is likely garbage: the file may be in an encoding that is not
among the candidates (GBK, Shift-JIS, EUC-KR, …), which charset-normalizer then gets to name."""

_MULTI_BYTE_PREFIXES = ("gb", "big5", "cp932", "shift", "euc", "cp949", "cp950", "iso2022", "hz")


def _most_plausible(data: bytes, name: str) -> tuple[str, str]:
    best: tuple[float, str, str] | None = None
    for encoding in CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is not None and best[0] >= _GARBLED:
        return best[1], best[2]
    from charset_normalizer import from_bytes  # noqa: PLC0415 (rarely needed; slow to load)

    found = from_bytes(data).best()
    if found is not None and found.encoding.startswith(_MULTI_BYTE_PREFIXES):
        return str(found), found.encoding
    if best is not None:
        return best[1], best[2]
    raise ImportFileError(
        f"{name} is not in an encoding ClaimDesk can recognise; save it as UTF-8 and retry."
    )
