"""The CSV export's lines built by SQLite itself: quoting, formula neutralising and joining.

A Python program that turns every cell of a million rows into a Python object and hands it to the
csv module takes over twice as long as the sqlite3 shell writing the same join (issue 16). So on
SQLite the export asks for each claim's whole CSV line, UTF-8 bytes ending in CRLF, and only
copies them to the file. The line must be byte for byte what ``csv.writer`` (``QUOTE_MINIMAL``,
``lineterminator="\\r\\n"``) writes for the row :mod:`claimdesk.core.export.query` describes,
neutralised as :func:`claimdesk.core.export.formulas.needs_neutralising` says:

* a cell holding a double quote, a comma, CR or LF is put in double quotes, its double quotes
  doubled; any other cell is written as it is (that is all ``QUOTE_MINIMAL`` does);
* a text cell gets a leading apostrophe when its first character is one of = + - @ tab CR, or
  when it starts with spaces and line feeds and then one of = + - @; it is left alone when its
  first character, maybe after spaces and line feeds, is in
  :data:`~claimdesk.core.export.formulas.SAFE_CHARACTERS` (or it is empty or only those spaces);
* for any other cell (one starting with NUL, a tab after spaces, a zero-width space, a
  full-width ＝...) SQL cannot tell, so the cell is NULL, which makes the whole line NULL: the
  export then builds that one row in Python, by the one rule. Any NULL the database hands over
  (a timestamp it cannot format, say) ends the same way, so no line is ever guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Integer,
    LargeBinary,
    Select,
    String,
    case,
    cast,
    func,
    literal_column,
    or_,
    select,
)

from claimdesk.core.export.formulas import SAFE_CHARACTERS
from claimdesk.core.export.query import (
    SKIPPED_SPACE,
    links_column,
    tags_column,
    timestamp_column,
)
from claimdesk.core.storage.models import article_table, claim_table, speaker_table

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
    if body == "^" and not close:  # "[^]" is no class; "-" first is itself
        return "[-^]" if dash else "^"
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


def sql_text(value: str) -> ColumnElement[Any]:
    """``value`` as a string literal written into the SQL. SQLite folds constants it reads in
    the statement, but not bound parameters: with the line's hundred constants bound, the
    export's query took 40% longer. (Only the export's own constants: never user input.)"""
    return literal_column("'" + value.replace("'", "''") + "'", String)


EMPTY = sql_text("")
ZERO = literal_column("0", Integer)


def _glob(value: ColumnElement[Any], pattern: str) -> ColumnElement[Any]:
    return value.op("GLOB", is_comparison=True)(sql_text(pattern))


def _joined(*parts: ColumnElement[Any] | str) -> ColumnElement[Any]:
    """The parts concatenated with SQL's || (SQLAlchemy's + would add NULL-typed values), in
    a balanced tree: each || copies both sides into a new string, so a chain of thirty would
    copy the first cells thirty times, a tree about five."""
    items = [sql_text(part) if isinstance(part, str) else part for part in parts]
    while len(items) > 1:
        paired = [
            left.op("||")(right) for left, right in zip(items[::2], items[1::2], strict=False)
        ]
        items = paired + items[len(paired) * 2 :]
    return items[0]


_NEEDS_QUOTES = (",", "\n", "\r")
"""Besides a double quote, a cell holding any of these is quoted (``QUOTE_MINIMAL`` looks for
the delimiter, the quote character and the line-end characters); the comma first, the most
common in text."""


def quoted(value: ColumnElement[Any]) -> ColumnElement[Any]:
    """``value`` as ``csv.writer`` writes a cell with ``QUOTE_MINIMAL``. (instr() scans at
    memchr speed, where a GLOB for any of the four characters costs ten times as much a
    character; replace() copies character by character, so only a cell with a double quote
    goes through it.)"""
    return case(
        (value == EMPTY, value),  # the usual note or tags: no function called
        (
            func.instr(value, sql_text('"')) > ZERO,
            _joined('"', func.replace(value, sql_text('"'), sql_text('""')), '"'),
        ),
        (
            or_(*(func.instr(value, sql_text(character)) > ZERO for character in _NEEDS_QUOTES)),
            _joined('"', value, '"'),
        ),
        else_=value,
    )


def neutralised(value: ColumnElement[Any]) -> ColumnElement[Any]:
    """``value`` neutralised and quoted, or NULL where SQL cannot tell (see the module)."""
    trimmed = func.ltrim(value, sql_text(SKIPPED_SPACE))
    with_apostrophe = quoted(_joined("'", value))
    return case(
        (value == EMPTY, value),  # the usual note or tags: no function called
        (_glob(value, _SAFE_START), quoted(value)),
        (_glob(value, _TRIGGER_START), with_apostrophe),
        (or_(_glob(trimmed, _SAFE_START), trimmed == EMPTY), quoted(value)),
        (_glob(trimmed, _TRIGGER_AFTER_SPACE), with_apostrophe),
        else_=None,
    )


def _cell_parts(cell: Cell, *values: ColumnElement[Any]) -> list[ColumnElement[Any] | str]:
    """Neighbouring cells of a line, each through ``cell``, with commas between."""
    parts: list[ColumnElement[Any] | str] = []
    for value in values:
        parts.extend((",", cell(value)) if parts else (cell(value),))
    return parts


def _cells(cell: Cell, *values: ColumnElement[Any]) -> ColumnElement[Any]:
    """Neighbouring cells of a line, each through ``cell``, joined by commas."""
    return _joined(*_cell_parts(cell, *values))


def speaker_cells(cell: Cell) -> Select[Any]:
    """Each speaker's id and its three cells (name, role, organisation) as a line holds them."""
    s = speaker_table.c
    names = (
        func.coalesce(s.name, EMPTY),
        func.coalesce(s.role, EMPTY),
        func.coalesce(s.organisation, EMPTY),
    )
    return select(s.id, _cells(cell, *names).label("cells"))


def article_cells(cell: Cell) -> Select[Any]:
    """Each article's id and its five cells (title to language) as a line holds them."""
    a = article_table.c
    published = func.coalesce(a.published, EMPTY)
    return select(
        a.id, _cells(cell, a.title, a.outlet, published, a.url, a.language).label("cells")
    )


def line_cell(neutralise_formulas: bool) -> Cell:
    return neutralised if neutralise_formulas else quoted


def export_lines_query(
    *,
    neutralise_formulas: bool,
    speakers: FromClause | None = None,
    articles: FromClause | None = None,
) -> Select[Any]:
    """Every claim's id and its CSV line (text, with the line end), NULL for a line Python
    must build; unfiltered and unordered: the caller adds the filter's conditions, which name
    only the claim table, and the order.

    A speaker's three cells and an article's five are built once each and looked up by id (a
    catalogue has thousands of speakers and articles but a million claims, and a cell costs
    several function calls): from ``speakers`` and ``articles`` (tables with ``id`` and
    ``cells`` columns, filled from :func:`speaker_cells` and :func:`article_cells`), or else
    from materialised common table expressions of the same.
    """
    cell = line_cell(neutralise_formulas)
    c = claim_table.c
    if speakers is None:
        speakers = speaker_cells(cell).cte("export_speaker").prefix_with("MATERIALIZED")
    if articles is None:
        articles = article_cells(cell).cte("export_article").prefix_with("MATERIALIZED")
    # an unattributed claim has three empty cells; a speaker whose cells SQL could not build
    # leaves NULL, and so a NULL line
    speaker_cells_or_none = case((c.speaker_id.is_(None), sql_text(",,")), else_=speakers.c.cells)
    line = _joined(
        c.id,
        ",",
        speaker_cells_or_none,
        ",",
        *_cell_parts(cell, c.kind, c.quote, c.context_before, c.context_after),
        ",",
        # ids and offsets, linked ids and timestamps are digits, spaces and punctuation the
        # database wrote: never quoted, never a formula
        *_cell_parts(_as_is, c.start, c.end, c.article_id),
        ",",
        articles.c.cells,
        ",",
        tags_column("sqlite", cell, sql_text),  # the cell as the CSV holds it, from its subquery
        ",",
        cell(c.note),
        ",",
        *_cell_parts(
            _as_is,
            func.coalesce(links_column("sqlite", sql_text), EMPTY),
            timestamp_column(c.created_at, "sqlite", sql_text),
            timestamp_column(c.updated_at, "sqlite", sql_text),
        ),
        ",",
        *_cell_parts(cell, c.created_by, c.updated_by),
        ",",
        # version numbers and one of four words the catalogue wrote: never a formula
        *_cell_parts(_as_is, c.text_version, c.anchor_state, c.made_on_version),
        LINE_END,
    )
    return (
        select(c.id, line.label("line"))
        .select_from(claim_table)
        .outerjoin(speakers, speakers.c.id == c.speaker_id)
        .join(articles, articles.c.id == c.article_id)
    )


def as_bytes(lines: Select[Any]) -> Select[Any]:
    """:func:`export_lines_query`'s rows (filtered) in id order, with the line as UTF-8 bytes
    (a catalogue's text is UTF-8: the cast only hands the bytes over, and Python never decodes
    them)."""
    inner = lines.subquery()
    return select(inner.c.id, cast(inner.c.line, LargeBinary)).order_by(inner.c.id)


def as_one_piece(lines: Select[Any]) -> Select[int, int, bytes]:
    """How many rows ``lines`` (filtered, ordered by id) has, how many of their lines SQL
    built, and all of those lines concatenated in that order as UTF-8 bytes: one row for many
    claims.

    (SQLite's group_concat joins the rows in the order its subquery yields them.)"""
    inner = lines.subquery()
    joined = cast(func.group_concat(inner.c.line, EMPTY), LargeBinary)
    return select(func.count(), func.count(inner.c.line), joined)
