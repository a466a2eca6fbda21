"""Fixtures for the core and CLI tests (a pytest plugin that tests/conftest.py loads): a fresh
catalogue per test, on SQLite and on PostgreSQL, and the sample
article.

``catalogue`` (and ``catalogue_url``) run each test twice: on a temporary SQLite file and on a
throwaway PostgreSQL server (pgserver.py) started once per session. The PostgreSQL catalogue is
created by the migrations once and emptied (TRUNCATE … RESTART IDENTITY) before each test, which
is much faster than a database per test. ``db_path`` stays a SQLite file, for the tests about
SQLite files (WAL, backups, permissions, URI filenames).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.clusters import VerdictStatus
from claimdesk.core.matching.server_index import TABLES as SERVER_INDEX_TABLES
from claimdesk.core.storage.db import open_engine
from claimdesk.core.storage.models import metadata, verdict_status_table
from pgserver import DATABASE, PostgresServer

BACKENDS = ["sqlite", "postgresql"]
_database_numbers = itertools.count(1)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Every test on a catalogue runs on each backend, except a test that looks at the SQLite file
    # itself (it asks for db_path): that one runs on SQLite only.
    if "backend" in metafunc.fixturenames:
        sqlite_only = "db_path" in metafunc.fixturenames
        metafunc.parametrize("backend", ["sqlite"] if sqlite_only else BACKENDS)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    try:
        server.create_database(DATABASE)
        open_engine(server.url()).dispose()
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_database(pg_server: PostgresServer) -> str:
    """The URL of a new, empty PostgreSQL database (no schema yet)."""
    return pg_server.create_database(f"claimdesk_t{next(_database_numbers)}")


def _empty_pg_catalogue(url: str) -> None:
    engine = open_engine(url)
    try:
        tables = [t.name for t in metadata.sorted_tables] + list(SERVER_INDEX_TABLES)
        names = ", ".join(f'"{name}"' for name in tables)
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            # a new catalogue has the default verdict statuses (migration 0012 seeds them)
            connection.execute(
                verdict_status_table.insert(),
                [
                    {"key": s.value, "label": s.label, "position": n, "rated": s.rated}
                    for n, s in enumerate(VerdictStatus)
                ],
            )
    finally:
        engine.dispose()


@pytest.fixture
def backend() -> str:
    """The catalogue's backend; pytest_generate_tests above parametrises it."""
    return "sqlite"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "catalogue.sqlite"


@pytest.fixture
def catalogue_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty catalogue on ``backend``: a SQLite file path (db_path) or a PostgreSQL URL."""
    if backend == "sqlite":
        return str(request.getfixturevalue("db_path"))
    server: PostgresServer = request.getfixturevalue("pg_server")
    url = server.url()
    _empty_pg_catalogue(url)
    return url


@pytest.fixture
def catalogue(catalogue_url: str) -> Iterator[Catalogue]:
    with Catalogue.open(catalogue_url) as opened:
        yield opened


@pytest.fixture
def sample_path(sample_article_path: Path) -> Path:
    return sample_article_path


@pytest.fixture
def sample_text(sample_path: Path) -> str:
    return sample_path.read_text(encoding="utf-8")


@pytest.fixture
def sample_article(catalogue: Catalogue, sample_text: str) -> int:
    return catalogue.add_article(
        sample_text, outlet="Sputnik Азербайджан", published="2024-07-28", language="ru"
    ).id


def migrate(catalogue: Catalogue, target: str, *, down: bool = False) -> None:
    """Run the catalogue's migrations up or down to ``target`` on its own engine, as the tests of
    a migration's downgrade and upgrade do."""
    from alembic import command

    from claimdesk.core.storage import db

    config = db.alembic_config()
    with catalogue.engine.connect().execution_options(claimdesk_write=True) as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)
        if connection.in_transaction():
            connection.commit()
