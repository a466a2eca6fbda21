"""Finding, counting and ordering claims for lists (the Catalogue tab, ``claimdesk-cli claims``,
exports) with the database's own indexes, so a catalogue of a million claims searches and sorts
about as fast as one of a thousand.

**Search.** Free text is looked for in the claim's quote, its speaker's name and aliases and its
article's title, all folded (:func:`~claimdesk.core.domain.folding.fold`: case, ё/е, width,
spacing) and matched anywhere, as ``LIKE '%text%'`` on the folded columns would. Quotes are many
and long, so they have a trigram index (migration 0005): on SQLite the FTS5 table
``claim_search`` with the trigram tokenizer over ``claim.quote_folded`` (a phrase query there
finds exact substrings), on PostgreSQL a pg_trgm GIN index that answers the LIKE itself. Text
under three characters has no trigram. On SQLite (migration 0006) it is found through the
trigram index all the same: every place it occurs is the beginning of a trigram (a range of the
index's terms, read from the fts5vocab table ``claim_search_terms``) or within the last two
characters of the quote (two small indexes on the quote's end). On PostgreSQL (migration 0008) a
GIN index of each quote's pairs of characters finds it (a tsvector of them; one character is a
prefix query), and each candidate's quote is tested too. Without those indexes, or for text
holding a character SQLite's FTS5 tokenizer does not keep (U+FFFE, U+FFFF), it is looked for by
reading every quote. A common character is in the first claims anyway: a count of at most so
many reads the first claims before it turns to the index (:func:`count_text_matches`); so does
one of longer text on PostgreSQL, whose GIN index gives all of a common word's matches before
the first. Speakers, aliases and titles are few and short: LIKE over their folded columns (a
title index keeps SQLite from reading whole articles).

**Sort.** Every sort key is followed by the claim id, and every such order has an index: claim
columns on the claim table; keys from the speaker and article (folded name, title, outlet, date;
the name, title and outlet without the quotation marks and punctuation they begin with:
:func:`sort_text`), the first characters of the folded quote and the claim's first tag in
``claim_sort_keys``, one row per claim kept by triggers. A page is then the next rows of one
index, not a sort of the whole catalogue; a page after a given claim (keyset paging) costs the
same at the end of the list as at its top. Kinds are few: sorted by kind, the claims come in
the order of the kinds' names as shown (the GUI gives it: :func:`order_for`); where that is not
the stored values' own order (English), by a CASE over the kind, which no index holds: the
kind's index is read whole and sorted.

**Filtered pages.** With a filter there are two ways to a page: walk the sort order and test
each claim (quick when many match), or find the matches through their own indexes and sort them
(quick when few do). When the filter was just counted (the table model counts before it pages),
the expected length of the walk decides; a walk stops after WALK_ROWS claims anyway (the matches
may gather further on: a surname searched in a list sorted by speaker) and gives way to the
matches. Sorted by quote, the matches are first narrowed by their sort keys to those that may
be on the page, and only those have their whole quotes read. The walk's quote test is written as
``instr``/``strpos``, which no index answers, so the database does walk; the matches are a
materialised CTE, so it does not.

**Kept matches.** A common word's tens of thousands of matches may all sort after every
other claim (a Russian word, sorted by quote, after every English quote): neither a walk nor
a sort of the matches is quick. Once a search's matches have been read in full, the service
layer keeps their ids until the catalogue changes. On SQLite :class:`OrderedMatches` sorts
them once per sort key, and the pages are cut from that list; walks then read the order's index
alone and test each id against them. On PostgreSQL every page is then one query given the
ids as an array (:func:`page_among_kept`): the server walks the order's index testing each
claim id against them (hashed) or looks them up and sorts them, as its planner judges, and the
search index is not read again."""

from __future__ import annotations

import json
import re
import threading
from array import array
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Integer,
    MetaData,
    Select,
    Table,
    Text,
    and_,
    any_,
    bindparam,
    case,
    cast,
    func,
    intersect,
    literal,
    literal_column,
    or_,
    select,
    true,
    tuple_,
    union,
)

from claimdesk.core.domain.errors import InvalidValueError, NotFoundError
from claimdesk.core.domain.folding import fold, like_pattern
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.domain.records import CLAIM_SORT_KEYS, ClaimFilter, ClaimKind
from claimdesk.core.domain.search_text import search_terms
from claimdesk.core.storage.models import (
    ARTICLE_LISTING,
    alias_table,
    article_table,
    claim_table,
    speaker_table,
)

SEARCH_TABLE = "claim_search"
TERMS_TABLE = "claim_search_terms"
SORT_KEYS_TABLE = "claim_sort_keys"
TRIGRAM_INDEX = "ix_claim_quote_trgm"
GRAMS_INDEX = "ix_claim_quote_grams"
"""Migration 0007's GIN index of each folded quote's pairs of characters (PostgreSQL)."""
UNTOKENISED = frozenset("\ufffd\ufffe\uffff")
"""Characters SQLite's FTS5 tokenizer does not keep as they are (it reads U+FFFE and U+FFFF as
U+FFFD): text holding one is looked for by reading, not through the FTS index."""
NOT_INDEXED = "\uffff"
"""The lexeme migration 0008 gives a quote whose pairs it does not index: every short-text
search on PostgreSQL asks for it too, and such text itself is looked for by reading."""
DERIVED_TABLES = frozenset(
    {SORT_KEYS_TABLE, SEARCH_TABLE, TERMS_TABLE}
    | {f"{SEARCH_TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config")}
)
"""Tables of migrations 0005 and 0006 that are not in the models: derived data, kept by
triggers (or, for the fts5vocab table, read from the FTS index)."""
TAIL_INDEXES = {1: "ix_claim_quote_tail1", 2: "ix_claim_quote_tail2"}
"""Migration 0006's indexes on the last one and two characters of each folded quote."""
ORPHANED_INDEX = "ix_claim_orphaned"
"""Migration 0010's partial index over the orphaned claims (``models.ORPHANED_CLAIM``)."""
NAME_TRIGRAM_INDEXES = frozenset(
    {"ix_speaker_name_trgm", "ix_speaker_alias_trgm", "ix_article_title_trgm"}
)
"""Migration 0015's pg_trgm indexes of the folded speaker names, aliases and article titles
(PostgreSQL): a search's ``LIKE`` on them is looked up, not read from every row."""
DERIVED_INDEXES = frozenset(
    {TRIGRAM_INDEX, GRAMS_INDEX, *TAIL_INDEXES.values(), ORPHANED_INDEX, ARTICLE_LISTING}
    | NAME_TRIGRAM_INDEXES
)
"""Indexes of the migrations that are not in the models (which could not say them, or only at
a cost): the search's, the orphans' partial index, and the article listing's (SQLite only)."""
TRIGRAM = 3
"""Text shorter than this has no trigram to look up: it is searched with LIKE, or on SQLite
through the trigrams that begin with it (migration 0006)."""
WALK_ROWS = 10_000
"""A filtered page walks the sort order for at most this many claims before it sorts the
matches instead."""
WALK_STAGE = 10
"""A count's reading of the first claims' quotes (PostgreSQL) first goes this share of its
length (a tenth); it goes on only if the matches found there, as many again in each such
stretch, would come to more than what is counted."""
WALK_COST = 3
"""Walking past a claim (reading it to test it) costs about this many times sorting a match
(reading its sort keys)."""
COUNT_WALK_ROWS = 5_000
"""A bounded count of short text first tests the claims of the first this many ids before it
turns to the index: a common character is found there at once (in one claim in five or more),
while the index of its trigrams is long."""
TEXT_COUNT_WALK_ROWS = 20_000
"""As COUNT_WALK_ROWS, for text of three characters or more on PostgreSQL: a word in one claim
in twenty is counted past a thousand matches there, in fewer claims than pg_trgm's GIN index
would give before its first match (a common word's trigrams each list a large share of the
claims, all read and intersected before the first row). Rarer text is counted by the index
after all."""
KEPT_MATCHES = 200_000
"""A search's matches are read once and kept (their ids, until the next edit) when no more
than this many: the next pages and sorts read them from there, not from the search index."""
SORT_KEY_LEADING = " \"'«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·"
"""What the speaker, article and outlet sort keys leave out at the beginning of the folded name,
title or outlet (migration 0016, which writes them with ``ltrim`` and these characters): a title
that opens with a quotation sorts by its first word, not before every letter."""
LAST_CHAR = "\U0010ffff"
"""The highest code point: text followed by it is the end of the range of terms that begin
with that text (SQLite compares strings by code point)."""

_derived = MetaData()
sort_keys_table = Table(
    SORT_KEYS_TABLE,
    _derived,
    Column("claim_id", Integer, primary_key=True),
    Column("speaker", Text),
    Column("article", Text),
    Column("outlet", Text),
    Column("published", Text),
    Column("quote", Text),
    Column("tag", Text),
)
search_table = Table(SEARCH_TABLE, _derived, Column("rowid", Integer), Column("quote_folded", Text))
terms_table = Table(TERMS_TABLE, _derived, Column("term", Text), Column("doc", Integer))


@dataclass(frozen=True, slots=True)
class SearchIndexes:
    """What the catalogue's database offers for searching quotes."""

    dialect: str
    fts: bool = False
    """SQLite: the FTS5 trigram table claim_search exists."""
    terms: bool = False
    """SQLite: its fts5vocab table and the quote-end indexes (migration 0006) exist too."""
    trigram: bool = False
    """PostgreSQL: the pg_trgm index on claim.quote_folded exists."""
    grams: bool = False
    """PostgreSQL: the index of the quotes' pairs of characters (migration 0008) exists."""

    @classmethod
    def of(cls, connection: Connection) -> SearchIndexes:
        dialect = connection.dialect.name
        if dialect == "sqlite":
            tables = {
                name
                for (name,) in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
                    (SEARCH_TABLE, TERMS_TABLE),
                )
            }
            fts = SEARCH_TABLE in tables
            return cls(dialect, fts=fts, terms=fts and TERMS_TABLE in tables)
        if dialect == "postgresql":
            found = {
                name
                for (name,) in connection.exec_driver_sql(
                    "SELECT indexname FROM pg_indexes WHERE indexname IN (%(trgm)s, %(grams)s)",
                    {"trgm": TRIGRAM_INDEX, "grams": GRAMS_INDEX},
                )
            }
            return cls(dialect, trigram=TRIGRAM_INDEX in found, grams=GRAMS_INDEX in found)
        return cls(dialect)

    def contains(self, column: Any, folded: str) -> ColumnElement[bool]:
        """``column`` holds ``folded``, in a form no index answers (a walk tests row by row)."""
        if self.dialect == "postgresql":
            return func.strpos(column, folded) > 0
        return func.instr(column, folded) > 0

    def trigrams(self, folded: str) -> bool:
        """SQLite's FTS index finds the folded text (three characters or more)."""
        return self.fts and len(folded) >= TRIGRAM and UNTOKENISED.isdisjoint(folded)

    def short(self, folded: str) -> bool:
        """The folded text is too short for a trigram and this database's short-text indexes
        (migration 0006 on SQLite, 0008 on PostgreSQL) find it."""
        if not 0 < len(folded) < TRIGRAM:
            return False
        if self.terms:
            return UNTOKENISED.isdisjoint(folded)
        return self.grams and NOT_INDEXED not in folded

    def indexed_union(self, folded: str) -> bool:
        """PostgreSQL finds this text's claims by a union of the ids each way finds (an OR of
        an index search and IN (subquery) reads the whole claim table)."""
        return self.dialect == "postgresql" and (len(folded) >= TRIGRAM or self.short(folded))


LIKE_ONLY = SearchIndexes("")
"""No index used: plain LIKE, right on any database (the default of :func:`text_condition`)."""


def _phrase(folded: str) -> str:
    """An FTS5 query for the exact text: one quoted phrase (its trigrams, in order)."""
    return '"' + folded.replace('"', '""') + '"'


def quote_condition(
    text: str, search: SearchIndexes, *, walk: bool = False, claims: Any = claim_table
) -> Any:
    """The claim's folded quote contains the folded ``text``: through the trigram index when
    there is one (and ``walk`` is False), else a test of each row."""
    folded = fold(text)
    if walk:
        return search.contains(claims.c.quote_folded, folded)
    if search.trigrams(folded):
        found = search_table.c.quote_folded.match(_phrase(folded))
        return claims.c.id.in_(select(search_table.c.rowid).where(found))
    if search.terms and search.short(folded):
        return _short_quote_condition(folded, claims)
    if search.grams and search.short(folded):
        return _grams_condition(folded, claims)
    return claims.c.quote_folded.like(like_pattern(text), escape="\\")


def _grams_condition(folded: str, claims: Any) -> Any:
    """The folded quote contains ``folded``, one or two characters, by migration 0008's index
    on PostgreSQL: a quote whose pairs of characters include it (two), or one of which begins
    with it (one: a prefix query), or whose pairs are not indexed; each candidate's quote is
    tested too, so what is found is exact."""
    # PostgreSQL's dialect is loaded only for a PostgreSQL catalogue (a SQLite one never asks)
    from sqlalchemy.dialects.postgresql import TSQUERY  # noqa: PLC0415

    lexeme = "'" + folded.replace("\\", "\\\\").replace("'", "''") + "'"
    query = f"{lexeme}{':*' if len(folded) == 1 else ''} | '{NOT_INDEXED}'"
    grams = func.claim_quote_grams(claims.c.quote_folded)
    return and_(
        grams.op("@@")(cast(literal(query, Text), TSQUERY)),
        func.strpos(claims.c.quote_folded, folded) > 0,
    )


def _tail(claims: Any, chars: int) -> Any:
    """The last ``chars`` characters of the folded quote, written as migration 0006's index is
    (a literal, not a parameter: SQLite uses an index on an expression only for that expression)."""
    return func.substr(claims.c.quote_folded, literal_column(str(-chars)))


def _short_quote_condition(folded: str, claims: Any) -> Any:
    """The folded quote contains ``folded``, one or two characters, by SQLite's indexes: where
    it occurs a trigram begins (the FTS index's terms from ``folded`` on), unless it occurs in
    the last two characters of the quote (the quote-end indexes; a quote of one character is
    its own last two)."""
    t = terms_table.c
    highest = folded + LAST_CHAR * (TRIGRAM - len(folded))
    starting = claims.c.id.in_(select(t.doc).where(t.term >= folded, t.term <= highest))
    if len(folded) == 2:
        return or_(starting, _tail(claims, 2) == folded)
    tail2 = _tail(claims, 2)
    return or_(
        starting, _tail(claims, 1) == folded, (tail2 >= folded) & (tail2 <= folded + LAST_CHAR)
    )


def _folded_contains(column: Any, text: str, search: SearchIndexes) -> ColumnElement[bool]:
    """The folded ``column`` (a name, an alias, a title) contains the folded ``text``: LIKE,
    which PostgreSQL answers from migration 0015's trigram indexes; for one or two characters
    on PostgreSQL a test of each row, since a trigram index holds nothing to look them up by:
    the planner took it anyway and rechecked every row it gave (1M claims, 50,000 speakers:
    73 ms, where strpos over the table took 9 ms)."""
    folded = fold(text)
    if search.dialect == "postgresql" and len(folded) < TRIGRAM:
        return search.contains(column, folded)
    found: ColumnElement[bool] = column.like(like_pattern(text), escape="\\")
    return found


def _named_speakers(text: str, search: SearchIndexes) -> Any:
    """The speakers whose folded name or an alias contains ``text``."""
    s, alias = speaker_table.c, alias_table.c
    return union(
        select(s.id).where(_folded_contains(s.name_folded, text, search)),
        select(alias.speaker_id).where(_folded_contains(alias.alias_folded, text, search)),
    )


def _titled_articles(text: str, search: SearchIndexes) -> Select[Any]:
    """The articles whose folded title contains ``text``."""
    a = article_table.c
    return select(a.id).where(_folded_contains(a.title_folded, text, search))


def _ways(
    text: str, search: SearchIndexes, claims: Any = claim_table, *, with_article: bool = False
) -> list[Select[Any]]:
    """The ids of the claims ``text`` finds by their quote, speaker and article title: one
    query each way, each by its own index (``with_article``: each with its article's id)."""
    c = claims.c
    columns = (c.id, c.article_id) if with_article else (c.id,)
    return [
        select(*columns).where(quote_condition(text, search, claims=claims)),
        select(*columns).where(c.speaker_id.in_(_named_speakers(text, search))),
        select(*columns).where(c.article_id.in_(_titled_articles(text, search))),
    ]


def _found_ids(
    text: str, search: SearchIndexes, claims: Any = claim_table, *, with_article: bool = False
) -> Any:
    """The ids of the claims ``text`` finds, the ways unioned."""
    return union(*_ways(text, search, claims, with_article=with_article))


def found_ids(
    text: str, search: SearchIndexes, *, with_article: bool = False
) -> Select[Any] | None:
    """The ids of the claims ``text`` finds, as a query of their own where that is quicker than
    the claims that meet :func:`text_condition` (which the database would look up again in the
    claim table, each one); None where it is not. Several words: the claims each finds, the
    ids intersected. ``with_article``: each id with its article's (``article_id``), where the
    claims found are read from the claim table anyway (PostgreSQL: its search indexes point
    at the claims' rows), so the second column costs nothing; None elsewhere."""
    terms = search_terms(text)
    if with_article and not all(search.indexed_union(fold(term)) for term in terms):
        return None
    if len(terms) <= 1:
        return _term_ids(terms[0], search, with_article=with_article) if terms else None
    each = [_term_ids(term, search, with_article=with_article) for term in terms]
    if any(ids is None for ids in each):
        return None
    both = intersect(*[ids for ids in each if ids is not None]).subquery("all_terms")
    return select(*both.c)


def _term_ids(
    text: str, search: SearchIndexes, *, with_article: bool = False
) -> Select[Any] | None:
    """:func:`found_ids` of one search term."""
    folded = fold(text)
    if search.indexed_union(folded):
        found = _found_ids(
            text, search, claim_table.alias("found"), with_article=with_article
        ).subquery("found_ids")
        return select(*found.c)
    if search.trigrams(folded):
        # the quotes' ids from the FTS index alone, the others from the claim table's speaker
        # and article indexes: no claim is read (SQLite would read each one to test the OR)
        c = claim_table.c
        phrase = search_table.c.quote_folded.match(_phrase(folded))
        ways = union(
            select(search_table.c.rowid.label("id")).where(phrase),
            select(c.id).where(c.speaker_id.in_(_named_speakers(text, search))),
            select(c.id).where(c.article_id.in_(_titled_articles(text, search))),
        ).subquery("found_ids")
        return select(ways.c.id)
    return None


def given_ids(ids: Sequence[int], dialect: str) -> Select[Any]:
    """A query of the claim ids ``ids`` (a search's matches, kept), passed as one value: a
    JSON array read by json_each on SQLite, an array unnested on PostgreSQL. Its column is
    ``id``, as :func:`found_ids`'s."""
    if dialect == "postgresql":
        # PostgreSQL's dialect is loaded only for a PostgreSQL catalogue
        from sqlalchemy.dialects.postgresql import ARRAY  # noqa: PLC0415

        array = bindparam("kept_ids", list(ids), type_=ARRAY(Integer))
        return select(func.unnest(array).column_valued("id"))
    each = func.json_each(bindparam("kept_ids", json.dumps(list(ids)), type_=Text))
    return select(each.table_valued("value").c.value.label("id"))


def text_condition(
    text: str, search: SearchIndexes = LIKE_ONLY, *, walk: bool = False
) -> Any | None:
    """Claims whose quote, speaker's name or alias, or article title contain each word of
    ``text`` (:func:`search_terms`, folded), each in any of them; None for blank text."""
    conditions = [_term_condition(term, search, walk=walk) for term in search_terms(text)]
    if len(conditions) <= 1:
        return conditions[0] if conditions else None
    return and_(*conditions)


def _term_condition(text: str, search: SearchIndexes, *, walk: bool) -> Any:
    """:func:`text_condition` of one search term."""
    c = claim_table.c
    if search.indexed_union(fold(text)) and not walk:
        # PostgreSQL reads a whole table for an OR of an index search and IN (subquery):
        # the ids found each way, unioned, are read through the indexes instead (shorter
        # text without migration 0008's index has none to look up: one pass over the claims)
        return c.id.in_(_found_ids(text, search, claim_table.alias("found")))
    return or_(
        quote_condition(text, search, walk=walk),
        c.speaker_id.in_(_named_speakers(text, search)),
        c.article_id.in_(_titled_articles(text, search)),
    )


def _count(connection: Connection, ids: Any, at_most: int | None) -> int:
    """How many rows the select ``ids`` gives, counting no further than ``at_most + 1``."""
    if at_most is not None:
        ids = ids.limit(at_most + 1)
    return int(connection.execute(select(func.count()).select_from(ids.subquery())).scalar_one())


def count_matches(
    connection: Connection, conditions: Sequence[Any], *, at_most: int | None = None
) -> int:
    """How many claims meet ``conditions`` (on the claim table); with ``at_most``, no more
    than ``at_most + 1`` are counted (a LIMIT: the reading stops there)."""
    if at_most is None:
        query = select(func.count()).select_from(claim_table).where(*conditions)
        return int(connection.execute(query).scalar_one())
    return _count(connection, select(claim_table.c.id).where(*conditions), at_most)


def count_text_matches(
    connection: Connection, text: str, search: SearchIndexes, *, at_most: int | None = None
) -> int:
    """How many claims ``text`` finds (with ``at_most``: no more than ``at_most + 1``). With
    SQLite's FTS index: those whose quote has it (counted from the index alone), plus those
    found by their speaker or article title (their ids from the claim table's speaker and
    article indexes), less the claims found both ways; the claims themselves are never read.
    On PostgreSQL: the ids found each way, unioned. Otherwise one pass over the claims.
    Several words: the claims each finds, intersected, or one pass testing each word."""
    terms = search_terms(text)
    if len(terms) > 1:
        if at_most is not None:
            # common words together are in the first claims: each word's index is long, and
            # their intersection took 0.1–0.4 s at a million claims
            first = _count_first_claims(connection, text, search, at_most, TEXT_COUNT_WALK_ROWS)
            if first is not None:
                return first
        ids = found_ids(text, search)
        if ids is not None:
            return _count(connection, ids, at_most)
        condition = text_condition(text, search)
        return count_matches(connection, [] if condition is None else [condition], at_most=at_most)
    if not terms:
        return count_matches(connection, [], at_most=at_most)
    text = terms[0]
    folded = fold(text)
    c = claim_table.c
    rows = COUNT_WALK_ROWS if search.short(folded) else TEXT_COUNT_WALK_ROWS
    if search.indexed_union(folded):
        if at_most is not None:
            # each way apart first (a union reads all of every way before it gives a row).
            # The quotes of the first claims first: a common character or word is counted
            # past at_most there at once, where the GIN index of its pairs or trigrams gives
            # every match before the first (no LIMIT stops it early)
            if _many_quotes_first(connection, folded, search, at_most, rows):
                return at_most + 1
            for ids in _ways(text, search, claim_table.alias("found")):
                if _count(connection, ids, at_most) > at_most:
                    return at_most + 1
        return _count(connection, _found_ids(text, search), at_most)
    if search.short(folded) and at_most is not None:
        # a common character is in the first claims: the index of its trigrams is long
        first = _count_first_claims(connection, text, search, at_most, rows)
        if first is not None:
            return first
    if search.dialect == "postgresql" or not search.trigrams(folded):
        condition = text_condition(text, search)
        return count_matches(connection, [] if condition is None else [condition], at_most=at_most)
    found = search_table.c.quote_folded.match(_phrase(folded))
    matched = _count(connection, select(search_table.c.rowid).where(found), at_most)
    other_ways = [
        select(c.id).where(c.speaker_id.in_(_named_speakers(text, search))),
        select(c.id).where(c.article_id.in_(_titled_articles(text, search))),
    ]
    # more than at_most one way is more in all; else every way is short to count exactly
    if at_most is not None and (
        matched > at_most or any(_count(connection, w, at_most) > at_most for w in other_ways)
    ):
        return at_most + 1
    others_query = union(*other_ways).subquery()
    if not matched:
        return int(connection.execute(select(func.count()).select_from(others_query)).scalar_one())
    by_quote = others_query.c.id.in_(select(search_table.c.rowid).where(found))
    both = func.sum(case((by_quote, 1), else_=0))
    total, shared = connection.execute(select(func.count(), both).select_from(others_query)).one()
    exact = matched + int(total) - int(shared or 0)
    return exact if at_most is None else min(exact, at_most + 1)


def _count_first_claims(
    connection: Connection, text: str, search: SearchIndexes, at_most: int, rows: int
) -> int | None:
    """The bounded count of ``text`` if the claims of the first ``rows`` ids tell it: they
    hold more than ``at_most`` matches, or they are every claim; else None."""
    c = claim_table.c
    # apart: SQLite reads min() or max() alone from the end of the index, both together not
    lowest, highest = connection.execute(
        select(select(func.min(c.id)).scalar_subquery(), select(func.max(c.id)).scalar_subquery())
    ).one()
    if lowest is None:
        return 0
    # a bound on the id (no rows skipped to find it): with gaps, fewer claims are tested
    bound = int(lowest) + rows
    every = bound > int(highest)
    conditions = [text_condition(text, search, walk=True)]
    if not every:
        conditions.append(c.id < bound)
    counted = count_matches(connection, conditions, at_most=at_most)
    return counted if counted > at_most or every else None


def _many_quotes_first(
    connection: Connection, folded: str, search: SearchIndexes, at_most: int, rows: int
) -> bool:
    """More than ``at_most`` of the claims of the first ``rows`` ids hold ``folded`` in their
    quotes (each quote tested: no index read). The first tenth (WALK_STAGE) are tested first,
    and the rest only if the quotes found there, as many again in each tenth, would come to
    more than ``at_most``: rarer text is not read in vain."""
    c = claim_table.c
    lowest = connection.execute(select(func.min(c.id))).scalar_one()
    if lowest is None:
        return False
    test = search.contains(c.quote_folded, folded)
    stretch = rows // WALK_STAGE or rows
    found, begun = 0, int(lowest)
    for end in (int(lowest) + stretch, int(lowest) + rows):
        # a bound on the id (no rows skipped to find it): with gaps, fewer claims are tested
        found += count_matches(
            connection, [test, c.id >= begun, c.id < end], at_most=at_most - found
        )
        if found > at_most:
            return True
        if end - int(lowest) >= rows or found * (rows // stretch) <= at_most:
            return False
        begun = end
    return False


def short_text(text: str, search: SearchIndexes) -> bool:
    """``text`` (every word of it) is too short for a trigram and is looked up in migration
    0006's or 0007's indexes: quick for a rare character, but slower than reading every claim
    for a common one."""
    terms = search_terms(text)
    return bool(terms) and all(search.short(fold(term)) for term in terms)


def pages_before_counting(text: str, search: SearchIndexes) -> bool:
    """Every word of ``text`` is looked up in a trigram index, so a page of the claims it finds
    comes as quickly without knowing how many they are; two common words seldom together are
    slower to count (their matches intersected) than to page. Not so for a word too short for
    a trigram: its page is read walking the claims unless a count says they are few."""
    terms = search_terms(text)

    def indexed(folded: str) -> bool:
        if search.dialect == "postgresql":
            return search.trigram and len(folded) >= TRIGRAM
        return search.trigrams(folded)

    return bool(terms) and all(indexed(fold(term)) for term in terms)


def text_only(claim_filter: ClaimFilter) -> bool:
    """The filter asks for free text and nothing else."""
    return bool(claim_filter.text.strip()) and replace(claim_filter, text="") == ClaimFilter()


# -- orders ----------------------------------------------------------------------------------


def sort_text(text: str) -> str:
    """The sort key of a speaker's name, an article's title or an outlet, as the triggers of
    migration 0016 write it: folded, without the punctuation it begins with."""
    return fold(text).lstrip(SORT_KEY_LEADING)


@dataclass(frozen=True, slots=True)
class Order:
    """The columns a sort key orders by (the claim id last), and the index that holds them."""

    columns: tuple[Any, ...]
    keys: bool
    """The order needs claim_sort_keys joined."""
    index: str | None = None
    """The index that walks this order (SQLite's INDEXED BY); None: the table itself."""
    claim_columns: bool = False
    """A sort-key order that needs a claim column too (the rest of the quote)."""
    reverse: bool = False
    """Walked the other way: ascending is these columns descending (the kinds, where their
    names as shown run against their stored values)."""
    name: str = ""
    """What a search's matches sorted in this order are kept under (:class:`OrderedMatches`),
    where that is not the sort key alone."""


def order_for(order_by: str, kind_order: Sequence[str] = ()) -> Order:
    """The order of the sort key ``order_by`` (one of CLAIM_SORT_KEYS). ``kind_order`` gives
    the kinds in the order their names are shown in (the interface's language: the core knows
    only their stored values); sorted by kind, the claims then come in that order, and a kind
    it leaves out after them. Without it, by the stored values ("claim", "direct", …).

    Where the names run as the stored values do (English) or against them (Russian: Косвенная
    цитата, Прямая цитата, Утверждение is indirect, direct, claim), the kind's index is walked,
    forwards or backwards: the claims of one kind are then in the order of their ids the same
    way (backwards for Russian ascending). Any other order of the names is a CASE over the kind,
    which no index holds: the index is read whole and sorted (at 1M claims on SQLite 0.2-0.6 s,
    where the walk took 10-25 ms)."""
    c, k = claim_table.c, sort_keys_table.c
    stored = sorted(kind.value for kind in ClaimKind)
    if order_by == "kind" and kind_order and list(kind_order) != stored:
        if list(kind_order) == stored[::-1]:
            return Order((c.kind, c.id), False, "ix_claim_kind_id", reverse=True)
        ranks = {kind: rank for rank, kind in enumerate(dict.fromkeys(kind_order))}
        ranked = case(ranks, value=c.kind, else_=len(ranks))
        name = "kind:" + ",".join(ranks)
        return Order((ranked, c.id), False, "ix_claim_kind_id", name=name)
    orders = {
        "id": Order((c.id,), False),
        "speaker": Order((k.speaker, k.claim_id), True, "ix_claim_sort_keys_speaker"),
        "kind": Order((c.kind, c.id), False, "ix_claim_kind_id"),
        # the first characters from the index, the rest of the quote for claims that share them
        "quote": Order(
            (k.quote, c.quote_folded, k.claim_id), True, "ix_claim_sort_keys_quote", True
        ),
        "article": Order((k.article, k.claim_id), True, "ix_claim_sort_keys_article"),
        "outlet": Order((k.outlet, k.claim_id), True, "ix_claim_sort_keys_outlet"),
        "published": Order((k.published, k.claim_id), True, "ix_claim_sort_keys_published"),
        # the first tag as the column shows them (stored folded), "" for none
        "tags": Order((k.tag, k.claim_id), True, "ix_claim_sort_keys_tag"),
        "created_at": Order((c.created_at, c.id), False, "ix_claim_created_at_id"),
        "created_by": Order((c.created_by, c.id), False, "ix_claim_created_by_id"),
        "updated_by": Order((c.updated_by, c.id), False, "ix_claim_updated_by_id"),
        "start": Order((c.start, c.id), False),
    }
    if order_by not in orders:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Errors", "Cannot sort by “{order}”; choose one of: {choices}."),
            order=order_by,
            choices=", ".join(CLAIM_SORT_KEYS),
        )
    return orders[order_by]


def _source(order: Order, among: Any = None, *, tested: bool = True) -> Any:
    """The claims (``among`` the ids of a CTE) with what ``order`` sorts them by: the claim
    table only when the order needs its columns or the claims are ``tested`` (the sort keys
    alone are smaller)."""
    k, c = sort_keys_table, claim_table
    if order.keys and not order.claim_columns and (among is not None or not tested):
        return k if among is None else among.join(k, k.c.claim_id == among.c.id)
    if among is None:
        return c.join(k, c.c.id == k.c.claim_id) if order.keys else c
    source = among.join(c, c.c.id == among.c.id)
    return source.join(k, c.c.id == k.c.claim_id) if order.keys else source


def _ordered_ids(
    order: Order, descending: bool, *, walk: bool, among: Any = None, tested: bool = True
) -> Select[Any]:
    """The claim ids in ``order`` (``among`` a CTE's; ``tested``: with the claim table, for
    conditions on it); ``walk`` makes SQLite follow the order's index."""
    source = _source(order, among, tested=tested)
    keys_only = order.keys and not order.claim_columns and (among is not None or not tested)
    query = select(sort_keys_table.c.claim_id if keys_only else claim_table.c.id)
    query = query.select_from(source)
    if walk and order.index is not None:
        hinted = sort_keys_table if order.keys else claim_table
        query = query.with_hint(hinted, f"INDEXED BY {order.index}", "sqlite")
    return query.order_by(*(column.desc() if descending else column for column in order.columns))


def page_ids(
    connection: Connection,
    conditions: Sequence[Any],
    order: Order,
    *,
    descending: bool,
    offset: int,
    limit: int | None,
    after: int | None,
    walk_conditions: Sequence[Any] | None = None,
    matches: Select[Any] | None = None,
    ordered_matches: Callable[[], OrderedMatches | None] | None = None,
    kept: Container[int] | None = None,
    kept_matches: Callable[[], tuple[str, tuple[Any, Any] | None] | None] | None = None,
) -> list[int]:
    """The ids of one page of claims meeting ``conditions`` (on the claim table) in ``order``:
    ``offset`` rows skipped after the claim ``after`` (or from the start), ``limit`` taken.

    ``walk_conditions`` (the same conditions, in the form no index answers) asks to walk the
    sort order first, over at most WALK_ROWS claims: enough when many claims match, unless the
    matches gather further on (say, a surname searched in a list sorted by speaker); then the
    page is read from the matches after all. Raises NotFoundError if the claim ``after`` is gone
    (the caller pages by offset instead). ``matches`` is a quicker query of the ids meeting
    ``conditions``, if there is one (:func:`found_ids`, for text alone). ``ordered_matches``
    gives every match in this order (kept by the caller: :class:`OrderedMatches`), or None;
    it is asked only when the page is read from the matches, and the page is then cut from
    that list. ``kept`` (the matches, kept by the caller) walks the sort order's index
    alone, testing each claim id against them, in place of the walk ``walk_conditions`` asks.
    ``kept_matches`` gives every match's id (kept by the caller, as :func:`id_array`) with
    their least and greatest first key in this order if known, or None; it is asked, in place
    of ``ordered_matches``, when the page is read from the matches, and the page is then read
    among those ids (:func:`page_among_kept`, PostgreSQL).
    """
    cursor: list[Any] = []
    start: list[Any] = []
    beyond: list[Any] = []
    if after is not None:
        where = connection.execute(
            select(*order.columns).select_from(_source(order)).where(claim_table.c.id == after)
        ).first()
        if where is None:
            raise NotFoundError(claim_table.name, after)
        ahead = tuple_(*order.columns)
        cursor.append(ahead < tuple_(*where) if descending else ahead > tuple_(*where))
        first = order.columns[0]
        # the same bound on the first column alone, which the index of the order answers
        start.append(first <= where[0] if descending else first >= where[0])
        # past the claim ``after`` whatever the later columns hold
        beyond.append(first < where[0] if descending else first > where[0])
    if kept is not None and limit is not None and not order.claim_columns:
        rows = _walked_among(connection, kept, order, descending, cursor, offset, limit)
        if rows is not None:
            return rows
    elif walk_conditions and limit is not None:
        rows = _walked(
            connection,
            walk_conditions,
            order,
            descending=descending,
            cursor=cursor,
            start=start,
            offset=offset,
            limit=limit,
        )
        if rows is not None:
            return rows
    if not conditions:
        # the sort keys' index alone: skipping rows (a jump to the middle) reads no claims
        query = _ordered_ids(order, descending, walk=False, tested=False).where(*cursor)
        return _run(connection, query, offset, limit)
    # The matches first (by their own indexes), then their order: a query planner that sees
    # ORDER BY … LIMIT may prefer to walk the order's index, which a rare match makes long.
    ordered = ordered_matches() if ordered_matches is not None and conditions else None
    kept_ids = kept_matches() if kept_matches is not None and conditions else None
    if kept_ids is not None:
        return page_among_kept(
            connection, kept_ids[0], order, descending=descending, cursor=cursor, offset=offset,
            limit=limit, bounds=kept_ids[1],
        )  # fmt: skip
    if ordered is not None:
        page = ordered.page(
            connection, descending=descending, after=after, offset=offset, limit=limit
        )
        if page is not None:
            return page
    if matches is None:
        matches = select(claim_table.c.id).where(*conditions)
    found = matches.cte("matches").prefix_with("MATERIALIZED")
    if order.claim_columns and limit is not None:
        found = _narrowed(found, order, descending, beyond, offset + limit)
    if connection.dialect.name == "postgresql":
        query = _keyed_on_postgresql(found, order, descending, cursor)
    else:
        query = _ordered_ids(order, descending, walk=False, among=found).where(*cursor)
    return _run(connection, query, offset, limit)


_ID_ARRAY = re.compile(r"\{(?:-?\d+(?:,-?\d+)*)?\}")
"""What :func:`id_array` gives, and nothing else goes into a statement."""


def id_array(ids: Iterable[int]) -> str:
    """Claim ids as PostgreSQL's text of an integer array ("{1,2,3}"): made once for a
    search's kept matches, where psycopg's own conversion of a list tests every element in
    Python each time (a fifth of a second for 65,000 ids)."""
    return "{" + ",".join(map(str, ids)) + "}"


def page_among_kept(
    connection: Connection,
    kept: str,
    order: Order,
    *,
    descending: bool,
    cursor: list[Any],
    offset: int,
    limit: int | None,
    bounds: tuple[Any, Any] | None = None,
) -> list[int]:
    """PostgreSQL: a page of the claims ``kept`` (a search's matches: their ids as
    :func:`id_array` gives them) in ``order`` after ``cursor``, the ids passed as one array.
    The server either walks the order's index testing each claim against the array (which it
    hashes) or looks the claims up by id and sorts them, whichever its estimates favour: a
    common word whose matches all sort after every other claim (a Russian word sorted by
    outlet, after every English outlet) measured 57 ms the one way, at 1M claims, where
    finding its 65,000 matches again took 250 ms and sorting them all 0.9-1.4 s. Not for the
    order by quote, whose index is far larger (walked so, it took 650 ms). ``bounds``, the
    least and greatest first key among them (:func:`first_key_bounds`), starts the walk at the
    first match: sorted the other way, the same word's matches came after 396,000 claims of English
    outlets, walked past in 105 ms."""
    source, claim_id = _keyed_source(order)
    first = order.columns[0]
    within = []
    if bounds is not None and None not in bounds:
        within.append(first <= bounds[1] if descending else first >= bounds[0])
    query = (
        select(claim_id)
        .select_from(source)
        .where(claim_id == any_(_array_of(kept)), *cursor, *within)
        .order_by(*(column.desc() if descending else column for column in order.columns))
    )
    return _run(connection, query, offset, limit)


ARTICLE_ORDERS = frozenset({"article", "outlet", "published"})
"""Orders by a key of the claim's article: every claim of an article has the same."""


def first_key_bounds(connection: Connection, articles: str) -> dict[str, tuple[Any, Any]]:
    """PostgreSQL: for each order by a key of the article (:data:`ARTICLE_ORDERS`), the least
    and greatest key of the articles ``articles`` (:func:`id_array`'s text), made from the
    article as migration 0016's triggers make every claim's: a search's matches in those
    articles have no other keys. (12,000 articles in 28 ms at 1M claims, read from the small
    article table; asked for the least key of the matches themselves, the planner walked the
    order's index, and one claim per article looked up in the sort keys read cold pages.)"""
    a = article_table.c
    keys = {
        "article": func.ltrim(a.title_folded, SORT_KEY_LEADING),
        "outlet": func.ltrim(a.outlet_folded, SORT_KEY_LEADING),
        "published": func.coalesce(a.published, ""),
    }
    assert set(keys) == ARTICLE_ORDERS
    given = select(func.unnest(_array_of(articles)).column_valued("id")).subquery("given")
    names = sorted(keys)
    query = select(*(f(keys[name]) for name in names for f in (func.min, func.max)))
    query = query.select_from(given.join(article_table, a.id == given.c.id))
    row = connection.execute(query).one()
    return {name: (row[2 * at], row[2 * at + 1]) for at, name in enumerate(names)}


def _array_of(ids: str | Sequence[int]) -> Any:
    """PostgreSQL: claim ids (or :func:`id_array`'s text of them) as an array written into the
    statement, not bound: the planner hashes an array it sees as a constant (a bound text cast
    to an array is not one, and each claim an index walk met was then compared with every id
    in turn: minutes at 1M claims), and psycopg converts a bound list element by element in
    Python (a fifth of a second for 65,000)."""
    text = ids if isinstance(ids, str) else id_array(ids)
    if not _ID_ARRAY.fullmatch(text):
        raise ValueError("claim ids are not an integer array")
    return literal_column(f"'{text}'::integer[]")


class OrderedMatches:
    """A search's matches (kept by the caller) in one order, ascending, all of them: each
    claim's sort keys looked up once, so every later page, and the other direction (read
    backwards: every order ends with the claim id), is cut from the list. Sorted by quote, the
    claims whose first characters (the sort key) are alike stay in runs in the order of their
    ids until a page takes in one of those runs: only then are its whole quotes read."""

    def __init__(self, ids: Sequence[int], order: Order, runs: list[tuple[int, int]]) -> None:
        self.ids = array("q", ids)
        self.order = order
        self.runs = runs
        """Stretches (start, end) of claims alike in their sort keys, not yet ordered by their
        whole quotes: ascending, none overlapping."""
        self._lock = threading.Lock()
        """Held while a page is cut: a run put in order is never read half done."""

    @classmethod
    def read(cls, connection: Connection, ids: Sequence[int], order: Order) -> OrderedMatches:
        dialect = connection.dialect.name
        kept = given_ids(ids, dialect).cte("kept").prefix_with("MATERIALIZED")
        by_key = Order((order.columns[0], sort_keys_table.c.claim_id), True)
        ordering = by_key if order.claim_columns else order
        if dialect == "postgresql":
            # the ids as one constant array: each claim's keys looked up by id, then sorted
            # (0.2 s for 65,000 at 1M, where a lookup per id took 4 s)
            source, claim_id = _keyed_source(ordering)
            query = select(claim_id).select_from(source).where(claim_id == any_(_array_of(ids)))
            query = query.order_by(*ordering.columns)
            if order.claim_columns:
                query = query.add_columns(order.columns[0])
        else:
            query = _ordered_ids(ordering, False, walk=False, among=kept)
            if order.claim_columns:
                query = query.add_columns(order.columns[0])
        # the driver's rows as they are: tens of thousands of them, each made a Row by
        # SQLAlchemy, took longer than the query
        rows = connection.execute(query).cursor.fetchall()
        if not order.claim_columns:
            return cls([row[0] for row in rows], order, [])
        runs: list[tuple[int, int]] = []
        begun = 0
        for at in range(1, len(rows) + 1):
            if at == len(rows) or rows[at][1] != rows[begun][1]:
                if at - begun > 1:
                    runs.append((begun, at))
                begun = at
        return cls([row[0] for row in rows], order, runs)

    def page(
        self,
        connection: Connection,
        *,
        descending: bool,
        after: int | None,
        offset: int,
        limit: int | None,
    ) -> list[int] | None:
        """``offset`` claims skipped after the claim ``after`` (None: from the start) in this
        order or its reverse, ``limit`` taken. None if ``after`` is not a match."""
        with self._lock:
            return self._page(
                connection, descending=descending, after=after, offset=offset, limit=limit
            )

    def _page(
        self,
        connection: Connection,
        *,
        descending: bool,
        after: int | None,
        offset: int,
        limit: int | None,
    ) -> list[int] | None:
        count = len(self.ids)
        first = 0
        if after is not None:
            try:
                at = self.ids.index(after)
            except ValueError:
                return None
            self._order_runs(connection, at, at + 1)
            at = self.ids.index(after)
            first = count - at if descending else at + 1
        first += offset
        end = count if limit is None else min(count, first + limit)
        if first >= end:
            return []
        low, high = (count - end, count - first) if descending else (first, end)
        self._order_runs(connection, low, high)
        page = [int(i) for i in self.ids[low:high]]
        return page[::-1] if descending else page

    def _order_runs(self, connection: Connection, low: int, high: int) -> None:
        """Put the runs that reach into ``low``–``high`` in the order of their whole quotes."""
        runs = [run for run in self.runs if run[0] < high and run[1] > low]
        if not runs:
            return
        places = [at for start, end in runs for at in range(start, end)]
        dialect = connection.dialect.name
        alike = given_ids([self.ids[at] for at in places], dialect)
        among = alike.cte("alike").prefix_with("MATERIALIZED")
        if dialect == "postgresql":
            query = _keyed_on_postgresql(among, self.order, False, [])
        else:
            query = _ordered_ids(self.order, False, walk=False, among=among)
        # runs keep their places: only the order within each changes
        for at, claim_id in zip(places, connection.execute(query).scalars(), strict=True):
            self.ids[at] = int(claim_id)
        self.runs = [run for run in self.runs if run not in runs]


def _narrowed(found: Any, order: Order, descending: bool, beyond: list[Any], rows: int) -> Any:
    """The claims ``found`` (a CTE of ``id``) that may be among the first ``rows`` in ``order``,
    an order whose first column is a sort key and whose next needs the claim table (the whole
    quote after its first characters): those whose first key is no further than the ``rows``-th
    first key of the claims known to come after the cursor (``beyond``; a subset, so its
    ``rows``-th key is no nearer than the true one). The claim table is then read for those
    alone, not for every match: a common word's tens of thousands of claims are sorted by
    their sort keys only."""
    k = sort_keys_table
    first = order.columns[0]
    among = found.join(k, k.c.claim_id == found.c.id)
    bound = (
        select(first)
        .select_from(among)
        .where(*beyond)
        .order_by(first.desc() if descending else first)
        .offset(rows - 1)
        .limit(1)
        .scalar_subquery()
    )
    # no such key (fewer claims than that): every match may be on the page
    limit = func.coalesce(bound, first)
    narrowed = select(found.c.id).select_from(among)
    narrowed = narrowed.where(first >= limit if descending else first <= limit)
    return narrowed.cte("narrowed")


def _keyed_on_postgresql(
    ids: Any, order: Order, descending: bool, cursor: list[Any], *, with_first_key: bool = False
) -> Select[Any]:
    """The claims ``ids`` (a CTE or subquery of ``id``) in ``order``: each claim's sort keys
    looked up in turn (LATERAL, its LIMIT a fence the planner keeps), where PostgreSQL would
    rather hash every claim's keys to join a few thousand."""
    source, claim_id = _keyed_source(order)
    labels = [f"key{number}" for number in range(len(order.columns))]
    looked_up = select(*(c.label(n) for c, n in zip(order.columns, labels, strict=True)))
    looked_up = looked_up.select_from(source).where(claim_id == ids.c.id, *cursor).limit(1)
    found = looked_up.lateral("found")
    return (
        select(ids.c.id, *([found.c[labels[0]]] if with_first_key else []))
        .select_from(ids.join(found, true()))
        .order_by(*(found.c[n].desc() if descending else found.c[n] for n in labels))
    )


def _keyed_source(order: Order) -> tuple[Any, Any]:
    """What to read an order's keys from, with its claim id column: the sort keys alone when
    the order needs no column of the claims, else the join :func:`_source` gives."""
    if order.keys and not order.claim_columns:
        return sort_keys_table, sort_keys_table.c.claim_id
    return _source(order), claim_table.c.id


def _run(connection: Connection, query: Select[Any], offset: int, limit: int | None) -> list[int]:
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [int(claim_id) for claim_id in connection.execute(query).scalars()]


def _walked(
    connection: Connection,
    conditions: Sequence[Any],
    order: Order,
    *,
    descending: bool,
    cursor: list[Any],
    start: list[Any],
    offset: int,
    limit: int,
) -> list[int] | None:
    """The page, walking the order's index from the cursor over at most WALK_ROWS claims (and
    ``offset``); None when the page is not complete within them."""
    if connection.dialect.name == "postgresql":
        rows, complete = _walked_on_postgresql(
            connection, conditions, order, descending=descending, cursor=cursor,
            offset=offset, limit=limit, walk_rows=WALK_ROWS,
        )  # fmt: skip
    else:
        rows, complete = _walk_stretch(
            connection, conditions, order, descending, cursor, start, offset, limit, WALK_ROWS
        )
    return rows if complete else None


def _walked_among(
    connection: Connection,
    kept: Container[int],
    order: Order,
    descending: bool,
    cursor: list[Any],
    offset: int,
    limit: int,
) -> list[int] | None:
    """The page, from the next WALK_ROWS claim ids (and ``offset``) of the order's index after
    the cursor, those ``kept`` (a search's matches) taken: no claim is read. None when the
    page is not complete within them."""
    query = _ordered_ids(order, descending, walk=True, tested=False).where(*cursor)
    walked = _run(connection, query, 0, offset + WALK_ROWS)
    rows = [claim_id for claim_id in walked if claim_id in kept][offset : offset + limit]
    return rows if len(rows) == limit or len(walked) < offset + WALK_ROWS else None


def _walk_stretch(
    connection: Connection,
    conditions: Sequence[Any],
    order: Order,
    descending: bool,
    cursor: list[Any],
    start: list[Any],
    offset: int,
    limit: int,
    walk_rows: int,
) -> tuple[list[int], bool]:
    """SQLite's walk over at most ``walk_rows`` claims (and ``offset``) from the cursor: the
    matches found, and whether they are the page."""
    # the walk's end: the whole order's index row walk_rows on, so a walk is no longer where
    # many claims share a key (a list sorted by outlet); only the first column where the rest
    # are not in the index (the whole quote)
    columns = order.columns[:1] if order.claim_columns else order.columns
    bound_query = (
        select(*columns)
        .select_from(sort_keys_table if order.keys else claim_table)
        .where(*(start if order.claim_columns else cursor))
        .order_by(*(column.desc() if descending else column for column in columns))
        .offset(offset + walk_rows)
        .limit(1)
    )
    bound = connection.execute(bound_query).first()
    query = _ordered_ids(order, descending, walk=True).where(*conditions, *cursor)
    if bound is not None:
        ahead = tuple_(*columns) if len(columns) > 1 else columns[0]
        value = tuple_(*bound) if len(columns) > 1 else bound[0]
        query = query.where(ahead >= value if descending else ahead <= value)
    rows = _run(connection, query, offset, limit)
    return rows, len(rows) == limit or bound is None


def _walked_on_postgresql(
    connection: Connection,
    conditions: Sequence[Any],
    order: Order,
    *,
    descending: bool,
    cursor: list[Any],
    offset: int,
    limit: int,
    walk_rows: int,
) -> tuple[list[int], bool]:
    """As _walked: the next claims of the order in a subquery with LIMIT, each tested in that
    order (PostgreSQL would otherwise rather read the whole claim table into a hash)."""
    walked, claim_id = _keyed_source(order)
    labels = [f"key{number}" for number in range(len(order.columns))]
    inner = (
        select(
            claim_id.label("id"), *(c.label(n) for c, n in zip(order.columns, labels, strict=True))
        )
        .select_from(walked)
        .where(*cursor)
        .order_by(*(c.desc() if descending else c for c in order.columns))
        .limit(offset + walk_rows)
        .subquery("walk")
    )
    # each claim looked up and tested in turn (LATERAL; its LIMIT keeps the planner from
    # turning it back into a join), keeping the walk's order
    tested = (
        select(claim_table.c.id)
        .where(claim_table.c.id == inner.c.id, *conditions)
        .limit(1)
        .lateral("tested")
    )
    query = (
        select(inner.c.id)
        .select_from(inner.join(tested, true()))
        .order_by(*(inner.c[n].desc() if descending else inner.c[n] for n in labels))
    )
    rows = _run(connection, query, offset, limit)
    return rows, len(rows) == limit


def should_walk(matched: int | None, highest_id: int, offset: int, limit: int | None) -> bool:
    """Whether a filtered page may be met sooner by walking the sort order than by sorting the
    ``matched`` claims (None: not known, so worth a walk of at most WALK_ROWS)."""
    if limit is None or matched == 0:
        return False
    if matched is None:
        return True
    expected = (offset + limit) * max(highest_id, matched) / matched
    return expected <= WALK_ROWS and expected * WALK_COST <= matched
