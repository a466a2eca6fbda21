"""A new SQLite catalogue made from a snapshot of the schema the migrations build.

Running the thirteen Alembic migrations on an empty file took about half a second (importing
Alembic and the migration scripts, then each step's DDL), every time a catalogue was created: a
first start, ``claimdesk-cli --db NEW import FOLDER``, every test. ``sqlite_schema.sql`` beside
this module is what those migrations leave in an empty SQLite file (its tables, indexes,
triggers and virtual tables, and the rows they write: the schema revision, the default verdict
statuses…), so a new file is made with one ``executescript`` in one transaction instead.

The snapshot is written by ``tools/sqlite_schema.py`` (``make schema``) from a catalogue the
migrations built, never by hand. It names the revision it was taken at, and is used only while
that is :data:`~claimdesk.core.storage.schema.HEAD_REVISION`;
tests/core/storage/test_sqlite_snapshot.py fails when the migrations and the snapshot differ in
anything (schema, rows, FTS5's own tables). Where the script cannot run (an SQLite without FTS5's
trigram tokenizer, for which migration 0005 builds a different schema; another process creating
the same file at that moment), its transaction is rolled back and the migrations run as before.
Existing catalogues and PostgreSQL are always upgraded by the migrations.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from claimdesk.core.storage.schema import HEAD_REVISION

log = logging.getLogger(__name__)

SNAPSHOT = Path(__file__).with_name("sqlite_schema.sql")
REVISION_LINE = "-- revision: "
SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
"""The tables FTS5 makes for each of its virtual tables (named after it)."""


def snapshot_revision(script: str) -> str | None:
    """The revision a snapshot names on its ``-- revision:`` line, or None."""
    for line in script.splitlines():
        if line.startswith(REVISION_LINE):
            return line.removeprefix(REVISION_LINE).strip()
    return None


def create_from_snapshot(connection: sqlite3.Connection, snapshot: Path | None = None) -> bool:
    """Make the empty database behind ``connection`` (in autocommit mode) a catalogue at
    :data:`HEAD_REVISION` from the snapshot (:data:`SNAPSHOT` unless another is given), in one
    transaction; False, with nothing written, when the snapshot is missing, is of another
    revision or cannot run here."""
    try:
        script = (snapshot or SNAPSHOT).read_text("utf-8")
    except OSError as error:
        log.info("no schema snapshot (%s): the migrations build the catalogue", error)
        return False
    if snapshot_revision(script) != HEAD_REVISION:
        log.info("the schema snapshot is not at %s: the migrations build it", HEAD_REVISION)
        return False
    try:
        connection.executescript(f"BEGIN IMMEDIATE;\n{script}\nCOMMIT;")
    except sqlite3.Error as error:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        log.info("the schema snapshot did not run (%s): the migrations build the catalogue", error)
        return False
    return True


def dump_schema(connection: sqlite3.Connection, revision: str) -> str:
    """The snapshot of the catalogue behind ``connection``: statements that make an empty file
    the same database (objects in an order that lets each be created, then every row)."""
    objects = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    virtual = [
        str(name) for kind, name, sql in objects if kind == "table" and _is_virtual(str(sql))
    ]
    shadow = {f"{table}{suffix}" for table in virtual for suffix in SHADOW_SUFFIXES}

    def made_by_sqlite(name: str) -> bool:
        return name.startswith("sqlite_") or name in shadow

    tables = [
        (str(name), str(sql))
        for kind, name, sql in objects
        if kind == "table" and not made_by_sqlite(str(name)) and not _is_virtual(str(sql))
    ]
    ordered = [sql for _, sql in tables]
    ordered += [str(sql) for kind, name, sql in objects if str(name) in virtual]
    for wanted in ("index", "view", "trigger"):
        ordered += [str(sql) for kind, name, sql in objects if kind == wanted]
    lines = [
        "-- ClaimDesk: an empty SQLite catalogue as the migrations leave it (written by",
        "-- tools/sqlite_schema.py: make schema; do not edit by hand).",
        f"{REVISION_LINE}{revision}",
    ]
    lines += [f"{sql};" for sql in ordered]
    for table in [name for name, _ in tables] + ["sqlite_sequence"]:
        lines += _inserts(connection, table)
    # FTS5's tables as the migrations left them (an empty index's records differ by whether it
    # was ever rebuilt): written over what creating the virtual table put there
    for table in sorted(shadow):
        lines += _inserts(connection, table, replace=True)
    for pragma in ("user_version", "application_id"):
        value = int(connection.execute(f"PRAGMA {pragma}").fetchone()[0])
        if value:
            lines.append(f"PRAGMA {pragma} = {value};")
    return "\n".join(lines) + "\n"


def _is_virtual(sql: str) -> bool:
    return sql.upper().startswith("CREATE VIRTUAL TABLE")


def _inserts(connection: sqlite3.Connection, table: str, *, replace: bool = False) -> list[str]:
    found = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    if found is None:  # sqlite_sequence with no AUTOINCREMENT table; a shadow table FTS5 lacks
        return []
    without_rowid = "WITHOUT ROWID" in str(found[0]).upper()
    columns = len(connection.execute(f'SELECT * FROM "{table}" LIMIT 0').description)
    order = ", ".join(str(n) for n in range(1, columns + 1)) if without_rowid else "rowid"
    rows: Iterable[tuple[object, ...]] = connection.execute(
        f'SELECT * FROM "{table}" ORDER BY {order}'
    ).fetchall()
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    return [f'{verb} INTO "{table}" VALUES ({", ".join(map(_literal, row))});' for row in rows]


def _literal(value: object) -> str:
    """``value`` as an SQL literal that reads back as the same value and type."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    text = str(value)
    return "'" + text.replace("'", "''") + "'"
