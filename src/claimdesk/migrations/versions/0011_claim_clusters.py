"""claim clusters and their verdicts

Issue 19: the appearances of one claim form a cluster (a claim family), which a fact-checker
gives a verdict. ``claim_cluster`` holds the verdict (status, explanation, the fact-check's
address, reviewer and date), whether the user confirmed the cluster, who made and changed it,
and the version for optimistic locking; ``claim_cluster_member`` puts a claim in at most one
cluster (and, so a cluster's time order reads no claim rows, the claim's article, which never
changes).

New tables only: existing catalogues start with no clusters (``claimdesk-cli clusters
--gather`` gathers them from the "same claim" links and almost certain matches).
Self-contained: it reads nothing of the other migrations.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 14:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STATUSES = (
    "status IN ('unchecked', 'in_progress', 'true', 'mostly_true', 'mixed', "
    "'mostly_false', 'false', 'unverifiable')"
)


def upgrade() -> None:
    op.create_table(
        "claim_cluster",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="unchecked", nullable=False),
        sa.Column("explanation", sa.Text(), server_default="", nullable=False),
        sa.Column("review_url", sa.Text(), server_default="", nullable=False),
        sa.Column("reviewer", sa.String(length=200), server_default="", nullable=False),
        sa.Column("reviewed_on", sa.String(length=10), nullable=True),
        sa.Column("confirmed", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), server_default="", nullable=False),
        sa.Column("updated_by", sa.String(length=200), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(_STATUSES, name=op.f("ck_claim_cluster_status")),
        sa.PrimaryKeyConstraint("id", name="pk_claim_cluster"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_claim_cluster_status", "claim_cluster", ["status"])
    op.create_table(
        "claim_cluster_member",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name="fk_claim_cluster_member_article_id_article",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
            name="fk_claim_cluster_member_claim_id_claim",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["claim_cluster.id"],
            name="fk_claim_cluster_member_cluster_id_claim_cluster",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_id", name="pk_claim_cluster_member"),
    )
    op.create_index("ix_claim_cluster_member_cluster_id", "claim_cluster_member", ["cluster_id"])


def downgrade() -> None:
    op.drop_index("ix_claim_cluster_member_cluster_id", table_name="claim_cluster_member")
    op.drop_table("claim_cluster_member")
    op.drop_index("ix_claim_cluster_status", table_name="claim_cluster")
    op.drop_table("claim_cluster")
