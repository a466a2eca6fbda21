"""Quick read-only listings for the command line: ``claimdesk-cli articles``, ``claims`` and
``speakers`` answered through the standard library's sqlite3, without importing SQLAlchemy.

Importing SQLAlchemy and the service layer takes ~0.45 s, forty times as long as starting
Python; a script that lists a catalogue's articles needs neither. The listings here run the
service layer's own queries: :data:`ARTICLES_SQL`, :data:`CLAIM_RECORDS_SQL` and the speakers'
are the SQLite text SQLAlchemy compiles from ``articles.articles_query``,
``export_query.claim_records_query`` and ``speakers.speakers_query`` (tests/core/
test_quick_read.py checks that they still are, and that both paths print the same), and the
speakers' rows are assembled by the service layer's own ``records.speakers_from_rows``, so no
query or rule is written twice.

Only the plain case is answered here. Each function returns None, and the caller takes the
full path (``Catalogue.open``), whenever anything is unusual: a database URL (PostgreSQL), a
missing or empty file (the full path creates it), a catalogue not at :data:`HEAD_REVISION`
(the full path upgrades it), changes waiting beside the file (a -journal, or a -wal holding
anything: another program is writing, or one ended without closing it), a file changed in the
last moments, one that needs its integrity check and fails it (the full path says it is
damaged; a check that runs out of time lets the listing go on, as the full path's opening
does), any error while reading (locked, unreadable, a value that does not decode), or a file
that changed while it was read. The file is opened read-only and immutable (no locks, nothing
created beside it), and is never written to; when it passed a full check here, that is
recorded as the full path records it (:mod:`claimdesk.core.storage.checked`).
"""

from __future__ import annotations

import dataclasses
import itertools
import operator
import os
import re
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from claimdesk.core.domain.records import ArticleInfo, SpeakerInfo, speakers_from_rows
from claimdesk.core.storage.checked import file_state, remember_state, trusted_check
from claimdesk.core.storage.schema import HEAD_REVISION
from claimdesk.core.storage.sqlite_file import catalogue_file, changes_pending, integrity_problems

T = TypeVar("T")

# The SQLite text of the service layer's queries, as SQLAlchemy compiles them with their
# literals inline (tests/core/storage/test_quick_read.py prints them afresh if they differ).
ARTICLES_SQL = (
    "SELECT article.id, article.title, article.outlet, article.url, article.published, "
    "article.language, article.text_hash, article.source_name, article.source_format, "
    "article.imported_at, article.note, article.version, article.text_version, 0 AS length, "
    "coalesce(anon_1.n, 0) AS claim_count \n"
    "FROM article LEFT OUTER JOIN (SELECT claim.article_id AS article_id, count(*) AS n \n"
    "FROM claim GROUP BY claim.article_id) AS anon_1 ON anon_1.article_id = article.id "
    "ORDER BY article.imported_at DESC, article.id DESC"
)
"""``articles.articles_query(text_length=False)``: every article, newest first, as
ArticleInfo fields but the text's length (0: the listing does not show it)."""

CLAIM_RECORDS_SQL = (
    "SELECT claim.id AS claim_id, coalesce(speaker.name, '') AS speaker, "
    "coalesce(speaker.role, '') AS speaker_role, coalesce(speaker.organisation, "
    "'') AS speaker_organisation, claim.kind AS kind, claim.quote AS quote, "
    "claim.context_before AS context_before, claim.context_after AS context_after, "
    'claim.start AS start, claim."end" AS "end", claim.article_id AS article_id, '
    "article.title AS article_title, article.outlet AS outlet, coalesce(article.published, "
    "'') AS published, article.url AS url, article.language AS language, "
    "coalesce((SELECT group_concat(anon_1.tag, '; ') AS group_concat_1 \n"
    "FROM (SELECT coalesce((SELECT tag_label.label \n"
    "FROM tag_label \n"
    "WHERE tag_label.tag = claim_tag.tag), claim_tag.tag) AS tag \n"
    "FROM claim_tag \n"
    "WHERE claim_tag.claim_id = claim.id ORDER BY claim_tag.tag) AS anon_1), '') AS tags, "
    "claim.note AS note, coalesce((SELECT group_concat(anon_2.other, "
    "' ') AS group_concat_2 \n"
    "FROM (SELECT claim_link.to_claim_id AS other \n"
    "FROM claim_link \n"
    "WHERE claim_link.from_claim_id = claim.id UNION SELECT claim_link.from_claim_id AS other \n"
    "FROM claim_link \n"
    "WHERE claim_link.to_claim_id = claim.id ORDER BY other) AS anon_2), "
    "'') AS linked_claim_ids, strftime('%Y-%m-%dT%H:%M:%S+00:00', "
    "claim.created_at) AS created_at, strftime('%Y-%m-%dT%H:%M:%S+00:00', "
    "claim.updated_at) AS updated_at, claim.created_by AS created_by, "
    "claim.updated_by AS updated_by, claim.text_version AS version, "
    "claim.anchor_state AS anchor_state, claim.made_on_version AS made_on_version \n"
    "FROM claim LEFT OUTER JOIN speaker ON speaker.id = claim.speaker_id "
    "JOIN article ON article.id = claim.article_id ORDER BY claim.id"
)
"""``export_query.claim_records_query("sqlite")``: every claim as ``claim_record`` makes it."""

SPEAKERS_SQL = (
    "SELECT speaker.id, speaker.name, speaker.role, speaker.organisation, speaker.note, "
    "coalesce(anon_1.n, 0) AS coalesce_1, speaker.version \n"
    "FROM speaker LEFT OUTER JOIN (SELECT claim.speaker_id AS speaker_id, count(*) AS n \n"
    "FROM claim GROUP BY claim.speaker_id) AS anon_1 ON anon_1.speaker_id = speaker.id "
    "ORDER BY speaker.name_folded, speaker.id"
)
"""``speakers.speakers_query()``: every speaker by name, with their claim count."""

SPEAKER_ALIASES_SQL = (
    "SELECT speaker_alias.speaker_id, speaker_alias.alias \n"
    "FROM speaker_alias ORDER BY speaker_alias.id"
)
"""``speakers.speaker_aliases_query()``: every alias, in the order they were added."""

_STORED_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?")
"""How SQLAlchemy stores a timestamp in SQLite (naive UTC); anything else: the full path."""


def article_listing(db: str | os.PathLike[str] | None) -> list[ArticleInfo] | None:
    """Every article of the catalogue ``db`` names, as ``Catalogue.list_articles()`` gives
    them but for ``length``, which is 0 (claimdesk-cli articles shows no length, and measuring
    it would read every article's whole text); None: ask the full path."""
    return _read(db, _articles)


def claim_records(
    db: str | os.PathLike[str] | None, limit: int | None = None
) -> list[dict[str, Any]] | None:
    """The first ``limit`` claims (all without it) in id order, as ``claim_record`` makes
    each from ``Catalogue.list_claims(limit=limit)``; None: ask the full path."""
    return _read(db, lambda connection: _claim_records(connection, limit))


def speakers(db: str | os.PathLike[str] | None) -> list[SpeakerInfo] | None:
    """Every speaker of the catalogue ``db`` names, as ``Catalogue.list_speakers()`` gives
    them; None: ask the full path."""
    return _read(
        db,
        lambda connection: speakers_from_rows(
            connection.execute(SPEAKERS_SQL).fetchall(),
            connection.execute(SPEAKER_ALIASES_SQL).fetchall(),
        ),
    )


def _articles(connection: sqlite3.Connection) -> list[ArticleInfo]:
    cursor = connection.execute(ARTICLES_SQL)
    names = [column[0] for column in cursor.description]
    fields = [field.name for field in dataclasses.fields(ArticleInfo)]
    if sorted(names) != sorted(fields):
        raise ValueError(f"the listing gives {names}, not ArticleInfo's fields")
    # each row's values in ArticleInfo's order, given by position: a dict per row to pass by
    # name took a third of the listing's time in Python at 2,000 articles
    in_order = operator.itemgetter(*(names.index(name) for name in fields))
    stamped = fields.index("imported_at")
    found = []
    for row in cursor.fetchall():
        values = list(in_order(row))
        values[stamped] = _utc(values[stamped])
        found.append(ArticleInfo(*values))
    return found


def _claim_records(connection: sqlite3.Connection, limit: int | None) -> list[dict[str, Any]]:
    cursor = connection.execute(CLAIM_RECORDS_SQL)
    names = [column[0] for column in cursor.description]
    rows = cursor if limit is None else itertools.islice(cursor, limit)
    return [dict(zip(names, row, strict=True)) for row in rows]


def _utc(stored: object) -> datetime:
    """A stored timestamp as the service layer reads it (models.UTCDateTime)."""
    if not isinstance(stored, str) or not _STORED_TIME.fullmatch(stored):
        raise ValueError(f"a timestamp stored as {stored!r}")
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def at_head(connection: sqlite3.Connection) -> bool:
    """Whether the file is a catalogue at the schema this version writes."""
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if not {"alembic_version", "article", "claim"} <= tables:
        return False
    versions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    return versions == [HEAD_REVISION]


def _read(db: str | os.PathLike[str] | None, read: Callable[[sqlite3.Connection], T]) -> T | None:
    path = catalogue_file(db)
    if path is None:
        return None
    before = file_state(path)
    if (
        before is None
        or before.size == 0
        or not before.settled()  # just changed: a change now might not show in its times
        or changes_pending(path)
    ):
        return None
    trusted = trusted_check(path)
    checked_now: float | None = None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        if not at_head(connection):
            return None
        if trusted is None:
            started = time.time()
            problems = integrity_problems(connection)
            if problems:
                return None  # damaged: the full path says so, and changes nothing
            # (None: the check ran out of time, and the full path would go on as this does)
            checked_now = started if problems is not None else None
        result = read(connection)
    except (sqlite3.Error, ValueError, TypeError):
        return None  # damaged, locked, a value that does not read: the full path says so
    finally:
        connection.close()
    # immutable reads take no lock and read the file alone: a program that wrote meanwhile
    # shows in the file's times (it was settled when this began) or in its -wal or -journal
    if file_state(path) != before or changes_pending(path):
        return None
    if checked_now is not None:
        remember_state(path, before, checked_now)
    return result
