"""Fuzzy matching of claims and speakers: the one module the rest of the app imports.

Normalisation and the similarity scores live in :mod:`claimdesk.core.similarity`; the indexes
that search many claims or speakers fast in :mod:`claimdesk.core.claim_index` and
:mod:`claimdesk.core.speaker_index`. This module re-exports them all.
"""

from __future__ import annotations

from claimdesk.core.claim_index import ClaimMatch, ClaimMatcher
from claimdesk.core.folding import fold, like_pattern
from claimdesk.core.similarity import (
    CERTAIN_THRESHOLD,
    MIN_CERTAIN_WORDS,
    NEGATIONS,
    SUGGEST_THRESHOLD,
    claim_key,
    claim_similarity,
    is_certain,
    name_key,
    name_score,
    nearest_mention,
    numbers_conflict,
    similarity_of_keys,
    stem,
    words,
)
from claimdesk.core.speaker_index import SpeakerMatcher, SpeakerNameMatch

__all__ = [
    "CERTAIN_THRESHOLD",
    "MIN_CERTAIN_WORDS",
    "NEGATIONS",
    "SUGGEST_THRESHOLD",
    "ClaimMatch",
    "ClaimMatcher",
    "SpeakerMatcher",
    "SpeakerNameMatch",
    "claim_key",
    "claim_similarity",
    "fold",
    "is_certain",
    "like_pattern",
    "name_key",
    "name_score",
    "nearest_mention",
    "numbers_conflict",
    "similarity_of_keys",
    "stem",
    "words",
]
