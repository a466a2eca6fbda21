"""Writing an export's file whole or not at all, for every export format.

The file is written only as a regular file the export creates: never through a symbolic link or
onto a device, a pipe or a folder, and never over a SQLite database (a catalogue) or its working
files; it is written under a short temporary name in the same folder
and renamed into place when complete (after an fsync), keeping an existing file's permissions.
A failed or cancelled export removes its temporary file and leaves the destination as it was.
"""

from __future__ import annotations

import os
import secrets
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from claimdesk.core.domain.errors import ExportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP

STALE_PART_SECONDS = 12 * 3600
"""Temporary files of an export killed half-way are removed by a later export into the same
folder once they are this old (an export in progress elsewhere is never that old)."""
PART_PREFIX = ".claimdesk-export-"
PART_SUFFIX = ".part"


@contextmanager
def written_atomically(destination: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary stream whose bytes become the file ``destination`` when the ``with`` block
    ends without an error, and nothing at all otherwise. An OSError on the way is raised as an
    ExportFileError with a one-line message; any other error (a cancel) is raised as it is."""
    target = Path(destination)
    existing = _check_target(target)
    remove_stale_parts(target.parent, target.name)
    handle, temporary = _create_part(target, existing)
    try:
        with open(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _check_target(target)  # nothing put a link or a device there meanwhile
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(target, error) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def check_export_target(destination: str | os.PathLike[str]) -> bool:
    """Whether ``destination`` exists, as a file an export may replace; ExportFileError (the
    export's own message) for one it never replaces (a catalogue, a link, a folder…), so a
    window can say so before asking whether to replace it."""
    return _check_target(Path(destination)) is not None


def _check_target(target: Path) -> os.stat_result | None:
    """The destination's status if it is an existing regular file, None if there is none yet;
    raises ExportFileError for anything else, which the export must not replace."""
    try:
        found = os.lstat(target)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _cannot_write(target, error) from error
    mode = found.st_mode
    if not stat.S_ISREG(mode):
        raise ExportFileError(_not_regular(mode), target=target)
    if _is_database(target) or _is_database_part(target):
        # a catalogue (the open one among them: exporting over it turned it into a CSV file)
        raise ExportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write {target}: it is a ClaimDesk catalogue or another SQLite database "
                "(or one of its working files), which an export never replaces. Choose another "
                "name.",
            ),
            target=target,
        )
    return found


SQLITE_HEADER = b"SQLite format 3\x00"
"""The first bytes of every SQLite database file."""
SQLITE_PARTS = ("-wal", "-shm", "-journal")
"""The working files SQLite keeps beside a database, named after it."""


def _is_database(path: Path) -> bool:
    """Whether ``path`` is a SQLite database (an unreadable file is taken as not one). A file
    this process has open already is taken as one and not read: it is the open catalogue or
    one of its working files, and opening and closing it would drop every SQLite lock the
    process holds on it (POSIX locks belong to the process)."""
    if _open_here(path):
        return True
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _open_here(path: Path) -> bool:
    """Whether this process has ``path`` open (Linux: /proc/self/fd; elsewhere False)."""
    try:
        wanted = os.stat(path)
        descriptors = os.listdir("/proc/self/fd")
    except OSError:
        return False
    for descriptor in descriptors:
        try:
            found = os.stat(f"/proc/self/fd/{descriptor}")
        except OSError:  # closed meanwhile, or the listing's own descriptor
            continue
        if (found.st_dev, found.st_ino) == (wanted.st_dev, wanted.st_ino):
            return True
    return False


def _is_database_part(path: Path) -> bool:
    """Whether ``path`` is a working file of a SQLite database beside it (``c.sqlite-wal``)."""
    name = path.name
    return any(
        name.endswith(part) and _is_database(path.with_name(name.removesuffix(part)))
        for part in SQLITE_PARTS
    )


def _cannot_write(target: Path, error: OSError) -> ExportFileError:
    return ExportFileError(
        QT_TRANSLATE_NOOP("Errors", "Cannot write {target}: {reason}."),
        target=target,
        reason=error.strerror,
    )


def _not_regular(mode: int) -> str:
    """The message for a destination that is not a regular file, by what it is."""
    if stat.S_ISLNK(mode):
        return QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot write {target}: it is a symbolic link, and an export only writes regular "
            "files. Choose another name.",
        )
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot write {target}: it is a folder, and an export only writes regular files. "
            "Choose another name.",
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot write {target}: it is a device, and an export only writes regular files. "
            "Choose another name.",
        )
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot write {target}: it is a named pipe, and an export only writes regular "
            "files. Choose another name.",
        )
    return QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {target}: it is a special file, and an export only writes regular files. "
        "Choose another name.",
    )


def _create_part(target: Path, existing: os.stat_result | None) -> tuple[int, Path]:
    """A new temporary file beside ``target`` under a short name (the target's own name may be
    as long as the system allows), with the existing file's permissions and owner, else the
    permissions a new file gets (the umask applies, as os.open creates it)."""
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666
    for _attempt in range(100):
        temporary = target.parent / f"{PART_PREFIX}{secrets.token_hex(6)}{PART_SUFFIX}"
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
        except FileExistsError:
            continue
        except OSError as error:
            raise ExportFileError(
                QT_TRANSLATE_NOOP("Errors", "Cannot write to the folder {folder}: {reason}."),
                folder=target.parent,
                reason=error.strerror,
            ) from error
        if existing is not None:
            try:
                os.fchmod(handle, mode)  # the umask must not narrow the file's permissions
                if (existing.st_uid, existing.st_gid) != (os.geteuid(), os.getegid()):
                    os.fchown(handle, existing.st_uid, existing.st_gid)
            except OSError:
                pass  # another user's file: ours replaces it with our ownership, as cp does
        return handle, temporary
    raise ExportFileError(
        QT_TRANSLATE_NOOP("Errors", "Cannot create a temporary file in {folder}."),
        folder=target.parent,
    )


def _is_part_name(name: str, target_name: str) -> bool:
    if name.startswith(PART_PREFIX) and name.endswith(PART_SUFFIX):
        return True
    # what earlier versions named them: ".{target}.{8 random characters}.part"
    old_prefix = f".{target_name}."
    return (
        bool(target_name)
        and name.startswith(old_prefix)
        and name.endswith(PART_SUFFIX)
        and len(name) == len(old_prefix) + 8 + len(PART_SUFFIX)
    )


def remove_stale_parts(
    folder: Path, target_name: str = "", max_age: float = STALE_PART_SECONDS
) -> list[Path]:
    """Remove the temporary files of exports into ``folder`` that were killed half-way (ours by
    name, also an earlier version's for ``target_name``; regular files older than ``max_age``
    seconds); returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _is_part_name(entry.name, target_name):
            continue
        try:
            found = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(found.st_mode) and now - found.st_mtime > max_age:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to remove
    return removed
