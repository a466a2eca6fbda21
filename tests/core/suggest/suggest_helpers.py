"""Shared by the suggestion tests: the test data folders, a lookup by quoted text and the
speakers suggested for a text."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.suggest import Suggestion, suggest_attributions

DATA = Path(__file__).resolve().parents[2] / "data"
EVAL = DATA / "suggest_eval"


def by_text(suggestions: list[Suggestion]) -> dict[str, Suggestion]:
    return {s.text: s for s in suggestions}


def speakers(text: str, language: str = "en") -> list[str]:
    """The speaker of each suggestion for ``text``, in the text's order."""
    return [s.speaker for s in suggest_attributions(text, language=language)]
