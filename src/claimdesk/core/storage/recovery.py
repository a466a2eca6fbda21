"""Recovering what is readable from a damaged SQLite catalogue into a new one.

The damaged file is only ever read: it is copied (with its WAL file, which may hold the latest
edits) into a scratch folder beside the new catalogue, and the copy is read (a file cut short has
its header's page count mended there first, without which SQLite reads none of it). A fresh
catalogue is created at the newest schema and every readable row is copied into it table by table,
parents first, with its id. Derived data is not copied but made again: the new catalogue's triggers
(migration 0005) fill its search index and sort keys as the rows go in. A table SQLite cannot read
to the end is read row by row in rowid order: past a damaged page the reading skips ahead (doubling
the step, then narrowing it down) to the next row it can read, so the rows on intact pages are
kept. Columns are copied by name, so a catalogue from an older schema recovers too (the columns
added since take their defaults; a migration that transforms data must teach this module its
change, as 0010 did: :data:`MADE_ON_VERSION_FROM_TIMES`).

The new catalogue holds only rows that make sense: a claim, alias, tag or link whose article,
speaker or claim was lost is refused (counted as lost), a claim whose speaker was lost is kept
unattributed, text with bytes that are not UTF-8 is kept with U+FFFD in their place, and a
timestamp that no longer reads is replaced by the row's other one. Rows
lost are counted per table: exactly when an index of the table could still be read (it knows how
many rows there were), else as an upper bound from the ids missing around the damage.

The ``sqlite3`` shell's ``.recover`` can read rows out of pages whose b-tree is lost; it is not
used, so that recovery works where the shell is not installed (Windows, macOS, the bundles).
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import LargeBinary, String, Table, Text

from claimdesk.core.domain.errors import ClaimDeskError, InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message
from claimdesk.core.storage import db as dbmod
from claimdesk.core.storage.models import UTCDateTime, metadata, state_table, verdict_status_table

MAX_ROWID = 2**63 - 1
BATCH_ROWS = 500
MAX_RESUMES = 10_000
"""A table damaged in more places than this is read no further."""

MADE_ON_VERSION_FROM_TIMES = """
UPDATE claim SET made_on_version = coalesce((
    SELECT max(v.number) FROM article_version v
    WHERE v.article_id = claim.article_id
      AND v.number <= claim.text_version
      AND v.created_at <= claim.created_at
), 1)
WHERE claim.text_version > 1
"""
"""Migration 0010's change, for claims recovered from a catalogue made before it: the newest
version of each claim's article stored when the claim was (see that migration)."""

Progress = Callable[[str, int], None]
"""Called as ``progress(table, rows_read_so_far)`` while a table is read."""


class RecoveryError(ClaimDeskError):
    """Nothing could be recovered, or the new catalogue could not be written."""


@dataclass(frozen=True, slots=True)
class TableRecovery:
    """What became of one table's rows."""

    table: str
    recovered: int
    """Rows now in the new catalogue."""
    lost: int | None
    """Rows of the damaged file not in the new one (unreadable or refused); None if unknown."""
    lost_exact: bool
    """False when ``lost`` is an upper bound, counted from the ids missing around the damage."""
    refused: int = 0
    """Readable rows the new catalogue could not take: their article, speaker or claim was lost,
    or they clash with a row already recovered."""
    unattributed: int = 0
    """Claims kept without their speaker, whose row was lost."""
    repaired: int = 0
    """Rows kept with a damaged value mended: U+FFFD for bytes of text that were not UTF-8, a
    timestamp that no longer reads replaced by the row's other one (or the recovery's time)."""
    complete: bool = True
    """Whether the table could be read to the end without meeting damage."""

    def describe(self) -> str:
        """One line of the recovery's report, in the user's language: the table (as the
        catalogue names it) and what became of its rows."""
        parts = [Message(QT_TRANSLATE_NOOP("Errors", "{rows:,} recovered"), rows=self.recovered)]
        if self.lost is None:
            parts.append(Message(QT_TRANSLATE_NOOP("Errors", "an unknown number lost")))
        elif self.lost and self.lost_exact:
            parts.append(Message(QT_TRANSLATE_NOOP("Errors", "{rows:,} lost"), rows=self.lost))
        elif self.lost:
            lost_at_most = QT_TRANSLATE_NOOP("Errors", "at most {rows:,} lost")
            parts.append(Message(lost_at_most, rows=self.lost))
        if self.refused:
            refused = QT_TRANSLATE_NOOP(
                "Errors", "{rows:,} refused as their article, speaker or claim was lost"
            )
            parts.append(Message(refused, rows=self.refused))
        if self.unattributed:
            unattributed = QT_TRANSLATE_NOOP(
                "Errors", "{rows:,} kept unattributed (their speaker was lost)"
            )
            parts.append(Message(unattributed, rows=self.unattributed))
        if self.repaired:
            repaired = QT_TRANSLATE_NOOP(
                "Errors", "{rows:,} kept with a damaged value mended (text shown as �)"
            )
            parts.append(Message(repaired, rows=self.repaired))
        # a list of what became of the rows, each item a whole phrase
        return f"{self.table}: {', '.join(str(part) for part in parts)}"


@dataclass(frozen=True, slots=True)
class RecoveryResult:
    source: str
    target: str
    tables: tuple[TableRecovery, ...] = field(default_factory=tuple)

    @property
    def recovered(self) -> int:
        return sum(t.recovered for t in self.tables)

    @property
    def lost(self) -> int | None:
        counts = [t.lost for t in self.tables]
        return None if None in counts else sum(c or 0 for c in counts)

    @property
    def complete(self) -> bool:
        return all(t.complete and not t.lost for t in self.tables)

    def summary(self) -> str:
        """The recovery in one sentence, in the user's language."""
        lost = self.lost
        if self.complete:
            template = _RECOVERED_ALL
        elif lost is None:
            template = _RECOVERED_SOME
        else:
            exact = all(t.lost_exact for t in self.tables)
            if lost == 1:
                template = _RECOVERED_BUT_ONE if exact else _RECOVERED_BUT_ONE_AT_MOST
            else:
                template = _RECOVERED_BUT if exact else _RECOVERED_BUT_AT_MOST
        return str(Message(template, rows=self.recovered, target=self.target, lost=lost))


_RECOVERED_ALL = QT_TRANSLATE_NOOP(
    "Errors", "Recovered {rows:,} rows into {target}; every row was readable."
)
_RECOVERED_SOME = QT_TRANSLATE_NOOP(
    "Errors", "Recovered {rows:,} rows into {target}; some rows could not be read."
)
_RECOVERED_BUT_ONE = QT_TRANSLATE_NOOP(
    "Errors", "Recovered {rows:,} rows into {target}; 1 row was lost."
)
_RECOVERED_BUT_ONE_AT_MOST = QT_TRANSLATE_NOOP(
    "Errors", "Recovered {rows:,} rows into {target}; at most 1 row was lost."
)
_RECOVERED_BUT = QT_TRANSLATE_NOOP(
    "Errors", "Recovered {rows:,} rows into {target}; {lost:,} rows were lost."
)
_RECOVERED_BUT_AT_MOST = QT_TRANSLATE_NOOP(
    "Errors", "Recovered {rows:,} rows into {target}; at most {lost:,} rows were lost."
)


def recover_catalogue(
    damaged: str | os.PathLike[str],
    new: str | os.PathLike[str],
    progress: Progress | None = None,
) -> RecoveryResult:
    """Copy every readable row of the SQLite catalogue ``damaged`` into a new catalogue at
    ``new`` (which must not exist yet); the damaged file is only read. A failed recovery
    leaves no new file behind."""
    source = Path(damaged).expanduser().resolve()
    target = Path(new).expanduser().resolve()
    _check_paths(source, target)
    with _readable_copy(source, target.parent) as reading:
        engine = dbmod.open_engine(target)  # a fresh catalogue at the newest schema
        engine.dispose()
        try:
            tables = _copy_rows(reading, target, progress)
            if not any(t.recovered for t in tables) and not all(t.complete for t in tables):
                raise RecoveryError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Nothing in {file} could be read: no new catalogue was made. Open a "
                        "backup instead.",
                    ),
                    file=source,
                )
        except BaseException:
            for leftover in (target, *_companions(target)):
                leftover.unlink(missing_ok=True)
            raise
    return RecoveryResult(source=str(source), target=str(target), tables=tuple(tables))


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _check_paths(source: Path, target: Path) -> None:
    if not source.is_file():
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Errors", "There is no catalogue file {file} to recover."),
            file=source,
        )
    if target == source:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors", "Recover into a new file, not into the damaged catalogue itself."
            )
        )
    if target.exists() and (not target.is_file() or target.stat().st_size > 0):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} already exists: recover into a new file, so nothing is overwritten.",
            ),
            file=target,
        )


@contextmanager
def _readable_copy(source: Path, folder: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a copy of the damaged file (and its WAL file, which may hold
    the latest edits) made in ``folder``, removed afterwards: the damaged file itself is only
    read, once. A file cut short gets its header's page count mended in the copy, without
    which SQLite refuses to read any of it."""
    with tempfile.TemporaryDirectory(prefix=".claimdesk-recovery-", dir=folder) as scratch:
        copy = Path(scratch) / "damaged.sqlite"
        try:
            shutil.copyfile(source, copy)
            wal = source.with_name(source.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as error:
            raise RecoveryError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} cannot be copied to recover it ({reason}): is there room in {folder}?",
                ),
                file=source,
                reason=error.strerror,
                folder=folder,
            ) from error
        _mend_page_count(copy)
        connection = _connect_read_only(copy, source)
        try:
            yield connection
        finally:
            connection.close()


def _mend_page_count(path: Path) -> None:
    """Make the header's page count (offset 28) agree with a file that was cut short, padding
    a last page cut in half with zeros."""
    with path.open("r+b") as stream:
        header = stream.read(100)
        if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
            return
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if page_size < 512 or page_size & (page_size - 1):
            return
        size = path.stat().st_size
        pages = -(-size // page_size)
        if size % page_size:
            stream.seek(0, os.SEEK_END)
            stream.write(bytes(pages * page_size - size))
        if int.from_bytes(header[28:32], "big") > pages:
            stream.seek(28)
            stream.write(pages.to_bytes(4, "big"))
            stream.seek(92)  # "version-valid-for" = the change counter: the count is valid
            stream.write(header[24:28])


def _connect_read_only(path: Path, shown: Path) -> sqlite3.Connection:
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):  # the second ignores a WAL it cannot use
        try:
            connection = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True, timeout=5)
            connection.text_factory = bytes
            # a table whose root page was cut off must not keep the others from being read
            connection.execute("PRAGMA writable_schema = ON")
            connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            return connection
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error):
                raise RecoveryError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file} cannot be recovered: not even its first page reads as a SQLite "
                        "database. Open a backup instead.",
                    ),
                    file=shown,
                ) from error
            last = error
    raise RecoveryError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} cannot be recovered: the list of its tables cannot be read ({reason}). Open "
            "a backup instead.",
        ),
        file=shown,
        reason=str(last),
    ) from last


def _tables() -> list[Table]:
    return [t for t in metadata.sorted_tables if t is not state_table]


def _copy_rows(
    reading: sqlite3.Connection, target: Path, progress: Progress | None
) -> list[TableRecovery]:
    writing = sqlite3.connect(target, isolation_level=None)
    try:
        writing.execute("PRAGMA foreign_keys = ON")
        writing.execute("BEGIN IMMEDIATE")
        if _source_columns(reading, verdict_status_table):
            # the damaged catalogue had its own statuses (0012): they replace the new one's
            # defaults, which come back only if none of them can be read
            defaults = writing.execute("SELECT * FROM verdict_status").fetchall()
            writing.execute("DELETE FROM verdict_status")
        else:
            defaults = []
        results = [_copy_table(reading, writing, table, progress) for table in _tables()]
        if defaults and not writing.execute("SELECT 1 FROM verdict_status LIMIT 1").fetchall():
            marks = ", ".join("?" * len(defaults[0]))
            writing.executemany(f"INSERT INTO verdict_status VALUES ({marks})", defaults)
        claim_columns = _source_columns(reading, metadata.tables["claim"])
        if claim_columns and "made_on_version" not in claim_columns:
            # a catalogue from before migration 0010: its claims get what 0010 gives them
            writing.execute(MADE_ON_VERSION_FROM_TIMES)
        _continue_id_counters(reading, writing)
        writing.execute("COMMIT")
        problems = [row[0] for row in writing.execute("PRAGMA integrity_check")]
        if problems != ["ok"] or writing.execute("PRAGMA foreign_key_check").fetchall():
            raise RecoveryError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The recovered catalogue {file} did not check out: {reason}"
                ),
                file=target,
                reason=problems[0],
            )
        writing.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        writing.close()
    return results


def _source_columns(reading: sqlite3.Connection, table: Table) -> list[str]:
    """The target's columns the damaged table has too (all of them if its schema is
    unreadable: then reading says whether they are there)."""
    wanted = [c.name for c in table.columns]
    try:
        found = {_text(row[1]) for row in reading.execute(f'PRAGMA table_info("{table.name}")')}
    except sqlite3.DatabaseError:
        return wanted
    return [name for name in wanted if name in found] if found else []


def _copy_table(
    reading: sqlite3.Connection,
    writing: sqlite3.Connection,
    table: Table,
    progress: Progress | None,
) -> TableRecovery:
    columns = _source_columns(reading, table)
    if not columns:  # the damaged catalogue never had this table (or its schema lost it)
        return TableRecovery(table.name, 0, None, False, complete=False)
    scan = _Scan(reading, table.name, columns, progress)
    references = _nullable_references(writing, table, columns)
    inserted = refused = repaired = unattributed = 0
    batch: list[tuple[object, ...]] = []
    for row in itertools.chain(scan, [None]):  # streamed: never all in memory
        if row is not None:
            values, changed = _mended(table, columns, row)
            values, detached = _detach_lost(values, references)
            repaired += changed
            unattributed += detached
            batch.append(values)
        if len(batch) >= BATCH_ROWS or (row is None and batch):
            done, failed = _insert(writing, table.name, columns, batch)
            inserted, refused, batch = inserted + done, refused + failed, []
    held = scan.held()
    if held is not None:
        lost: int | None = max(held - scan.read, 0) + refused
        exact = True
    elif scan.unknown_tail:
        lost, exact = None, False
    else:
        lost, exact = scan.gap + refused, scan.complete
    return TableRecovery(
        table.name,
        recovered=inserted,
        lost=lost,
        lost_exact=exact,
        refused=refused,
        unattributed=unattributed,
        repaired=repaired,
        complete=scan.complete,
    )


class _OutOfOrderError(Exception):
    """A table read gave a row out of rowid order: its b-tree is damaged there."""


class _Scan:
    """The rows of one table in rowid order, stepping over damaged pages."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        table: str,
        columns: Sequence[str],
        progress: Progress | None,
    ) -> None:
        self.connection = connection
        self.table = table
        names = ", ".join(f'"{c}"' for c in columns)
        self.select = f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid'
        self.probe = f'SELECT rowid, {names} FROM "{table}" WHERE rowid >= ? ORDER BY rowid LIMIT 1'
        self.progress = progress
        self.complete = True
        self.gap = 0
        """Rowids skipped over damage: an upper bound of the rows lost there."""
        self.unknown_tail = False
        self.read = 0

    def __iter__(self) -> Iterator[tuple[object, ...]]:
        after = 0  # ClaimDesk's rows all have positive rowids
        for _attempt in range(MAX_RESUMES):
            before = after
            try:
                for row in self.connection.execute(self.select, (after,)):
                    rowid = int(row[0])
                    if rowid <= after:  # a damaged page pointing back: read in circles
                        raise _OutOfOrderError(rowid)
                    after = rowid
                    self.read += 1
                    if self.progress is not None and self.read % 1000 == 0:
                        self.progress(self.table, self.read)
                    yield tuple(row[1:])
                return
            except (sqlite3.DatabaseError, _OutOfOrderError):
                self.complete = False
            resume = self._next_readable(after)
            if resume is None:
                self._unreadable_tail(after)
                return
            if resume <= after + 1 and after == before:
                resume = after + 2  # the row right after `after` itself cannot be read
            self.gap += resume - after - 1  # the rowids skipped: at most that many rows lost
            after = resume - 1
        self._unreadable_tail(after)  # damaged in too many places to go on

    def _readable(self, rowid: int) -> bool:
        """Whether looking for the first row at or after ``rowid`` meets no damage."""
        try:
            self.connection.execute(self.probe, (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            return False
        return True

    def _next_readable(self, after: int) -> int | None:
        """The first place past ``after`` from which the table reads again: doubling the step
        until a probe meets no damage, then halving back to the first such place. None if
        nothing past ``after`` reads."""
        step = 1
        while after + step <= MAX_ROWID:
            if self._readable(after + step):
                low, high = after + step // 2 + 1, after + step
                while low < high:
                    middle = (low + high) // 2
                    if self._readable(middle):
                        high = middle
                    else:
                        low = middle + 1
                return high
            step *= 2
        return None

    def _unreadable_tail(self, after: int) -> None:
        highest = _sequence(self.connection, self.table)
        if highest is None or highest < after:
            self.unknown_tail = True
        else:
            self.gap += highest - max(after, 0)

    def held(self) -> int | None:
        """How many rows the table held: what was read if nothing was damaged, else what one of
        its indexes still counts (None if none can)."""
        if self.complete:
            return self.read
        try:
            indexes = [
                _text(row[0])
                for row in self.connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                    (self.table,),
                )
            ]
        except sqlite3.DatabaseError:
            return None
        for index in indexes:
            try:
                count = self.connection.execute(
                    f'SELECT count(*) FROM "{self.table}" INDEXED BY "{index}"'
                ).fetchone()[0]
            except sqlite3.DatabaseError:
                continue
            if int(count) >= self.read:
                return int(count)
        return None


def _sequence(connection: sqlite3.Connection, table: str) -> int | None:
    try:
        found = connection.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)
        ).fetchone()
    except sqlite3.DatabaseError:
        return None
    return None if found is None else int(found[0])


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{6})?")
"""How SQLite catalogues store a timestamp (UTC, no zone)."""


def _timestamp(value: object) -> str | None:
    if isinstance(value, str) and _TIMESTAMP.fullmatch(value):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return None
        return value
    return None


def _mended(
    table: Table, columns: Sequence[str], row: tuple[object, ...]
) -> tuple[tuple[object, ...], bool]:
    """The row with each value as its column needs it, and whether any had to be mended: text
    with bytes that are not UTF-8 gets U+FFFD, a number in a text column becomes its digits, a
    timestamp that does not read becomes the row's other one or the recovery's time. A value
    that cannot be mended (an id that is not a number) is left for the insert to refuse."""
    values = list(row)
    changed = False
    stamps = [i for i, name in enumerate(columns) if isinstance(table.c[name].type, UTCDateTime)]
    for i, value in enumerate(values):
        if isinstance(value, bytes) and not isinstance(table.c[columns[i]].type, LargeBinary):
            # text is read as bytes (text_factory) to see what is not UTF-8; a BLOB (a kept
            # web page, compressed) is bytes, and stays bytes
            try:
                values[i] = value.decode("utf-8")
            except UnicodeDecodeError:
                values[i] = value.decode("utf-8", "replace")
                changed = True
        column = table.c[columns[i]]
        if isinstance(column.type, String | Text) and isinstance(values[i], int | float):
            values[i] = str(values[i])
            changed = True
    for i in stamps:
        if _timestamp(values[i]) is None and not (
            values[i] is None and table.c[columns[i]].nullable
        ):
            others = [values[k] for k in stamps if _timestamp(values[k]) is not None]
            values[i] = others[0] if others else _now()
            changed = True
    return tuple(values), changed


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _nullable_references(
    writing: sqlite3.Connection, table: Table, columns: Sequence[str]
) -> list[tuple[int, set[int]]]:
    """For each nullable reference of ``table`` (a claim's speaker): its place in the row and
    the ids recovered so far in the table it refers to."""
    found = []
    for column in table.columns:
        if not column.nullable or not column.foreign_keys or column.name not in columns:
            continue
        (key,) = column.foreign_keys
        parent = f'SELECT "{key.column.name}" FROM "{key.column.table.name}"'
        found.append((columns.index(column.name), {int(r[0]) for r in writing.execute(parent)}))
    return found


def _detach_lost(
    row: tuple[object, ...], references: list[tuple[int, set[int]]]
) -> tuple[tuple[object, ...], bool]:
    """A row whose nullable reference names a row that was lost gets None there: a claim is
    worth keeping unattributed. Required references are left for the foreign keys to refuse."""
    detached = False
    for at, present in references:
        value = row[at]
        if value is not None and (not isinstance(value, int) or value not in present):
            row = (*row[:at], None, *row[at + 1 :])
            detached = True
    return row, detached


def _insert(
    writing: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: list[tuple[object, ...]],
) -> tuple[int, int]:
    """Insert ``rows``, a batch at a time, one at a time in a batch the catalogue refuses part
    of; returns (inserted, refused)."""
    names = ", ".join(f'"{c}"' for c in columns)
    statement = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
    inserted = refused = 0
    for start in range(0, len(rows), BATCH_ROWS):
        batch = rows[start : start + BATCH_ROWS]
        writing.execute("SAVEPOINT batch")
        try:
            writing.executemany(statement, batch)
            writing.execute("RELEASE batch")
            inserted += len(batch)
            continue
        except sqlite3.DatabaseError:
            writing.execute("ROLLBACK TO batch")
            writing.execute("RELEASE batch")
        for row in batch:
            try:
                writing.execute(statement, row)
                inserted += 1
            except sqlite3.DatabaseError:  # a lost parent, a clash, a value of the wrong type
                refused += 1
    return inserted, refused


def _continue_id_counters(reading: sqlite3.Connection, writing: sqlite3.Connection) -> None:
    """Ids are never handed out twice: the new catalogue's counters continue from the damaged
    one's (where readable) or from the highest id recovered."""
    for table in _tables():
        if "id" not in table.c:
            continue
        highest = writing.execute(f'SELECT coalesce(max(id), 0) FROM "{table.name}"').fetchone()[0]
        counter = max(int(highest), _sequence(reading, table.name) or 0)
        writing.execute("DELETE FROM sqlite_sequence WHERE name = ?", (table.name,))
        writing.execute(
            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table.name, counter)
        )
