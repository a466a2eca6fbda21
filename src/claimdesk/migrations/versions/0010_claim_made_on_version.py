"""the version each claim was made on, and orphans found at once

A claim's ``text_version`` (0007) is the version its span stands in now: a claim that followed a
corrected text stands in the new one. Issue 18 also asks which version each claim was *made*
on: ``claim.made_on_version`` records it when the claim is stored, and nothing changes it after
(re-anchoring, placing an orphan, moving a claim keep it; undo, copies and recovery carry it as
any other column).

Existing claims get the version their article had when they were stored, as far as the catalogue
can tell: the newest version of the article stored at or before the claim's ``created_at``, and
never newer than the version its span stands in now (a clock set wrong cannot make a claim
younger than its text). Claims of articles never corrected (``text_version`` 1) are at 1: the
server default, so only claims that followed a new text are read.

Also a partial index over the orphaned claims (``anchor_state = 'orphaned'``), by article and
place: the window asks after every edit whether any claim waits to be placed (to enable Claim ›
Review orphaned claims), and the Catalogue tab lists them; without it both read every claim.

Plain ADD COLUMN with a server default on both backends, never batch mode (see 0007).
Self-contained: it reads nothing of the other migrations.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 14:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ORPHANED = sa.text("anchor_state = 'orphaned'")

BACKFILL = """
UPDATE claim SET made_on_version = coalesce((
    SELECT max(v.number) FROM article_version v
    WHERE v.article_id = claim.article_id
      AND v.number <= claim.text_version
      AND v.created_at <= claim.created_at
), 1)
WHERE claim.text_version > 1
"""
"""Each claim of a corrected article: the newest version stored when it was (timestamps are
stored alike on each backend, so they compare as they should: text on SQLite, timestamptz on
PostgreSQL)."""


def upgrade() -> None:
    op.add_column(
        "claim",
        sa.Column("made_on_version", sa.Integer(), server_default="1", nullable=False),
    )
    op.execute(BACKFILL)
    op.create_index(
        "ix_claim_orphaned",
        "claim",
        ["article_id", "start"],
        sqlite_where=ORPHANED,
        postgresql_where=ORPHANED,
    )


def downgrade() -> None:
    op.drop_index("ix_claim_orphaned", table_name="claim")
    op.drop_column("claim", "made_on_version")
