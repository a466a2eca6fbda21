"""Word documents (.docx): paragraphs and tables in reading order, the first Heading 1 or Title
as the title, and the title and author from the document's properties.

The document XML is streamed (:mod:`claimdesk.core.importers.xmlparts`) rather than loaded as a
tree: a 1.7 MB file can hold hundreds of megabytes of XML (python-docx's full parse of one took
193 s and 1.9 GB). What is read matches what Word shows: the text of runs (``w:t``, tabs,
breaks), tracked insertions but not deletions, hyperlinks' text; text boxes and the fallback
copies of drawings are left out, as are the body's content controls (a table of contents).
"""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.base import Deadline, ImportedArticle, read_bytes
from claimdesk.core.importers.limits import MAX_FILE_BYTES
from claimdesk.core.importers.xmlparts import PartReader, TextBuffer, read_part
from claimdesk.core.importers.zipcheck import check_zip

_WORD_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # "Strict Open XML"
)
_MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_DC = "http://purl.org/dc/elements/1.1/"
_SKIPPED = {"del", "moveFrom", "txbxContent", "sdt", "instrText", "delText", "footnoteReference"}
_CHARACTERS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}
_TITLE_STYLES = ("title", "heading 1", "заголовок 1")
_MAX_META_CHARS = 1000


def read_docx_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    data = read_bytes(path, limit)
    archive = check_zip(data, path.name, "a Word document", must_hold="word/document.xml")
    deadline = Deadline(path.name)
    names = set(archive.namelist())
    styles = _Styles(path.name)
    if "word/styles.xml" in names:
        read_part(archive, "word/styles.xml", styles, deadline)
    body = _Body(path.name, styles.names)
    read_part(archive, "word/document.xml", body, deadline)
    properties = _Properties(path.name)
    if "docProps/core.xml" in names:
        read_part(archive, "docProps/core.xml", properties, deadline)
    text = "\n".join(body.lines).strip()
    if not text:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} holds no text."), file=path.name)
    return ImportedArticle(
        text=text,
        source_name=path.name,
        source_format="docx",
        title=properties.values.get("title", "") or body.title,
        author=properties.values.get("creator", ""),
    )


def _word(tag: str) -> str:
    """The local name of a WordprocessingML element, or "" for other namespaces."""
    namespace, _, local = tag.rpartition(" ")
    return local if namespace in _WORD_NAMESPACES else ""


def _attribute(attributes: dict[str, str], name: str) -> str:
    for namespace in _WORD_NAMESPACES:
        value = attributes.get(f"{namespace} {name}")
        if value is not None:
            return value
    return ""


class _Body(PartReader):
    """The document's lines: each body paragraph, and each table row as its cells' text joined
    by " | " (a merged cell, repeated across the columns it spans, counted once)."""

    def __init__(self, name: str, style_names: dict[str, str]) -> None:
        super().__init__(name)
        self.lines: list[str] = []
        self.title = ""
        self._style_names = style_names
        self._stack: list[str] = []
        self._skipping = 0
        self._paragraphs = 0
        self._style = ""
        self._in_text = False
        self._text = TextBuffer(self, collapse_spaces=False)
        self._tables = 0
        self._cells: list[list[str]] = []  # per open table row: its cells' text so far
        self._cell: list[str] = []

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        local = _word(tag)
        self._stack.append(local)
        if self._skipping or local in _SKIPPED or tag == f"{_MARKUP_COMPATIBILITY} Fallback":
            self._skipping += 1
        elif local == "p":
            if not self._paragraphs:
                self._style = ""
            self._paragraphs += 1
        elif local == "pStyle" and self._paragraphs == 1:
            self._style = _attribute(attributes, "val")
        elif local == "t":
            self._in_text = self._paragraphs > 0
        elif local in _CHARACTERS and self._paragraphs:
            self._text.add(_CHARACTERS[local])
        elif local == "tbl":
            self._tables += 1
        elif local == "tr" and self._tables == 1:
            self._cells.append([])
        elif local == "tc" and self._tables == 1:
            self._cell = []

    def end(self, tag: str) -> None:
        local = self._stack.pop()
        if self._skipping:
            self._skipping -= 1
            return
        if local == "t":
            self._in_text = False
        elif local == "p":
            self._paragraphs -= 1
            if not self._paragraphs:
                self._end_paragraph()
        elif local == "tc" and self._tables == 1 and self._cells:
            value = " ".join("\n".join(self._cell).split())
            row = self._cells[-1]
            if value and (not row or row[-1] != value):  # merged cells repeat
                row.append(value)
                self.keep(len(value) + 3)
        elif local == "tr" and self._tables == 1 and self._cells:
            row = self._cells.pop()
            if row:
                self.lines.append(" | ".join(row))
        elif local == "tbl":
            self._tables -= 1

    def text(self, data: str) -> None:
        if self._in_text and not self._skipping:
            self._text.add(data)

    def _end_paragraph(self) -> None:
        text = self._text.take().replace("\t", " ").strip()
        if self._tables:
            self._cell.append(text)  # a paragraph of a cell (or of a table inside a cell)
            return
        if not text:
            return
        self.keep(len(text) + 1)
        style = self._style_names.get(self._style, self._style).lower()
        if not self.title and style in _TITLE_STYLES:
            self.title = text
        self.lines.append(text)


class _Styles(PartReader):
    """Style ids to their names ("Heading1" → "heading 1"; localised Word writes ids such as
    "1" for the same style)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.names: dict[str, str] = {}
        self._style = ""

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        local = _word(tag)
        if local == "style":
            self._style = _attribute(attributes, "styleId")
        elif local == "name" and self._style:
            self.names[self._style] = _attribute(attributes, "val")[:_MAX_META_CHARS]

    def end(self, tag: str) -> None:
        if _word(tag) == "style":
            self._style = ""


class _Properties(PartReader):
    """dc:title and dc:creator of docProps/core.xml."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.values: dict[str, str] = {}
        self._current = ""
        self._parts: list[str] = []

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        namespace, _, local = tag.rpartition(" ")
        self._current = local if namespace == _DC and local in ("title", "creator") else ""
        self._parts = []

    def end(self, tag: str) -> None:
        if self._current and self._current not in self.values:
            self.values[self._current] = " ".join("".join(self._parts).split())[:_MAX_META_CHARS]
        self._current = ""

    def text(self, data: str) -> None:
        if self._current and sum(map(len, self._parts)) < _MAX_META_CHARS:
            self._parts.append(data)
