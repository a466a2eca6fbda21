"""The CSV export's lines built by SQLite itself: quoting, formula neutralising and joining.

A Python program that turns every cell of a million rows into a Python object and hands it to the
csv module takes over twice as long as the sqlite3 shell writing the same join (issue 16). So on
SQLite the export asks for each claim's whole CSV line, UTF-8 bytes ending in CRLF, and only
copies them to the file. The line must be byte for byte what ``csv.writer`` (``QUOTE_MINIMAL``,
``lineterminator="\\r\\n"``) writes for the row :mod:`claimdesk.core.export_query` describes,
neutralised as :func:`claimdesk.core.formulas.needs_neutralising` says:

* a cell holding a double quote, a comma, CR or LF is put in double quotes, its double quotes
  doubled; any other cell is written as it is (that is all ``QUOTE_MINIMAL`` does);
* a text cell gets a leading apostrophe when its first character is one of = + - @ tab CR, or
  when it starts with spaces and line feeds and then one of = + - @; it is left alone when its
  first character, maybe after spaces and line feeds, is in
  :data:`~claimdesk.core.formulas.SAFE_CHARACTERS` (or it is empty or only those spaces);
* for any other cell (one starting with NUL, a tab after spaces, a zero-width space, a
  full-width ＝...) SQL cannot tell, so the cell is NULL, which makes the whole line NULL: the
  export then builds that one row in Python, by the one rule. Any NULL the database hands over
  (a timestamp it cannot format, say) ends the same way, so no line is ever guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, LargeBinary, Select, case, cast, func, literal, or_, select

from claimdesk.core.export_query import (
    SKIPPED_SPACE,
    links_column,
    tags_column,
    timestamp_column,
)
from claimdesk.core.formulas import SAFE_CHARACTERS
from claimdesk.core.models import article_table, claim_table, speaker_table

LINE_END = "\r\n"
STARTS_WITH_TRIGGER = "=+@\t\r-"
"""The characters that make a cell a formula at its very start (NUL is left to Python)."""
TRIGGERS_AFTER_SPACE = "=+@-"


def glob_class(characters: str | frozenset[str]) -> str:
    """A GLOB bracket expression matching exactly one of ``characters`` (code-point ranges
    where they run on). In SQLite's GLOB a "]" right after "[" and a "-" at the end are
    themselves; "^" is itself anywhere but first; nothing else is special inside brackets."""
    points = sorted({ord(c) for c in characters})
    dash = ord("-") in points
    close = ord("]") in points
    points = [p for p in points if p not in (ord("-"), ord("]"))]
    parts: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{chr(points[i])}-{chr(points[j])}")
        else:
            parts.extend(chr(p) for p in points[i : j + 1])
        i = j + 1
    body = "".join(parts)
    if body.startswith("^"):  # "^" first would negate the class
        body = body[1:] + "^"
    return "[" + ("]" if close else "") + body + ("-" if dash else "") + "]"


_SAFE_START = glob_class(SAFE_CHARACTERS) + "*"
_TRIGGER_START = glob_class(STARTS_WITH_TRIGGER) + "*"
_TRIGGER_AFTER_SPACE = glob_class(TRIGGERS_AFTER_SPACE) + "*"


Cell = Callable[[ColumnElement[Any]], ColumnElement[Any]]
"""How a text cell goes into a line: quoted, or neutralised and quoted."""


def _as_is(value: ColumnElement[Any]) -> ColumnElement[Any]:
    return value


def _glob(value: ColumnElement[Any], pattern: str) -> ColumnElement[Any]:
    return value.op("GLOB", is_comparison=True)(literal(pattern))


def _joined(*parts: ColumnElement[Any] | str) -> ColumnElement[Any]:
    """The parts concatenated with SQL's || (SQLAlchemy's + would add NULL-typed values)."""
    joined: ColumnElement[Any] = literal(parts[0]) if isinstance(parts[0], str) else parts[0]
    for part in parts[1:]:
        joined = joined.op("||")(part)
    return joined


_NEEDS_QUOTES = '*[",\r\n]*'
"""A cell holding any of these is quoted (what ``QUOTE_MINIMAL`` looks for: the delimiter, the
quote character and the line-end characters)."""


def quoted(value: ColumnElement[Any]) -> ColumnElement[Any]:
    """``value`` as ``csv.writer`` writes a cell with ``QUOTE_MINIMAL``. (One GLOB, not four
    instr() calls: a function call costs more than the scan of a short cell.)"""
    return case(
        (_glob(value, _NEEDS_QUOTES), _joined('"', func.replace(value, '"', '""'), '"')),
        else_=value,
    )


def neutralised(value: ColumnElement[Any]) -> ColumnElement[Any]:
    """``value`` neutralised and quoted, or NULL where SQL cannot tell (see the module)."""
    trimmed = func.ltrim(value, SKIPPED_SPACE)
    with_apostrophe = quoted(_joined("'", value))
    return case(
        (or_(_glob(value, _SAFE_START), value == ""), quoted(value)),
        (_glob(value, _TRIGGER_START), with_apostrophe),
        (or_(_glob(trimmed, _SAFE_START), trimmed == ""), quoted(value)),
        (_glob(trimmed, _TRIGGER_AFTER_SPACE), with_apostrophe),
        else_=None,
    )


def _cells(cell: Cell, *values: ColumnElement[Any]) -> ColumnElement[Any]:
    """Neighbouring cells of a line, each through ``cell``, joined by commas."""
    parts: list[ColumnElement[Any] | str] = []
    for value in values:
        parts.extend((",", cell(value)) if parts else (cell(value),))
    return _joined(*parts)


def export_lines_query(*, neutralise_formulas: bool) -> Select[Any]:
    """Every claim's id and its CSV line as UTF-8 bytes with the line end, or NULL for a line
    Python must build (unfiltered, unordered: the caller adds the filter's conditions, which
    name only the claim table, and the order).

    A speaker's three cells and an article's five are built once each, in materialised common
    table expressions, and looked up by id: a catalogue has thousands of speakers and articles
    but a million claims, and building a cell costs several function calls.
    """
    cell: Cell = neutralised if neutralise_formulas else quoted
    c, s, a = claim_table.c, speaker_table.c, article_table.c
    speakers = (
        select(
            s.id,
            _cells(
                cell,
                func.coalesce(s.name, ""),
                func.coalesce(s.role, ""),
                func.coalesce(s.organisation, ""),
            ).label("cells"),
        )
        .cte("export_speaker")
        .prefix_with("MATERIALIZED")
    )
    articles = (
        select(
            a.id,
            _cells(
                cell, a.title, a.outlet, func.coalesce(a.published, ""), a.url, a.language
            ).label("cells"),
        )
        .cte("export_article")
        .prefix_with("MATERIALIZED")
    )
    # an unattributed claim has three empty cells; a speaker whose cells SQL could not build
    # leaves NULL, and so a NULL line
    speaker_cells = case((c.speaker_id.is_(None), ",,"), else_=speakers.c.cells)
    line = _joined(
        c.id,
        ",",
        speaker_cells,
        ",",
        _cells(cell, c.kind, c.quote, c.context_before, c.context_after),
        ",",
        # ids and offsets, linked ids and timestamps are digits, spaces and punctuation the
        # database wrote: never quoted, never a formula
        _cells(_as_is, c.start, c.end, c.article_id),
        ",",
        articles.c.cells,
        ",",
        tags_column("sqlite", cell),  # the cell as the CSV holds it, from its subquery
        ",",
        cell(c.note),
        ",",
        _cells(
            _as_is,
            func.coalesce(links_column("sqlite"), ""),
            timestamp_column(c.created_at, "sqlite"),
            timestamp_column(c.updated_at, "sqlite"),
        ),
        ",",
        _cells(cell, c.created_by, c.updated_by),
        LINE_END,
    )
    return (
        select(c.id, cast(line, LargeBinary).label("line"))
        .select_from(claim_table)
        .outerjoin(speakers, speakers.c.id == c.speaker_id)
        .join(articles, articles.c.id == c.article_id)
    )
