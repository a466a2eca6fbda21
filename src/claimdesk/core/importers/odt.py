"""OpenDocument text (.odt), read with the standard library: it is a ZIP of XML files, and its
paragraphs and headings are ``text:p`` and ``text:h`` elements in reading order."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from claimdesk.core.errors import ImportFileError
from claimdesk.core.importers.base import MAX_FILE_BYTES, ImportedArticle, read_bytes
from claimdesk.core.importers.zipcheck import check_zip

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_SKIPPED = {f"{_TEXT}note", f"{_TEXT}tracked-changes", f"{_OFFICE}annotation"}


def read_odt_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    data = read_bytes(path, limit)
    archive = check_zip(data, path.name, "an OpenDocument text", must_hold="content.xml")
    try:
        content = ElementTree.fromstring(archive.read("content.xml"))
        meta = (
            ElementTree.fromstring(archive.read("meta.xml"))
            if "meta.xml" in archive.namelist()
            else None
        )
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError, KeyError) as error:
        raise ImportFileError(f"{path.name} is damaged: its text cannot be read.") from error
    paragraphs: list[tuple[str, str]] = []
    _collect(content, paragraphs)
    text = "\n".join(text for _, text in paragraphs)
    heading = next((text for tag, text in paragraphs if tag == f"{_TEXT}h"), "")
    if not text.strip():
        raise ImportFileError(f"{path.name} holds no text.")
    title = author = ""
    if meta is not None:
        title = " ".join((meta.findtext(f".//{_DC}title") or "").split())
        author = " ".join(
            (
                meta.findtext(f".//{_META}initial-creator")
                or meta.findtext(f".//{_DC}creator")
                or ""
            ).split()
        )
    return ImportedArticle(
        text=text,
        source_name=path.name,
        source_format="odt",
        title=title or heading,
        author=author,
    )


def _collect(element: ElementTree.Element, into: list[tuple[str, str]]) -> None:
    """(tag, text) of each paragraph and heading in reading order, notes and comments left out."""
    for child in element:
        if child.tag in _SKIPPED:
            continue
        if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            text = " ".join(_text_of(child).split())
            if text:
                into.append((child.tag, text))
        else:
            _collect(child, into)


def _text_of(element: ElementTree.Element) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag in _SKIPPED:
            pass
        elif tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1")))
        elif tag in (f"{_TEXT}tab", f"{_TEXT}line-break"):
            parts.append(" ")
        else:
            parts.append(_text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)
