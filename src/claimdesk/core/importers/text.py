"""Plain text files in any common encoding (see :mod:`claimdesk.core.importers.encoding`)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.errors import ImportFileError
from claimdesk.core.importers.base import (
    MAX_FILE_BYTES,
    ImportedArticle,
    normalise_line_ends,
    read_bytes,
)
from claimdesk.core.importers.encoding import decode_text as _decode


def decode_text(data: bytes, name: str) -> str:
    """The text in ``data``, its encoding detected; ImportFileError for empty or binary data."""
    return _decode(data, name)[0]


def read_text_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    text, encoding = _decode(read_bytes(path, limit), path.name)
    # text files keep their words as they are, so the same file always gives the same text
    text = normalise_line_ends(text)
    if not text.strip():
        raise ImportFileError(f"{path.name} holds only white space.")
    return ImportedArticle(text=text, source_name=path.name, source_format="txt", encoding=encoding)
