"""Turning files into article text; one module per input format."""

from __future__ import annotations

import os
from pathlib import Path

from claimdesk.core.importers.base import MAX_FILE_BYTES, ImportedArticle
from claimdesk.core.importers.text import read_text_article

__all__ = ["MAX_FILE_BYTES", "ImportedArticle", "read_article_file"]


def read_article_file(path: str | os.PathLike[str]) -> ImportedArticle:
    """Read a file as an article; raises ImportFileError with a readable reason."""
    return read_text_article(Path(path))
