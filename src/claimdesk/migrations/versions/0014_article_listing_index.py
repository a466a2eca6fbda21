"""an index holding the article listing's columns, on SQLite

``claimdesk-cli articles`` lists every article newest first with the fields ArticleInfo keeps
but the text. On SQLite an article row holds its text before most of those fields (the text
hash, source, import time, note, versions), so reading them walks each article's text through
its overflow pages: at 100,000 claims (2,000 articles) the listing's query took 23 ms of which
11 ms went there. This index holds those fields in the listing's order (newest first), so the
listing is read from it alone, already sorted. PostgreSQL keeps long texts out of the row
(TOAST) and is left as it was.

Only an index: nothing is rewritten. Self-contained: it reads nothing of the other migrations.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 08:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_article_listing"
COLUMNS = [
    "imported_at",
    "id",
    "title",
    "outlet",
    "url",
    "published",
    "language",
    "text_hash",
    "source_name",
    "source_format",
    "note",
    "version",
    "text_version",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index(INDEX, "article", COLUMNS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index(INDEX, table_name="article")
