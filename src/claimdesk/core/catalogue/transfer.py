"""Copying a whole catalogue from one database to another: SQLite to PostgreSQL and back.

Every row of every table is copied with its id, so claims, links, tags and aliases keep pointing at
the same records, and the id counters continue where the source's stopped (an id deleted in the
source is not handed out again in the copy). The target must be empty; the copy runs in one
transaction on it, so a failed or cancelled copy leaves it empty.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, func, select, text

from claimdesk.core.domain.errors import ClaimDeskError, InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.matching.server_index import ServerClaimIndex
from claimdesk.core.storage import db as dbmod
from claimdesk.core.storage.models import metadata, state_table, verdict_status_table

Progress = Callable[[str, int, int], bool]
"""Called as ``progress(table, copied, total)`` (rows of all tables); False cancels the copy."""

BATCH_ROWS = 2000


class CopyCancelledError(ClaimDeskError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The copy was cancelled; the target catalogue was left empty."
            )
        )


@dataclass(frozen=True, slots=True)
class CopyResult:
    source: str
    target: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Table]:
    # Parents before the tables that refer to them; the change counter is not catalogue data.
    return [t for t in metadata.sorted_tables if t is not state_table]


def _next_id(connection: Connection, table: Table) -> int | None:
    """The id the source would hand out next, or None for a table without a counter."""
    if "id" not in table.c:
        return None
    highest = int(connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())
    counter = 0
    if connection.dialect.name == "sqlite":
        found = connection.exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,)
        ).scalar()
        counter = int(found or 0)
    elif connection.dialect.name == "postgresql":
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}
        ).scalar()
        if sequence:
            last, called = connection.execute(
                text(f"SELECT last_value, is_called FROM {sequence}")
            ).one()
            counter = int(last) if called else int(last) - 1
    return max(highest, counter) + 1


def _set_next_id(connection: Connection, table: Table, next_id: int) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = ?", (table.name,))
        connection.exec_driver_sql(
            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table.name, next_id - 1)
        )
    elif connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :n, false)"),
            {"t": table.name, "n": next_id},
        )


def _check_empty(connection: Connection, where: str) -> None:
    # a new catalogue has its default verdict statuses (0012): the copy replaces them
    for table in _tables():
        if table is verdict_status_table:
            continue
        if connection.execute(select(func.count()).select_from(table)).scalar_one():
            raise InvalidValueError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The target catalogue {location} is not empty (its {table} table has rows): "
                    "copy into a new, empty catalogue.",
                ),
                location=where,
                table=table.name,
            )


def copy_catalogue(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
) -> CopyResult:
    """Copy every record of the catalogue ``source`` into the new or empty catalogue ``target``
    (each a file path or a database URL); both are brought to the newest schema first."""
    source_url = dbmod.resolve_database_url(source)
    target_url = dbmod.resolve_database_url(target)
    if source_url == target_url:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Errors", "The source and the target are the same catalogue.")
        )
    source_engine = dbmod.open_engine(source_url)
    try:
        target_engine = dbmod.open_engine(target_url)
        try:
            rows = _copy(source_engine, target_engine, progress)
        finally:
            target_engine.dispose()
    finally:
        source_engine.dispose()
    return CopyResult(
        source=_shown(source_engine),
        target=_shown(target_engine),
        rows=rows,
    )


def _shown(engine: Engine) -> str:
    """The catalogue as a message names it: a file's path as it is (a URL would spell a
    non-ASCII name in %-escapes), a server's URL without its password."""
    path = dbmod.sqlite_path(engine.url.render_as_string(hide_password=False))
    return str(path) if path is not None else engine.url.render_as_string(hide_password=True)


def _copy(source: Engine, target: Engine, progress: Progress | None) -> dict[str, int]:
    copied: dict[str, int] = {}
    # One read transaction on the source: a consistent snapshot even while others edit it.
    with source.connect() as reading, reading.begin():
        totals = {
            t.name: int(reading.execute(select(func.count()).select_from(t)).scalar_one())
            for t in _tables()
        }
        total = sum(totals.values())
        done = 0
        writing = target.connect().execution_options(claimdesk_write=True)
        with writing, writing.begin():
            _check_empty(writing, _shown(target))
            for table in _tables():
                copied[table.name] = 0
                if table is verdict_status_table:
                    writing.execute(table.delete())
                key = list(table.primary_key.columns)
                result = reading.execution_options(yield_per=BATCH_ROWS).execute(
                    select(table).order_by(*key)
                )
                for batch in result.mappings().partitions(BATCH_ROWS):
                    writing.execute(table.insert(), [dict(row) for row in batch])
                    copied[table.name] += len(batch)
                    done += len(batch)
                    if progress is not None and progress(table.name, done, total) is False:
                        raise CopyCancelledError()
                next_id = _next_id(reading, table)
                if next_id is not None:
                    _set_next_id(writing, table, next_id)
            if writing.dialect.name == "postgresql":
                # the claims came in past the server's claim index: the next search rebuilds it
                ServerClaimIndex(target).forget(writing)
    return copied
