"""Transactions, undo and change notification for the service layer, and storage errors.

Every edit runs in one transaction through :meth:`CatalogueBase._edit`, which records its row
changes (:mod:`claimdesk.core.storage.history`) so it can be undone, and announces it to
subscribers.

A read or write that finds the file damaged raises :class:`CatalogueDamagedError`, and from then
on the catalogue refuses every edit (and undo) without touching the file: SQLite can go on
writing into a damaged b-tree, which makes what is still readable harder to recover.
"""

from __future__ import annotations

import os
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Self

from sqlalchemy import (
    URL,
    Connection,
    Engine,
    Insert,
    Update,
    func,
    insert,
    make_url,
    or_,
    select,
    update,
)
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DataError,
    IntegrityError,
    OperationalError,
)
from sqlalchemy.pool import StaticPool

from claimdesk.core.domain.errors import (
    CatalogueDamagedError,
    CatalogueOpenError,
    ClaimDeskError,
    ConflictError,
    DuplicateError,
    InvalidValueError,
    ServerUnavailableError,
)
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message
from claimdesk.core.domain.records import (
    CatalogueChange,
)

# who is recorded as making a change: in row_values.py (no SQLAlchemy there, for the command
# line's quick attribution), still importable from here
from claimdesk.core.domain.row_values import default_user_name as default_user_name  # noqa: PLC0414
from claimdesk.core.domain.row_values import set_default_user_name as set_default_user_name  # noqa: PLC0414
from claimdesk.core.storage import db as dbmod
from claimdesk.core.storage.history import TABLES, Edit, EditHistory, Recorder, apply_changes
from claimdesk.core.storage.models import (
    claim_link_table,
    claim_table,
    claim_tag_table,
    cluster_member_table,
    state_table,
)

Listener = Callable[[CatalogueChange], None]
WriteHook = Callable[[Connection, Edit, bool], None]
"""Called inside the transaction of every edit that changed something, and of every undo or redo
(the bool: whether the edit is being reversed). The layer above registers what must change with
the records in the same transaction (the server's claim index on PostgreSQL); storage knows
nothing of it."""
UNCHANGED: Any = object()
"""Default of optional keyword arguments: the field is left as it is."""


class EditGroup:
    """Several edits, each committed in its own transaction, undone as one step named
    ``description``: a batch import stores its articles a few dozen at a time (so what is in
    stays in if it is cancelled) and one Undo takes the whole import back. A part joins the
    group's step only while that step is still the latest one done; after anything else (an
    undo, another edit) the next part starts a step of its own."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.edit: Edit | None = None


class CatalogueBase:
    """Transactions, undo and change notification shared by the service classes."""

    def __init__(self, engine: Engine, undo_limit: int = 500) -> None:
        self.engine = engine
        self.history = EditHistory(undo_limit)
        self._listeners: list[Listener] = []
        self.user_name = default_user_name()
        """Recorded in created_by/updated_by; the GUI sets the name chosen in preferences."""
        self._seen_changes: int | None = None
        self._seen_claim_id: int | None = None
        self._writes_lock = threading.Lock()
        self._writes_running = 0
        self._writes_begun = 0
        """Edits, undos and redos being committed (on any thread), and how many ever began: the
        live view's look for others' edits stands aside while one of ours is committing."""
        self._write_hooks: list[WriteHook] = []
        self.damaged: CatalogueDamagedError | None = None
        """Set when a read or write found the file damaged: every edit is refused from then."""
        self._checked_file: dbmod.CheckedFile | None = None
        """The SQLite file :meth:`open` opened and when it last passed a full check."""

    @classmethod
    def open(
        cls,
        db: str | os.PathLike[str] | None = None,
        *,
        user_name: str | None = None,
        remember_check: bool = True,
    ) -> Self:
        """Open (creating or upgrading it) the catalogue ``db`` names. ``remember_check``
        False: closing it leaves no record in the user's cache folder that the next open may
        trust (core/storage/checked.py), for a throwaway catalogue such as the smoke test's."""
        engine, checked = dbmod.open_checked_engine(db)
        opened = cls(engine)
        opened._checked_file = checked if remember_check else None
        if user_name is not None:
            opened.user_name = user_name.strip()
        return opened

    @property
    def on_server(self) -> bool:
        """Whether the catalogue is on a database server (PostgreSQL), where every edit waits on
        the network, rather than in a local SQLite file."""
        return dbmod.backend_name(self.engine) != "sqlite"

    @property
    def reads_in_parallel(self) -> bool:
        """Whether another thread may read while this one does: each has a connection of its
        own (a file or a server), not the one connection an in-memory database keeps."""
        return not isinstance(self.engine.pool, StaticPool)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        """The catalogue's file path, or for a server its URL with no password at all (not even
        masked), so it can be remembered in the settings and opened again: libpq then takes the
        password from ~/.pgpass or a service file."""
        path = dbmod.sqlite_path(self.engine.url.render_as_string(hide_password=False))
        if path is not None:
            return str(path)
        u = self.engine.url
        without = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
        return without.render_as_string(hide_password=False)

    def schema_revision(self) -> str | None:
        return dbmod.current_revision(self.engine)

    def close(self) -> None:
        self.engine.dispose()
        checked, self._checked_file = self._checked_file, None
        if checked is not None:
            # closed with no damage met: the next open may skip the full check if nothing
            # else touches the file meanwhile (core/storage/checked.py); damage met: it may not
            checked.closed(damaged=self.damaged is not None)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- transactions, change notification, undo -------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every committed change; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:  # may be called more than once
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, edit: Edit) -> None:
        change = edit.summary()
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def _noting_damage(self) -> Iterator[None]:
        try:
            yield
        except CatalogueDamagedError as error:
            self.damaged = error
            raise

    def _refuse_if_damaged(self) -> None:
        if self.damaged is not None:
            raise CatalogueDamagedError(self.location, self.damaged.detail)

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with (
            self._noting_damage(),
            storage_errors(self.location),
            self.engine.connect() as connection,
        ):
            yield connection

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """An edit, undo or redo of ours is being committed (see :meth:`check_for_changes`)."""
        with self._writes_lock:
            self._writes_running += 1
            self._writes_begun += 1
        try:
            yield
        finally:
            with self._writes_lock:
                self._writes_running -= 1

    @contextmanager
    def _edit(self, description: str, group: EditGroup | None = None) -> Iterator[Recorder]:
        """One edit in one transaction; with ``group``, one part of the group's edit (see
        :class:`EditGroup`)."""
        self._refuse_if_damaged()
        try:
            with self._writing(), self._noting_damage(), storage_errors(self.location):
                connection = self.engine.connect().execution_options(claimdesk_write=True)
                with connection, connection.begin():
                    recorder = Recorder(connection, description)
                    yield recorder
                    if recorder.edit.changes:
                        self._run_write_hooks(connection, recorder.edit, reverse=False)
                        self._count_change(connection)
        except ConflictError as conflict:
            self._announce_conflict(conflict)
            raise
        if not recorder.edit.changes:
            return
        if group is not None and group.edit is not None and self.history.is_latest(group.edit):
            group.edit.changes.extend(recorder.edit.changes)  # one undo step with the others
        else:
            if group is not None:
                recorder.edit.description = group.description
                group.edit = recorder.edit
            self.history.push(recorder.edit)
        self._notify(recorder.edit)

    def _announce_conflict(self, conflict: ConflictError) -> None:
        """Someone else changed a record this client showed: views showing it reload it."""
        ident = conflict.ident if isinstance(conflict.ident, int) else None
        ids = frozenset({ident} if ident is not None else ())
        change = CatalogueChange(
            description=f"{conflict.what.capitalize()} changed elsewhere",
            tables=frozenset({conflict.what.replace(" ", "_")}),
            article_ids=ids if conflict.what == "article" else frozenset(),
            claim_ids=ids if conflict.what == "claim" else frozenset(),
            speaker_ids=ids if conflict.what == "speaker" else frozenset(),
        )
        for listener in list(self._listeners):
            listener(change)

    def undo(self) -> CatalogueChange:
        """Undo the latest edit still done; raises NothingToUndoError or UndoConflictError."""
        edit = self.history.next_undo()
        self._replay(edit, reverse=True)
        self.history.mark_undone()
        self._notify(edit)
        return edit.summary()

    def redo(self) -> CatalogueChange:
        edit = self.history.next_redo()
        self._replay(edit, reverse=False)
        self.history.mark_redone()
        self._notify(edit)
        return edit.summary()

    def _replay(self, edit: Edit, *, reverse: bool) -> None:
        self._refuse_if_damaged()
        with self._writing(), self._noting_damage(), storage_errors(self.location):
            connection = self.engine.connect().execution_options(claimdesk_write=True)
            with connection, connection.begin():
                apply_changes(connection, edit, reverse=reverse)
                self._run_write_hooks(connection, edit, reverse=reverse)
                self._count_change(connection)
        if not reverse:
            edit.texts.clear()  # redone: the articles hold their texts again

    def add_write_hook(self, hook: WriteHook) -> None:
        """Run ``hook`` in the transaction of every edit, undo and redo from now on."""
        self._write_hooks.append(hook)

    def _run_write_hooks(self, connection: Connection, edit: Edit, *, reverse: bool) -> None:
        for hook in self._write_hooks:
            hook(connection, edit, reverse)

    # -- the live view: noticing what others changed ------------------------------------------

    def _count_change(self, connection: Connection) -> None:
        """Add one to the catalogue's change counter, in the edit's own transaction (so a
        colleague's window sees the new count exactly when it can see the edit)."""
        count = connection.execute(count_change_statement()).scalar()
        if count is None:  # the row was removed (a test emptying the tables): start again
            connection.execute(first_change_statement())
            count = 1
        self._seen_changes = int(count)

    def _newest_claim_id(self) -> int:
        with self._read() as connection:
            found = connection.execute(select(func.max(claim_table.c.id))).scalar()
        return int(found or 0)

    def change_count(self) -> int:
        """How many edits were ever committed to this catalogue, by anyone (one cheap query)."""
        with self._read() as connection:
            found = connection.execute(
                select(state_table.c.changes).where(state_table.c.id == 1)
            ).scalar()
        return int(found or 0)

    def check_for_changes(self) -> CatalogueChange | None:
        """Whether others (another window, process or desk) committed edits since this catalogue
        last looked; if so the change is announced to subscribers, as if made here, and
        returned. The first call only takes note of where the catalogue is.

        While an edit of ours is being committed on another thread (the GUI saves to a team
        server off its own thread) this looks no further and gives None: that edit has counted
        itself already but may not be visible yet, so the count read would be taken for others'
        edits. The next look, once it is committed, sees where the catalogue is."""
        with self._writes_lock:
            busy, begun = self._writes_running, self._writes_begun
        if busy:
            return None
        current = self.change_count()
        with self._writes_lock:
            if self._writes_running or self._writes_begun != begun:
                return None  # one of ours began meanwhile: its count is not others'
            seen, self._seen_changes = self._seen_changes, current
        newest_seen = self._seen_claim_id
        if seen is None or current == seen:
            if newest_seen is None:
                self._seen_claim_id = self._newest_claim_id()
            return None
        # A claim's quote never changes once stored: the claims others added are the ones the
        # matching index must learn (deleted ones it drops when it finds them gone).
        with self._read() as connection:
            added = frozenset(
                int(i)
                for i in connection.execute(
                    select(claim_table.c.id).where(claim_table.c.id > (newest_seen or 0))
                ).scalars()
            )
        self._seen_claim_id = max(added, default=newest_seen or 0)
        change = CatalogueChange(
            description="Changed by others",
            tables=frozenset(TABLES),
            claim_ids=added,
            by_others=True,
        )
        for listener in list(self._listeners):
            listener(change)
        return change

    def _delete_claim_rows(self, rec: Recorder, claim_id: int) -> None:
        c = rec.connection
        for tag in list(
            c.execute(
                select(claim_tag_table.c.tag).where(claim_tag_table.c.claim_id == claim_id)
            ).scalars()
        ):
            rec.delete(claim_tag_table, (claim_id, tag))
        link = claim_link_table.c
        for link_id in list(
            c.execute(
                select(link.id).where(
                    or_(link.from_claim_id == claim_id, link.to_claim_id == claim_id)
                )
            ).scalars()
        ):
            rec.delete(claim_link_table, (link_id,))
        member = cluster_member_table.c
        if c.execute(select(member.claim_id).where(member.claim_id == claim_id)).first():
            # recorded, so that undoing the deletion puts the claim back in its cluster
            rec.delete(cluster_member_table, (claim_id,))
        rec.delete(claim_table, (claim_id,))


def count_change_statement() -> Update:
    """Add one to the change counter, returning the new count (no row: none to add to).
    claimdesk-cli's quick attribution runs this statement's SQLite text (and that of
    :func:`first_change_statement`): core/storage/quick_attribute.py, checked against them by
    tests/core/storage/test_quick_attribute.py."""
    state = state_table.c
    return (
        update(state_table)
        .where(state.id == 1)
        .values(changes=state.changes + 1)
        .returning(state.changes)
    )


def first_change_statement() -> Insert:
    """The change counter's row, made afresh after its removal, counting one change."""
    return insert(state_table).values(id=1, changes=1)


_GONE = (
    "connection",
    "server closed",
    "terminating",
    "shutting down",
    "starting up",
    "no such file",
    "timeout expired",
    "could not receive",
    "could not send",
)


def _server_gone(location: str, error: OperationalError) -> bool:
    """A PostgreSQL (or other server) connection lost or refused, not a SQLite file problem."""
    if "://" not in location or location.startswith("sqlite"):
        return False
    text = str(error.orig).lower()
    return error.connection_invalidated or any(word in text for word in _GONE)


@contextmanager
def storage_errors(location: str) -> Iterator[None]:
    """Turn database failures a user can meet into readable, typed errors."""
    try:
        yield
    except ClaimDeskError:
        raise
    except UnicodeDecodeError as error:  # a damaged page's text
        raise CatalogueDamagedError(location, dbmod.NOT_UTF8) from error
    except DatabaseError as error:
        raise _storage_error(location, error) from error
    except ValueError as error:
        if not _unreadable_stored_value(error):
            raise
        unreadable = Message(
            QT_TRANSLATE_NOOP("Errors", "a stored value cannot be read: {reason}"),
            reason=str(error),
        )
        raise CatalogueDamagedError(location, unreadable) from error


def _unreadable_stored_value(error: ValueError) -> bool:
    """Whether SQLAlchemy's conversion of a stored value failed (a timestamp whose digits a
    damaged page changed, say): the file, not the code, is at fault."""
    frames = traceback.extract_tb(error.__traceback__)
    return (
        bool(frames)
        and "sqlalchemy" in frames[-1].filename
        and ("processors" in frames[-1].filename or "processors" in frames[-1].name)
    )


def server_name(location: str) -> str:
    """A team catalogue as a person reads it, its database at its server ("team@db.example.org",
    "team@/run/postgresql"), not its URL: a message about a lost server showed
    "postgresql+psycopg://root@/team?host=%2Ftmp%2F…", cut off in a narrow panel."""
    try:
        url = make_url(location)
    except ArgumentError:
        return location
    host: object = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = host[0] if host else "localhost"
    where = f"{host}:{url.port}" if url.port else str(host)
    return f"{url.database}@{where}" if url.database else where


def _first_line(error: DatabaseError) -> str:
    text = str(error.orig).strip()
    return text.splitlines()[0] if text else ""


def _storage_error(location: str, error: DatabaseError) -> ClaimDeskError:
    """The readable error for a database failure."""
    # damage found in the middle of work: malformed pages, a file cut short, or one no longer
    # a database at all (it was one when it was opened)
    if dbmod.is_damage(error.orig or error) or "not a database" in str(error.orig):
        return CatalogueDamagedError(location, _first_line(error))
    if isinstance(error, DataError):
        # a value the database cannot hold, e.g. an id past a team catalogue's 32-bit range
        return InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The catalogue cannot hold a value given ({reason}): nothing was changed.",
            ),
            reason=_first_line(error),
        )
    if isinstance(error, IntegrityError):
        return DuplicateError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The catalogue refused the change because it conflicts with what it holds "
                "({reason}).",
            ),
            reason=str(error.orig),
        )
    text = str(error.orig)
    if isinstance(error, OperationalError) and _server_gone(location, error):
        return ServerUnavailableError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The catalogue server ({location}) cannot be reached: nothing was changed. "
                "ClaimDesk connects again by itself when the server is back: try again in a "
                "moment. ({reason})",
            ),
            location=server_name(location),
            reason=_first_line(error),
        )
    if "readonly" in text or "read-only" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors", "The catalogue {location} is read-only: nothing was changed."
        )
    elif "disk" in text and "full" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors", "The disk holding {location} is full: nothing was changed."
        )
    elif "locked" in text or "busy" in text:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The catalogue {location} is busy in another program: nothing was changed. "
            "Try again in a moment.",
        )
    else:
        return CatalogueOpenError(
            QT_TRANSLATE_NOOP("Errors", "The catalogue {location} could not be used: {reason}"),
            location=location,
            reason=text,
        )
    return CatalogueOpenError(template, location=location)
