"""What every importer returns, reading a file's bytes safely, and the clock an import runs on
(the limits themselves are in :mod:`claimdesk.core.importers.limits`)."""

from __future__ import annotations

import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.importers.limits import (
    MAX_ARTICLE_CHARS,
    MAX_FILE_BYTES,
    MAX_SECONDS,
    megabytes,
)
from claimdesk.core.importers.metadata import Dateline


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
    warnings: tuple[str, ...] = field(default=())
    """Problems with the file that the import worked around (bytes that could not be decoded,
    …): one line each, to show the user; :func:`complete_metadata` also puts them first among
    the hints."""


def file_size(path: Path, limit: int = MAX_FILE_BYTES, *, what: str = "files") -> int:
    """The size of ``path``, refused (before anything is read) when it is over ``limit``;
    ``what`` names the kind of file a smaller, format's own limit is for ("text files")."""
    try:
        if path.is_dir():
            raise ImportFileError(f"{path.name} is a folder, not a file.")
        info = path.stat()
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist.") from None
    except PermissionError:
        raise ImportFileError(f"{path.name} cannot be read: permission denied.") from None
    except OSError as error:
        raise ImportFileError(f"{path.name} cannot be read: {error.strerror}.") from error
    if not stat.S_ISREG(info.st_mode):
        # a named pipe would block the read for ever, a device would never end
        raise ImportFileError(
            f"{path.name} is not a file but a {_special_kind(info.st_mode)}: "
            "save what it gives to a file and import that."
        )
    if info.st_size > limit:
        raise _too_large(path, info.st_size, limit, what)
    return info.st_size


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def _too_large(path: Path, size: int | None, limit: int, what: str) -> ImportFileError:
    shown = megabytes(size) if size is not None else f"over {megabytes(limit)}"
    advice = "" if what == "files" else " Split it into smaller files."
    return ImportFileError(
        f"{path.name} is {shown}; ClaimDesk opens {what} of at most {megabytes(limit)}.{advice}"
    )


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES, *, what: str = "files") -> bytes:
    """The whole file, after checking its size; never more than ``limit`` bytes are read, even
    if the file grows in between. ``what`` names the kind of file ``limit`` is for."""
    file_size(path, limit, what=what)
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
        raise _too_large(path, None, limit, what)
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


class Deadline:
    """The clock of one import: importers that loop over a file's contents call :meth:`check`
    now and then, and the import stops with a readable error once :data:`MAX_SECONDS` pass."""

    def __init__(self, name: str, seconds: float = MAX_SECONDS) -> None:
        self.name = name
        self.seconds = seconds
        self.ends = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.ends:
            raise ImportFileError(
                f"{self.name} takes too long to read (over {self.seconds:.0f} seconds): it may be "
                "damaged. Open it in its editor and save or export it again, or copy its text."
            )


def too_long(name: str, chars: int | None = None) -> ImportFileError:
    """The error for a file whose text passes :data:`MAX_ARTICLE_CHARS` (``chars`` when the
    whole length is known; importers that stop early do not know it)."""
    length = f"{chars:,} characters" if chars is not None else "more text than that"
    return ImportFileError(
        f"{name} holds {length}; ClaimDesk stores articles of at most "
        f"{MAX_ARTICLE_CHARS:,} characters. Split it into smaller files."
    )
