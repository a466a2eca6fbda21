"""change counter for the live view

A one-row table whose counter every committed edit increases in its own transaction: open windows
poll it to notice, within seconds, what colleagues changed in a shared catalogue.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 02:59:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    state = op.create_table(
        "catalogue_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_state")),
    )
    op.bulk_insert(state, [{"id": 1, "changes": 0}])


def downgrade() -> None:
    op.drop_table("catalogue_state")
