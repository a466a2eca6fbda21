"""sort keys without leading quotation marks and punctuation

The Catalogue tab sorts by speaker, article and outlet through ``claim_sort_keys`` (0005), which
held their folded names and titles as they are. Russian titles often open with a quotation
("«Наше непримиримое соперничество в прошлом», — говорил…", or with straight quotes), and
outlets are often written in quotes («Коммерсантъ»): sorted by code point the quotation mark
comes before every letter, so those titles came first, out of alphabetical order, and the list
looked as if it were not sorted by title at all. These keys now leave out the quotation marks,
brackets, dashes and other punctuation (and spaces) a name or title begins with: ``ltrim`` with
the characters of :data:`LEADING`, written the same on SQLite and PostgreSQL. A name that is
nothing but such characters has the key "" (as one without a name).

The triggers of 0005/0006 that write the three keys are replaced, and the keys that change are
rewritten (only the rows whose key begins with one of those characters: a few, each in place).
The indexes stay as they are. Self-contained: it reads nothing of the other migrations.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 16:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUOTE_KEY_CHARS = 80
LEADING = " \"'«»„“”‟‘’‚‛‹›「」『』()[]{}<>-‐‑‒–—―…*#.,:;!?¡¿/|_~•·"
"""What a sort key leaves out at the beginning of a (folded) name, title or outlet."""
_KEYS = "speaker, article, outlet, published, quote"


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _trimmed(expression: str, trim: bool) -> str:
    return f"ltrim({expression}, {_sql_text(LEADING)})" if trim else expression


def _new_keys(trim: bool) -> str:
    """The sort keys of claim NEW (a claim without a speaker: "", an article without a date:
    ""; every key a string, so keyset paging compares them)."""
    return f"""
    {_trimmed("coalesce((SELECT name_folded FROM speaker WHERE id = NEW.speaker_id), '')", trim)},
    {_trimmed("coalesce((SELECT title_folded FROM article WHERE id = NEW.article_id), '')", trim)},
    {_trimmed("coalesce((SELECT outlet_folded FROM article WHERE id = NEW.article_id), '')", trim)},
    coalesce((SELECT published FROM article WHERE id = NEW.article_id), ''),
    substr(NEW.quote_folded, 1, {QUOTE_KEY_CHARS})"""


def _sqlite_triggers(trim: bool) -> dict[str, str]:
    return {
        "claim_sort_keys_claim_insert": f"""
            CREATE TRIGGER claim_sort_keys_claim_insert AFTER INSERT ON claim BEGIN
                INSERT OR REPLACE INTO claim_sort_keys (claim_id, {_KEYS})
                VALUES (NEW.id, {_new_keys(trim)});
            END""",
        "claim_sort_keys_claim_update": f"""
            CREATE TRIGGER claim_sort_keys_claim_update
            AFTER UPDATE OF speaker_id, article_id, quote_folded ON claim BEGIN
                INSERT OR REPLACE INTO claim_sort_keys (claim_id, {_KEYS})
                VALUES (NEW.id, {_new_keys(trim)});
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


def _pg_functions(trim: bool) -> list[str]:
    updates = ", ".join(f"{key} = EXCLUDED.{key}" for key in _KEYS.split(", "))
    return [
        f"""
        CREATE OR REPLACE FUNCTION claim_sort_keys_of_claim() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO claim_sort_keys (claim_id, {_KEYS})
            VALUES (NEW.id, {_new_keys(trim)})
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


def _replace(trim: bool) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name, sql in _sqlite_triggers(trim).items():
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            bind.exec_driver_sql(sql)
    else:
        for sql in _pg_functions(trim):
            bind.exec_driver_sql(sql)
    _rewrite_keys(trim)


def upgrade() -> None:
    _replace(trim=True)


def downgrade() -> None:
    _replace(trim=False)
