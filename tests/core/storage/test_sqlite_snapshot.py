"""New SQLite catalogues are made from a snapshot of the schema (sqlite_schema.sql) instead of by
running every migration: the snapshot must be exactly what the migrations make, a catalogue made
from it must be the same database in every table (FTS5's own included), and where it cannot run
the migrations must still build the catalogue, with nothing half-made left behind."""

from __future__ import annotations

import importlib.util
import sqlite3
import threading
from pathlib import Path
from types import ModuleType

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.core.storage import db, sqlite_snapshot
from claimdesk.core.storage.schema import HEAD_REVISION
from claimdesk.core.storage.sqlite_file import use_wal

TOOL = Path(__file__).resolve().parents[3] / "tools" / "sqlite_schema.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("claimdesk_sqlite_schema_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def everything_in(path: Path) -> dict[str, object]:
    """The whole database: every object's definition, every row of every table (SQLite's and
    FTS5's own tables too) and the header pragmas."""
    connection = sqlite3.connect(path)
    try:
        objects = sorted(
            connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
            key=repr,
        )
        tables = [name for kind, name, _, _ in objects if kind == "table"]
        found: dict[str, object] = {"objects": objects}
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            found[table] = sorted(rows, key=repr)
        for pragma in ("user_version", "application_id", "journal_mode", "auto_vacuum"):
            found[pragma] = connection.execute(f"PRAGMA {pragma}").fetchone()
        return found
    finally:
        connection.close()


def migrated(path: Path) -> Path:
    engine = db.create_catalogue_engine(f"sqlite:///{path}")
    try:
        db.upgrade_schema(engine, from_snapshot=False)
    finally:
        engine.dispose()
    return path


def test_the_snapshot_is_what_the_migrations_make_now() -> None:
    # fails after a migration is added or changed until `make schema` is run
    written = sqlite_snapshot.SNAPSHOT.read_text("utf-8")
    assert sqlite_snapshot.snapshot_revision(written) == HEAD_REVISION
    assert _tool().snapshot_of_migrations() == written, "run make schema"


def test_a_catalogue_made_from_the_snapshot_is_the_migrated_catalogue(tmp_path: Path) -> None:
    made = tmp_path / "made.sqlite"
    connection = sqlite3.connect(made, isolation_level=None)
    try:
        assert sqlite_snapshot.create_from_snapshot(connection)
    finally:
        connection.close()
    expected = everything_in(migrated(tmp_path / "migrated.sqlite"))
    opened = tmp_path / "opened.sqlite"
    Catalogue.open(opened).close()
    actual_made = everything_in(made)
    assert actual_made.pop("journal_mode") == ("delete",)  # a plain connection's file
    expected_journal = expected.pop("journal_mode")
    assert actual_made == expected
    opened_everything = everything_in(opened)
    assert opened_everything.pop("journal_mode") == expected_journal == ("wal",)
    assert opened_everything == expected
    assert db.current_revision(db.create_catalogue_engine(f"sqlite:///{opened}")) == HEAD_REVISION


def test_a_catalogue_made_from_the_snapshot_works(tmp_path: Path) -> None:
    catalogue = Catalogue.open(tmp_path / "new.sqlite")
    try:
        article = catalogue.add_article("Премьер сказал: «Ёлки зелёные, переговоры идут».")
        catalogue.attribute_quote(article.id, "Ёлки зелёные, переговоры идут", "Премьер")
        assert catalogue.count_claims() == 1
        # the triggers and the FTS5 index the snapshot made keep the search in step
        assert [c.quote for c in catalogue.list_claims(ClaimFilter(text="елки"))] == [
            "Ёлки зелёные, переговоры идут"
        ]
    finally:
        catalogue.close()


def test_a_snapshot_of_another_revision_is_not_used(tmp_path: Path) -> None:
    old = tmp_path / "old.sql"
    old.write_text(
        sqlite_snapshot.SNAPSHOT.read_text("utf-8").replace(
            f"-- revision: {HEAD_REVISION}", "-- revision: 0001"
        ),
        "utf-8",
    )
    path = tmp_path / "c.sqlite"
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        assert not sqlite_snapshot.create_from_snapshot(connection, old)
        assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
    finally:
        connection.close()


def test_a_snapshot_that_fails_half_way_leaves_nothing_and_the_migrations_build_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.sql"
    # the first half runs, then a statement this SQLite refuses (as one without FTS5's
    # trigram tokenizer refuses the search table)
    lines = sqlite_snapshot.SNAPSHOT.read_text("utf-8").splitlines()
    half = len(lines) // 2
    broken.write_text(
        "\n".join([*lines[:half], "CREATE VIRTUAL TABLE nope USING no_such_module(x);"]),
        "utf-8",
    )
    path = tmp_path / "c.sqlite"
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        assert not sqlite_snapshot.create_from_snapshot(connection, broken)
        assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
        assert not connection.in_transaction
    finally:
        connection.close()

    monkeypatch.setattr(sqlite_snapshot, "SNAPSHOT", broken)
    Catalogue.open(path).close()
    assert everything_in(path) == everything_in(migrated(tmp_path / "migrated.sqlite"))


def test_two_openers_of_one_new_file_both_find_a_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def open_it() -> None:
        engine = db.create_catalogue_engine(f"sqlite:///{path}")
        try:
            start.wait()
            db.upgrade_schema(engine)
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    expected = everything_in(migrated(tmp_path / "migrated.sqlite"))
    assert everything_in(path) == expected


def test_switching_to_wal_waits_for_a_connection_that_holds_the_new_file(tmp_path: Path) -> None:
    # SQLite answers "database is locked" at once here, without its busy timeout (timeout=0
    # below makes that certain): use_wal must wait for the holder itself
    path = tmp_path / "new.sqlite"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE t (x)")
    waiter = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        waiter.execute("PRAGMA journal_mode = WAL")
    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        use_wal(waiter, timeout_s=10)
    finally:
        release.join()
    assert waiter.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert waiter.execute("SELECT count(*) FROM t").fetchone() == (0,)
    waiter.close()
    holder.close()


def test_switching_to_wal_gives_up_after_its_timeout(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE t (x)")
    waiter = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        use_wal(waiter, timeout_s=0.1)
    holder.execute("ROLLBACK")
    waiter.close()
    holder.close()
