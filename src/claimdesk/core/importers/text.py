"""Plain text files (UTF-8, with or without a byte-order mark)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.errors import ImportFileError
from claimdesk.core.importers.base import ImportedArticle, read_bytes


def decode_text(data: bytes, name: str) -> str:
    if not data.strip():
        raise ImportFileError(f"{name} is empty.")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(f"{name} is a binary file, not text.")
    for bom, encoding in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            f"{name} is not UTF-8 text (invalid byte at position {error.start}); "
            "save it as UTF-8 and try again."
        ) from None


def read_text_article(path: Path) -> ImportedArticle:
    text = decode_text(read_bytes(path), path.name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ImportFileError(f"{path.name} holds only white space.")
    return ImportedArticle(text=text, source_name=path.name, source_format="txt")
