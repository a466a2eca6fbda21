"""Plain values the service layer returns and takes: no live ORM objects cross it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# plain values the command line parses its arguments with, kept where they import nothing else
from claimdesk.core.domain.values import SEARCH_MAX_LENGTH as SEARCH_MAX_LENGTH  # noqa: PLC0414
from claimdesk.core.domain.values import AnchorState as AnchorState  # noqa: PLC0414
from claimdesk.core.domain.values import ClaimKind as ClaimKind  # noqa: PLC0414


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    id: int
    title: str
    outlet: str
    url: str
    published: str | None
    language: str
    text_hash: str
    source_name: str
    source_format: str
    imported_at: datetime
    note: str
    length: int
    claim_count: int = 0
    version: int = 1
    """Optimistic locking: pass it back as ``expected_version`` when editing what was shown."""
    text_version: int = 1
    """The number of the current text among the article's versions (1 until it is corrected)."""


@dataclass(frozen=True, slots=True)
class ArticleVersionInfo:
    """One version of an article's text (:meth:`Catalogue.list_article_versions`)."""

    article_id: int
    number: int
    text_hash: str
    length: int
    created_at: datetime
    """When this text was stored (version 1: when the article was imported)."""
    created_by: str
    """Who stored it; "" when not known (version 1 of an article)."""
    source: str
    """Where it came from: a file name, "edited in the app", the original import's source."""
    current: bool
    claim_count: int = 0
    """Claims whose span stands in this text: all placed claims in the current version, the
    orphans left in an earlier one."""
    made_count: int = 0
    """Claims made on this text (:attr:`ClaimInfo.made_on_version`), wherever they stand now."""


@dataclass(frozen=True, slots=True)
class PageSnapshotInfo:
    """A web page as fetched when an article, or a version of its text, was read from it
    (:meth:`Catalogue.list_page_snapshots`); the page itself is
    :meth:`Catalogue.page_snapshot_html`."""

    id: int
    article_id: int
    text_version: int
    """The article's text version read from this page."""
    address: str
    """The address asked for."""
    url: str
    """The final address, after redirects."""
    redirects: tuple[str, ...]
    status: int
    content_type: str
    last_modified: str
    etag: str
    fetched_at: datetime
    """When the page was received (UTC)."""
    size: int
    """Bytes in the page as fetched."""
    sha256: str
    """Hex SHA-256 of the page as fetched."""


@dataclass(frozen=True, slots=True)
class ArticleVersion(ArticleVersionInfo):
    """A version with its text (:meth:`Catalogue.get_article_version`)."""

    text: str = ""


@dataclass(frozen=True, slots=True)
class ClaimAnchoring:
    """Where one claim went when its article got a new text. ``start``/``end`` are code points
    into the new text, None for an orphan (which keeps its old span and text); ``score`` is 1
    for exact and moved claims, the match's (0–1) for approximate ones, 0 for orphans."""

    claim_id: int
    state: AnchorState
    score: float
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class AddArticleResult:
    id: int
    created: bool
    """False when the same text was already in the catalogue and ``id`` is that article."""


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article to store with :meth:`Catalogue.add_articles`, with its details."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str | None = None
    language: str = ""
    source_name: str = ""
    source_format: str = ""
    note: str = ""
    text_hash: str = ""
    """The hash of the text as stored (normalised), when the caller has it (a batch import's
    worker computed it); else it is computed here."""


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    id: int
    name: str
    role: str
    organisation: str
    note: str
    aliases: tuple[str, ...] = ()
    claim_count: int = 0
    version: int = 1
    """Optimistic locking: pass it back as ``expected_version`` when editing what was shown."""

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def speakers_from_rows(
    rows: Iterable[Sequence[Any]], alias_rows: Iterable[Sequence[Any]]
) -> list[SpeakerInfo]:
    """Speakers from the rows of ``speakers.speakers_query`` (id, name, role, organisation,
    note, claim count, version) and ``speaker_aliases_query`` (speaker id, alias): the one
    assembly the service layer and the command line's quick listing share."""
    aliases: dict[int, list[str]] = {}
    for speaker_id, alias in alias_rows:
        aliases.setdefault(speaker_id, []).append(alias)
    return [
        SpeakerInfo(
            id=row[0],
            name=row[1],
            role=row[2],
            organisation=row[3],
            note=row[4],
            aliases=tuple(aliases.get(row[0], ())),
            claim_count=int(row[5]),
            version=int(row[6]),
        )
        for row in rows
    ]


@dataclass(frozen=True, slots=True)
class ClaimInfo:
    id: int
    article_id: int
    speaker_id: int | None
    start: int
    end: int
    quote: str
    context_before: str
    context_after: str
    kind: str
    note: str
    created_at: datetime
    updated_at: datetime
    tags: tuple[str, ...] = ()
    linked_claim_ids: tuple[int, ...] = ()
    speaker_name: str = ""
    speaker_role: str = ""
    speaker_organisation: str = ""
    article_title: str = ""
    outlet: str = ""
    published: str | None = None
    url: str = ""
    language: str = ""
    version: int = 1
    """Optimistic locking: pass it back as ``expected_version`` when editing what was shown."""
    created_by: str = ""
    """Who stored the claim (OS user or the name set in preferences); "" when not known."""
    updated_by: str = ""
    """Who changed it last."""
    text_version: int = 1
    """The article version whose text the span stands in: the current one, or for an orphan
    the one it was last found in."""
    anchor_state: str = AnchorState.EXACT.value
    """How it followed the article's latest new text (an :class:`AnchorState` value)."""
    anchor_score: float = 1.0
    made_on_version: int = 1
    """The article version the claim was made on; it stays as the claim follows new texts
    (``text_version`` says where its span is now)."""


@dataclass(frozen=True, slots=True)
class LinkInfo:
    id: int
    from_claim_id: int
    to_claim_id: int
    relation: str
    note: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims to list or export; every field left at its default matches everything."""

    speaker_id: int | None = None
    unattributed: bool = False
    article_id: int | None = None
    outlet: str = ""
    kind: str | None = None
    tag: str | None = None
    since: str | None = None
    until: str | None = None
    text: str = ""
    orphaned: bool = False
    """Only claims not found in their article's newest text, waiting to be placed (to review)."""
    status: str | None = None
    """Only claims whose cluster's verdict has this status (its key); claims in no cluster
    count as unchecked ("unchecked": every claim no verdict covers yet)."""

    @property
    def dates_inverted(self) -> bool:
        """The From date (``since``, from its start) falls after the Until date (``until``, to
        its end: a month or a year whole), so only articles dated less exactly than both (a
        year alone) can be in between: most likely the two were typed the wrong way round."""
        since, until = self.since, self.until
        if not since or not until:
            return False
        return since > until and not since.startswith(until)


CLAIM_SORT_KEYS = (
    "id",
    "speaker",
    "kind",
    "quote",
    "article",
    "outlet",
    "published",
    "tags",
    "created_at",
    "created_by",
    "updated_by",
)


@dataclass(frozen=True, slots=True)
class CatalogueChange:
    """What one committed edit (or its undo/redo) touched, for views to refresh what they show."""

    description: str
    tables: frozenset[str]
    article_ids: frozenset[int] = field(default_factory=frozenset)
    claim_ids: frozenset[int] = field(default_factory=frozenset)
    speaker_ids: frozenset[int] = field(default_factory=frozenset)
    by_others: bool = False
    """Edits others committed (another window, process or desk), seen by looking: which
    speakers they touched is not known (``speaker_ids`` is empty)."""


@dataclass(frozen=True, slots=True)
class NewClaim:
    """One span to store with :meth:`Catalogue.attribute_spans`: to the speaker ``speaker_id``,
    to a new speaker named ``new_speaker`` (made once for every span naming them), or to nobody.
    Offsets are code points into the article text."""

    start: int
    end: int
    speaker_id: int | None = None
    new_speaker: str | None = None
    new_speaker_role: str = ""
    new_speaker_organisation: str = ""
    kind: str = "claim"
    tags: tuple[str, ...] = ()
    note: str = ""
    new_speaker_aliases: tuple[str, ...] = ()
    """The new speaker's other names (as a file carries them)."""
    created_at: datetime | None = None
    """When the claim was made, as a file it is imported from says (None: now)."""
    created_by: str | None = None
    """Who made it, as a file it is imported from says (None: the catalogue's user)."""
