"""Rich Text Format (.rtf): the text of the document body in the file's code page (\\ansicpg,
and each font's \\fcharset), with its title and author; see
:mod:`claimdesk.core.importers.rtf_text` for how it is read in bounded time and memory."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.base import ImportedArticle, normalise_line_ends, read_bytes
from claimdesk.core.importers.limits import MAX_FILE_BYTES, MAX_RTF_BYTES
from claimdesk.core.importers.rtf_text import rtf_to_text


def read_rtf_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    data = read_bytes(path, min(limit, MAX_RTF_BYTES), what="RTF files")
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not an RTF document (it does not start as one)."
            ),
            file=path.name,
        )
    # RTF is 7-bit: other characters are escapes decoded by the file's code page
    found = rtf_to_text(data.decode("latin-1"), path.name)
    # a table row ends with its last cell's " | "
    lines = [
        " ".join(line.split()).removesuffix(" |")
        for line in normalise_line_ends(found.text).split("\n")
    ]
    text = "\n".join(line for line in lines if line)
    if not text:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} holds no text."), file=path.name)
    return ImportedArticle(
        text=text,
        source_name=path.name,
        source_format="rtf",
        title=found.info.get("title", ""),
        author=found.info.get("author", ""),
    )
