"""verdict statuses with the desk's own labels

Issue 19: a cluster's status is one of the desk's verdict statuses, whose labels the desk sets.
``verdict_status`` holds them: the key ``claim_cluster.status`` stores, the label shown for it,
its place in the list, whether it is a finding (a ClaimReview can be published for it) and a
version for optimistic locking. The eight default statuses are seeded with their English labels;
a desk renames them, adds its own and orders them.

``claim_cluster``'s CHECK on the eight keys goes (a desk's own status must fit); the catalogue
refuses to remove a status a cluster has. SQLite cannot drop a constraint in place: batch mode
rebuilds ``claim_cluster`` (foreign keys are off while migrations run, see env.py, so its
members stay). Self-contained: it reads nothing of the other migrations.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 16:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULTS = (
    ("unchecked", "Unchecked", False),
    ("in_progress", "In progress", False),
    ("true", "True", True),
    ("mostly_true", "Mostly true", True),
    ("mixed", "Mixed", True),
    ("mostly_false", "Mostly false", True),
    ("false", "False", True),
    ("unverifiable", "Unverifiable", True),
)
"""The default statuses in their order: key, label, whether a finding."""

_STATUSES = (
    "status IN ('unchecked', 'in_progress', 'true', 'mostly_true', 'mixed', "
    "'mostly_false', 'false', 'unverifiable')"
)


def upgrade() -> None:
    table = op.create_table(
        "verdict_status",
        sa.Column("key", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rated", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_verdict_status"),
    )
    op.bulk_insert(
        table,
        [
            {"key": key, "label": label, "position": number, "rated": rated, "version": 1}
            for number, (key, label, rated) in enumerate(DEFAULTS)
        ],
    )
    with op.batch_alter_table(
        "claim_cluster", schema=None, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.drop_constraint(op.f("ck_claim_cluster_status"), type_="check")


def downgrade() -> None:
    # a desk's own statuses cannot pass the old CHECK: their clusters go back to "unchecked"
    keys = ", ".join(f"'{key}'" for key, _label, _rated in DEFAULTS)
    op.execute(f"UPDATE claim_cluster SET status = 'unchecked' WHERE status NOT IN ({keys})")
    with op.batch_alter_table(
        "claim_cluster", schema=None, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.create_check_constraint(op.f("ck_claim_cluster_status"), _STATUSES)
    op.drop_table("verdict_status")
