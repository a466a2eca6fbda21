"""Opening a catalogue: database URLs, SQLite pragmas, schema upgrades with a backup first.

The default catalogue is a SQLite file in the user data folder
(:mod:`claimdesk.core.storage.paths`). ``--db PATH`` and the ``CLAIMDESK_DATABASE_URL`` environment
variable (any SQLAlchemy URL) choose another; a team catalogue is a PostgreSQL database,
``postgresql+psycopg://user@host/db`` (psycopg 3, the ``postgres`` extra; passwords come from
libpq's ~/.pgpass or a service file, not the URL). Opening a catalogue always brings it to the
newest schema through the Alembic migrations shipped inside the package (a catalogue already at
:data:`HEAD_REVISION` is seen to be so with one query, without loading Alembic); a SQLite file is
backed up beside itself before an upgrade, and a failed upgrade rolls back (SQLite DDL is
transactional once pysqlite's own transaction handling is turned off; PostgreSQL's always is). A
PostgreSQL server is not copied before an upgrade: its administrator backs it up (pg_dump), and the
upgrade's single transaction leaves it as it was if it fails.

Before anything writes to a SQLite file (even switching it to WAL mode), it is looked at through a
read-only connection (:func:`inspect_sqlite_file`): a SQLite database that is not a catalogue is
refused exactly as it was, a catalogue whose version table does not name one schema is refused,
and one that fails ``PRAGMA integrity_check`` (bounded in time, :data:`CHECK_SECONDS`) is refused
as damaged (:class:`CatalogueDamagedError`): nothing is ever written into a damaged file. The
check is skipped when the one an earlier session ran still holds: the file is exactly as
ClaimDesk left it when it last closed it cleanly (:mod:`claimdesk.core.storage.checked`).

Transactions: on SQLite a writer takes the database's write lock at BEGIN (BEGIN IMMEDIATE). On
PostgreSQL transactions run at READ COMMITTED and an edit locks the rows it changes
(SELECT … FOR UPDATE in history.Recorder), so concurrent writers to different rows never wait for
each other, and writers to the same row are serialised and see each other's changes.
"""

from __future__ import annotations

import errno
import importlib.util
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy import text as sql_text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.pool import StaticPool

from claimdesk.core.domain.errors import (
    BackupSpaceError,
    CatalogueDamagedError,
    CatalogueOpenError,
    MigrationError,
    VersionTableDamagedError,
)
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message
from claimdesk.core.storage.checked import forget as forget_check
from claimdesk.core.storage.checked import remember_clean_close, trusted_check
from claimdesk.core.storage.schema import HEAD_REVISION

# the file-level helpers live in sqlite_file.py (no SQLAlchemy there, for the command line's quick
# reads); the names marked PLC0414 stay importable from here
from claimdesk.core.storage.sqlite_file import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS  # noqa: PLC0414
from claimdesk.core.storage.sqlite_file import CHECK_SECONDS as CHECK_SECONDS  # noqa: PLC0414
from claimdesk.core.storage.sqlite_file import (
    companions_exist,
    database_text,
    has_undecodable_bytes,
    use_wal,
)
from claimdesk.core.storage.sqlite_file import integrity_problems as integrity_problems  # noqa: PLC0414
from claimdesk.core.storage.sqlite_file import is_damage as is_damage  # noqa: PLC0414
from claimdesk.core.storage.sqlite_file import read_only_connection as read_only_connection  # noqa: PLC0414
from claimdesk.core.storage.sqlite_snapshot import create_from_snapshot

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported in the functions that run it: a catalogue already at HEAD_REVISION (the
# usual case) is opened with one query of its version table, and never loads Alembic.

log = logging.getLogger("claimdesk.core.storage.db")

UPGRADE_LOCK_KEY = 0x436C_4465  # any constant: the advisory lock schema upgrades take on PostgreSQL
MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
BACKUP_MARGIN_BYTES = 16 * 1024 * 1024
"""Room left free beyond the backup itself, so the upgrade after it has space to work."""
NOT_UTF8 = Message(QT_TRANSLATE_NOOP("Errors", "it holds text that is not valid UTF-8"))
"""What is wrong with a catalogue whose stored text does not decode (a damaged page): the detail
of its CatalogueDamagedError."""
NOT_A_SQLITE_DATABASE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not a ClaimDesk catalogue (it is not a SQLite database)."
)


def resolve_database_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a path or a URL), else the environment, else the default."""
    text = database_text(db)
    if "://" in text:
        return text
    if has_undecodable_bytes(text):
        shown = os.fsencode(text).decode("utf-8", "backslashreplace")
        raise CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The catalogue's file name {name} holds bytes that are not valid text in this "
                "system's encoding, which SQLite cannot open: rename the file (or its folder).",
            ),
            name=shown,
        )
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
        """A short name for window titles: "database on host" (or the service name), in the
        user's language."""
        if self.service:
            return str(
                Message(QT_TRANSLATE_NOOP("Errors", "service {service}"), service=self.service)
            )
        name: object = (
            self.database or self.user or Message(QT_TRANSLATE_NOOP("Errors", "catalogue"))
        )
        where = self.host or "localhost"
        if where.startswith("/"):
            said = QT_TRANSLATE_NOOP("Errors", "{database} on this computer (local socket)")
            return str(Message(said, database=name))
        return str(
            Message(QT_TRANSLATE_NOOP("Errors", "{database} on {host}"), database=name, host=where)
        )

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


def long_name(location: str, home: Path | None = None, template: str = "{name} in {folder}") -> str:
    """How a catalogue is named where there is room (the window title): a SQLite catalogue's
    file name and folder, the home folder written "~" ("claims.sqlite in ~/work"; ``template``
    says it in another language); a team catalogue as :func:`short_name` names it."""
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
        return template.format(name=path.name, folder="~")
    if folder.is_relative_to(home):
        return template.format(name=path.name, folder=f"~/{folder.relative_to(home).as_posix()}")
    return template.format(name=path.name, folder=folder)


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
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()
        use_wal(dbapi_connection, BUSY_TIMEOUT_MS / 1000)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the write lock at BEGIN: a deferred transaction that reads, then writes,
        # can fail at once with "database is locked" instead of waiting out the busy timeout.
        mode = connection.get_execution_options().get("claimdesk_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if mode else "BEGIN")


CONNECT_TIMEOUT_S = 10
"""Seconds a team catalogue's server has to answer a new connection."""


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
                    QT_TRANSLATE_NOOP(
                        "Errors", "Cannot create the folder for the catalogue {path}: {reason}."
                    ),
                    path=path,
                    reason=error.strerror,
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
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A PostgreSQL catalogue needs the psycopg driver: "
                    "pip install 'claimdesk[postgres]'.",
                )
            )
        connect_args: dict[str, Any] = {"application_name": "claimdesk"}
        if "connect_timeout" not in make_url(url).query:
            # a server behind a firewall that drops packets held the window for the system's
            # TCP timeout (minutes); a URL may still give its own
            connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
        return create_engine(
            url, pool_pre_ping=True, isolation_level="READ COMMITTED", connect_args=connect_args
        )
    return create_engine(url, pool_pre_ping=True)


def backend_name(engine: Engine) -> str:
    """The kind of database behind ``engine``: "sqlite", "postgresql", …"""
    return engine.url.get_backend_name()


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415  (see the imports)

    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    return config


def head_revision(script_location: Path | None = None) -> str | None:
    """The head revision Alembic finds in the migrations (``HEAD_REVISION`` for the shipped
    ones, which tests check)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415  (see the imports)

    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The catalogue's schema version (None for a new database); VersionTableDamagedError if
    its version table names more than one (Alembic itself would stop with a traceback). Read
    with a plain query, as Alembic reads it, without importing Alembic."""
    with engine.connect() as connection:
        if not connection.dialect.has_table(connection, "alembic_version"):
            return None
        heads = [
            str(row[0])
            for row in connection.execute(sql_text("SELECT version_num FROM alembic_version"))
        ]
    if len(heads) > 1:
        where = sqlite_path(engine.url.render_as_string(hide_password=False))
        raise VersionTableDamagedError(
            where or engine.url.render_as_string(hide_password=True), sorted(heads)
        )
    return heads[0] if heads else None


def _create_from_snapshot(engine: Engine) -> bool:
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return create_from_snapshot(driver)
    finally:
        raw.close()


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(connection.dialect.get_table_names(connection))


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a SQLite catalogue beside itself with the online backup API (safe with WAL).

    Raises BackupSpaceError, leaving no partial copy, when the disk has no room for it (checked
    first, and again if writing it fails).
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}.bak")
        counter += 1
    # the copy holds the file's pages and those the WAL adds: at most the two together
    needed = _file_size(path) + _file_size(path.with_name(path.name + "-wal"))
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        free = None
    if free is not None and free < needed + BACKUP_MARGIN_BYTES:
        free_space = Message(
            QT_TRANSLATE_NOOP("Errors", "{megabytes} MB free"), megabytes=free // 1_000_000
        )
        raise BackupSpaceError(path, needed + BACKUP_MARGIN_BYTES, free_space)
    try:
        source = sqlite3.connect(path)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except (sqlite3.Error, OSError) as error:
        for leftover in (target, target.with_name(target.name + "-journal")):
            leftover.unlink(missing_ok=True)
        if _out_of_space(error):
            raise BackupSpaceError(path, needed + BACKUP_MARGIN_BYTES) from error
        raise MigrationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup before upgrading the catalogue {path} could not be made ({reason}): "
                "the catalogue was left as it was.",
            ),
            path=path,
            reason=str(error),
        ) from error
    return target


def _out_of_space(error: BaseException) -> bool:
    """A write refused for want of room: a full disk, a quota, or a file size limit (which
    SQLite reports as a write I/O error)."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    name = getattr(error, "sqlite_errorname", "")
    return name in ("SQLITE_FULL", "SQLITE_IOERR_WRITE") or "disk is full" in str(error)


@contextmanager
def _translate_open_errors(url: str) -> Iterator[None]:
    try:
        yield
    except (OperationalError, DBAPIError) as error:
        original = getattr(error, "orig", error)
        if is_damage(original):
            where = sqlite_path(url) or make_url(url).render_as_string(hide_password=True)
            raise CatalogueDamagedError(where, str(original)) from error
        raise _open_error(url, original) from error
    except UnicodeDecodeError as error:
        where = sqlite_path(url) or make_url(url).render_as_string(hide_password=True)
        raise CatalogueDamagedError(where, NOT_UTF8) from error


def _server_error(url: str, text: str) -> CatalogueOpenError:
    """What a PostgreSQL driver's refusal means for the user, and what to check."""
    parsed = make_url(url)
    query_host = parsed.query.get("host")  # a unix socket's folder is given in the query
    query_port = parsed.query.get("port")
    host = parsed.host or (query_host if isinstance(query_host, str) else "this computer")
    port = parsed.port or (query_port if isinstance(query_port, str) else 5432)
    server = f"{host}:{port}"
    database = parsed.database or ""
    reason = " ".join(text.split())  # drivers indent their second lines
    lower = reason.lower()
    if "could not translate host name" in lower or "name or service not known" in lower:
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server name {host} is not known here: check its spelling and this "
                "computer's network connection.",
            ),
            host=host,
        )
    if "connection refused" in lower or "no such file or directory" in lower:
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing answers at {server}: check the server name and port, and that the "
                "PostgreSQL server is running and accepts connections from this computer.",
            ),
            server=server,
        )
    if "timeout expired" in lower or "timed out" in lower:
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server {server} did not answer in time: check the name and port, and that "
                "no firewall stands between this computer and the server.",
            ),
            server=server,
        )
    if "password authentication failed" in lower or "no password supplied" in lower:
        if parsed.username:
            return CatalogueOpenError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The server {server} refused the login as {user}: check the user name, and "
                    "the password in ~/.pgpass (host:port:database:user:password, mode 600).",
                ),
                server=server,
                user=parsed.username,
            )
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server {server} refused the login: check the user name, and the "
                "password in ~/.pgpass (host:port:database:user:password, mode 600).",
            ),
            server=server,
        )
    if "does not exist" in lower and "database" in lower:
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server {server} has no database {database}: check its name, or ask the "
                "server's administrator to create it.",
            ),
            server=server,
            database=database,
        )
    if "permission denied" in lower:
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server {server} does not let this user use the database {database}: ask "
                "its administrator for access. ({reason})",
            ),
            server=server,
            database=database,
            reason=reason,
        )
    return CatalogueOpenError(
        QT_TRANSLATE_NOOP(
            "Errors", "Cannot open the team catalogue {database} on {server}: {reason}"
        ),
        database=database,
        server=server,
        reason=reason,
    )


def _open_error(url: str, error: BaseException) -> CatalogueOpenError:
    """The readable error for a catalogue the database would not open."""
    text = str(error)
    if sqlite_path(url) is None and make_url(url).get_backend_name() == "postgresql":
        return _server_error(url, text)
    where = sqlite_path(url) or make_url(url).render_as_string(hide_password=True)
    if "not a database" in text or "file is encrypted" in text:
        return CatalogueOpenError(NOT_A_SQLITE_DATABASE, path=where)
    if "readonly" in text or "read-only" in text:
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors", "The catalogue {path} is read-only: check the file's permissions."
            ),
            path=where,
        )
    if "locked" in text:
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The catalogue {path} is locked by another program; try again in a moment.",
            ),
            path=where,
        )
    if "unable to open" in text:
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot open the catalogue {path}: the file or its folder is not accessible.",
            ),
            path=where,
        )
    if "disk" in text and ("full" in text or "I/O" in text):
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors", "Cannot write to the catalogue {path}: the disk is full or failing."
            ),
            path=where,
        )
    return CatalogueOpenError(
        QT_TRANSLATE_NOOP("Errors", "Cannot open the catalogue {path}: {reason}"),
        path=where,
        reason=text,
    )


def inspect_sqlite_file(path: Path, check_seconds: float = CHECK_SECONDS) -> float | None:
    """Look at a SQLite file through a read-only connection before anything writes to it.

    Refuses (leaving the file exactly as it was, creating nothing beside it) a SQLite database
    that is not a catalogue, a catalogue whose version table is damaged, and a damaged one
    (integrity_check, as far as ``check_seconds`` allows, unless the check an earlier session
    ran still holds: :mod:`claimdesk.core.storage.checked`). A missing or empty file, or one this
    cannot read for another reason (locked, unreadable folder), is left to the ordinary opening
    to create or report.

    Returns when the file last passed a full check (now, for a new or empty catalogue), or
    None if that is not known (the check ran out of time, or the file could not be read).
    """
    if _file_size(path) == 0:
        return time.time()
    # With no WAL file beside it, no other program has the file open in WAL mode: it is read
    # alone, so that looking creates no -wal and -shm beside a file that is then refused.
    alone = not companions_exist(path)
    trusted = trusted_check(path)
    try:
        return _inspect_with(
            read_only_connection(path, immutable=alone), path, check_seconds, trusted
        )
    except CatalogueOpenError:
        if not alone or not companions_exist(path):
            raise
        # another program opened it meanwhile and may be writing: look again, properly
        return _inspect_with(read_only_connection(path), path, check_seconds, None)
    except sqlite3.Error:
        return None


def _inspect_with(
    connection: sqlite3.Connection, path: Path, check_seconds: float, trusted: float | None
) -> float | None:
    try:
        return _inspect(connection, path, check_seconds, trusted)
    except UnicodeDecodeError as error:  # a damaged name in sqlite_master, or an error message
        raise CatalogueDamagedError(path, NOT_UTF8) from error
    finally:
        connection.close()


def _inspect(
    connection: sqlite3.Connection, path: Path, check_seconds: float, trusted: float | None
) -> float | None:
    try:
        tables = {
            str(row[0])
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        versions = (
            [str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version")]
            if "alembic_version" in tables
            else []
        )
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            raise CatalogueDamagedError(path, str(error)) from error
        if "not a database" in str(error) or "encrypted" in str(error):
            raise CatalogueOpenError(NOT_A_SQLITE_DATABASE, path=path) from error
        return None  # locked, unreadable: the ordinary opening says so
    if not tables:
        return time.time()  # an empty database becomes a catalogue
    if "alembic_version" not in tables:
        raise CatalogueOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} holds tables that are not a ClaimDesk catalogue; choose another file "
                "(it was left as it was).",
            ),
            path=path,
        )
    if len(versions) != 1:
        raise VersionTableDamagedError(path, versions)
    if trusted is not None:
        return trusted  # checked before, and only ClaimDesk has written to it since
    started = time.time()
    problems = integrity_problems(connection, check_seconds)
    if problems:
        raise CatalogueDamagedError(path, problems[0])
    return started if problems is not None else None


def upgrade_schema(
    engine: Engine, script_location: Path | None = None, *, from_snapshot: bool = True
) -> Path | None:
    """Bring the catalogue to the newest schema; returns the backup made first, if any.

    A new SQLite catalogue is made from the schema snapshot
    (:mod:`~claimdesk.core.storage.sqlite_snapshot`) unless ``from_snapshot`` is False or other
    migrations are given; the migrations build it where the snapshot cannot.

    On failure the migration's transaction is rolled back, so the catalogue stays as it was, and
    :class:`MigrationError` says where the backup is.
    """
    url = engine.url.render_as_string(hide_password=False)
    with _translate_open_errors(url):
        current = current_revision(engine)
        if script_location is None and current == HEAD_REVISION:
            return None
        if (
            from_snapshot
            and script_location is None
            and current is None
            and backend_name(engine) == "sqlite"
            and not _has_tables(engine)
        ):
            if _create_from_snapshot(engine):
                return None
            current = current_revision(engine)  # another process may have made it meanwhile
            if current == HEAD_REVISION:
                return None
        # the schema must change (or other migrations were given): now Alembic is needed
        from alembic import command  # noqa: PLC0415  (see the imports)
        from alembic.script import ScriptDirectory  # noqa: PLC0415

        if current == head_revision(script_location):
            return None
        known = {
            script.revision
            for script in ScriptDirectory.from_config(
                alembic_config(script_location)
            ).walk_revisions()
        }
        if current is not None and current not in known:
            raise CatalogueOpenError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This catalogue was written by a newer version of ClaimDesk "
                    "(schema {schema}); update ClaimDesk to open it.",
                ),
                schema=current,
            )
        if current is None and _has_tables(engine):
            raise CatalogueOpenError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This database holds tables that are not a ClaimDesk catalogue; "
                    "choose another file.",
                )
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
            failure = f"{type(error).__name__}: {error}"
            if backup:
                raise MigrationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Upgrading the catalogue's schema failed ({reason}); the catalogue was "
                        "left as it was. A copy made before the upgrade is at {backup}.",
                    ),
                    reason=failure,
                    backup=backup,
                ) from error
            raise MigrationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Upgrading the catalogue's schema failed ({reason}); the catalogue was left "
                    "as it was.",
                ),
                reason=failure,
            ) from error
        return backup


@dataclass(slots=True)
class CheckedFile:
    """A SQLite catalogue file this session opened, and when it last passed a full check
    (None: not known, so a clean close records nothing)."""

    path: Path
    checked_at: float | None

    def closed(self, *, damaged: bool) -> None:
        """The session closed the file: the next open may trust the check if the session met
        no damage (see :mod:`claimdesk.core.storage.checked`), and must check it if it did."""
        if damaged or self.checked_at is None:
            forget_check(self.path)
        else:
            remember_clean_close(self.path, self.checked_at)


def open_engine(db: str | os.PathLike[str] | None = None) -> Engine:
    """Open, creating or upgrading it, the catalogue named by ``db`` (see resolve_database_url)."""
    return open_checked_engine(db)[0]


def open_checked_engine(
    db: str | os.PathLike[str] | None = None,
) -> tuple[Engine, CheckedFile | None]:
    """:func:`open_engine`, and for a SQLite file when it last passed a full check."""
    url = resolve_database_url(db)
    path = sqlite_path(url)
    checked = CheckedFile(path, inspect_sqlite_file(path)) if path is not None else None
    engine = create_catalogue_engine(url)
    try:
        backup = upgrade_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    if checked is not None and backup is not None:
        checked.checked_at = None  # an upgrade rewrote it: checked afresh at the next open
    return engine, checked
