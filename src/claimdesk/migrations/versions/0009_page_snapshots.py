"""snapshots of the web pages articles were read from

An article imported from a web address (issue 18) keeps the page as it was fetched: one row of
``page_snapshot`` per fetch that gave the article a text, with the address asked for, the final
address after redirects (and the addresses that redirected, as a JSON list), the status, the
headers that tell versions of a page apart (Content-Type, Last-Modified, ETag), when it was
fetched (UTC), the size and SHA-256 of the body, and the body itself, zlib-compressed. Each
names the article and the article's text version it was read as, so a corrected page imported
as a new version has its own snapshot.

A new table only: existing articles have no snapshot (they were not fetched, or their pages
were not kept). Self-contained: it reads nothing of the other migrations.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 12:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "page_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("text_version", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("redirects", sa.Text(), server_default="[]", nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.Text(), server_default="", nullable=False),
        sa.Column("last_modified", sa.Text(), server_default="", nullable=False),
        sa.Column("etag", sa.Text(), server_default="", nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name="fk_page_snapshot_article_id_article",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_page_snapshot"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_page_snapshot_article_id", "page_snapshot", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_page_snapshot_article_id", table_name="page_snapshot")
    op.drop_table("page_snapshot")
