"""Whether opening a SQLite catalogue must run the full integrity check, or may trust the check
an earlier session ran.

``PRAGMA integrity_check`` reads every page of the file: 0.25 s on a 100,000-claim catalogue in
the page cache, 2.8 s from a cold disk, on every open, which was most of what a
``claimdesk-cli`` command or the app's start spent on a large catalogue. What it guards against
is damage made by something other than SQLite writing through its own journal: a disk that
fails, a copy or sync tool, another program, a file cut short. ClaimDesk's own writes go through
SQLite's transactions, so a file ClaimDesk checked, then changed only through SQLite and closed
cleanly, is as sound as it was when checked.

So when a session closes a catalogue cleanly (no damage met, no changes left waiting beside
it), it records what the file looks like to the file system (device, inode, size,
modification and status-change times in nanoseconds: no program can set a status-change time
back) and its 100-byte SQLite header, with when the file last passed a full check. The next
open trusts that check only if all of this still holds:

* there is a record (else: first open on this computer, the cache was cleared, or the last
  session met damage; a session that crashed leaves the record made before it, which the file
  no longer matches if that session wrote anything);
* the file is exactly as recorded: anything that wrote into it since has changed its
  status-change time (and ClaimDesk waits, at close, until the file system's clock has moved
  past the file's last change, so a write in the same clock tick cannot go unseen);
* no changes wait beside it: a -journal, or a -wal that holds anything, means another program
  is writing to it, or one ended without closing it (SQLite's own sign of a crash: a hot
  journal or a WAL left behind). An empty -wal and its -shm hold nothing: read-only readers
  such as the sqlite3 shell leave them;
* the last full check is less than :data:`RECHECK_SECONDS` old (damage a failing disk makes
  without anyone writing is also met by any read that touches it, which says so; the week bounds
  how long it can lie unread);
* the file system keeps times finer than a second (FAT and some network shares keep whole or
  two seconds, in which a change could hide).

Anything else runs the full check, as every open did before. ``claimdesk-cli check`` runs it on
demand. The records live in the user's cache folder, one small file per catalogue, never
beside the catalogue; losing them costs one check.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

from claimdesk.core.domain.errors import CatalogueDamagedError, CatalogueOpenError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.storage.paths import user_cache_dir
from claimdesk.core.storage.sqlite_file import (
    changes_pending,
    companions_exist,
    integrity_problems,
    read_only_connection,
)

RECHECK_SECONDS = 7 * 24 * 3600
"""A full check at least this often, whatever the records say."""
SETTLE_NS = 20_000_000
"""How long after a file's last change its times are sure to show the next one: Linux stamps
files from a clock that ticks every 1-10 ms (HZ 1000-100), so 20 ms is past the next tick."""


@dataclass(frozen=True, slots=True)
class FileState:
    """What a catalogue file looks like without reading more than its header."""

    device: int
    inode: int
    size: int
    modified_ns: int
    changed_ns: int
    header: str
    """The first 100 bytes (SQLite's header: page count, change counter, …), in hex."""

    @property
    def coarse_times(self) -> bool:
        """Times in whole seconds: a file system that could hide a change within a second."""
        return self.modified_ns % 1_000_000_000 == 0 and self.changed_ns % 1_000_000_000 == 0

    def settled(self, now_ns: int | None = None) -> bool:
        """Whether the file system's clock has moved past the file's last change, so that
        any later write shows in its times."""
        now_ns = time.time_ns() if now_ns is None else now_ns
        return now_ns - max(self.modified_ns, self.changed_ns) >= SETTLE_NS


def file_state(path: Path) -> FileState | None:
    """The file's state now; None if it cannot be read."""
    try:
        with path.open("rb") as file:
            status = os.fstat(file.fileno())
            header = file.read(100)
    except OSError:
        return None
    return FileState(
        status.st_dev,
        status.st_ino,
        status.st_size,
        status.st_mtime_ns,
        status.st_ctime_ns,
        header.hex(),
    )


def record_path(path: Path) -> Path:
    """Where the record for the catalogue file ``path`` is kept."""
    # a short key (zlib, not hashlib, whose import costs more than the rest of this module); two
    # catalogues with the same key take each other's record, which only costs each a check
    # (trusted_check compares the path the record names)
    key = zlib.crc32(os.fsencode(path.resolve()))
    return user_cache_dir() / "checked" / f"{key:08x}.json"


def trusted_check(path: Path) -> float | None:
    """When ``path`` last passed a full integrity check, if that check still holds for the
    file as it is now (see the module's docstring); None: check it now."""
    if changes_pending(path):
        return None
    try:
        record = json.loads(record_path(path).read_text(encoding="utf-8"))
        recorded = FileState(**record["state"])
        checked_at = float(record["checked_at"])
        if record["path"] != str(path.resolve()):
            return None
    except (OSError, ValueError, TypeError, KeyError):
        return None
    now = file_state(path)
    if now is None or now != recorded or now.coarse_times or not now.settled():
        return None
    if not 0 <= time.time() - checked_at < RECHECK_SECONDS:
        return None
    return checked_at


def remember_clean_close(path: Path, checked_at: float, *, wait: bool = True) -> bool:
    """Record that ``path``, as it is now, passed a full check at ``checked_at`` and has been
    changed since only by ClaimDesk through SQLite, and closed cleanly. With ``wait``, waits
    (at most :data:`SETTLE_NS`) for the file system's clock to move past the file's last
    change; without it, a file changed too recently is not recorded. False if not recorded."""
    if changes_pending(path):  # not closed by all, or not cleanly
        forget(path)
        return False
    state = file_state(path)
    if state is None or state.coarse_times:
        forget(path)
        return False
    if not state.settled():
        if not wait:
            return False
        pause_ns = SETTLE_NS - (time.time_ns() - max(state.modified_ns, state.changed_ns))
        time.sleep(max(0, pause_ns) / 1e9)
        if file_state(path) != state:  # someone wrote meanwhile: not ClaimDesk's to vouch for
            forget(path)
            return False
    return remember_state(path, state, checked_at)


def remember_state(path: Path, state: FileState, checked_at: float) -> bool:
    """Record that ``path`` was in ``state`` (settled, see :meth:`FileState.settled`) when it
    passed, or still held, a full check made at ``checked_at``."""
    if state.coarse_times or not state.settled():
        return False
    record = {"path": str(path.resolve()), "state": asdict(state), "checked_at": checked_at}
    target = record_path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        scratch = target.with_name(f"{target.stem}.{os.getpid()}.tmp")
        scratch.write_text(json.dumps(record), encoding="utf-8")
        scratch.replace(target)  # whole or not at all, even with two desks closing at once
    except OSError:
        return False
    return True


def forget(path: Path) -> None:
    """Drop the record for ``path``: its next open runs the full check."""
    with contextlib.suppress(OSError):
        record_path(path).unlink(missing_ok=True)


def check_now(path: Path) -> None:
    """Run the full integrity check on the SQLite catalogue ``path``, however long it takes,
    through a read-only connection (``claimdesk-cli check``). Raises CatalogueDamagedError
    naming the first problem found (CatalogueOpenError if the file cannot be read); when it
    passes, and nothing changed the file meanwhile, opening it may trust this check."""
    before = file_state(path)
    if before is None or before.size == 0:
        raise CatalogueOpenError(
            QT_TRANSLATE_NOOP("Errors", "There is no catalogue at {path}."), path=path
        )
    alone = not companions_exist(path)
    started = time.time()
    try:
        connection = read_only_connection(path, immutable=alone)
        try:
            problems = integrity_problems(connection, seconds=float("inf"))
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise CatalogueOpenError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read the catalogue {path}: {reason}"),
            path=path,
            reason=str(error),
        ) from error
    if problems:
        forget(path)
        raise CatalogueDamagedError(path, problems[0])
    if not changes_pending(path) and file_state(path) == before:
        remember_state(path, before, started)
