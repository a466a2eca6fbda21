"""``fold``: the one normalisation every case-insensitive lookup uses, and LIKE patterns of it.

The folded text is stored in the ``*_folded`` columns so that SQLite (whose LIKE and lower() fold
ASCII only) and PostgreSQL give the same answers for Cyrillic and every other script. A module of
its own, on the standard library alone, so that listing and filtering records does not import the
matching modules (numpy, rapidfuzz, the stemmers).
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case-, ё/е- and width-insensitive form of ``text`` with runs of white space collapsed."""
    # str.replace rather than str.translate: many times faster on Cyrillic text
    text = unicodedata.normalize("NFKC", text).replace("ё", "е").replace("Ё", "е").casefold()
    # casefold can decompose; recompose so "ё" written as е + U+0308 folds too
    text = unicodedata.normalize("NFC", text).replace("ё", "е").replace("Ё", "е")
    return " ".join(text.split())  # the white space \s+ matches, collapsed and stripped


def like_pattern(text: str, escape: str = "\\") -> str:
    """A LIKE pattern that finds the folded ``text`` anywhere, with wildcards escaped."""
    folded = fold(text)
    for char in (escape, "%", "_"):
        folded = folded.replace(char, escape + char)
    return f"%{folded}%"
