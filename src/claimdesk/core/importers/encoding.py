"""Decoding text files whose encoding nobody wrote down.

The order of the checks matters:

1. a byte-order mark decides;
2. UTF-32 and UTF-16 without a BOM are recognised by where their zero bytes fall (every ASCII
   character, space and line break has one), before the zero bytes could make the file look
   binary; ISO-2022 (7-bit Japanese or Korean) by its escape sequences;
3. strict UTF-8, which almost never decodes anything else by accident;
4. a file with NUL bytes or many control characters is binary, not text;
5. UTF-8 with a few bytes that are not valid UTF-8 (a stray Latin-1 byte, a damaged spot) is still
   UTF-8: the bad bytes become U+FFFD and a warning says how many and where the first one is,
   instead of the whole article turning into mojibake in a single-byte code page;
6. legacy encodings (:mod:`claimdesk.core.importers.legacy_encodings`): the single-byte code pages
   and the East Asian multi-byte encodings, whichever reads most plausibly; then charset-normalizer
   for the rest (Greek, Arabic, Hebrew, …);
7. anything else is refused as not text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message
from claimdesk.core.importers.legacy_encodings import (
    CANDIDATES,
    DOUBTFUL,
    EAST_ASIAN_LIKELY,
    EAST_ASIAN_SURE,
    EAST_ASIAN_SURE_CHARS,
    GARBLED,
    best_east_asian,
    best_single_byte,
    plausibility,
)

__all__ = ["CANDIDATES", "Decoded", "decode", "decode_text", "is_binary", "plausibility"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ISO_2022 = re.compile(rb"\x1b\$[@AB(]|\x1b\$\)C")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
"""The control characters text files do not hold (all below 32 but \\t \\n \\f \\r and ESC)."""
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))
"""The same control characters as bytes: deleting them (``bytes.translate``) counts them all in
one pass."""
_DETECT_BYTES = 8192
"""How much of the file the byte-order checks look at."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """A text file's text, the encoding it was read in, and what went wrong on the way."""

    text: str
    encoding: str
    warnings: tuple[str | Message, ...] = ()
    """Each in the user's language through ``str()``, where it is shown."""


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) for the bytes of a text file; ImportFileError for empty or binary data.
    (:func:`decode` also gives the warnings: use it for anything shown to the user.)"""
    decoded = decode(data, name)
    return decoded.text, decoded.encoding


def decode(data: bytes, name: str) -> Decoded:
    """The text in ``data``; ImportFileError for empty, binary or undecodable data."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} is empty."), file=name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _with_bom(data, encoding, name)
    wide = _utf32_or_16_without_bom(data)
    if wide is not None:
        return _lenient(data, wide, name, label=wide.replace("-le", "").replace("-be", ""))
    if _ISO_2022.search(data[:65536]):
        for encoding in ("iso2022_jp_2", "iso2022_kr"):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                continue
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and not _has_controls(utf8[:65536]):
        return Decoded(utf8, "utf-8")
    if looks_binary(data):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is a binary file, not text."), file=name
        )
    if utf8 is not None:
        return Decoded(utf8, "utf-8")
    mostly_utf8 = _mostly_utf8(data, name)
    if mostly_utf8 is not None:
        return mostly_utf8
    return _legacy(data, name)


def _with_bom(data: bytes, encoding: str, name: str) -> Decoded:
    label = encoding.replace("-sig", "")
    try:
        return Decoded(data.decode(encoding), label)
    except UnicodeDecodeError:
        return _lenient(data, encoding, name, label=label)


def _lenient(data: bytes, encoding: str, name: str, *, label: str) -> Decoded:
    """``data`` in ``encoding``, any undecodable bytes replaced by U+FFFD and reported."""
    try:
        return Decoded(data.decode(encoding), label)
    except UnicodeDecodeError as error:
        first = error.start
    text = data.decode(encoding, "replace")
    bad = max(1, text.count("\ufffd"))
    return Decoded(text, label, (_undecodable(name, bad, first, data, label),))


def _undecodable(name: str, bad: int, first: int, data: bytes, encoding: str) -> Message:
    line = data.count(b"\n", 0, first) + 1
    if bad == 1:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: 1 byte is not valid {encoding} (at byte {first:,}, line {line:,}) and "
            "shown as “\ufffd”: check the text there, or save the file again as {encoding} and "
            "re-import it.",
        )
    else:  # the count is written out by the template ("1,234", not %n's "1234")
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: {bad:,} bytes are not valid {encoding} (the first at byte {first:,}, line "
            "{line:,}) and shown as “\ufffd”: check the text there, or save the file again as "
            "{encoding} and re-import it.",
        )
    return Message(template, file=name, bad=bad, encoding=encoding.upper(), first=first, line=line)


def _mostly_utf8(data: bytes, name: str) -> Decoded | None:
    """UTF-8 with a few invalid bytes: many more valid multi-byte characters than bad bytes."""
    escaped = data.decode("utf-8", "surrogateescape")  # each bad byte becomes one surrogate
    # counted by encoding, which runs in C: a legacy file can have millions of bad bytes
    bad = len(data) - len(escaped.encode("utf-8", "ignore"))
    valid_non_ascii = len(escaped) - len(escaped.encode("ascii", "ignore")) - bad
    if valid_non_ascii < 2 * bad:
        return None  # a legacy 8-bit encoding, not damaged UTF-8
    found = _ESCAPED_BYTE.search(escaped)
    first = len(escaped[: found.start()].encode("utf-8", "surrogateescape")) if found else 0
    text = _ESCAPED_BYTE.sub("\ufffd", escaped)
    return Decoded(text, "utf-8", (_undecodable(name, bad, first, data, "utf-8"),))


def _legacy(data: bytes, name: str) -> Decoded:
    """A file in a legacy encoding: single-byte, East Asian, or what charset-normalizer names."""
    east_asian = best_east_asian(data)
    single = best_single_byte(data)
    chosen: str | None = None
    single_score = single[0] if single is not None else -1e9
    if (
        east_asian is not None
        and east_asian.commonness >= EAST_ASIAN_SURE
        and (east_asian.chars >= EAST_ASIAN_SURE_CHARS or single_score < DOUBTFUL)
    ):
        chosen = east_asian.encoding
    elif single is not None and single_score >= GARBLED:
        chosen = single[1]
    elif east_asian is not None and east_asian.commonness >= EAST_ASIAN_LIKELY:
        chosen = east_asian.encoding
    if chosen is not None:
        return _lenient(data, chosen, name, label=chosen)
    from charset_normalizer import from_bytes  # noqa: PLC0415 (rarely needed; slow to load)

    found = from_bytes(data).best()
    if found is not None:
        return Decoded(str(found), found.encoding)
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not text in an encoding ClaimDesk recognises (it may be a binary file): "
            "open it in a text editor, save it as UTF-8 and import that.",
        ),
        file=name,
    )


def is_binary(head: bytes) -> bool:
    """True when the first bytes of a file show binary data rather than text in some encoding."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return looks_binary(head) and _utf32_or_16_without_bom(head) is None


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control characters, as text files have neither."""
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(head) // 100)


def _utf32_or_16_without_bom(data: bytes) -> str | None:
    """ "utf-32-le"/"-be" or "utf-16-le"/"-be" when ``data`` is text in one of them without a BOM.

    In UTF-32 the top byte of every unit is zero and the next at most 0x10. In UTF-16, every
    space, line break, digit and Latin letter has a zero byte, always on the same side of its
    unit (the second byte in little-endian), while other text has no zero bytes at all: so the
    zero bytes, nearly all on one side, give the byte order, and the decoded text must then be
    free of control characters."""
    head = data[:_DETECT_BYTES]
    units = len(head) // 4
    head32 = head[: units * 4]
    if units >= 2:
        for encoding, top, next_top in (("utf-32-le", 3, 2), ("utf-32-be", 0, 1)):
            if head32[top::4].count(0) == units and max(head32[next_top::4]) <= 0x10:
                text = _decodes(head32, encoding)
                if text is not None and _reads_as_text(text):
                    return encoding
    even = head[: len(head) // 2 * 2]
    if len(even) < 4:
        return None
    zeros_first, zeros_second = even[0::2].count(0), even[1::2].count(0)
    zeros = zeros_first + zeros_second
    if zeros < max(2, len(even) // 200):
        return None
    for encoding, on_side in (("utf-16-le", zeros_second), ("utf-16-be", zeros_first)):
        if on_side >= 0.95 * zeros:
            text = _decodes(even, encoding)
            if text is not None and _reads_as_text(text):
                return encoding
    return None


def _decodes(head: bytes, encoding: str) -> str | None:
    """``head`` decoded strictly, allowing a character cut at its end."""
    try:
        return head.decode(encoding)
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:
            return None
        return head[: error.start].decode(encoding, "replace")


def _reads_as_text(text: str) -> bool:
    """No control characters, and nearly all characters assigned ones of the scripts people
    write (not private-use, unassigned, or the historic scripts of the supplementary planes that
    binary data decodes into)."""
    if not text or _has_controls(text):
        return False
    odd = sum(
        1
        for char in text
        if 0x10000 <= ord(char) < 0x1F000
        or ord(char) > 0x1FFFF
        or unicodedata.category(char) in ("Cn", "Co", "Cs")
    )
    return odd <= len(text) // 20


def _has_controls(text: str) -> bool:
    """True when ``text`` holds a control character other than tab, line breaks, form feed and
    escape (searched by a regular expression: a loop over the characters in Python cost a UTF-8
    file a millisecond a page)."""
    return _CONTROL.search(text) is not None


_WINDOWS_CODE_PAGE = re.compile(r"cp(125\d)$")
_ISO_8859 = re.compile(r"iso8859-(\d{1,2})$")


def encoding_label(name: str) -> str:
    """The name people know an encoding by, for a codec's name: "Windows-1251" for cp1251,
    "KOI8-R" for koi8_r, "ISO-8859-5" for iso8859_5, "Mac Cyrillic", else the codec's own name
    in capitals ("UTF-16", "GB18030"). An unknown name is given back as it is."""
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return name
    if found := _WINDOWS_CODE_PAGE.match(canonical):
        return f"Windows-{found.group(1)}"
    if found := _ISO_8859.match(canonical):
        return f"ISO-8859-{found.group(1)}"
    if canonical.startswith("mac-"):
        return "Mac " + canonical[4:].replace("-", " ").title()
    if canonical == "cp866":
        return "DOS-866"
    return canonical.upper().replace("_", "-")
