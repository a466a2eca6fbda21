"""All catalogue tables, declared with SQLModel in one module.

The service layer (catalogue.py) reads and writes these tables through SQLAlchemy Core on the
``*_table`` objects below: it returns plain dataclasses, never live ORM objects.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from claimdesk.core.domain.records import ClaimKind
from claimdesk.core.domain.row_values import utc_now as utc_now  # noqa: PLC0414  (its old home)
from claimdesk.core.domain.values import CONTEXT_CHARS as CONTEXT_CHARS  # noqa: PLC0414  (its old home)
from claimdesk.core.domain.values import AnchorState

# Named constraints: Alembic's batch mode (SQLite table rebuilds) needs names to find them again.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class LinkRelation(StrEnum):
    SAME = "same"
    SIMILAR = "similar"
    CONTRADICTS = "contradicts"

    @property
    def label(self) -> str:
        return {"same": "Same claim", "similar": "Similar", "contradicts": "Contradicts"}[
            self.value
        ]


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must carry a timezone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _ts(nullable: bool = False) -> Any:
    return Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=nullable)


def _version() -> Any:
    """Optimistic locking: every change of the row adds one (history.Recorder.update)."""
    return Field(sa_column=Column(Integer, nullable=False, server_default="1", default=1))


def _user() -> Any:
    return Field(sa_column=Column(String(200), nullable=False, server_default="", default=""))


ARTICLE_DATES_BY_ID = "ix_article_id_published"
"""The articles' ids and dates (migration 0013): the cluster listing's date lookups."""
ARTICLE_LISTING = "ix_article_listing"
"""The fields of the article listing but the text, newest first (migration 0014, SQLite only:
there they stand after the text in the row). Not in the models, which cannot say one dialect."""


class Article(SQLModel, table=True):
    """A news article (or any text) whose spans are catalogued."""

    __tablename__ = "article"
    __table_args__ = (
        Index("ix_article_outlet_folded", "outlet_folded"),
        # the Catalogue tab's search reads every title: the index is far smaller than the rows
        Index("ix_article_title_folded", "title_folded"),
        # the cluster listing looks up each member's article date: this reads no article rows
        Index(ARTICLE_DATES_BY_ID, "id", "published"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(default="", sa_type=Text)
    title_folded: str = Field(default="", sa_type=Text)
    outlet: str = Field(default="", sa_type=String(300))
    outlet_folded: str = Field(default="", sa_type=String(300))
    url: str = Field(default="", sa_type=Text)
    # ISO 8601 with the precision known: "2024", "2024-07" or "2024-07-28"; NULL when unknown.
    published: str | None = Field(default=None, sa_type=String(10), index=True)
    language: str = Field(default="", sa_type=String(20))
    text: str = Field(sa_type=Text)
    text_hash: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    source_name: str = Field(default="", sa_type=Text)
    source_format: str = Field(default="", sa_type=String(20))
    imported_at: datetime = _ts()
    note: str = Field(default="", sa_type=Text)
    version: int = _version()
    # The number of the text above among the article's versions (article_version): 1 until a
    # corrected text replaces it.
    text_version: int = Field(
        sa_column=Column(Integer, nullable=False, server_default="1", default=1)
    )


class ArticleVersion(SQLModel, table=True):
    """One version of an article's text. The current text stays in ``article.text``: its row
    here (written when a newer text first replaces it) has ``text`` NULL while it is current,
    and gets the text when it is replaced; an article never given a new text has no row at all
    (its version 1 is read from the article itself)."""

    __tablename__ = "article_version"
    __table_args__ = (CheckConstraint("number >= 1", name="number"),)

    article_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("article.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        )
    )
    number: int = Field(sa_column=Column(Integer, primary_key=True, nullable=False))
    text: str | None = Field(default=None, sa_type=Text, nullable=True)
    text_hash: str = Field(sa_type=String(64))
    created_at: datetime = _ts()
    created_by: str = _user()
    source: str = Field(default="", sa_type=Text)
    """Where the text came from, in the user's words ("corrected in the app", a file name)."""


class PageSnapshot(SQLModel, table=True):
    """A web page as it was fetched when an article (or a version of its text) was read from it:
    the addresses, the headers that tell versions of a page apart, and the body, compressed."""

    __tablename__ = "page_snapshot"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    text_version: int = Field(sa_column=Column(Integer, nullable=False))
    """The article's text version read from this page."""
    address: str = Field(sa_type=Text)
    """The address asked for."""
    url: str = Field(sa_type=Text)
    """The final address, after redirects."""
    redirects: str = Field(
        sa_column=Column(Text, nullable=False, server_default="[]", default="[]")
    )
    """The addresses that redirected, in order, as a JSON list."""
    status: int
    content_type: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    last_modified: str = Field(
        default="", sa_column=Column(Text, nullable=False, server_default="")
    )
    etag: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    fetched_at: datetime = _ts()
    size: int
    """Bytes in the body as fetched (before it was compressed here)."""
    sha256: str = Field(sa_type=String(64))
    body: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    """The body, zlib-compressed."""


ORPHANED_CLAIM = text(f"anchor_state = '{AnchorState.ORPHANED.value}'")
"""The condition of migration 0010's partial index over orphaned claims, ``ix_claim_orphaned``
(written out, not a parameter: SQLite uses a partial index only for a query whose condition it
can see is the index's). The index is not declared here: a partial index's ``postgresql_where``
loads SQLAlchemy's PostgreSQL dialect whenever this module is imported, on SQLite too (see
``claim_query.DERIVED_INDEXES``)."""


def _anchor_state() -> Any:
    return Field(
        sa_column=Column(
            String(12),
            nullable=False,
            server_default=AnchorState.EXACT.value,
            default=AnchorState.EXACT.value,
        )
    )


def _anchor_score() -> Any:
    return Field(sa_column=Column(Float, nullable=False, server_default="1", default=1.0))


class Speaker(SQLModel, table=True):
    """A person or body to whom claims are attributed."""

    __tablename__ = "speaker"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=String(300))
    name_folded: str = Field(sa_type=String(300), index=True)
    role: str = Field(default="", sa_type=String(300))
    organisation: str = Field(default="", sa_type=String(300))
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = _ts()
    updated_at: datetime = _ts()
    version: int = _version()


class SpeakerAlias(SQLModel, table=True):
    """Another name or form under which a speaker appears ("Байрамов", "глава МИД АР")."""

    __tablename__ = "speaker_alias"
    __table_args__ = (
        UniqueConstraint("speaker_id", "alias_folded", name="uq_speaker_alias_speaker_id"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int = Field(
        sa_column=Column(Integer, ForeignKey("speaker.id", ondelete="CASCADE"), nullable=False)
    )
    alias: str = Field(sa_type=String(300))
    alias_folded: str = Field(sa_type=String(300), index=True)


class Claim(SQLModel, table=True):
    """A span of an article's text, optionally attributed to a speaker."""

    __tablename__ = "claim"
    __table_args__ = (
        CheckConstraint('start >= 0 AND start < "end"', name="span_order"),
        CheckConstraint("kind IN ('direct', 'indirect', 'claim')", name="kind"),
        Index("ix_claim_article_start", "article_id", "start"),
        # The Catalogue tab sorts by these, then by id: an index in that order gives any page
        # without sorting the claims. Sort keys from speakers and articles are in
        # claim_sort_keys (claimdesk.core.storage.claim_query, migration 0005).
        Index("ix_claim_kind_id", "kind", "id"),
        Index("ix_claim_created_at_id", "created_at", "id"),
        Index("ix_claim_created_by_id", "created_by", "id"),
        Index("ix_claim_updated_by_id", "updated_by", "id"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False)
    )
    speaker_id: int | None = Field(
        sa_column=Column(
            Integer, ForeignKey("speaker.id", ondelete="SET NULL"), nullable=True, index=True
        )
    )
    start: int
    end: int
    quote: str = Field(sa_type=Text)
    quote_folded: str = Field(sa_type=Text)
    context_before: str = Field(default="", sa_type=Text)
    context_after: str = Field(default="", sa_type=Text)
    kind: str = Field(default=ClaimKind.CLAIM.value, sa_type=String(10))
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = _ts()
    updated_at: datetime = _ts()
    version: int = _version()
    # Who stored and who last changed the claim: the OS user or the name set in preferences.
    created_by: str = _user()
    updated_by: str = _user()
    # The article version whose text the span (start, end, quote, context) stands in: the
    # article's current version, or for an orphan the version it was last found in.
    text_version: int = Field(
        sa_column=Column(Integer, nullable=False, server_default="1", default=1)
    )
    # How the claim followed the article's latest new text (core/domain/anchoring.py): exact,
    # moved, approximate (with the match's score, 0-1) or orphaned (score 0).
    anchor_state: str = _anchor_state()
    anchor_score: float = _anchor_score()
    # The article version the claim was made on (stored once, kept as the claim follows new
    # texts, is placed or moved): where ``text_version`` says where its span is now.
    made_on_version: int = Field(
        sa_column=Column(Integer, nullable=False, server_default="1", default=1)
    )


class ClaimTag(SQLModel, table=True):
    """A free-form tag on a claim."""

    __tablename__ = "claim_tag"

    claim_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    tag: str = Field(sa_type=String(200), primary_key=True, index=True)


class TagLabel(SQLModel, table=True):
    """How a tag is shown: ``claim_tag`` keeps tags folded (so "Карабах" and "карабах" are one
    tag, found and filtered as one), and this the spelling last typed for it ("Карабах",
    "COVID-19"). A tag without a row here is shown folded (tags made before migration 0017)."""

    __tablename__ = "tag_label"

    tag: str = Field(sa_type=String(200), primary_key=True)
    label: str = Field(sa_type=String(200), nullable=False)


class ClaimLink(SQLModel, table=True):
    """A relation between two claims: the same claim, a similar one, or a contradiction."""

    __tablename__ = "claim_link"
    __table_args__ = (
        UniqueConstraint("from_claim_id", "to_claim_id", "relation", name="uq_claim_link_pair"),
        CheckConstraint("from_claim_id <> to_claim_id", name="not_self"),
        CheckConstraint("relation IN ('same', 'similar', 'contradicts')", name="relation"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    from_claim_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    to_claim_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    relation: str = Field(default=LinkRelation.SAME.value, sa_type=String(12))
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = _ts()


class ClaimCluster(SQLModel, table=True):
    """A claim family (issue 19): the claims of ``claim_cluster_member`` naming it, and the
    verdict a fact-checker gave it. ``confirmed``: the user checked its members (a cluster
    gathered from links and matches is not, until then)."""

    __tablename__ = "claim_cluster"
    __table_args__ = (
        # the status is a key of verdict_status (0012): the desk's own statuses too, so no
        # CHECK on a fixed list; the catalogue refuses to remove a status in use
        Index("ix_claim_cluster_status", "status"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    status: str = Field(
        sa_column=Column(
            String(20), nullable=False, server_default="unchecked", default="unchecked"
        )
    )
    explanation: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    review_url: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    reviewer: str = _user()
    # ISO 8601 date of the verdict (YYYY-MM-DD); NULL while there is none
    reviewed_on: str | None = Field(default=None, sa_type=String(10), nullable=True)
    confirmed: bool = Field(
        sa_column=Column(Boolean, nullable=False, server_default="0", default=False)
    )
    created_at: datetime = _ts()
    updated_at: datetime = _ts()
    created_by: str = _user()
    updated_by: str = _user()
    version: int = _version()


class VerdictStatusLabel(SQLModel, table=True):
    """A verdict status the desk uses (migration 0012): its key (what ``claim_cluster.status``
    holds), the label shown for it, its place in the list, and whether it is a finding (a
    ClaimReview can be published for it). The eight default statuses are seeded; a desk renames
    them, adds its own and orders them."""

    __tablename__ = "verdict_status"

    key: str = Field(sa_column=Column(String(20), primary_key=True, nullable=False))
    label: str = Field(sa_column=Column(String(100), nullable=False))
    position: int = Field(sa_column=Column(Integer, nullable=False, server_default="0", default=0))
    rated: bool = Field(sa_column=Column(Boolean, nullable=False, server_default="1", default=True))
    version: int = _version()


class ClaimClusterMember(SQLModel, table=True):
    """A claim's cluster: a claim is in at most one. The claim's article is kept here too (a
    claim never changes article): a cluster's time order and size then read only this small
    table and the articles, not a row of the large claim table per member."""

    __tablename__ = "claim_cluster_member"

    claim_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True, nullable=False
        )
    )
    cluster_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("claim_cluster.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False)
    )


class CatalogueState(SQLModel, table=True):
    """One row: a counter every committed edit (and undo/redo) adds one to, in its transaction.

    Windows poll it every few seconds to notice what colleagues changed (the live view); it is
    not catalogue data, so copies and undo leave it alone.
    """

    __tablename__ = "catalogue_state"

    id: int = Field(default=1, primary_key=True)
    changes: int = Field(sa_column=Column(Integer, nullable=False, server_default="0", default=0))


def _table(model: type[SQLModel]) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


article_table = _table(Article)
article_version_table = _table(ArticleVersion)
page_snapshot_table = _table(PageSnapshot)
speaker_table = _table(Speaker)
alias_table = _table(SpeakerAlias)
claim_table = _table(Claim)
claim_tag_table = _table(ClaimTag)
tag_label_table = _table(TagLabel)
claim_link_table = _table(ClaimLink)
cluster_table = _table(ClaimCluster)
cluster_member_table = _table(ClaimClusterMember)
verdict_status_table = _table(VerdictStatusLabel)
state_table = _table(CatalogueState)

metadata = SQLModel.metadata
