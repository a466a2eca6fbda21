"""Rich Text Format (.rtf) through striprtf, which honours the file's code page (\\ansicpg)."""

from __future__ import annotations

import re
from pathlib import Path

from striprtf.striprtf import rtf_to_text

from claimdesk.core.errors import ImportFileError
from claimdesk.core.importers.base import (
    ImportedArticle,
    normalise_line_ends,
    read_bytes,
)
from claimdesk.core.importers.limits import MAX_FILE_BYTES

# a hyperlink field keeps its shown text only (striprtf would append the address in brackets)
_HYPERLINK = re.compile(
    r"\{\\field\{\s*\\\*\\fldinst\{[^{}]*HYPERLINK[^{}]*\}\}\s*\{\\fldrslt\s*(\{[^{}]*\}|[^{}]*)\}\}",
    re.IGNORECASE,
)
_TITLE = re.compile(r"\{\\title\s+([^{}]*)\}")
_AUTHOR = re.compile(r"\{\\author\s+([^{}]*)\}")
_CODE_PAGE = re.compile(r"\\ansicpg\d+")


def read_rtf_article(path: Path, limit: int = MAX_FILE_BYTES) -> ImportedArticle:
    data = read_bytes(path, limit)
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ImportFileError(f"{path.name} is not an RTF document (it does not start as one).")
    # RTF is 7-bit: other characters are escapes that striprtf decodes by the file's code page
    source = data.decode("latin-1")
    source = _HYPERLINK.sub(lambda m: m.group(1), source)
    try:
        text = _to_text(source)
    except (ValueError, LookupError, IndexError, RecursionError) as error:
        raise ImportFileError(f"{path.name} is damaged: its text cannot be read.") from error
    lines = [" ".join(line.split()) for line in normalise_line_ends(text).split("\n")]
    text = "\n".join(line for line in lines if line)
    if not text:
        raise ImportFileError(f"{path.name} holds no text.")
    return ImportedArticle(
        text=text,
        source_name=path.name,
        source_format="rtf",
        title=_info(_TITLE, source),
        author=_info(_AUTHOR, source),
    )


def _info(pattern: re.Pattern[str], source: str) -> str:
    """A field of the document's \\info group, its escapes decoded by the file's code page."""
    found = pattern.search(source)
    if found is None:
        return ""
    code_page = _CODE_PAGE.search(source)
    header = code_page.group(0) if code_page else ""
    try:
        value = _to_text(f"{{\\rtf1\\ansi{header} {found.group(1)}}}")
    except (ValueError, LookupError, IndexError):
        return ""
    return " ".join(value.split())


def _to_text(source: str) -> str:
    return str(rtf_to_text(source, errors="replace"))  # type: ignore[no-untyped-call]
