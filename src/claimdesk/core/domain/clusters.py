"""Records of claim clusters, their verdicts and the catalogue's statistics (issue 19).

A cluster is a claim family: the appearances of one claim across articles and speakers, with
its first appearance (the earliest article date, then the lowest claim id). A fact-checker
gives a cluster a verdict: a status, an explanation, the fact-check's address, who reviewed it
and when. Plain values only: the service layer (core/catalogue/clusters.py) makes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from claimdesk.core.domain.article_fields import is_http_address
from claimdesk.core.domain.dates import read_date
from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, shorten

MAX_EXPLANATION_CHARS = 20_000
MAX_REVIEW_URL_CHARS = 2000
MAX_REVIEWER_CHARS = 200
_LONG_EXPLANATION = QT_TRANSLATE_NOOP(
    "Errors", "The explanation is too long (at most {limit:,} characters)."
)
_LONG_ADDRESS = QT_TRANSLATE_NOOP(
    "Errors", "The fact-check address is too long (at most {limit:,} characters)."
)
_LONG_REVIEWER = QT_TRANSLATE_NOOP(
    "Errors", "The reviewer is too long (at most {limit:,} characters)."
)
"""What a verdict's field too long for it is refused with (one whole sentence per field)."""


def _bounded(value: object, limit: int, too_long: str) -> str:
    """``value`` as text, stripped, or InvalidValueError with the message ``too_long`` when it
    has more than ``limit`` characters."""
    text = str(value).strip()
    if len(text) > limit:
        raise InvalidValueError(too_long, limit=limit)
    return text


def check_explanation(value: object) -> str:
    """A verdict's explanation as stored (stripped); InvalidValueError past its limit."""
    return _bounded(value, MAX_EXPLANATION_CHARS, _LONG_EXPLANATION)


def check_reviewer(value: object) -> str:
    """A verdict's reviewer as stored (stripped); InvalidValueError past its limit."""
    return _bounded(value, MAX_REVIEWER_CHARS, _LONG_REVIEWER)


def check_review_url(value: object) -> str:
    """A fact-check's address as stored (stripped): empty, or an http or https address (with a
    host, no spaces) of at most :data:`MAX_REVIEW_URL_CHARS`; else InvalidValueError."""
    url = _bounded(value, MAX_REVIEW_URL_CHARS, _LONG_ADDRESS)
    if url and not is_http_address(url):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The fact-check address “{address}” is not a web address: write it as "
                "https://… (or leave it empty).",
            ),
            address=shorten(url),
        )
    return url


def read_review_date(value: str | None) -> str | None:
    """The date of a verdict as typed ("2024-08-01" or "01.08.2024"), as ISO ("2024-08-01"), or
    None when it is empty; a partial or impossible date is refused (InvalidValueError)."""
    return read_date(
        value,
        full=True,
        not_a_date=QT_TRANSLATE_NOOP(
            "Errors",
            "The review date “{date}” is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.",
        ),
    )


class VerdictStatus(StrEnum):
    """The default statuses of a cluster's fact-check, in the order a desk works through them.

    A catalogue keeps its own list (:class:`VerdictLabel`, migration 0012): these eight seeded
    with their default labels, which the desk may rename, reorder and add to; a cluster's
    status is a key of that list, so a plain ``str``."""

    UNCHECKED = "unchecked"
    IN_PROGRESS = "in_progress"
    TRUE = "true"
    MOSTLY_TRUE = "mostly_true"
    MIXED = "mixed"
    MOSTLY_FALSE = "mostly_false"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"

    @property
    def label(self) -> str:
        """The default label (a catalogue's own label is :attr:`ClusterInfo.status_label`)."""
        return DEFAULT_LABELS[self]

    @property
    def rated(self) -> bool:
        """Whether the status is a finding (a ClaimReview can be published for it)."""
        return self not in (VerdictStatus.UNCHECKED, VerdictStatus.IN_PROGRESS)


DEFAULT_LABELS: dict[VerdictStatus, str] = {
    VerdictStatus.UNCHECKED: "Unchecked",
    VerdictStatus.IN_PROGRESS: "In progress",
    VerdictStatus.TRUE: "True",
    VerdictStatus.MOSTLY_TRUE: "Mostly true",
    VerdictStatus.MIXED: "Mixed",
    VerdictStatus.MOSTLY_FALSE: "Mostly false",
    VerdictStatus.FALSE: "False",
    VerdictStatus.UNVERIFIABLE: "Unverifiable",
}

RATING_VALUES: dict[VerdictStatus, int] = {
    VerdictStatus.FALSE: 1,
    VerdictStatus.MOSTLY_FALSE: 2,
    VerdictStatus.MIXED: 3,
    VerdictStatus.MOSTLY_TRUE: 4,
    VerdictStatus.TRUE: 5,
}
"""The numeric rating of the statuses on a 1 (false) to 5 (true) scale; "unverifiable" has
none (a ClaimReview then carries only the rating's name)."""


STATUS_KEY_CHARS = 20
"""The longest key a status may have (``claim_cluster.status`` is VARCHAR(20))."""
STATUS_LABEL_CHARS = 100
"""The longest label a status may have."""


@dataclass(frozen=True, slots=True)
class VerdictLabel:
    """One of a catalogue's verdict statuses: its key (what a cluster stores), the label shown
    for it, its place in the list (0 first), whether it is a finding (a ClaimReview can be
    published for it), how many clusters have it (one in use cannot be removed) and its version
    (pass it back as ``expected_version``)."""

    key: str
    label: str
    position: int
    rated: bool
    clusters: int
    version: int


def verdict_status(value: str | VerdictStatus) -> VerdictStatus:
    """``value`` as a status; accepts the stored value, the label, and spaces or hyphens for
    underscores ("mostly false", "in-progress"). Raises ValueError naming the choices."""
    text = str(value).strip().casefold().replace(" ", "_").replace("-", "_")
    for status in VerdictStatus:
        if text in (status.value, status.label.casefold().replace(" ", "_")):
            return status
    choices = ", ".join(s.value for s in VerdictStatus)
    raise ValueError(f"Unknown status “{value}”; choose one of: {choices}.")


@dataclass(frozen=True, slots=True)
class Appearance:
    """One claim of a cluster, where and when it appeared."""

    claim_id: int
    quote: str
    kind: str
    speaker_id: int | None
    speaker_name: str
    article_id: int
    article_title: str
    outlet: str
    published: str | None
    url: str


@dataclass(frozen=True, slots=True)
class ClusterInfo:
    """A cluster as listed: its verdict, size and first appearance."""

    id: int
    size: int
    first: Appearance
    last_published: str | None
    status: str
    """The key of the cluster's verdict status (a :class:`VerdictStatus` value or one of the
    desk's own)."""
    explanation: str
    review_url: str
    reviewer: str
    reviewed_on: str | None
    confirmed: bool
    version: int
    """Optimistic locking: pass it back as ``expected_version`` when editing what was shown."""
    status_label: str = ""
    """The catalogue's label for the status (its key when the catalogue has none)."""
    status_rated: bool = False
    """Whether the status is a finding (a ClaimReview can be published for it)."""


@dataclass(frozen=True, slots=True)
class ClusterDetail:
    """A cluster with every appearance in time order; the first is ``appearances[0]``."""

    cluster: ClusterInfo
    appearances: tuple[Appearance, ...]


@dataclass(frozen=True, slots=True)
class GatherResult:
    """What gathering clusters did: clusters made, clusters that gained claims, claims placed."""

    created: tuple[int, ...]
    extended: tuple[int, ...]
    claims_added: int


@dataclass(frozen=True, slots=True)
class Count:
    """One figure of the statistics: a key (an id, a name, a month; None for "none"), the
    text shown for it, and how many claims."""

    key: int | str | None
    label: str
    claims: int


@dataclass(frozen=True, slots=True)
class CatalogueStatistics:
    """Claims per speaker, outlet, tag, kind and month (of the article's date), most first
    (months in time order); claims without one are counted under the key None."""

    claims: int
    by_speaker: tuple[Count, ...]
    by_outlet: tuple[Count, ...]
    by_tag: tuple[Count, ...]
    by_kind: tuple[Count, ...]
    by_month: tuple[Count, ...]
