"""Alembic environment for ClaimDesk catalogues.

``claimdesk.core.storage.db.upgrade_schema`` passes an open connection in ``config.attributes``; a
developer generating a new revision passes ``-x url=sqlite:///path`` (see CONTRIBUTING.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import context
from sqlalchemy import Connection

from claimdesk.core.matching.server_index import TABLES as SERVER_INDEX_TABLES
from claimdesk.core.storage.claim_query import DERIVED_INDEXES, DERIVED_TABLES
from claimdesk.core.storage.db import create_catalogue_engine
from claimdesk.core.storage.models import metadata

config = context.config


def _include_object(_object: object, name: str | None, type_: str, *_rest: object) -> bool:
    # The server claim index's tables (PostgreSQL only, 0004) and the search and sort-key tables
    # and trigram index (0005) are not in the models: derived data that autogenerate must neither
    # drop nor compare.
    if type_ == "table":
        return name not in SERVER_INDEX_TABLES and name not in DERIVED_TABLES
    return not (type_ == "index" and name in DERIVED_INDEXES)


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
        transactional_ddl=True,
        compare_type=True,
        include_object=_include_object,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=context.get_x_argument(as_dictionary=True).get("url"),
        target_metadata=metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _check_foreign_keys(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"the migration left rows with broken references: {broken[:5]}")


@contextmanager
def _sqlite_foreign_keys_off(connection: Connection) -> Iterator[None]:
    """Batch mode rebuilds a SQLite table by dropping it: with foreign keys on, dropping a parent
    table (article, speaker, claim) would delete every row that refers to it (ON DELETE CASCADE).
    The pragma only works outside a transaction, so it is set on the driver's connection (in
    autocommit, see db.py); _check_foreign_keys checks the rows before the migration commits."""
    if connection.dialect.name != "sqlite" or connection.in_transaction():
        yield
        return
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with _sqlite_foreign_keys_off(connection), context.begin_transaction():
            context.run_migrations()
            _check_foreign_keys(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("pass the catalogue as: alembic -x url=sqlite:///PATH ...")
    engine = create_catalogue_engine(url)
    with engine.connect().execution_options(claimdesk_write=True) as connection:
        _configure(connection)
        with _sqlite_foreign_keys_off(connection), context.begin_transaction():
            context.run_migrations()
            _check_foreign_keys(connection)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
