"""Plain values ``claimdesk-cli`` needs to set up its arguments, on the standard library alone.

:mod:`claimdesk.core.domain.records` re-exports them; they live here so that parsing a command line
(and ``--version``) imports nothing of the core beyond this module and the errors.
"""

from __future__ import annotations

import math
from enum import StrEnum

CONTEXT_CHARS = 32
"""How many characters of text before and after a claim are kept as its context."""

DEFAULT_MIN_CONFIDENCE = 0.87
"""The least confidence of the suggestions shown by default (and accepted with "Accept all") in a
language whose data file names no ``min_confidence`` of its own (see
:func:`claimdesk.core.suggest.calibration.min_confidence`); here so that the suggestions panel
shows it before the suggestion engine is loaded."""


def confidence_text(confidence: float) -> str:
    """A confidence as the app and claimdesk-cli list it: cut, not rounded, to two decimals, so a
    suggestion listed as 0.81 is always taken by "accept all at 0.81 or above" (0.806 would round
    up to 0.81 and be left behind)."""
    return f"{math.floor(confidence * 100 + 1e-9) / 100:.2f}"


SEARCH_MAX_LENGTH = 1000
"""The longest search text the catalogue takes (a longer LIKE pattern is too complex for
SQLite); the command line refuses longer text, the GUI's search boxes stop there."""


class ClaimKind(StrEnum):
    """What a claim is: a direct quote, an indirect one, or a claim in the article's words."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    CLAIM = "claim"

    @property
    def label(self) -> str:
        return {"direct": "Direct quote", "indirect": "Indirect quote", "claim": "Claim"}[
            self.value
        ]


class AnchorState(StrEnum):
    """How a claim followed its article's latest new text (core/domain/anchoring.py): at the
    same place, moved with its words unchanged, placed approximately (its words changed), or
    orphaned (not found: kept with its old text for the user to place)."""

    EXACT = "exact"
    MOVED = "moved"
    APPROXIMATE = "approximate"
    ORPHANED = "orphaned"
