"""Plain text files in any common encoding (see :mod:`claimdesk.core.importers.encoding`)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.base import (
    ImportedArticle,
    normalise_line_ends,
    read_bytes,
)
from claimdesk.core.importers.encoding import decode
from claimdesk.core.importers.limits import MAX_FILE_BYTES, MAX_TEXT_FILE_BYTES


def decode_text(data: bytes, name: str) -> str:
    """The text in ``data``, its encoding detected; ImportFileError for empty or binary data."""
    return decode(data, name).text


def read_text_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    data = read_bytes(path, min(limit, MAX_TEXT_FILE_BYTES), what="text files")
    decoded = decode(data, path.name)
    # text files keep their words as they are, so the same file always gives the same text
    text = normalise_line_ends(decoded.text)
    if not text.strip():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} holds only white space."), file=path.name
        )
    return ImportedArticle(
        text=text,
        source_name=path.name,
        source_format="txt",
        encoding=decoded.encoding,
        warnings=decoded.warnings,
    )
