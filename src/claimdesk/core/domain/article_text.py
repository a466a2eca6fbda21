"""An article's text as the catalogue stores it, its hash, and its shingles (word three-grams,
for finding near-duplicates): everything about a new article that needs only its text.

Nothing here touches the database, so a batch import's worker processes compute it beside the
reading, and the process that writes the catalogue only looks the results up. Shingles are
hashed with CRC-32, not Python's ``hash()``, which differs from process to process.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP

MAX_ARTICLE_CHARS = 5_000_000
PREFIX_CHARS = 5_000
"""Only this much of each article is shingled: enough to tell a story, cheap to read."""
SHINGLE_WORDS = 3

_WORD = re.compile(r"\w+")


_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")
"""Control characters no text is written with (tabs, line and page breaks are not among them)."""
CONTROL_SHARE = 0.05
"""A text with more control characters than this share of its first CONTROL_SAMPLE characters
is binary data read as text (random bytes give about a quarter)."""
CONTROL_SAMPLE = 100_000


def normalise_article_text(text: str) -> str:
    """Article text as stored: line ends as \\n, no byte-order mark; refuses text with NUL bytes
    or many other control characters (binary data), blank text and text over the limit."""
    if "\x00" in text:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The text contains NUL characters, so it is probably a binary file, not an "
                "article.",
            )
        )
    sample = text[:CONTROL_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls >= 10 and controls > CONTROL_SHARE * len(sample):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{share:.0%} of the text is control characters, so it is probably binary data, "
                "not an article.",
            ),
            share=controls / len(sample),
        )
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Errors", "The article is empty: there is no text to catalogue.")
        )
    if len(text) > MAX_ARTICLE_CHARS:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The article is {length:,} characters long; the limit is {limit:,}. Split it "
                "into smaller articles.",
            ),
            length=len(text),
            limit=MAX_ARTICLE_CHARS,
        )
    return text


TRAILING_JOINERS = " ,;:—–-"
"""What a headline line may end with that only joins it to what follows ("U.S. to raise
overtime pay;" in a wire text), and is no part of the title. A full stop, a question or
exclamation mark, an ellipsis or a closing quote stays."""


def headline(line: str) -> str:
    """``line`` as a title: its spaces collapsed, without :data:`TRAILING_JOINERS` at its end
    (unless that is all it holds)."""
    line = " ".join(line.split())
    return line.rstrip(TRAILING_JOINERS) or line


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shingles(text: str) -> frozenset[int]:
    """Hashes of the word three-grams of the folded text's prefix (the same in every process)."""
    words = _utf8_words(text[:PREFIX_CHARS].lower().replace("ё", "е"))
    crc = zlib.crc32
    if len(words) < SHINGLE_WORDS:
        return frozenset(map(crc, words))
    # the three-grams joined and hashed by map (no Python loop)
    trigrams = zip(words, words[1:], words[2:], strict=False)
    return frozenset(map(crc, map(b" ".join, trigrams)))


def _utf8_words(folded: str) -> list[bytes]:
    """The words (:data:`_WORD`) of ``folded``, each encoded in UTF-8. A text Windows-1251 or
    -1252 can encode (most Russian and Western news) is split in C: the bytes of what is not a
    word character become spaces (``bytes.translate``), and the text, back in UTF-8, is split
    at them; any other text by the regular expression."""
    for code_page, spaces in _NOT_WORD_BYTES:
        try:
            data = folded.encode(code_page)
        except UnicodeEncodeError:
            continue
        return data.translate(spaces).decode(code_page).encode("utf-8").split()
    return [word.encode("utf-8") for word in _WORD.findall(folded)]


def _not_word_bytes(code_page: str) -> bytes:
    """A translate table: each byte of ``code_page`` that is a word character (as :data:`_WORD`
    has it) stays, any other becomes a space."""
    table = bytearray(range(256))
    for byte in range(256):
        try:
            char = bytes([byte]).decode(code_page)
        except UnicodeDecodeError:
            char = " "  # a byte the code page leaves undefined: never in an encoded text
        if not _WORD.fullmatch(char):
            table[byte] = 0x20
    return bytes(table)


_NOT_WORD_BYTES = tuple((name, _not_word_bytes(name)) for name in ("cp1251", "cp1252"))


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What finding a text's copies needs: its hash, length and shingles."""

    digest: str
    length: int
    shingles: frozenset[int]

    @classmethod
    def of(cls, text: str) -> Fingerprint:
        """The fingerprint of ``text``, already normalised (:func:`normalise_article_text`)."""
        return cls(text_hash(text), len(text), shingles(text))
