"""short text search and longer quote sort keys

Two things the Catalogue tab was slow at with a million claims (see
claimdesk.core.storage.claim_query).

**Sorting by quote.** ``claim_sort_keys.quote`` held the first 40 characters of the folded quote;
claims that share them are ordered by reading their whole quotes. Quotes that open alike ("We
expect that the government…") made groups of tens of thousands, each read at the top of the
list. It now holds the first 80 characters (the triggers of 0005 that write it are replaced).

**Searching for one or two characters** (too short for a trigram) read every quote: 0.7 s at a
million claims on SQLite. On SQLite the FTS5 trigram index of 0005 can answer it after all, with
what this migration adds:

* ``claim_search_terms``: an fts5vocab table over ``claim_search`` (``instance``: one row per
  trigram in each quote, with the claim's id). The trigrams that begin with the text are a range
  of its terms, which it reads in order without touching the quotes;
* two indexes on the end of each folded quote (its last character, its last two), for the
  places no trigram begins with: the text at the very end of a quote, or a quote shorter than
  three characters.

A later migration that rebuilds the claim table on SQLite (batch mode) drops these indexes with
it and must create them again. PostgreSQL is left as it is (pg_trgm's trigrams are hashed: they
cannot be listed by their beginning).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 08:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUOTE_KEY_CHARS, OLD_QUOTE_KEY_CHARS = 80, 40


def _new_keys(chars: int) -> str:
    """The sort keys of claim NEW, as 0005 writes them, with ``chars`` of the quote."""
    return f"""
    coalesce((SELECT name_folded FROM speaker WHERE id = NEW.speaker_id), ''),
    coalesce((SELECT title_folded FROM article WHERE id = NEW.article_id), ''),
    coalesce((SELECT outlet_folded FROM article WHERE id = NEW.article_id), ''),
    coalesce((SELECT published FROM article WHERE id = NEW.article_id), ''),
    substr(NEW.quote_folded, 1, {chars})"""


_KEYS = "speaker, article, outlet, published, quote"


def _sqlite_claim_triggers(chars: int) -> dict[str, str]:
    return {
        "claim_sort_keys_claim_insert": f"""
            CREATE TRIGGER claim_sort_keys_claim_insert AFTER INSERT ON claim BEGIN
                INSERT OR REPLACE INTO claim_sort_keys (claim_id, {_KEYS})
                VALUES (NEW.id, {_new_keys(chars)});
            END""",
        "claim_sort_keys_claim_update": f"""
            CREATE TRIGGER claim_sort_keys_claim_update
            AFTER UPDATE OF speaker_id, article_id, quote_folded ON claim BEGIN
                INSERT OR REPLACE INTO claim_sort_keys (claim_id, {_KEYS})
                VALUES (NEW.id, {_new_keys(chars)});
            END""",
    }


def _pg_claim_function(chars: int) -> str:
    updates = ", ".join(f"{key} = EXCLUDED.{key}" for key in _KEYS.split(", "))
    return f"""
        CREATE OR REPLACE FUNCTION claim_sort_keys_of_claim() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO claim_sort_keys (claim_id, {_KEYS})
            VALUES (NEW.id, {_new_keys(chars)})
            ON CONFLICT (claim_id) DO UPDATE SET {updates};
            RETURN NULL;
        END $$"""


def _quote_keys(chars: int, old_chars: int) -> None:
    """Every claim's quote sort key cut to ``chars`` characters, and the triggers that write
    it (the index is built again after: quicker than keeping it up to date row by row)."""
    bind = op.get_bind()
    op.drop_index("ix_claim_sort_keys_quote", table_name="claim_sort_keys")
    # only quotes longer than the shorter key change
    longer = min(chars, old_chars)
    if bind.dialect.name == "sqlite":
        for name, sql in _sqlite_claim_triggers(chars).items():
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            bind.exec_driver_sql(sql)
        bind.exec_driver_sql(
            f"UPDATE claim_sort_keys SET quote = (SELECT substr(c.quote_folded, 1, {chars}) "
            "FROM claim c WHERE c.id = claim_sort_keys.claim_id) WHERE claim_id IN "
            f"(SELECT id FROM claim WHERE length(quote_folded) > {longer})"
        )
    else:
        # written afresh, not updated: an UPDATE of every row leaves the table twice its size
        # (dead rows) until a VACUUM FULL, and every sort reads it
        bind.exec_driver_sql(_pg_claim_function(chars))
        others = [key for key in _KEYS.split(", ") if key != "quote"]
        for key in others:
            op.drop_index(f"ix_claim_sort_keys_{key}", table_name="claim_sort_keys")
        bind.exec_driver_sql("TRUNCATE claim_sort_keys")
        bind.exec_driver_sql(
            f"INSERT INTO claim_sort_keys (claim_id, {_KEYS}) SELECT c.id, "
            "coalesce(s.name_folded, ''), a.title_folded, a.outlet_folded, "
            f"coalesce(a.published, ''), substr(c.quote_folded, 1, {chars}) FROM claim c "
            "JOIN article a ON a.id = c.article_id LEFT JOIN speaker s ON s.id = c.speaker_id"
        )
        for key in others:
            op.create_index(f"ix_claim_sort_keys_{key}", "claim_sort_keys", [key, "claim_id"])
    op.create_index("ix_claim_sort_keys_quote", "claim_sort_keys", ["quote", "claim_id"])


_TAILS = {
    "ix_claim_quote_tail1": "substr(quote_folded, -1)",
    "ix_claim_quote_tail2": "substr(quote_folded, -2)",
}


def _has_search_table() -> bool:
    bind = op.get_bind()
    found = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'claim_search'"
    ).first()
    return found is not None


def upgrade() -> None:
    _quote_keys(QUOTE_KEY_CHARS, OLD_QUOTE_KEY_CHARS)
    if op.get_bind().dialect.name != "sqlite" or not _has_search_table():
        return  # no FTS5 trigram table (0005 left it out): short text is read with LIKE
    bind = op.get_bind()
    try:
        bind.exec_driver_sql(
            "CREATE VIRTUAL TABLE claim_search_terms USING fts5vocab(claim_search, 'instance')"
        )
    except sa.exc.OperationalError:  # an SQLite without fts5vocab: LIKE, as before
        return
    for name, expression in _TAILS.items():
        bind.exec_driver_sql(f"CREATE INDEX {name} ON claim ({expression})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _TAILS:
            op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS claim_search_terms")
    _quote_keys(OLD_QUOTE_KEY_CHARS, QUOTE_KEY_CHARS)
