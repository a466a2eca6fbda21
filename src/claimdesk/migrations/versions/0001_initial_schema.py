"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 01:18:45.534289
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_folded", sa.Text(), nullable=False),
        sa.Column("outlet", sa.String(length=300), nullable=False),
        sa.Column("outlet_folded", sa.String(length=300), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.Column("source_format", sa.String(length=20), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
        sa.UniqueConstraint("text_hash", name=op.f("uq_article_text_hash")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index("ix_article_outlet_folded", ["outlet_folded"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_published"), ["published"], unique=False)

    op.create_table(
        "speaker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_folded", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=300), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_speaker_name_folded"), ["name_folded"], unique=False)

    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("quote_folded", sa.Text(), nullable=False),
        sa.Column("context_before", sa.Text(), nullable=False),
        sa.Column("context_after", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('direct', 'indirect', 'claim')", name=op.f("ck_claim_kind")),
        sa.CheckConstraint('start >= 0 AND start < "end"', name=op.f("ck_claim_span_order")),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_claim_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["speaker.id"],
            name=op.f("fk_claim_speaker_id_speaker"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index("ix_claim_article_start", ["article_id", "start"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_speaker_id"), ["speaker_id"], unique=False)

    op.create_table(
        "speaker_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("alias_folded", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["speaker.id"],
            name=op.f("fk_speaker_alias_speaker_id_speaker"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_alias")),
        sa.UniqueConstraint("speaker_id", "alias_folded", name="uq_speaker_alias_speaker_id"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("speaker_alias", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_speaker_alias_alias_folded"), ["alias_folded"], unique=False
        )

    op.create_table(
        "claim_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_claim_id", sa.Integer(), nullable=False),
        sa.Column("to_claim_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "relation IN ('same', 'similar', 'contradicts')", name=op.f("ck_claim_link_relation")
        ),
        sa.CheckConstraint("from_claim_id <> to_claim_id", name=op.f("ck_claim_link_not_self")),
        sa.ForeignKeyConstraint(
            ["from_claim_id"],
            ["claim.id"],
            name=op.f("fk_claim_link_from_claim_id_claim"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_claim_id"],
            ["claim.id"],
            name=op.f("fk_claim_link_to_claim_id_claim"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_link")),
        sa.UniqueConstraint("from_claim_id", "to_claim_id", "relation", name="uq_claim_link_pair"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("claim_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_claim_link_from_claim_id"), ["from_claim_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_claim_link_to_claim_id"), ["to_claim_id"], unique=False
        )

    op.create_table(
        "claim_tag",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_claim_tag_claim_id_claim"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("claim_id", "tag", name=op.f("pk_claim_tag")),
    )
    with op.batch_alter_table("claim_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_tag_tag"), ["tag"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claim_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_tag_tag"))

    op.drop_table("claim_tag")
    with op.batch_alter_table("claim_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_link_to_claim_id"))
        batch_op.drop_index(batch_op.f("ix_claim_link_from_claim_id"))

    op.drop_table("claim_link")
    with op.batch_alter_table("speaker_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_alias_alias_folded"))

    op.drop_table("speaker_alias")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_speaker_id"))
        batch_op.drop_index(batch_op.f("ix_claim_kind"))
        batch_op.drop_index("ix_claim_article_start")

    op.drop_table("claim")
    with op.batch_alter_table("speaker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_name_folded"))

    op.drop_table("speaker")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_published"))
        batch_op.drop_index("ix_article_outlet_folded")

    op.drop_table("article")
