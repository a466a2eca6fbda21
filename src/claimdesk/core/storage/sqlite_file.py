"""A SQLite catalogue as a file, on the standard library alone: where it is, read-only
connections to it, whether an error means damage, and ``PRAGMA integrity_check``.

Apart from :mod:`claimdesk.core.storage.db` (which imports SQLAlchemy) so that the command line's
read-only listings (:mod:`claimdesk.core.storage.quick_read`) can look at a catalogue without
importing SQLAlchemy; db.py re-exports these names.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from claimdesk.core.storage.paths import ENV_VAR, default_database_path

BUSY_TIMEOUT_MS = 30_000
CHECK_SECONDS = 3.0
"""How long opening a SQLite catalogue may spend on ``PRAGMA integrity_check``. Measured on a
100,000-claim catalogue (154 MB): 0.25 s with the file in the page cache, 2.8 s from a cold
disk (quick_check: 0.16 s and 2.5 s). A bigger file is checked as far as this allows; every read
still reports damage it meets."""


WAL_RETRY_SECONDS = 0.01


def use_wal(connection: sqlite3.Connection, timeout_s: float) -> None:
    """Put ``connection``'s database in WAL mode, waiting up to ``timeout_s`` for another
    connection that holds the file.

    Switching a new file to WAL needs the file to itself, and SQLite answers "database is
    locked" at once, without its busy timeout, while another connection is switching or
    creating it (two windows, or the window and the command line, opening one new catalogue):
    that is retried here until the timeout. Any other error is raised as it came."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL").fetchall()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
        time.sleep(WAL_RETRY_SECONDS)


def database_text(db: str | os.PathLike[str] | None) -> str:
    """What ``db`` names (a path or a URL), else the environment's, else the default file."""
    if db is None or str(db) == "":
        db = os.environ.get(ENV_VAR) or default_database_path()
    return str(db)


def has_undecodable_bytes(text: str) -> bool:
    """A file name holding bytes the system's encoding cannot decode (SQLite cannot open it)."""
    return any("\udc80" <= character <= "\udcff" for character in text)


def catalogue_file(db: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file ``db`` names, as db.resolve_database_url resolves it; None for a
    database URL (whatever its backend) or a name SQLite cannot open."""
    text = database_text(db)
    if "://" in text or has_undecodable_bytes(text):
        return None
    return Path(text).expanduser().resolve()


def companions_exist(path: Path) -> bool:
    """Whether a -wal or -shm lies beside ``path``: a program has the file open in WAL mode,
    or one left them (a crash, or a read-only reader)."""
    return any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-shm"))


def changes_pending(path: Path) -> bool:
    """Whether changes to ``path`` may wait beside it, not yet in the file itself: a -journal
    (a writer in rollback mode, or a hot journal a crash left), or a -wal holding anything (a
    writer at work, or a WAL a crash left). An empty -wal and its -shm hold nothing: SQLite's
    read-only readers (the sqlite3 shell's -readonly, say) leave them behind."""
    if path.with_name(path.name + "-journal").exists():
        return True
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError:
        return True


def read_only_connection(
    path: Path, timeout: float = BUSY_TIMEOUT_MS / 1000, *, immutable: bool = False
) -> sqlite3.Connection:
    """A connection that cannot change ``path``; text it cannot decode comes back with U+FFFD
    instead of an exception. SQLite's read-only mode still reads what a WAL file holds, but
    creates the -wal and -shm files of a WAL-mode database if they are missing; ``immutable``
    creates nothing and reads the file alone (right when no WAL file exists)."""
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?{query}", uri=True, timeout=timeout)
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return connection


_DAMAGE_NAMES = frozenset({"SQLITE_CORRUPT", "SQLITE_CORRUPT_INDEX", "SQLITE_CORRUPT_SEQUENCE",
                           "SQLITE_CORRUPT_VTAB", "SQLITE_IOERR_SHORT_READ"})  # fmt: skip


def is_damage(error: BaseException) -> bool:
    """Whether a database error means the file is damaged (malformed, truncated), as opposed
    to locked, read-only, full or not a database at all."""
    if isinstance(error, UnicodeDecodeError):
        return True
    name = getattr(error, "sqlite_errorname", "")
    if name in _DAMAGE_NAMES:
        return True
    text = str(error)
    return "malformed" in text or "database corruption" in text


def integrity_problems(
    connection: sqlite3.Connection, seconds: float = CHECK_SECONDS
) -> list[str] | None:
    """What ``PRAGMA integrity_check`` finds wrong ([] if nothing), or None if it could not
    finish within ``seconds``. integrity_check, not quick_check: on 80 catalogues damaged at
    random (issue 15) quick_check passed 9-11 more of them, whose indexes no longer matched
    their tables (reads through those indexes gave silently different results), for about
    15% more time."""
    deadline = time.monotonic() + seconds
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        rows = connection.execute("PRAGMA integrity_check(20)").fetchall()
    except sqlite3.DatabaseError as error:
        if "interrupted" in str(error):
            import logging  # noqa: PLC0415  (only here: the quick listings do not load it)

            logging.getLogger("claimdesk.core.storage.db").warning(
                "integrity check stopped after %.1f s: the file is not fully checked", seconds
            )
            return None
        if is_damage(error):
            return [str(error)]
        raise
    finally:
        connection.set_progress_handler(None, 0)
    return [str(row[0]) for row in rows if row[0] != "ok"]
