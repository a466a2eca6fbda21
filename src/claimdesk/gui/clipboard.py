"""Article text from the clipboard or a drop: plain text, with rich text reduced to paragraphs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocument

# Qt and word processors mark line and paragraph breaks with these in plain text
_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


def text_from_mime(mime: QMimeData | None) -> str:
    """The article text in ``mime``: text/plain if present, else HTML converted to plain text
    with its paragraphs kept; "" when there is none."""
    if mime is None:
        return ""
    text = ""
    if mime.hasText():
        text = mime.text()
    if not text.strip() and mime.hasHtml():
        document = QTextDocument()
        document.setHtml(mime.html())
        text = document.toPlainText()
    text = text.translate(_BREAKS)
    return text if text.strip() else ""


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files dropped or pasted, in order."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
