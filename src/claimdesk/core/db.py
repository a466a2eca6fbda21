"""Opening a catalogue: database URLs, SQLite pragmas, schema upgrades with a backup first.

The default catalogue is a SQLite file in the user data folder that appdirs gives. ``--db PATH``
and the ``CLAIMDESK_DATABASE_URL`` environment variable (any SQLAlchemy URL) choose another; a team
catalogue is a PostgreSQL database, ``postgresql+psycopg://user@host/db`` (psycopg 3, the
``postgres`` extra; passwords come from libpq's ~/.pgpass or a service file, not the URL).
Opening a catalogue always brings it to the newest schema through the Alembic migrations shipped
inside the package; a SQLite file is backed up beside itself before an upgrade, and a failed upgrade
rolls back (SQLite DDL is transactional once pysqlite's own transaction handling is turned off;
PostgreSQL's always is). A PostgreSQL server is not copied before an upgrade: its administrator
backs it up (pg_dump), and the upgrade's single transaction leaves it as it was if it fails.

Transactions: on SQLite a writer takes the database's write lock at BEGIN (BEGIN IMMEDIATE). On
PostgreSQL transactions run at READ COMMITTED and an edit locks the rows it changes
(SELECT … FOR UPDATE in history.Recorder), so concurrent writers to different rows never wait for
each other, and writers to the same row are serialised and see each other's changes.
"""

from __future__ import annotations

import importlib.util
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import appdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.pool import StaticPool

from claimdesk import APP_AUTHOR, APP_NAME
from claimdesk.core.errors import CatalogueOpenError, MigrationError

ENV_VAR = "CLAIMDESK_DATABASE_URL"
DEFAULT_FILE_NAME = "catalogue.sqlite"
BUSY_TIMEOUT_MS = 30_000
UPGRADE_LOCK_KEY = 0x436C_4465  # any constant: the advisory lock schema upgrades take on PostgreSQL
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def _xdg_folder(found: str, default: Path) -> Path:
    """appdirs takes $XDG_DATA_HOME and friends as they are, even empty or relative, which would
    put the catalogue under the current folder; the XDG spec says to ignore such values."""
    path = Path(found)
    return path if path.is_absolute() else default


def user_data_dir() -> Path:
    return _xdg_folder(
        appdirs.user_data_dir(APP_NAME, APP_AUTHOR), Path.home() / ".local/share" / APP_NAME
    )


def user_cache_dir() -> Path:
    return _xdg_folder(
        appdirs.user_cache_dir(APP_NAME, APP_AUTHOR), Path.home() / ".cache" / APP_NAME
    )


def user_log_dir() -> Path:
    return _xdg_folder(
        appdirs.user_log_dir(APP_NAME, APP_AUTHOR), Path.home() / ".cache" / APP_NAME / "log"
    )


def default_database_path() -> Path:
    return user_data_dir() / DEFAULT_FILE_NAME


def resolve_database_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a path or a URL), else the environment, else the default."""
    if db is None or str(db) == "":
        db = os.environ.get(ENV_VAR) or default_database_path()
    text = str(db)
    if "://" in text:
        return text
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path}"


@dataclass(frozen=True, slots=True)
class TeamServer:
    """Where a team catalogue lives on PostgreSQL: a server, or a libpq service name. It never
    holds a password: libpq takes that from ~/.pgpass or the service file."""

    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    service: str = ""

    def url(self) -> str:
        if self.service:
            return URL.create(
                "postgresql+psycopg", query={"service": self.service}
            ).render_as_string()
        host, query = self.host, dict[str, str]()
        # A folder is a unix socket: libpq wants it as the host parameter, not in the authority.
        if host.startswith("/"):
            host, query = "", {"host": self.host, "port": str(self.port)}
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            host=host or None,
            port=self.port if host else None,
            database=self.database,
            query=query,
        ).render_as_string(hide_password=False)

    def describe(self) -> str:
        """A short name for window titles: "database on host" (or the service name)."""
        if self.service:
            return f"service {self.service}"
        where = self.host or "localhost"
        if where.startswith("/"):
            where = "this computer (local socket)"
        return f"{self.database or self.user or 'catalogue'} on {where}"

    @classmethod
    def from_url(cls, text: str) -> TeamServer | None:
        """The server a PostgreSQL URL names; None for anything else."""
        try:
            url = make_url(text)
        except (ArgumentError, ValueError):  # not a URL, or a port that is not a number
            return None
        if url.get_backend_name() != "postgresql":
            return None
        query = dict(url.query)
        port = query.get("port") or url.port
        return cls(
            host=str(query.get("host") or url.host or ""),
            port=int(str(port)) if port else 5432,
            database=url.database or "",
            user=url.username or "",
            service=str(query.get("service") or ""),
        )


def short_name(location: str) -> str:
    """How a catalogue is named in a window title: the file name of a SQLite catalogue, or
    "database on host" for a team server (never the URL's query string)."""
    server = TeamServer.from_url(location)
    if server is not None:
        return server.describe()
    try:
        path = sqlite_path(location) if "://" in location else Path(location)
    except (ArgumentError, ValueError):  # not a URL SQLAlchemy reads: shown as it is
        return location
    return path.name if path is not None and path.name else location


def long_name(location: str, home: Path | None = None) -> str:
    """How a catalogue is named where there is room (the window title): a SQLite catalogue's
    file name and folder, the home folder written "~" ("claims.sqlite in ~/work"); a team
    catalogue as :func:`short_name` names it."""
    if TeamServer.from_url(location) is not None:
        return short_name(location)
    try:
        path = sqlite_path(location) if "://" in location else Path(location)
    except (ArgumentError, ValueError):
        return location
    if path is None or not path.name:
        return location
    folder = path.parent
    home = Path.home() if home is None else home
    if folder == home:
        return f"{path.name} in ~"
    if folder.is_relative_to(home):
        return f"{path.name} in ~/{folder.relative_to(home).as_posix()}"
    return f"{path.name} in {folder}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another backend or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    database = parsed.database
    if database.startswith("file:"):  # an SQLite URI filename: file:/path?mode=ro&uri=true
        if "mode=memory" in url:
            return None
        database = unquote(urlsplit(database).path)
    if database == ":memory:":
        return None
    return Path(database)


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN below run the transaction, so DDL is transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the write lock at BEGIN: a deferred transaction that reads, then writes,
        # can fail at once with "database is locked" instead of waiting out the busy timeout.
        mode = connection.get_execution_options().get("claimdesk_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if mode else "BEGIN")


def create_catalogue_engine(url: str) -> Engine:
    """An engine for ``url`` with ClaimDesk's connection settings; it does not touch the schema."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise CatalogueOpenError(
                    f"Cannot create the folder for the catalogue {path}: {error.strerror}."
                ) from error
        # A pool of open connections: opening one re-runs the pragmas, and closing the last
        # connection to a WAL file checkpoints it, which made every call several times slower.
        # An in-memory database must keep its single connection (StaticPool).
        pool: dict[str, Any] = {"pool_size": 4} if path is not None else {"poolclass": StaticPool}
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **pool,
        )
        _install_sqlite_hooks(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":  # plain postgresql:// would mean psycopg2
            url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        uses_psycopg = make_url(url).drivername == "postgresql+psycopg"
        if uses_psycopg and importlib.util.find_spec("psycopg") is None:
            raise CatalogueOpenError(
                "A PostgreSQL catalogue needs the psycopg driver: "
                "pip install 'claimdesk[postgres]'."
            )
        return create_engine(
            url,
            pool_pre_ping=True,
            isolation_level="READ COMMITTED",
            connect_args={"application_name": "claimdesk"},
        )
    return create_engine(url, pool_pre_ping=True)


def backend_name(engine: Engine) -> str:
    """The kind of database behind ``engine``: "sqlite", "postgresql", …"""
    return engine.url.get_backend_name()


def alembic_config(script_location: Path | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    return config


def head_revision(script_location: Path | None = None) -> str | None:
    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(connection.dialect.get_table_names(connection))


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a SQLite catalogue beside itself with the online backup API (safe with WAL)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}.bak")
        counter += 1
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


@contextmanager
def _translate_open_errors(url: str) -> Iterator[None]:
    try:
        yield
    except (OperationalError, DBAPIError) as error:
        original = getattr(error, "orig", error)
        raise CatalogueOpenError(_describe_open_error(url, original)) from error


def _describe_open_error(url: str, error: BaseException) -> str:
    text = str(error)
    where = sqlite_path(url) or make_url(url).render_as_string(hide_password=True)
    if "not a database" in text or "file is encrypted" in text:
        return f"{where} is not a ClaimDesk catalogue (it is not a SQLite database)."
    if "readonly" in text or "read-only" in text:
        return f"The catalogue {where} is read-only: check the file's permissions."
    if "locked" in text:
        return f"The catalogue {where} is locked by another program; try again in a moment."
    if "unable to open" in text:
        return f"Cannot open the catalogue {where}: the file or its folder is not accessible."
    if "disk" in text and ("full" in text or "I/O" in text):
        return f"Cannot write to the catalogue {where}: the disk is full or failing."
    return f"Cannot open the catalogue {where}: {text}"


def upgrade_schema(engine: Engine, script_location: Path | None = None) -> Path | None:
    """Bring the catalogue to the newest schema; returns the backup made first, if any.

    On failure the migration's transaction is rolled back, so the catalogue stays as it was, and
    :class:`MigrationError` says where the backup is.
    """
    url = engine.url.render_as_string(hide_password=False)
    head = head_revision(script_location)
    with _translate_open_errors(url):
        current = current_revision(engine)
        if current == head:
            return None
        known = {
            script.revision
            for script in ScriptDirectory.from_config(
                alembic_config(script_location)
            ).walk_revisions()
        }
        if current is not None and current not in known:
            raise CatalogueOpenError(
                "This catalogue was written by a newer version of ClaimDesk "
                f"(schema {current}); update ClaimDesk to open it."
            )
        if current is None and _has_tables(engine):
            raise CatalogueOpenError(
                "This database holds tables that are not a ClaimDesk catalogue; "
                "choose another file."
            )
        backup: Path | None = None
        path = sqlite_path(url)
        if path is not None and current is not None:
            backup = backup_sqlite(path, f"before-upgrade-{current}")
        config = alembic_config(script_location)
        try:
            with engine.connect().execution_options(claimdesk_write=True) as connection:
                config.attributes["connection"] = connection
                if connection.dialect.name == "postgresql":
                    # Several desks may open a new team catalogue at once: one upgrades, the
                    # others wait here, then find the schema at head and do nothing.
                    with connection.begin():
                        connection.exec_driver_sql(
                            f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK_KEY})"
                        )
                        command.upgrade(config, "head")
                else:
                    command.upgrade(config, "head")
        except Exception as error:
            kept = f" A copy made before the upgrade is at {backup}." if backup else ""
            raise MigrationError(
                f"Upgrading the catalogue's schema failed ({type(error).__name__}: {error}); "
                f"the catalogue was left as it was.{kept}"
            ) from error
        return backup


def open_engine(db: str | os.PathLike[str] | None = None) -> Engine:
    """Open, creating or upgrading it, the catalogue named by ``db`` (see resolve_database_url)."""
    url = resolve_database_url(db)
    engine = create_catalogue_engine(url)
    try:
        upgrade_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine
