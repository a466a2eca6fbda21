"""Reversible edits: every change the service layer makes is recorded row by row.

Each edit keeps, for every row it inserted, updated or deleted, the row before and after. Undo puts
the "before" rows back in reverse order, redo the "after" rows in order, each in one transaction;
before touching a row it checks the row is still as the edit left it, so an undo never overwrites
a change made since (by this window, another window or another process).

Rows are read with SELECT … FOR UPDATE before they change (PostgreSQL locks them until the end of
the transaction; SQLite ignores it and holds the whole database since BEGIN IMMEDIATE), and a table
with a ``version`` column gets it increased by one on every change, undo and redo included: a
version never goes back, so a client that saw an older one is always told (optimistic locking).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, and_, select

from claimdesk.core.domain.errors import (
    ConflictError,
    NotFoundError,
    NothingToUndoError,
    UndoConflictError,
)
from claimdesk.core.domain.records import CatalogueChange
from claimdesk.core.storage.models import (
    alias_table,
    article_table,
    article_version_table,
    claim_link_table,
    claim_table,
    claim_tag_table,
    cluster_member_table,
    cluster_table,
    page_snapshot_table,
    speaker_table,
    verdict_status_table,
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        article_table,
        article_version_table,
        page_snapshot_table,
        speaker_table,
        alias_table,
        claim_table,
        claim_tag_table,
        claim_link_table,
        cluster_table,
        cluster_member_table,
        verdict_status_table,
    )
}

Row = dict[str, Any]
_TEXT = "text"


@dataclass(frozen=True, slots=True)
class RowChange:
    table: str
    key: tuple[Any, ...]
    before: Row | None
    after: Row | None


@dataclass(slots=True)
class Edit:
    description: str
    changes: list[RowChange] = field(default_factory=list)
    texts: dict[tuple[Any, ...], str] = field(default_factory=dict)
    """The texts of the articles this edit inserted, by key, while it is undone (its redo puts
    them back): an inserted article's row is recorded without its text (see
    :meth:`Recorder.insert`)."""

    def summary(self) -> CatalogueChange:
        articles: set[int] = set()
        claims: set[int] = set()
        speakers: set[int] = set()
        for change in self.changes:
            for row in (change.before, change.after):
                if row is None:
                    continue
                if change.table == "article":
                    articles.add(row["id"])
                elif change.table in ("article_version", "page_snapshot"):
                    articles.add(row["article_id"])
                elif change.table == "claim":
                    claims.add(row["id"])
                    articles.add(row["article_id"])
                    if row["speaker_id"] is not None:
                        speakers.add(row["speaker_id"])
                elif change.table in ("speaker", "speaker_alias"):
                    speakers.add(row["id"] if change.table == "speaker" else row["speaker_id"])
                elif change.table in ("claim_tag", "claim_cluster_member"):
                    claims.add(row["claim_id"])
                elif change.table == "claim_link":
                    claims.update((row["from_claim_id"], row["to_claim_id"]))
        return CatalogueChange(
            description=self.description,
            tables=frozenset(c.table for c in self.changes),
            article_ids=frozenset(articles),
            claim_ids=frozenset(claims),
            speaker_ids=frozenset(speakers),
        )


def _key_clause(table: Table, key: tuple[Any, ...]) -> Any:
    columns = list(table.primary_key.columns)
    return and_(*(column == value for column, value in zip(columns, key, strict=True)))


def fetch_row(
    connection: Connection, table: Table, key: tuple[Any, ...], *, lock: bool = False
) -> Row | None:
    query = select(table).where(_key_clause(table, key))
    if lock:
        query = query.with_for_update()
    row = connection.execute(query).mappings().first()
    return dict(row) if row is not None else None


def _what(table: Table) -> str:
    return table.name.replace("_", " ")


def _without_version(row: Row | None) -> Row | None:
    return None if row is None else {k: v for k, v in row.items() if k != "version"}


class Recorder:
    """Writes rows inside one transaction and remembers each change for undo."""

    def __init__(self, connection: Connection, description: str) -> None:
        self.connection = connection
        self.edit = Edit(description)

    def insert(self, table: Table, values: Mapping[str, Any]) -> tuple[Any, ...]:
        result = self.connection.execute(table.insert().values(**values))
        key = tuple(result.inserted_primary_key or ())
        after = fetch_row(self.connection, table, key)
        if table is article_table and after is not None:
            # An article's text never changes (claims are anchored in it) and its hash, kept,
            # stands for it; so the undo history does not hold every imported text (one undo
            # step may be a batch import of thousands). Undoing the insert keeps the text for
            # its redo.
            del after[_TEXT]
        self.edit.changes.append(RowChange(table.name, key, None, after))
        return key

    def insert_many(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        """Insert ``rows`` (each with the same columns) with one statement, each recorded as
        :meth:`insert` records it, in order; their keys, in order. The rows as stored come back
        from the insert itself (RETURNING), not from a read of each: a batch import writes a
        few dozen articles at a time, and reading each back cost as much as inserting it."""
        if not rows:
            return []
        # an inserted article is recorded without its text, as insert() does
        columns = [c for c in table.c if not (table is article_table and c.name == _TEXT)]
        names = [c.name for c in table.primary_key.columns]
        statement = table.insert().returning(*columns, sort_by_parameter_order=True)
        stored = self.connection.execute(statement, [dict(row) for row in rows]).mappings().all()
        keys: list[tuple[Any, ...]] = []
        for row in stored:
            after = dict(row)
            key = tuple(after[name] for name in names)
            self.edit.changes.append(RowChange(table.name, key, None, after))
            keys.append(key)
        return keys

    def lock(self, table: Table, key: tuple[Any, ...], expected_version: int | None = None) -> Row:
        """The row, locked until the end of the edit; raises ConflictError when the caller saw
        another version of it than the one stored now."""
        row = fetch_row(self.connection, table, key, lock=True)
        if row is None:
            raise NotFoundError(_what(table), key[0] if len(key) == 1 else key)
        if expected_version is not None and row["version"] != expected_version:
            raise ConflictError(
                _what(table), key[0] if len(key) == 1 else key, expected_version, row["version"]
            )
        return row

    def update(
        self,
        table: Table,
        key: tuple[Any, ...],
        values: Mapping[str, Any],
        *,
        expected_version: int | None = None,
    ) -> Row:
        before = self.lock(table, key, expected_version)
        changed = {name: value for name, value in values.items() if before[name] != value}
        if not changed:
            return before
        if "version" in table.c:
            changed["version"] = before["version"] + 1
        self.connection.execute(table.update().where(_key_clause(table, key)).values(**changed))
        after = fetch_row(self.connection, table, key)
        self.edit.changes.append(RowChange(table.name, key, before, after))
        assert after is not None
        return after

    def delete(self, table: Table, key: tuple[Any, ...]) -> Row:
        before = self.lock(table, key)
        self.connection.execute(table.delete().where(_key_clause(table, key)))
        self.edit.changes.append(RowChange(table.name, key, before, None))
        return before


def apply_changes(connection: Connection, edit: Edit, *, reverse: bool) -> None:
    """Undo (``reverse``) or redo ``edit`` inside the caller's transaction."""
    changes: Iterable[RowChange] = reversed(edit.changes) if reverse else edit.changes
    for change in changes:
        table = TABLES[change.table]
        expected, target = (
            (change.after, change.before) if reverse else (change.before, change.after)
        )
        current = fetch_row(connection, table, change.key, lock=True)
        without_text = table is article_table and _TEXT not in (change.after or {_TEXT: ""})
        # The version is not compared: an undone edit moved it on, and a redo must still work.
        seen = _without_version(current)
        if without_text and seen is not None and expected is not None:
            seen.pop(_TEXT, None)  # an inserted article, recorded without its text
        if seen != _without_version(expected):
            raise UndoConflictError(edit.description)
        if target is None:
            if without_text and current is not None:
                edit.texts[change.key] = current[_TEXT]  # for the redo
            connection.execute(table.delete().where(_key_clause(table, change.key)))
        elif current is None:
            if without_text:
                target = {**target, _TEXT: edit.texts[change.key]}
            connection.execute(table.insert().values(**target))
        else:
            values = dict(target)
            if "version" in values:
                values["version"] = current["version"] + 1
            connection.execute(
                table.update().where(_key_clause(table, change.key)).values(**values)
            )


REDO = "redo"
"""The direction NothingToUndoError words "There is nothing to redo." for."""


class EditHistory:
    """A linear undo history of at most ``limit`` edits, like a QUndoStack."""

    def __init__(self, limit: int = 500) -> None:
        self.limit = limit
        self._done: list[Edit] = []
        self._undone: list[Edit] = []
        self.push_count = 0
        """How many edits were ever pushed: lets a caller see whether an action recorded one."""

    def push(self, edit: Edit) -> None:
        self.push_count += 1
        self._done.append(edit)
        self._undone.clear()
        if len(self._done) > self.limit:
            del self._done[0]

    def is_latest(self, edit: Edit) -> bool:
        """Whether ``edit`` is the one the next undo would undo."""
        return bool(self._done) and self._done[-1] is edit

    def next_undo(self) -> Edit:
        if not self._done:
            raise NothingToUndoError()
        return self._done[-1]

    def next_redo(self) -> Edit:
        if not self._undone:
            raise NothingToUndoError(REDO)
        return self._undone[-1]

    def mark_undone(self) -> None:
        self._undone.append(self._done.pop())

    def mark_redone(self) -> None:
        self._done.append(self._undone.pop())

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    @property
    def undo_description(self) -> str | None:
        return self._done[-1].description if self._done else None

    @property
    def redo_description(self) -> str | None:
        return self._undone[-1].description if self._undone else None
