"""claim index on the server (PostgreSQL catalogues only)

The tables of claimdesk.core.matching.server_index: packed postings per term, a delta of (term,
claim) rows for claims added since the last merge, each claim's stem key for exact rescoring, and
the state (normalisation fingerprint, ready). A SQLite catalogue keeps its claim index in memory on
the desk, so on SQLite this revision changes nothing. The tables start empty: the first desk that
searches builds the index (or run ``claimdesk-cli server-index --rebuild``).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 07:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _on_postgresql():
        return
    op.create_table(
        "match_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("ready", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_state")),
    )
    op.create_table(
        "match_postings",
        sa.Column("term", sa.BigInteger(), nullable=False),
        sa.Column("claim_ids", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("term", name=op.f("pk_match_postings")),
    )
    # the packed ids are read whole and compress poorly: keep them out of line, uncompressed
    op.execute("ALTER TABLE match_postings ALTER COLUMN claim_ids SET STORAGE EXTERNAL")
    op.create_table(
        "match_delta",
        sa.Column("term", sa.BigInteger(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
    )
    op.create_index(op.f("ix_match_delta_term"), "match_delta", ["term"])
    op.create_table(
        "match_keys",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("negated", sa.SmallInteger(), nullable=False),
        sa.Column("numbers", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_match_keys")),
    )


def downgrade() -> None:
    if not _on_postgresql():
        return
    op.drop_table("match_keys")
    op.drop_index(op.f("ix_match_delta_term"), table_name="match_delta")
    op.drop_table("match_delta")
    op.drop_table("match_postings")
    op.drop_table("match_state")
