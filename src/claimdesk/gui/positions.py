"""The one place where Qt's UTF-16 text positions meet the catalogue's code-point offsets.

QTextCursor counts UTF-16 code units, so every character outside the Basic Multilingual Plane
(emoji, some CJK, historic scripts) takes two positions in Qt and one in Python. Everything else in
ClaimDesk speaks code points; widgets convert here and nowhere else.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Converts between code-point offsets and UTF-16 positions in one text, in O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # code-point indices of characters that take two UTF-16 units (found by the regex
        # engine: a Python loop over a 5M-character article took a second)
        self._astral = (
            [m.start() for m in _ASTRAL.finditer(text)]
            if len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)
            else []
        )
        # UTF-16 position just past each of those characters
        self._astral_ends = [index + n + 2 for n, index in enumerate(self._astral)]

    @property
    def qt_length(self) -> int:
        return len(self.text) + len(self._astral)

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of code-point ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        return offset + bisect_left(self._astral, offset)

    def to_py(self, position: int) -> int:
        """Code-point offset of UTF-16 ``position``; a position inside a surrogate pair rounds
        down to the start of its character."""
        position = max(0, min(position, self.qt_length))
        before = bisect_right(self._astral_ends, position)
        offset = position - before
        if before < len(self._astral) and self._astral[before] + before + 1 == position:
            offset = self._astral[before]
        return offset

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_to_py(self, start: int, end: int) -> tuple[int, int]:
        return self.to_py(start), self.to_py(end)
