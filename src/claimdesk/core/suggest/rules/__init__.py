"""One module per family of reported-speech patterns. Each has ``find(context) -> list[Found]``;
the engine runs them all (:data:`FAMILIES`) and keeps one suggestion per stretch of text."""

from __future__ import annotations

from collections.abc import Callable

from claimdesk.core.suggest.context import Context, Found
from claimdesk.core.suggest.rules import (
    according,
    bare,
    colon,
    direct,
    parenthetical,
    that_clause,
    trailing,
    transcript,
)

FAMILIES: tuple[Callable[[Context], list[Found]], ...] = (
    direct.find,
    that_clause.find,
    trailing.find,
    according.find,
    bare.find,
    parenthetical.find,
    colon.find,
    transcript.find,
)
"""In this order (it matters only for ties between equally confident suggestions)."""
