"""The one SQL query a CSV export streams: every claim as a flat row, joined in the database.

The row holds the export's columns in order (see :data:`EXPORT_COLUMNS`): speaker and article
joined, tags (sorted, "; "-separated) and linked claim ids (sorted, space-separated) aggregated by
correlated subqueries, timestamps formatted as ISO 8601 in UTC to the second, so that Python only
writes what the database hands over. A last column holds the first character of every text
cell, concatenated: the export looks at that one short string to see whether any cell of the row
might be a spreadsheet formula, instead of looking at each cell (see
``claimdesk.core.export.csv_file``).

SQLite and PostgreSQL spell the aggregates and the timestamp format differently; the query is
built for the dialect of the connection that runs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Select, String, cast, func, literal, select, union

from claimdesk.core.storage.models import (
    article_table,
    claim_link_table,
    claim_table,
    claim_tag_table,
    speaker_table,
)
from claimdesk.core.storage.tag_labels import shown_tag

# sqlalchemy.dialects.postgresql (aggregate_order_by) is imported where a PostgreSQL query is
# built: loading that dialect cost every command on a SQLite catalogue ~30 ms

EXPORT_COLUMNS = (
    "claim_id",
    "speaker",
    "speaker_role",
    "speaker_organisation",
    "kind",
    "quote",
    "context_before",
    "context_after",
    "start",
    "end",
    "article_id",
    "article_title",
    "outlet",
    "published",
    "url",
    "language",
    "tags",
    "note",
    "linked_claim_ids",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    # the article version whose text start/end count in, and how the claim followed the
    # article's latest new text (exact, moved, approximate, orphaned): last, so the columns
    # before them stay where exports before versions had them
    "version",
    "anchor_state",
    # the article version the claim was made on (version says where its span is now)
    "made_on_version",
)
NOT_TEXT = {
    "claim_id",
    "start",
    "end",
    "article_id",
    "linked_claim_ids",
    "tags",
    "version",
    "anchor_state",
    "made_on_version",
}
TEXT_COLUMNS = tuple(
    i for i, name in enumerate(EXPORT_COLUMNS) if name not in NOT_TEXT and not name.endswith("_at")
)
"""Positions of the cells that hold text someone typed or imported (the ones a spreadsheet
could take for a formula) and whose first character the last column carries; ids, offsets,
versions and timestamps are digits the database made, an anchoring state one of four words it
was given. Tags are text too, but taking their first character in SQL would run their subquery
twice: the export looks at that cell itself."""
TAGS = EXPORT_COLUMNS.index("tags")
FIRST_CHARACTERS = len(EXPORT_COLUMNS)
"""Position of the extra column: the first character of each text cell, concatenated."""
TAG_SEPARATOR = "; "
Text = Callable[[str], ColumnElement[Any]]
"""How a query spells a constant string (a bound parameter, or a literal in the SQL)."""
SKIPPED_SPACE = " \n"
"""What the first-characters column skips at the start of a cell: a cell that is only these and
then a harmless character is harmless (tab and CR are not skipped: they are triggers)."""


def timestamp_column(
    column: ColumnElement[Any], dialect: str, text: Text = literal
) -> ColumnElement[Any]:
    """``2024-07-28T10:00:00+00:00``, as ``datetime.isoformat(timespec="seconds")`` of the
    stored UTC time (SQLite keeps it as naive UTC text; PostgreSQL as timestamptz). ``text``
    makes the query's constant strings (bound parameters by default)."""
    if dialect == "postgresql":
        utc = func.timezone("UTC", column)
        return func.to_char(utc, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"')
    return func.strftime(text("%Y-%m-%dT%H:%M:%S+00:00"), column)


def tags_column(
    dialect: str,
    cell: Callable[[ColumnElement[Any]], ColumnElement[Any]] | None = None,
    text: Text = literal,
) -> ColumnElement[Any]:
    """The claim's tags, sorted and joined (NULL when it has none). ``cell`` (SQLite only) is
    applied inside the subquery to the joined text ("" when there are none, never NULL), so an
    expression that names it several times still runs the subquery once a row."""
    t = claim_tag_table.c
    c = claim_table.c
    shown = shown_tag(t.tag)  # as last spelt; in the order of the tags as stored (folded)
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import aggregate_order_by  # noqa: PLC0415

        joined = func.string_agg(shown, aggregate_order_by(literal(TAG_SEPARATOR), t.tag))
        return select(joined).where(t.claim_id == c.id).correlate(claim_table).scalar_subquery()
    # SQLite (3.40) has no ORDER BY inside group_concat; it concatenates in the order the
    # subquery yields, which the ORDER BY fixes
    ordered = (
        select(shown.label("tag")).where(t.claim_id == c.id).order_by(t.tag).correlate(claim_table)
    )
    tags = ordered.subquery()
    joined = func.group_concat(tags.c.tag, text(TAG_SEPARATOR))
    if cell is not None:
        return select(cell(func.coalesce(joined, text("")))).scalar_subquery()
    return select(joined).scalar_subquery()


def links_column(dialect: str, text: Text = literal) -> ColumnElement[Any]:
    """The ids of the claims linked either way, sorted, space-separated (NULL when none)."""
    link = claim_link_table.c
    c = claim_table.c
    both_ways = union(
        select(link.to_claim_id.label("other"))
        .where(link.from_claim_id == c.id)
        .correlate(claim_table),
        select(link.from_claim_id.label("other"))
        .where(link.to_claim_id == c.id)
        .correlate(claim_table),
    )
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import aggregate_order_by  # noqa: PLC0415

        others = both_ways.subquery()
        as_text = cast(others.c.other, String)
        joined = func.string_agg(as_text, aggregate_order_by(literal(" "), others.c.other))
        return select(joined).scalar_subquery()
    others = both_ways.order_by("other").subquery()
    return select(func.group_concat(others.c.other, text(" "))).scalar_subquery()


def export_query(dialect: str) -> Select[Any]:
    """All claims as export rows (unfiltered, unordered): the caller adds the claim filter's
    conditions, which name the claim, speaker and article tables this query joins."""
    columns = _export_columns(dialect)
    firsts: ColumnElement[Any] = literal("")
    for position in TEXT_COLUMNS:
        # spaces and line feeds are skipped (a context often starts with one), as a spreadsheet
        # might: what matters is the first character after them
        first = func.substr(func.ltrim(columns[position], SKIPPED_SPACE), 1, 1)
        firsts = firsts.op("||")(func.coalesce(first, ""))
    return _joined(columns, firsts.label("first_characters"))


def claim_records_query(dialect: str) -> Select[Any]:
    """Every claim as the record ``claimdesk-cli claims --json`` prints (the export's columns,
    ``claimdesk.core.export.csv_file.claim_record``), in id order. claimdesk-cli's quick listing
    runs this query's SQLite text (core/storage/quick_read.py, checked against it by
    tests/core/storage/test_quick_read.py)."""
    return _joined(_export_columns(dialect)).order_by(claim_table.c.id)


def _joined(columns: list[ColumnElement[Any]], *more: ColumnElement[Any]) -> Select[Any]:
    c, s, a = claim_table.c, speaker_table.c, article_table.c
    labelled = [column.label(name) for column, name in zip(columns, EXPORT_COLUMNS, strict=True)]
    return (
        select(*labelled, *more)
        .select_from(claim_table)
        .outerjoin(speaker_table, s.id == c.speaker_id)
        .join(article_table, a.id == c.article_id)
    )


def _export_columns(dialect: str) -> list[ColumnElement[Any]]:
    c, s, a = claim_table.c, speaker_table.c, article_table.c
    columns: list[ColumnElement[Any]] = [
        c.id,
        func.coalesce(s.name, ""),
        func.coalesce(s.role, ""),
        func.coalesce(s.organisation, ""),
        c.kind,
        c.quote,
        c.context_before,
        c.context_after,
        c.start,
        c.end,
        c.article_id,
        a.title,
        a.outlet,
        func.coalesce(a.published, ""),
        a.url,
        a.language,
        func.coalesce(tags_column(dialect), ""),
        c.note,
        func.coalesce(links_column(dialect), ""),
        timestamp_column(c.created_at, dialect),
        timestamp_column(c.updated_at, dialect),
        c.created_by,
        c.updated_by,
        c.text_version,
        c.anchor_state,
        c.made_on_version,
    ]
    return columns
