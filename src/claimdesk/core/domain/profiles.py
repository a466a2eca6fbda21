"""The record of a speaker's profile (issue 19): every claim of the speaker where and when it
appeared, the clusters those claims are in, the first and last appearance, and the outlets and
tags counted. Plain values only: the service layer (core/catalogue/profiles.py) makes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.core.domain.clusters import Appearance, Count
from claimdesk.core.domain.records import SpeakerInfo


@dataclass(frozen=True, slots=True)
class SpeakerProfile:
    """A speaker and every claim of theirs, in time order (the earliest article date first,
    undated last, then by claim id)."""

    speaker: SpeakerInfo
    appearances: tuple[Appearance, ...]
    cluster_of: dict[int, int]
    """The cluster each clustered claim is in, by claim id (claims in no cluster are absent)."""
    clusters: tuple[Count, ...]
    """The clusters the speaker's claims are in (key: the cluster id), most claims first."""
    outlets: tuple[Count, ...]
    """The outlets of the articles the claims are in, most claims first."""
    tags: tuple[Count, ...]
    """The tags of the claims, most claims first."""
    first_published: str | None
    """The earliest article date of a claim (None: no claim has a dated article)."""
    last_published: str | None
    undated: int
    """How many claims are in articles without a date."""
