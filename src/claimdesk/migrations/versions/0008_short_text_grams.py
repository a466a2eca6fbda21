"""short text search on PostgreSQL

Text of one or two characters has no trigram, so pg_trgm's index (0005) cannot find it: it was
looked for by reading every quote (a quarter of a second at 100,000 claims, seconds at a million,
for text that is rare or not there at all). SQLite finds it through its FTS5 vocabulary (0006);
pg_trgm's trigrams are hashed and cannot be listed by their beginning.

This migration adds, on PostgreSQL only, a GIN index of each folded quote's *grams*
(``claim_quote_grams(quote_folded)``, an immutable SQL function): a tsvector whose lexemes are
every pair of adjacent characters of the quote and its last character, taken as they are (no
parser, no dictionary). Two characters occur in a quote exactly when they are one of its lexemes;
one character occurs exactly when a lexeme begins with it, which a tsquery prefix (``'я':*``)
finds in the index. tsvector lexemes compare byte by byte and come out of the function sorted, so
the index builds several times quicker than one of a text array (whose elements compare by
collation); GIN's tsvector support is built in: no extension is needed.

The pairs are cut with ``regexp_replace`` and ``string_to_array`` (C functions) at U+FFFF, a
noncharacter, put after every second character (from the first, then from the second). A quote
that holds U+FFFF itself, or is too long for its pairs to fit a tsvector (1 MB), gets the one
lexeme U+FFFF instead, which every search also asks for: such a quote is always a candidate.
Searches test each candidate's quote itself too (``strpos``), so what they find is exact
whatever the index holds for it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 11:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_claim_quote_grams"
LONGEST = 20_000
"""Quotes longer than this many characters are always candidates: 20,000 pairs of up to four
bytes each, with a tsvector's 4 bytes an entry, stay well under its 1 MB."""

_GRAMS = rf"""
    CREATE FUNCTION claim_quote_grams(quote text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN strpos(quote, U&'\FFFF') = 0 AND length(quote) <= {LONGEST} THEN
            array_to_tsvector(array_remove(
                string_to_array(regexp_replace(quote, '(..)', U&'\\1\FFFF', 'g'), U&'\FFFF')
                || string_to_array(
                    regexp_replace(substr(quote, 2), '(..)', U&'\\1\FFFF', 'g'), U&'\FFFF'),
                ''))
        ELSE array_to_tsvector(ARRAY[U&'\FFFF']) END
    $$"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite finds short text through its FTS5 vocabulary (0006)
    op.execute(_GRAMS)
    # GIN gathers the keys in memory before it writes them: more memory, fewer passes (this
    # transaction only)
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute(f"CREATE INDEX {INDEX} ON claim USING gin (claim_quote_grams(quote_folded))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute("DROP FUNCTION IF EXISTS claim_quote_grams(text)")
