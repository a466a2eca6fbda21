"""What every importer returns, the size limit, and reading a file's bytes safely."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.core.errors import ImportFileError
from claimdesk.core.importers.metadata import Dateline

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportedArticle:
    """An article read from a file, with whatever provenance the file or its text gave."""

    text: str
    source_name: str
    source_format: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str | None = None
    language: str = ""
    author: str = ""
    encoding: str = ""
    """The text encoding that was detected, for text-based formats."""
    dateline: Dateline | None = None
    hints: tuple[str, ...] = field(default=())
    """Readable notes on what was guessed and what could not be, for the details dialog."""


def file_size(path: Path, limit: int = MAX_FILE_BYTES) -> int:
    """The size of ``path``, refused (before anything is read) when it is over ``limit``."""
    try:
        if path.is_dir():
            raise ImportFileError(f"{path.name} is a folder, not a file.")
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist.") from None
    except PermissionError:
        raise ImportFileError(f"{path.name} cannot be read: permission denied.") from None
    except OSError as error:
        raise ImportFileError(f"{path.name} cannot be read: {error.strerror}.") from error
    if size > limit:
        raise ImportFileError(
            f"{path.name} is {_megabytes(size)}; ClaimDesk opens files of at most "
            f"{_megabytes(limit)}."
        )
    return size


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, after checking its size; never more than ``limit`` bytes are read, even
    if the file grows in between."""
    file_size(path, limit)
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except IsADirectoryError:
        raise ImportFileError(f"{path.name} is a folder, not a file.") from None
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist.") from None
    except PermissionError:
        raise ImportFileError(f"{path.name} cannot be read: permission denied.") from None
    except OSError as error:
        raise ImportFileError(f"{path.name} cannot be read: {error.strerror}.") from error
    if len(data) > limit:
        raise ImportFileError(
            f"{path.name} is over {_megabytes(limit)}; ClaimDesk opens files of at most "
            f"{_megabytes(limit)}."
        )
    return data


def read_head(path: Path, count: int = 8192) -> bytes:
    """The first ``count`` bytes, to tell what the file really is."""
    try:
        with path.open("rb") as stream:
            return stream.read(count)
    except OSError as error:
        raise ImportFileError(f"{path.name} cannot be read: {error.strerror}.") from error


def normalise_line_ends(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
