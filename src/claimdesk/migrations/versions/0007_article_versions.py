"""article versions and claims that follow the text

An article's text can be replaced by a corrected one (issue 18). The earlier texts are kept in
``article_version``, one row per version of an article (its number, text, text hash, when, who
and where from); the current text stays in ``article.text``, and ``article.text_version`` says
which version it is. A version's row is written when a newer text first replaces it, so an
article never corrected has no row: existing articles are at version 1 with nothing to copy.

Each claim records the version whose text its span stands in (``claim.text_version``) and how it
followed the latest new text: ``anchor_state`` (exact, moved, approximate, orphaned) and
``anchor_score`` (0-1). Existing claims are exact on version 1.

Plain ADD COLUMN with server defaults on both backends, never batch mode: rebuilding the claim
table on SQLite would drop the triggers of 0005 and the indexes of 0006 with it. Self-contained:
it reads nothing of the other migrations, so it may be renumbered.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 11:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text_version() -> sa.Column[int]:
    return sa.Column("text_version", sa.Integer(), server_default="1", nullable=False)


def upgrade() -> None:
    op.create_table(
        "article_version",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), server_default="", nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.CheckConstraint("number >= 1", name="ck_article_version_number"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name="fk_article_version_article_id_article",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "number", name="pk_article_version"),
    )
    op.add_column("article", _text_version())
    op.add_column("claim", _text_version())
    op.add_column(
        "claim",
        sa.Column("anchor_state", sa.String(length=12), server_default="exact", nullable=False),
    )
    op.add_column(
        "claim", sa.Column("anchor_score", sa.Float(), server_default="1", nullable=False)
    )


def downgrade() -> None:
    # plain DROP COLUMN (SQLite 3.35 and later): no column dropped here is named by an index
    # or a trigger, so the claim table keeps those of 0005 and 0006
    op.drop_column("claim", "anchor_score")
    op.drop_column("claim", "anchor_state")
    op.drop_column("claim", "text_version")
    op.drop_column("article", "text_version")
    op.drop_table("article_version")
