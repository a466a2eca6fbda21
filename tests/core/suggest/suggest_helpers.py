"""Shared by the suggestion tests: the test data folders and a lookup by quoted text."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.suggest import Suggestion

DATA = Path(__file__).resolve().parents[2] / "data"
EVAL = DATA / "suggest_eval"


def by_text(suggestions: list[Suggestion]) -> dict[str, Suggestion]:
    return {s.text: s for s in suggestions}
