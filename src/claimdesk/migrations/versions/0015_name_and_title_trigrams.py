"""trigram indexes of speakers' names, aliases and article titles, on PostgreSQL

A search in the Catalogue tab finds claims by their quote, their speaker's name or alias, and
their article's title. The quotes have a trigram index (0005); the names, aliases and titles were
read whole for every search (``LIKE '%text%'``: a B-tree index cannot answer it), and each page
of a search asks for them again. At 1,000,000 claims (50,000 speakers, 20,000 articles) those
two scans took 19 of the 24 ms of the first page of "переговоры", and as much again in the
count. GIN indexes with pg_trgm's operator class answer the same ``LIKE`` (three characters or
more; shorter text is read as before) in well under a millisecond.

Only when pg_trgm is installed in the database (0005 installs it where the user may): without it
searches read the three tables as before. SQLite is left as it was: its scans of these tables run
in the process and measured a few milliseconds.

Only indexes: nothing is rewritten. Self-contained: it reads nothing of the other migrations.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_speaker_name_trgm": ("speaker", "name_folded"),
    "ix_speaker_alias_trgm": ("speaker_alias", "alias_folded"),
    "ix_article_title_trgm": ("article", "title_folded"),
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    installed = bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first()
    if installed is None:
        return
    for name, (table, column) in INDEXES.items():
        op.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
