"""catalogue search and sort keys

What the Catalogue tab needs to search and sort a million claims by indexes (see
claimdesk.core.storage.claim_query):

* indexes on the claim columns it sorts by, each followed by the id, and on article titles;
* ``claim_sort_keys``: one row per claim holding the sort keys that live elsewhere (the speaker's
  folded name, the article's folded title, outlet and date, the first 40 characters of the folded
  quote), each indexed with the claim id. Triggers keep it in step with claim, speaker and
  article, whoever writes them (the app, undo, a copy, a colleague's desk);
* a trigram index of the folded quotes, so a search for any text of three characters or more
  reads an index instead of every quote: on SQLite the FTS5 table ``claim_search`` (external
  content: the claim table; kept by triggers), on PostgreSQL a pg_trgm GIN index on
  ``claim.quote_folded``. Where the SQLite library lacks FTS5's trigram tokenizer (before 3.34),
  or the PostgreSQL user may not create the pg_trgm extension, the trigram index is left out and
  searches read the quotes (LIKE), as before.

The derived table and the FTS tables are not in the models (like 0004's tables): autogenerate
leaves them alone (migrations/env.py). A later migration that rebuilds the claim, speaker or
article table on SQLite (batch mode copies it and drops the old one) drops its triggers with it:
it must create them again (``_sqlite_triggers`` here shows them).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 02:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUOTE_KEY_CHARS = 40
_CLAIM_INDEXES = {
    "ix_claim_kind_id": "kind",
    "ix_claim_created_at_id": "created_at",
    "ix_claim_created_by_id": "created_by",
    "ix_claim_updated_by_id": "updated_by",
}
_KEYS = ("speaker", "article", "outlet", "published", "quote")

# The keys of claim NEW, from its speaker and article (an unattributed claim's speaker is "",
# an article without a date is "": every key is a string, so keyset paging compares them).
_NEW_KEYS = f"""
    coalesce((SELECT name_folded FROM speaker WHERE id = NEW.speaker_id), ''),
    coalesce((SELECT title_folded FROM article WHERE id = NEW.article_id), ''),
    coalesce((SELECT outlet_folded FROM article WHERE id = NEW.article_id), ''),
    coalesce((SELECT published FROM article WHERE id = NEW.article_id), ''),
    substr(NEW.quote_folded, 1, {QUOTE_KEY_CHARS})"""

_SQLITE_TRIGGERS = {
    "claim_sort_keys_claim_insert": f"""
        CREATE TRIGGER claim_sort_keys_claim_insert AFTER INSERT ON claim BEGIN
            INSERT OR REPLACE INTO claim_sort_keys (claim_id, {", ".join(_KEYS)})
            VALUES (NEW.id, {_NEW_KEYS});
        END""",
    "claim_sort_keys_claim_update": f"""
        CREATE TRIGGER claim_sort_keys_claim_update
        AFTER UPDATE OF speaker_id, article_id, quote_folded ON claim BEGIN
            INSERT OR REPLACE INTO claim_sort_keys (claim_id, {", ".join(_KEYS)})
            VALUES (NEW.id, {_NEW_KEYS});
        END""",
    "claim_sort_keys_claim_delete": """
        CREATE TRIGGER claim_sort_keys_claim_delete AFTER DELETE ON claim BEGIN
            DELETE FROM claim_sort_keys WHERE claim_id = OLD.id;
        END""",
    "claim_sort_keys_speaker_update": """
        CREATE TRIGGER claim_sort_keys_speaker_update AFTER UPDATE OF name_folded ON speaker
        BEGIN
            UPDATE claim_sort_keys SET speaker = NEW.name_folded
            WHERE claim_id IN (SELECT id FROM claim WHERE speaker_id = NEW.id);
        END""",
    "claim_sort_keys_article_update": """
        CREATE TRIGGER claim_sort_keys_article_update
        AFTER UPDATE OF title_folded, outlet_folded, published ON article BEGIN
            UPDATE claim_sort_keys SET article = NEW.title_folded,
                outlet = NEW.outlet_folded, published = coalesce(NEW.published, '')
            WHERE claim_id IN (SELECT id FROM claim WHERE article_id = NEW.id);
        END""",
}
# A speaker's deletion sets its claims' speaker_id to NULL (ON DELETE SET NULL), which fires
# claim_sort_keys_claim_update; an article's deletes its claims, which fires ..._claim_delete.

_SQLITE_SEARCH_TRIGGERS = {
    "claim_search_insert": """
        CREATE TRIGGER claim_search_insert AFTER INSERT ON claim BEGIN
            INSERT INTO claim_search (rowid, quote_folded) VALUES (NEW.id, NEW.quote_folded);
        END""",
    "claim_search_delete": """
        CREATE TRIGGER claim_search_delete AFTER DELETE ON claim BEGIN
            INSERT INTO claim_search (claim_search, rowid, quote_folded)
            VALUES ('delete', OLD.id, OLD.quote_folded);
        END""",
    "claim_search_update": """
        CREATE TRIGGER claim_search_update AFTER UPDATE OF quote_folded ON claim BEGIN
            INSERT INTO claim_search (claim_search, rowid, quote_folded)
            VALUES ('delete', OLD.id, OLD.quote_folded);
            INSERT INTO claim_search (rowid, quote_folded) VALUES (NEW.id, NEW.quote_folded);
        END""",
}

_PG_FUNCTIONS = {
    "claim_sort_keys_of_claim": f"""
        CREATE FUNCTION claim_sort_keys_of_claim() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO claim_sort_keys (claim_id, {", ".join(_KEYS)})
            VALUES (NEW.id, {_NEW_KEYS})
            ON CONFLICT (claim_id) DO UPDATE SET
                {", ".join(f"{key} = EXCLUDED.{key}" for key in _KEYS)};
            RETURN NULL;
        END $$""",
    "claim_sort_keys_of_speaker": """
        CREATE FUNCTION claim_sort_keys_of_speaker() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE claim_sort_keys k SET speaker = NEW.name_folded
            FROM claim c WHERE c.id = k.claim_id AND c.speaker_id = NEW.id;
            RETURN NULL;
        END $$""",
    "claim_sort_keys_of_article": """
        CREATE FUNCTION claim_sort_keys_of_article() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE claim_sort_keys k SET article = NEW.title_folded,
                outlet = NEW.outlet_folded, published = coalesce(NEW.published, '')
            FROM claim c WHERE c.id = k.claim_id AND c.article_id = NEW.id;
            RETURN NULL;
        END $$""",
}
_PG_TRIGGERS = {
    "claim_sort_keys_claim": """
        CREATE TRIGGER claim_sort_keys_claim
        AFTER INSERT OR UPDATE OF speaker_id, article_id, quote_folded ON claim
        FOR EACH ROW EXECUTE FUNCTION claim_sort_keys_of_claim()""",
    "claim_sort_keys_speaker": """
        CREATE TRIGGER claim_sort_keys_speaker AFTER UPDATE OF name_folded ON speaker
        FOR EACH ROW WHEN (OLD.name_folded IS DISTINCT FROM NEW.name_folded)
        EXECUTE FUNCTION claim_sort_keys_of_speaker()""",
    "claim_sort_keys_article": """
        CREATE TRIGGER claim_sort_keys_article
        AFTER UPDATE OF title_folded, outlet_folded, published ON article
        FOR EACH ROW WHEN (OLD.title_folded IS DISTINCT FROM NEW.title_folded
            OR OLD.outlet_folded IS DISTINCT FROM NEW.outlet_folded
            OR OLD.published IS DISTINCT FROM NEW.published)
        EXECUTE FUNCTION claim_sort_keys_of_article()""",
}
_PG_TRIGGER_TABLES = {
    "claim_sort_keys_claim": "claim",
    "claim_sort_keys_speaker": "speaker",
    "claim_sort_keys_article": "article",
}
_FILL = f"""
    INSERT INTO claim_sort_keys (claim_id, {", ".join(_KEYS)})
    SELECT c.id, coalesce(s.name_folded, ''), a.title_folded, a.outlet_folded,
           coalesce(a.published, ''), substr(c.quote_folded, 1, {QUOTE_KEY_CHARS})
    FROM claim c JOIN article a ON a.id = c.article_id LEFT JOIN speaker s ON s.id = c.speaker_id
"""


def _dialect() -> str:
    return str(op.get_bind().dialect.name)


def upgrade() -> None:
    # plain CREATE/DROP INDEX: no table is rebuilt, so no trigger is lost
    op.drop_index("ix_claim_kind", table_name="claim")
    for name, column in _CLAIM_INDEXES.items():
        op.create_index(name, "claim", [column, "id"])
    op.create_index("ix_article_title_folded", "article", ["title_folded"])

    op.create_table(
        "claim_sort_keys",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        *(sa.Column(key, sa.Text(), nullable=False) for key in _KEYS),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
            name="fk_claim_sort_keys_claim_id_claim",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_id", name="pk_claim_sort_keys"),
    )
    op.execute(_FILL)
    for key in _KEYS:
        op.create_index(f"ix_claim_sort_keys_{key}", "claim_sort_keys", [key, "claim_id"])

    if _dialect() == "sqlite":
        for sql in _SQLITE_TRIGGERS.values():
            op.execute(sql)
        _sqlite_search()
    else:
        for sql in (*_PG_FUNCTIONS.values(), *_PG_TRIGGERS.values()):
            op.execute(sql)
        _postgresql_trigrams()


def _sqlite_search() -> None:
    bind = op.get_bind()
    try:
        # detail=full keeps each trigram's positions: a phrase query then finds exact
        # substrings from the index alone, without reading the quotes back to check them.
        bind.exec_driver_sql(
            "CREATE VIRTUAL TABLE claim_search USING fts5(quote_folded, content='claim', "
            "content_rowid='id', tokenize='trigram case_sensitive 1', detail='full')"
        )
    except sa.exc.OperationalError:  # no FTS5 or no trigram tokenizer: searches use LIKE
        return
    bind.exec_driver_sql("INSERT INTO claim_search (claim_search) VALUES ('rebuild')")
    for sql in _SQLITE_SEARCH_TRIGGERS.values():
        bind.exec_driver_sql(sql)


def _postgresql_trigrams() -> None:
    bind = op.get_bind()
    available = bind.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).first()
    if available is None:
        return
    try:
        with bind.begin_nested():  # a refusal must not end the migration's transaction
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:  # the user may not create extensions: searches use LIKE
        return
    bind.exec_driver_sql(
        "CREATE INDEX ix_claim_quote_trgm ON claim USING gin (quote_folded gin_trgm_ops)"
    )


def downgrade() -> None:
    if _dialect() == "sqlite":
        for name in (*_SQLITE_SEARCH_TRIGGERS, *_SQLITE_TRIGGERS):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS claim_search")
    else:
        for name, table in _PG_TRIGGER_TABLES.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in _PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        op.execute("DROP INDEX IF EXISTS ix_claim_quote_trgm")
    op.drop_table("claim_sort_keys")
    op.drop_index("ix_article_title_folded", table_name="article")
    for name in _CLAIM_INDEXES:
        op.drop_index(name, table_name="claim")
    op.create_index("ix_claim_kind", "claim", ["kind"])
