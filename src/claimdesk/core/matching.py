"""Text normalisation for search and matching.

``fold`` is the one normalisation every case-insensitive lookup in ClaimDesk uses: it is stored in
the ``*_folded`` columns so that SQLite (whose LIKE and lower() fold ASCII only) and PostgreSQL give
the same answers for Cyrillic and every other script.
"""

from __future__ import annotations

import re
import unicodedata

_YO = str.maketrans({"ё": "е", "Ё": "е"})
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-, ё/е- and width-insensitive form of ``text`` with runs of white space collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_YO).casefold()
    # casefold can turn ё back into a composed form in some inputs (e.g. "Ё" with a combining mark)
    text = unicodedata.normalize("NFC", text).translate(_YO)
    return _SPACES.sub(" ", text).strip()


def like_pattern(text: str, escape: str = "\\") -> str:
    """A LIKE pattern that finds the folded ``text`` anywhere, with wildcards escaped."""
    folded = fold(text)
    for char in (escape, "%", "_"):
        folded = folded.replace(char, escape + char)
    return f"%{folded}%"
