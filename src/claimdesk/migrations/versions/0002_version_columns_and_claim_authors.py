"""version columns and claim authors

Optimistic locking: article, speaker and claim get a ``version`` that every change adds one to, so
an edit made from a stale view is refused instead of silently overwriting a colleague's change.
Claims record who stored and who last changed them (``created_by``, ``updated_by``); rows that
existed before are left with an empty name (unknown).

Plain ADD COLUMN with a server default on both backends (batch mode does not rebuild the tables).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 02:39:13.313172
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _version() -> sa.Column[int]:
    return sa.Column("version", sa.Integer(), server_default="1", nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.add_column(_version())

    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(_version())
        batch_op.add_column(
            sa.Column("created_by", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("updated_by", sa.String(length=200), server_default="", nullable=False)
        )

    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.add_column(_version())


def downgrade() -> None:
    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_column("updated_by")
        batch_op.drop_column("created_by")
        batch_op.drop_column("version")

    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_column("version")
