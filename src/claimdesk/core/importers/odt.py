"""OpenDocument text (.odt), read with the standard library: it is a ZIP of XML files, and its
paragraphs and headings are ``text:p`` and ``text:h`` elements in reading order.

The XML is streamed (:mod:`claimdesk.core.importers.xmlparts`): no tree is built, nesting is
handled by counters, and a space repeat count (``<text:s text:c="N"/>``) is read leniently (a
number that is not one counts as 1) and capped at :data:`MAX_REPEAT_COUNT`. A repeat count of
3,000,000,000 once took 6 GB of memory.
"""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.base import Deadline, ImportedArticle, read_bytes
from claimdesk.core.importers.limits import MAX_FILE_BYTES, MAX_REPEAT_COUNT
from claimdesk.core.importers.xmlparts import PartReader, TextBuffer, read_part
from claimdesk.core.importers.zipcheck import check_zip

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0 "
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "
_DC = "http://purl.org/dc/elements/1.1/ "
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0 "
_PARAGRAPHS = {f"{_TEXT}p", f"{_TEXT}h"}
_SKIPPED = {f"{_TEXT}note", f"{_TEXT}tracked-changes", f"{_OFFICE}annotation"}
_SPACES = f"{_TEXT}s"
_ONE_SPACE = {f"{_TEXT}tab", f"{_TEXT}line-break"}
_COUNT = f"{_TEXT}c"
_MAX_META_CHARS = 1000


def read_odt_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    data = read_bytes(path, limit)
    archive = check_zip(data, path.name, "an OpenDocument text", must_hold="content.xml")
    deadline = Deadline(path.name)
    content = _Content(path.name)
    read_part(archive, "content.xml", content, deadline)
    text = "\n".join(text for _, text in content.paragraphs)
    heading = next((text for tag, text in content.paragraphs if tag == f"{_TEXT}h"), "")
    if not text.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} holds no text."), file=path.name)
    meta = _Meta(path.name)
    if "meta.xml" in archive.namelist():
        read_part(archive, "meta.xml", meta, deadline)
    return ImportedArticle(
        text=text,
        source_name=path.name,
        source_format="odt",
        title=meta.value(f"{_DC}title") or heading,
        author=meta.value(f"{_META}initial-creator") or meta.value(f"{_DC}creator"),
    )


class _Content(PartReader):
    """(tag, text) of each paragraph and heading in reading order; notes, comments and tracked
    changes left out; a paragraph inside a paragraph (a text box) is part of the outer one."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.paragraphs: list[tuple[str, str]] = []
        self._skipping = 0
        self._depth = 0
        self._tag = ""
        self._text = TextBuffer(self, collapse_spaces=True)

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if self._skipping or tag in _SKIPPED:
            self._skipping += 1
        elif tag in _PARAGRAPHS:
            if not self._depth:
                self._tag = tag
            self._depth += 1
        elif self._depth:
            if tag == _SPACES:
                self._text.add(" " * _repeat_count(attributes.get(_COUNT, "1")))
            elif tag in _ONE_SPACE:
                self._text.add(" ")

    def end(self, tag: str) -> None:
        if self._skipping:
            self._skipping -= 1
        elif tag in _PARAGRAPHS:
            self._depth -= 1
            if not self._depth:
                text = self._text.take()
                if text:
                    self.keep(len(text) + 1)
                    self.paragraphs.append((self._tag, text))

    def text(self, data: str) -> None:
        if self._depth and not self._skipping:
            self._text.add(data)


def _repeat_count(value: str) -> int:
    """A repeat attribute as a count from 1 to MAX_REPEAT_COUNT; anything else counts as 1."""
    value = value.strip()
    if not value.isascii() or not value.isdigit():
        return 1
    return max(1, min(int(value[:7]), MAX_REPEAT_COUNT))


class _Meta(PartReader):
    """The first title and creator elements of meta.xml, their white space collapsed."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._values: dict[str, str] = {}
        self._current = ""
        self._parts: list[str] = []

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self._current = tag
        self._parts = []

    def end(self, tag: str) -> None:
        if tag == self._current and tag not in self._values:
            self._values[tag] = " ".join("".join(self._parts).split())[:_MAX_META_CHARS]
        self._current = ""

    def text(self, data: str) -> None:
        if self._current and sum(map(len, self._parts)) < _MAX_META_CHARS:
            self._parts.append(data)

    def value(self, tag: str) -> str:
        return self._values.get(tag, "")
