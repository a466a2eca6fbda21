"""an index of the articles' dates by article id, for the cluster listing

The Clusters tab orders the clusters by size and by the date of their first appearance: one
grouped query over the cluster members, each looking up its article's date. Looking the date up
in the article row itself reads the article's whole row (its text with it) on SQLite; this
small index holds each article's id and date, so the dates are read from it alone (the listing
reads them once into a materialised table: its grouped query at 100,000 claims took less than
half as long; benchmarks/clusters.py). PostgreSQL reads the dates from it too (an index-only
scan, not the article rows).

Only an index: nothing is rewritten. Self-contained: it reads nothing of the other migrations.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_article_id_published", "article", ["id", "published"])


def downgrade() -> None:
    op.drop_index("ix_article_id_published", table_name="article")
