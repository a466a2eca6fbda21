"""sort keys as the Catalogue tab shows the columns: names and titles without leading
punctuation, and a claim's first tag

The Catalogue tab sorts by speaker, article and outlet through ``claim_sort_keys`` (0005), which
held their folded names and titles as they are. Russian titles often open with a quotation
("«Наше непримиримое соперничество в прошлом», — говорил…", or with straight quotes), and
outlets are often written in quotes («Коммерсантъ»): sorted by code point the quotation mark
comes before every letter, so those titles came first, out of alphabetical order, and the list
looked as if it were not sorted by title at all. These keys now leave out the quotation marks,
brackets, dashes and other punctuation (and spaces) a name or title begins with: ``ltrim`` with
the characters of :data:`LEADING`, written the same on SQLite and PostgreSQL. A name that is
nothing but such characters has the key "" (as one without a name).

The Tags column could not be sorted. ``claim_sort_keys.tag`` now holds the claim's first tag as
the column shows them (tags are stored folded, and listed in the database's order of them: the
least), "" for a claim without tags (first, as a claim without a speaker or date), indexed with
the claim id; triggers on ``claim_tag`` keep it.

The triggers of 0005/0006 that write the keys are replaced, the name and title keys that change
are rewritten (only the rows whose key begins with one of those characters: a few, each in
place), and the tag keys are filled in (the tagged claims' rows). Self-contained: it reads
nothing of the other migrations.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 16:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUOTE_KEY_CHARS = 80
LEADING = " \"'«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·"
"""What a sort key leaves out at the beginning of a (folded) name, title or outlet."""
_OLD_KEYS = "speaker, article, outlet, published, quote"
_TAG_INDEX = "ix_claim_sort_keys_tag"


def _keys(tag: bool) -> str:
    return f"{_OLD_KEYS}, tag" if tag else _OLD_KEYS


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _trimmed(expression: str, trim: bool) -> str:
    return f"ltrim({expression}, {_sql_text(LEADING)})" if trim else expression


def _new_keys(trim: bool, tag: bool) -> str:
    """The sort keys of claim NEW (a claim without a speaker: "", an article without a date:
    "", without tags: ""; every key a string, so keyset paging compares them)."""
    first_tag = ",\n    coalesce((SELECT min(tag) FROM claim_tag WHERE claim_id = NEW.id), '')"
    return f"""
    {_trimmed("coalesce((SELECT name_folded FROM speaker WHERE id = NEW.speaker_id), '')", trim)},
    {_trimmed("coalesce((SELECT title_folded FROM article WHERE id = NEW.article_id), '')", trim)},
    {_trimmed("coalesce((SELECT outlet_folded FROM article WHERE id = NEW.article_id), '')", trim)},
    coalesce((SELECT published FROM article WHERE id = NEW.article_id), ''),
    substr(NEW.quote_folded, 1, {QUOTE_KEY_CHARS}){first_tag if tag else ""}"""


def _sqlite_triggers(trim: bool, tag: bool) -> dict[str, str]:
    return {
        "claim_sort_keys_claim_insert": f"""
            CREATE TRIGGER claim_sort_keys_claim_insert AFTER INSERT ON claim BEGIN
                INSERT OR REPLACE INTO claim_sort_keys (claim_id, {_keys(tag)})
                VALUES (NEW.id, {_new_keys(trim, tag)});
            END""",
        "claim_sort_keys_claim_update": f"""
            CREATE TRIGGER claim_sort_keys_claim_update
            AFTER UPDATE OF speaker_id, article_id, quote_folded ON claim BEGIN
                INSERT OR REPLACE INTO claim_sort_keys (claim_id, {_keys(tag)})
                VALUES (NEW.id, {_new_keys(trim, tag)});
            END""",
        "claim_sort_keys_speaker_update": f"""
            CREATE TRIGGER claim_sort_keys_speaker_update AFTER UPDATE OF name_folded ON speaker
            BEGIN
                UPDATE claim_sort_keys SET speaker = {_trimmed("NEW.name_folded", trim)}
                WHERE claim_id IN (SELECT id FROM claim WHERE speaker_id = NEW.id);
            END""",
        "claim_sort_keys_article_update": f"""
            CREATE TRIGGER claim_sort_keys_article_update
            AFTER UPDATE OF title_folded, outlet_folded, published ON article BEGIN
                UPDATE claim_sort_keys SET article = {_trimmed("NEW.title_folded", trim)},
                    outlet = {_trimmed("NEW.outlet_folded", trim)},
                    published = coalesce(NEW.published, '')
                WHERE claim_id IN (SELECT id FROM claim WHERE article_id = NEW.id);
            END""",
    }


def _pg_functions(trim: bool, tag: bool) -> list[str]:
    updates = ", ".join(f"{key} = EXCLUDED.{key}" for key in _keys(tag).split(", "))
    return [
        f"""
        CREATE OR REPLACE FUNCTION claim_sort_keys_of_claim() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO claim_sort_keys (claim_id, {_keys(tag)})
            VALUES (NEW.id, {_new_keys(trim, tag)})
            ON CONFLICT (claim_id) DO UPDATE SET {updates};
            RETURN NULL;
        END $$""",
        f"""
        CREATE OR REPLACE FUNCTION claim_sort_keys_of_speaker() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE claim_sort_keys k SET speaker = {_trimmed("NEW.name_folded", trim)}
            FROM claim c WHERE c.id = k.claim_id AND c.speaker_id = NEW.id;
            RETURN NULL;
        END $$""",
        f"""
        CREATE OR REPLACE FUNCTION claim_sort_keys_of_article() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE claim_sort_keys k SET article = {_trimmed("NEW.title_folded", trim)},
                outlet = {_trimmed("NEW.outlet_folded", trim)},
                published = coalesce(NEW.published, '')
            FROM claim c WHERE c.id = k.claim_id AND c.article_id = NEW.id;
            RETURN NULL;
        END $$""",
    ]


_FIRST_TAG = "coalesce((SELECT min(t.tag) FROM claim_tag t WHERE t.claim_id = {claim}), '')"
_SQLITE_TAG_TRIGGERS = {
    f"claim_sort_keys_tag_{event.lower()}": f"""
            CREATE TRIGGER claim_sort_keys_tag_{event.lower()} AFTER {event} ON claim_tag BEGIN
                {
        "; ".join(
            f"UPDATE claim_sort_keys SET tag = {_FIRST_TAG.format(claim=f'{row}.claim_id')} "
            f"WHERE claim_id = {row}.claim_id"
            for row in rows
        )
    };
            END"""
    for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW")))
}
_PG_TAG_FUNCTION = f"""
        CREATE OR REPLACE FUNCTION claim_sort_keys_of_tag() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                UPDATE claim_sort_keys SET tag = {_FIRST_TAG.format(claim="OLD.claim_id")}
                WHERE claim_id = OLD.claim_id;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                UPDATE claim_sort_keys SET tag = {_FIRST_TAG.format(claim="NEW.claim_id")}
                WHERE claim_id = NEW.claim_id;
            END IF;
            RETURN NULL;
        END $$"""
_PG_TAG_TRIGGER = """
        CREATE TRIGGER claim_sort_keys_tag AFTER INSERT OR UPDATE OR DELETE ON claim_tag
        FOR EACH ROW EXECUTE FUNCTION claim_sort_keys_of_tag()"""


def _rewrite_keys(trim: bool) -> None:
    """The speaker, article and outlet keys written again from the speakers and articles,
    where they differ (a few rows: those whose name or title begins with punctuation)."""
    sources = {
        "speaker": "coalesce((SELECT s.name_folded FROM claim c JOIN speaker s "
        "ON s.id = c.speaker_id WHERE c.id = claim_sort_keys.claim_id), '')",
        "article": "(SELECT a.title_folded FROM claim c JOIN article a "
        "ON a.id = c.article_id WHERE c.id = claim_sort_keys.claim_id)",
        "outlet": "(SELECT a.outlet_folded FROM claim c JOIN article a "
        "ON a.id = c.article_id WHERE c.id = claim_sort_keys.claim_id)",
    }
    bind = op.get_bind()
    for key, source in sources.items():
        value = _trimmed(source, trim)
        if trim:
            # only keys that begin with one of LEADING change: the others are not rewritten
            bind.exec_driver_sql(
                f"UPDATE claim_sort_keys SET {key} = {value} "
                f"WHERE {key} <> ltrim({key}, {_sql_text(LEADING)})"
            )
        else:
            bind.exec_driver_sql(
                f"UPDATE claim_sort_keys SET {key} = {value} WHERE {key} <> {value}"
            )


def _replace(trim: bool, tag: bool) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name, sql in _sqlite_triggers(trim, tag).items():
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            bind.exec_driver_sql(sql)
    else:
        for sql in _pg_functions(trim, tag):
            bind.exec_driver_sql(sql)
    _rewrite_keys(trim)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("claim_sort_keys", sa.Column("tag", sa.Text(), nullable=False, server_default=""))
    _replace(trim=True, tag=True)
    if bind.dialect.name == "sqlite":
        for sql in _SQLITE_TAG_TRIGGERS.values():
            bind.exec_driver_sql(sql)
    else:
        bind.exec_driver_sql(_PG_TAG_FUNCTION)
        bind.exec_driver_sql(_PG_TAG_TRIGGER)
    # the tagged claims' rows only; the index built after, at once
    bind.exec_driver_sql(
        f"UPDATE claim_sort_keys SET tag = {_FIRST_TAG.format(claim='claim_sort_keys.claim_id')} "
        "WHERE claim_id IN (SELECT claim_id FROM claim_tag)"
    )
    op.create_index(_TAG_INDEX, "claim_sort_keys", ["tag", "claim_id"])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in _SQLITE_TAG_TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS claim_sort_keys_tag ON claim_tag")
        bind.exec_driver_sql("DROP FUNCTION IF EXISTS claim_sort_keys_of_tag()")
    _replace(trim=False, tag=False)
    op.drop_index(_TAG_INDEX, table_name="claim_sort_keys")
    # plain ALTER TABLE (SQLite 3.35 and later): batch mode would rebuild the table
    bind.exec_driver_sql("ALTER TABLE claim_sort_keys DROP COLUMN tag")
