"""``claimdesk-cli attribute`` on a SQLite catalogue through the standard library's sqlite3,
without importing SQLAlchemy.

Importing SQLAlchemy, SQLModel and the service layer takes ~0.65 s, thirty times as long as
starting Python; a script that attributes a thousand quotes spent most of its time there. The
attribution here is ``Catalogue.attribute_quote`` (claims.py) made of the same parts:

* the same checks, in the same order, with the same messages: the quote found by
  ``spans.find_quote``, its span made by ``spans.make_span``, the speaker looked up by the
  ``folding.fold`` of the name, a new speaker's name by ``row_values.clean_name``, the kind and
  the tags by ``row_values.check_kind`` and ``tag_labels``;
* the same rows: the new speaker's, the claim's and the tags' columns are what
  ``row_values.speaker_row``, ``claim_row`` and ``claim_tag_row`` make for the service layer,
  inserted as they are (the timestamps as SQLAlchemy stores them, ``row_values.sqlite_time``);
  what the catalogue derives from them (the sort keys, the search index) its triggers write,
  whoever inserts;
* the same queries: the article's text, the speaker by name then by alias, the change counter,
  and the ``--json`` record are the SQLite text SQLAlchemy compiles from the service layer's own
  statements (``articles.article_text_query``, ``speakers.speaker_by_name_query`` and
  ``speaker_by_alias_query``, ``store.count_change_statement`` and ``first_change_statement``,
  ``export_query.claim_records_query``);
* one transaction (BEGIN IMMEDIATE, as the service layer's edits), after the same connection
  settings (db.py); the change counter moves on by one, so windows showing the catalogue see the
  new claim; the file is recorded as closed cleanly afterwards, as ``Catalogue.close`` records it
  (:mod:`claimdesk.core.storage.checked`).

The service layer's undo history lives in the memory of the process that made the edit: a command's
ends with it, so neither path writes one. tests/core/storage/test_quick_attribute.py runs the same
attributions both ways on two copies of a catalogue and compares every table row for row, and the
messages and exit codes of every refusal.

Only the plain case is done here. :func:`attribute_quote` returns None, having changed nothing, and
the caller takes the full path (``Catalogue.open``), whenever anything is unusual: a database URL
(PostgreSQL, with its server index), a missing or empty file, a file changed in the last moments or
since ClaimDesk last closed it cleanly (the full path checks its integrity first), changes waiting
beside it (a -journal, or a -wal holding anything: another program is writing, or one was not
closed), a catalogue not at :data:`~claimdesk.core.storage.schema.HEAD_REVISION`, or any database
error before the commit (locked for longer than :data:`BUSY_SECONDS`, read-only, full, damaged, a
value that does not read: the full path waits its own while, and says which). Bad input (an unknown
article, a quote not in it, a name too long) raises the service layer's error and leaves the
catalogue as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from claimdesk.core.domain.errors import NotFoundError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.row_values import (
    check_kind,
    claim_row,
    claim_tag_row,
    clean_name,
    default_user_name,
    speaker_row,
    sqlite_time,
    tag_labels,
)
from claimdesk.core.domain.spans import find_quote, make_span
from claimdesk.core.storage.checked import file_state, remember_clean_close, trusted_check
from claimdesk.core.storage.quick_read import CLAIM_RECORDS_SQL, at_head
from claimdesk.core.storage.sqlite_file import catalogue_file, changes_pending

# The SQLite text of the service layer's statements, with ? for their parameters
# (tests/core/storage/test_quick_attribute.py compiles them afresh and compares).
ARTICLE_TEXT_SQL = "SELECT article.text, article.text_version \nFROM article \nWHERE article.id = ?"
"""``articles.article_text_query(article_id)``."""
ARTICLE = "article"
"""The record NotFoundError names when the article is missing (it words the message)."""
SPEAKER_BY_NAME_SQL = (
    "SELECT speaker.id \nFROM speaker \nWHERE speaker.name_folded = ? ORDER BY speaker.id"
)
"""``speakers.speaker_by_name_query(folded)``."""
SPEAKER_BY_ALIAS_SQL = (
    "SELECT speaker_alias.speaker_id \nFROM speaker_alias \n"
    "WHERE speaker_alias.alias_folded = ? ORDER BY speaker_alias.speaker_id"
)
"""``speakers.speaker_by_alias_query(folded)``."""
COUNT_CHANGE_SQL = (
    "UPDATE catalogue_state SET changes=(catalogue_state.changes + 1) "
    "WHERE catalogue_state.id = 1 RETURNING changes"
)
"""``store.count_change_statement()``."""
FIRST_CHANGE_SQL = "INSERT INTO catalogue_state (id, changes) VALUES (1, 1)"
"""``store.first_change_statement()``."""
_ORDER = " ORDER BY claim.id"
REMEMBER_LABEL_SQL = (
    "INSERT INTO tag_label (tag, label) VALUES (?, ?) "
    "ON CONFLICT (tag) DO UPDATE SET label = excluded.label "
    "WHERE tag_label.label <> excluded.label AND excluded.label <> excluded.tag"
)
"""Each folded tag's spelling, kept unless it is the folded form itself: (tag, label) pairs.
tag_labels.remember_labels runs the same statement through SQLAlchemy, on either backend."""
CLAIM_RECORD_SQL = CLAIM_RECORDS_SQL.removesuffix(_ORDER) + " \nWHERE claim.id = ?" + _ORDER
"""``export_query.claim_records_query("sqlite")`` narrowed to one claim (claim_table.c.id ==
the id): the record ``claimdesk-cli attribute --json`` prints."""

BUSY_SECONDS = 2.0
"""How long the quick path waits for another writer to finish (ClaimDesk's own edits take
milliseconds); a catalogue locked for longer is left to the full path, which waits
``sqlite_file.BUSY_TIMEOUT_MS`` more and says the catalogue is busy if it still is."""

CONNECTION_PRAGMAS = (
    f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
)
"""What db.py sets on every connection the service layer opens to a SQLite catalogue (but for
the busy timeout: :data:`BUSY_SECONDS`)."""


@dataclass(frozen=True, slots=True)
class Attributed:
    """The claim stored."""

    claim_id: int
    record: dict[str, Any] | None
    """The claim as ``export.claim_record`` makes it (``--json``), when asked for."""
    created: bool = True
    """False: the article had this claim already (the same span, speaker and kind), and
    nothing was stored."""


SAME_CLAIM_SQL = (
    'SELECT id FROM claim WHERE article_id = ? AND start = ? AND "end" = ? '
    "AND speaker_id IS ? AND kind = ? ORDER BY id LIMIT 1"
)
"""The article's claim of this span, speaker (NULL: none) and kind, if it has one."""


def attribute_quote(
    db: str | os.PathLike[str] | None,
    article_id: int,
    quote: str,
    speaker: str | None,
    *,
    occurrence: int = 1,
    kind: str = "direct",
    tags: Iterable[str] = (),
    note: str = "",
    record: bool = False,
) -> Attributed | None:
    """What ``Catalogue.open(db).attribute_quote(...)`` does, on the catalogue file ``db``
    names; None (nothing changed): take the full path. Raises the service layer's errors for
    bad input, having changed nothing."""
    path = catalogue_file(db)
    if path is None:
        return None
    state = file_state(path)
    if (
        state is None
        or state.size == 0
        or not state.settled()  # just changed: a change now might not show in its times
        or changes_pending(path)
    ):
        return None
    checked_at = trusted_check(path)  # None: the full path checks the file's integrity first
    if checked_at is None:
        return None
    try:
        # mode=rw: never create a file (one gone meanwhile is the full path's to report)
        connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=BUSY_SECONDS)
    except sqlite3.Error:
        return None
    try:
        connection.isolation_level = None  # the transaction is begun and ended below
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(pragma)
        if connection.execute("PRAGMA journal_mode").fetchone() != ("wal",):
            return None
        connection.execute("BEGIN IMMEDIATE")
        try:
            if not at_head(connection):
                return None
            done = _attribute(
                connection,
                article_id,
                quote,
                speaker,
                occurrence=occurrence,
                kind=kind,
                tags=tags,
                note=note,
                record=record,
            )
            connection.execute("COMMIT")
        finally:
            if connection.in_transaction:  # refused, or failed before the commit
                connection.execute("ROLLBACK")
    except (sqlite3.Error, UnicodeDecodeError, ValueError, TypeError):
        # locked, read-only, full, damaged, a value that does not read: nothing was written,
        # and the full path says which
        return None
    finally:
        with contextlib.suppress(sqlite3.Error):
            connection.close()
    # closed cleanly, as Catalogue.close records it: the next open may trust the same check
    remember_clean_close(path, checked_at)
    return done


def _attribute(
    connection: sqlite3.Connection,
    article_id: int,
    quote: str,
    speaker: str | None,
    *,
    occurrence: int,
    kind: str,
    tags: Iterable[str],
    note: str,
    record: bool,
) -> Attributed:
    """ClaimsService.attribute_quote → attribute_span → attribute_spans, for one quote: the
    same checks in the same order, then the same rows."""
    found = connection.execute(ARTICLE_TEXT_SQL, (article_id,)).fetchone()
    if found is None:
        raise NotFoundError(ARTICLE, article_id)
    text, text_version = str(found[0]), int(found[1])
    start, end = find_quote(text, quote, occurrence)
    speaker_id: int | None = None
    new_name: str | None = None
    if speaker is not None and speaker.strip():
        speaker_id = _find_speaker(connection, speaker)
        new_name = speaker if speaker_id is None else None
    kind = check_kind(kind)
    span = make_span(text, start, end)
    if new_name is None:
        there = connection.execute(
            SAME_CLAIM_SQL, (article_id, span.start, span.end, speaker_id, kind)
        )
        same = there.fetchone()
        if same is not None:  # a script run again: the claim it stored before, not another
            stored = _claim_record(connection, int(same[0])) if record else None
            return Attributed(int(same[0]), stored, created=False)
    if new_name is not None:
        new_name = clean_name(new_name)
    labels = tag_labels(tags)
    if new_name is not None:
        speaker_id = _insert(connection, "speaker", speaker_row(new_name, "", "", ""))
    user_name = default_user_name()
    claim_id = _insert(
        connection,
        "claim",
        claim_row(article_id, span, speaker_id, kind, note, user_name, text_version),
    )
    for tag in labels:
        _insert(connection, "claim_tag", claim_tag_row(claim_id, tag))
    connection.executemany(REMEMBER_LABEL_SQL, labels.items())
    if connection.execute(COUNT_CHANGE_SQL).fetchone() is None:
        connection.execute(FIRST_CHANGE_SQL)
    stored = _claim_record(connection, claim_id) if record else None
    return Attributed(claim_id, stored)


def _find_speaker(connection: sqlite3.Connection, name: str) -> int | None:
    """SpeakersService.find_speaker: by name, else by alias, ignoring case, ё/е and spacing."""
    folded = fold(name)
    if not folded:
        return None
    found = connection.execute(SPEAKER_BY_NAME_SQL, (folded,)).fetchone()
    if found is None:
        found = connection.execute(SPEAKER_BY_ALIAS_SQL, (folded,)).fetchone()
    return int(found[0]) if found is not None else None


def _stored(value: object) -> object:
    return sqlite_time(value) if isinstance(value, datetime) else value


def _insert(connection: sqlite3.Connection, table: str, row: Mapping[str, Any]) -> int:
    """Insert ``row`` (the columns row_values made) into ``table``; the new row's id."""
    columns = ", ".join(f'"{name}"' for name in row)
    places = ", ".join("?" for _ in row)
    cursor = connection.execute(
        f'INSERT INTO "{table}" ({columns}) VALUES ({places})',
        [_stored(value) for value in row.values()],
    )
    return int(cursor.lastrowid or 0)


def _claim_record(connection: sqlite3.Connection, claim_id: int) -> dict[str, Any]:
    cursor = connection.execute(CLAIM_RECORD_SQL, (claim_id,))
    names = [column[0] for column in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))
