"""tags shown as typed: the tag_label table

Tags are stored folded in ``claim_tag`` (lower case, ё as е), so that "Карабах" and "карабах" are
one tag, filtered and counted as one. They were shown folded too: a desk that typed "Карабах" or
"COVID-19" saw "карабах" and "covid-19" in every list and export. ``tag_label`` keeps, for each
folded tag, the spelling last typed for it; lists and exports show that. Tags made before this
migration have no row and are shown folded, as before (their spelling was never stored).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 05:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tag_label",
        sa.Column("tag", sa.String(length=200), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("tag", name=op.f("pk_tag_label")),
    )


def downgrade() -> None:
    op.drop_table("tag_label")
