"""What every importer returns, reading a file's bytes safely, and the clock an import runs on
(the limits themselves are in :mod:`claimdesk.core.importers.limits`)."""

from __future__ import annotations

import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message
from claimdesk.core.importers.limits import (
    MAX_ARTICLE_CHARS,
    MAX_FILE_BYTES,
    MAX_SECONDS,
    megabytes,
)
from claimdesk.core.importers.metadata import Dateline

Note = str | Message
"""A hint or warning line: a :class:`~claimdesk.core.domain.messages.Message` (``str()`` shows
it in the user's language, where it is shown; an article read in a worker process carries it
untranslated), or text that needs no translation."""


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
    hints: tuple[Note, ...] = field(default=())
    """Readable notes on what was guessed and what could not be, for the details dialog."""
    warnings: tuple[Note, ...] = field(default=())
    """Problems with the file that the import worked around (bytes that could not be decoded,
    …): one line each, to show the user; :func:`complete_metadata` also puts them first among
    the hints."""


def file_size(path: Path, limit: int = MAX_FILE_BYTES, *, what: str = "files") -> int:
    """The size of ``path``, refused (before anything is read) when it is over ``limit``;
    ``what`` names the kind of file a smaller, format's own limit is for ("text files": one of
    :data:`_TOO_LARGE`'s kinds)."""
    try:
        if path.is_dir():
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file."), file=path.name
            )
        info = path.stat()
    except FileNotFoundError:
        raise _missing(path) from None
    except PermissionError:
        raise _forbidden(path) from None
    except OSError as error:
        raise _unreadable(path, error) from error
    if not stat.S_ISREG(info.st_mode):
        # a named pipe would block the read for ever, a device would never end
        raise ImportFileError(_special_kind(info.st_mode), file=path.name)
    if info.st_size > limit:
        raise _too_large(path, info.st_size, limit, what)
    return info.st_size


def _missing(path: Path) -> ImportFileError:
    return ImportFileError(QT_TRANSLATE_NOOP("Errors", "{path} does not exist."), path=path)


def _forbidden(path: Path) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: permission denied."), file=path.name
    )


def _unreadable(path: Path, error: OSError) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}."),
        file=path.name,
        reason=error.strerror,
    )


def _special_kind(mode: int) -> str:
    """The message for a file that is not a regular one, by its kind."""
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not a file but a named pipe: save what it gives to a file and import that.",
        )
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not a file but a socket: save what it gives to a file and import that.",
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not a file but a device: save what it gives to a file and import that.",
        )
    return QT_TRANSLATE_NOOP(
        "Errors",
        "{file} is not a file but a special file: save what it gives to a file and import that.",
    )


_TOO_LARGE = {
    "files": (
        QT_TRANSLATE_NOOP("Errors", "{file} is {size}; ClaimDesk opens files of at most {limit}."),
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is over {limit}; ClaimDesk opens files of at most {limit}."
        ),
    ),
    "text files": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is {size}; ClaimDesk opens text files of at most {limit}. Split it into "
            "smaller files.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is over {limit}; ClaimDesk opens text files of at most {limit}. Split it "
            "into smaller files.",
        ),
    ),
    "Markdown files": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is {size}; ClaimDesk opens Markdown files of at most {limit}. Split it into "
            "smaller files.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is over {limit}; ClaimDesk opens Markdown files of at most {limit}. Split it "
            "into smaller files.",
        ),
    ),
    "RTF files": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is {size}; ClaimDesk opens RTF files of at most {limit}. Split it into "
            "smaller files.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is over {limit}; ClaimDesk opens RTF files of at most {limit}. Split it "
            "into smaller files.",
        ),
    ),
}
"""The message for a file over the size limit, by the kind of file the limit is for: (its
size known, its size found only by reading past the limit)."""


def _too_large(path: Path, size: int | None, limit: int, what: str) -> ImportFileError:
    known, over = _TOO_LARGE[what]
    if size is None:
        return ImportFileError(over, file=path.name, limit=megabytes(limit))
    return ImportFileError(known, file=path.name, size=megabytes(size), limit=megabytes(limit))


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES, *, what: str = "files") -> bytes:
    """The whole file, after checking its size; never more than ``limit`` bytes are read, even
    if the file grows in between. ``what`` names the kind of file ``limit`` is for."""
    file_size(path, limit, what=what)
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except IsADirectoryError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file."), file=path.name
        ) from None
    except FileNotFoundError:
        raise _missing(path) from None
    except PermissionError:
        raise _forbidden(path) from None
    except OSError as error:
        raise _unreadable(path, error) from error
    if len(data) > limit:
        raise _too_large(path, None, limit, what)
    return data


def read_head(path: Path, count: int = 8192) -> bytes:
    """The first ``count`` bytes, to tell what the file really is."""
    try:
        with path.open("rb") as stream:
            return stream.read(count)
    except OSError as error:
        raise _unreadable(path, error) from error


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
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} takes too long to read (over {seconds:.0f} seconds): it may be "
                    "damaged. Open it in its editor and save or export it again, or copy its "
                    "text.",
                ),
                file=self.name,
                seconds=self.seconds,
            )


def too_long(name: str, chars: int | None = None) -> ImportFileError:
    """The error for a file whose text passes :data:`MAX_ARTICLE_CHARS` (``chars`` when the
    whole length is known; importers that stop early do not know it)."""
    if chars is None:
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} holds more text than that; ClaimDesk stores articles of at most "
                "{limit:,} characters. Split it into smaller files.",
            ),
            file=name,
            limit=MAX_ARTICLE_CHARS,
        )
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} holds {chars:,} characters; ClaimDesk stores articles of at most {limit:,} "
            "characters. Split it into smaller files.",
        ),
        file=name,
        chars=chars,
        limit=MAX_ARTICLE_CHARS,
    )
