"""A cluster's verdict as schema.org ClaimReview JSON-LD (issue 19).

One ClaimReview per cluster: the claim reviewed is the first appearance's quote, the rating is the
verdict's status (its label as ``alternateName``, and a 1–5 value where the status has one), the
review's ``url`` is the fact-check's address and its ``author`` the reviewer. ``itemReviewed`` is
the Claim with every appearance (the article's address, date, outlet and title, with the speaker
as the appearance's author), the first one also as ``firstAppearance``.

Fact-checking platforms that read ClaimReview (Google's Fact Check tools among them) require
``claimReviewed``, ``reviewRating.alternateName``, ``url`` and ``author``; :func:`claim_review`
refuses a cluster whose verdict cannot give them, rather than write a review they would drop.
"""

from __future__ import annotations

from typing import Any

from claimdesk.core.domain.clusters import RATING_VALUES, Appearance, ClusterDetail, VerdictStatus
from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP

SCHEMA = "https://schema.org"


def _person(name: str) -> dict[str, Any]:
    return {"@type": "Person", "name": name}


def appearance_work(appearance: Appearance) -> dict[str, Any]:
    """An appearance as a schema.org CreativeWork (the article it appeared in)."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if appearance.url:
        work["url"] = appearance.url
    if appearance.article_title:
        work["headline"] = appearance.article_title
    if appearance.published:
        work["datePublished"] = appearance.published
    if appearance.speaker_name:
        work["author"] = _person(appearance.speaker_name)
    if appearance.outlet:
        work["publisher"] = {"@type": "Organization", "name": appearance.outlet}
    return work


_DEFAULTS = frozenset(status.value for status in VerdictStatus)

_INCOMPLETE = {
    (True, False, False): QT_TRANSLATE_NOOP(
        "Errors",
        "Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is "
        "“{status}”).",
    ),
    (False, True, False): QT_TRANSLATE_NOOP(
        "Errors",
        "Cluster {cluster} cannot be exported as a ClaimReview without the fact-check's address.",
    ),
    (False, False, True): QT_TRANSLATE_NOOP(
        "Errors", "Cluster {cluster} cannot be exported as a ClaimReview without a reviewer."
    ),
    (True, True, False): QT_TRANSLATE_NOOP(
        "Errors",
        "Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is "
        "“{status}”), the fact-check's address.",
    ),
    (True, False, True): QT_TRANSLATE_NOOP(
        "Errors",
        "Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is "
        "“{status}”), a reviewer.",
    ),
    (False, True, True): QT_TRANSLATE_NOOP(
        "Errors",
        "Cluster {cluster} cannot be exported as a ClaimReview without the fact-check's "
        "address, a reviewer.",
    ),
    (True, True, True): QT_TRANSLATE_NOOP(
        "Errors",
        "Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is "
        "“{status}”), the fact-check's address, a reviewer.",
    ),
}
"""The message for a verdict that lacks what a ClaimReview needs, by what it lacks: (a
finding, the fact-check's address, a reviewer)."""


def claim_review(detail: ClusterDetail) -> dict[str, Any]:
    """The cluster's ClaimReview; raises InvalidValueError naming what the verdict lacks."""
    cluster = detail.cluster
    missing = (not cluster.status_rated, not cluster.review_url, not cluster.reviewer)
    if any(missing):
        raise InvalidValueError(
            _INCOMPLETE[missing], cluster=cluster.id, status=cluster.status_label
        )
    first = detail.appearances[0] if detail.appearances else cluster.first
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": cluster.status_label}
    # the desk's own statuses have no place on the 1-5 scale: only the rating's name
    value = (
        RATING_VALUES.get(VerdictStatus(cluster.status)) if cluster.status in _DEFAULTS else None
    )
    if value is not None:
        rating.update(ratingValue=value, bestRating=max(RATING_VALUES.values()), worstRating=1)
    claim: dict[str, Any] = {
        "@type": "Claim",
        "appearance": [appearance_work(a) for a in detail.appearances],
        "firstAppearance": appearance_work(first),
    }
    if first.speaker_name:
        claim["author"] = _person(first.speaker_name)
    if first.published:
        claim["datePublished"] = first.published
    review: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "ClaimReview",
        "url": cluster.review_url,
        "claimReviewed": first.quote,
        "author": _person(cluster.reviewer),
        "reviewRating": rating,
        "itemReviewed": claim,
    }
    if cluster.reviewed_on:
        review["datePublished"] = cluster.reviewed_on
    if cluster.explanation:
        review["reviewBody"] = cluster.explanation
    return review
