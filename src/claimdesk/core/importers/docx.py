"""Word documents (.docx) through python-docx: paragraphs and tables in reading order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from claimdesk.core.errors import ImportFileError
from claimdesk.core.importers.base import MAX_FILE_BYTES, ImportedArticle, read_bytes
from claimdesk.core.importers.zipcheck import check_zip

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    data = read_bytes(path, limit)
    check_zip(data, path.name, "a Word document", must_hold="word/document.xml")
    # imported here, not at start-up: python-docx takes a tenth of a second to load
    import docx  # noqa: PLC0415
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs, title = _paragraphs(document)
        properties = document.core_properties
        core_title = (properties.title or "").strip()
        author = (properties.author or "").strip()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportFileError(
            f"{path.name} is damaged or not a Word document ({type(error).__name__})."
        ) from error
    except Exception as error:  # lxml.etree.XMLSyntaxError and friends: a damaged part
        raise ImportFileError(
            f"{path.name} is damaged: its text cannot be read ({type(error).__name__})."
        ) from error
    text = "\n".join(paragraphs).strip()
    if not text:
        raise ImportFileError(f"{path.name} holds no text.")
    return ImportedArticle(
        text=text,
        source_name=path.name,
        source_format="docx",
        title=core_title or title,
        author=author,
    )


def _paragraphs(document: Any) -> tuple[list[str], str]:
    """The text of each paragraph (table cells included, in order) and the first heading."""
    from docx.table import Table  # noqa: PLC0415
    from docx.text.paragraph import Paragraph  # noqa: PLC0415

    lines: list[str] = []
    title = ""
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            paragraph = Paragraph(child, document)
            text = paragraph.text.replace("\t", " ").strip()
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            if text and not title and style.lower() in ("title", "heading 1", "заголовок 1"):
                title = text
            lines.append(text)
        elif child.tag == f"{_W}tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    lines.append(" | ".join(cells))
    # runs of empty paragraphs become one paragraph break
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return [line for line in kept if line], title
