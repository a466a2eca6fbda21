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

from claimdesk.core.errors import InvalidValueError

MAX_ARTICLE_CHARS = 5_000_000
PREFIX_CHARS = 5_000
"""Only this much of each article is shingled: enough to tell a story, cheap to read."""
SHINGLE_WORDS = 3

_WORD = re.compile(r"\w+")


def normalise_article_text(text: str) -> str:
    """Article text as stored: line ends as \\n, no byte-order mark; refuses text with NUL bytes."""
    if "\x00" in text:
        raise InvalidValueError(
            "The text contains NUL characters, so it is probably a binary file, not an article."
        )
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InvalidValueError("The article is empty: there is no text to catalogue.")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InvalidValueError(
            f"The article is {len(text):,} characters long; the limit is "
            f"{MAX_ARTICLE_CHARS:,}. Split it into smaller articles."
        )
    return text


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shingles(text: str) -> frozenset[int]:
    """Hashes of the word three-grams of the folded text's prefix (the same in every process)."""
    words = _WORD.findall(text[:PREFIX_CHARS].lower().replace("ё", "е"))
    crc = zlib.crc32
    if len(words) < SHINGLE_WORDS:
        return frozenset(crc(w.encode()) for w in words)
    # each word encoded once, and the three-grams joined and hashed by map (no Python loop)
    encoded = list(map(str.encode, words))
    trigrams = zip(encoded, encoded[1:], encoded[2:], strict=False)
    return frozenset(map(crc, map(b" ".join, trigrams)))


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
