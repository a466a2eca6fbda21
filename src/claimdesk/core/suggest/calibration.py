"""Confidence of a suggestion: the share of such suggestions that were right on the development
sets, by what it rests on (the pattern that found it and how its speaker was found).

A language's data file may hold its own table (``"calibration"``, measured on that language's
development set alone); a language without one uses :data:`MEASURED` below, measured on the
English and Russian sets together. ``benchmarks/suggest_external.py --calibration`` measures
both (span and speaker both right, by that folder's scoring rule) and prints them in these
forms. A basis measured on fewer than a few suggestions keeps the pattern's own estimate (the
confidence a rule family gives), drawn towards what was measured in proportion to the number of
suggestions it rests on.
"""

from __future__ import annotations

from claimdesk.core.domain.values import DEFAULT_MIN_CONFIDENCE as DEFAULT_MIN_CONFIDENCE  # noqa: PLC0414
from claimdesk.core.suggest.language import available_languages, load_language

_WEIGHT = 5.0
"""How many suggestions the pattern's own estimate counts for against the measured ones."""

# Measured on en-polnear-train and ru-adaq-dev together (2026-12-03).
MEASURED: dict[str, tuple[int, int]] = {
    "quote after/surname": (140, 164),  # 0.85
    "quote after/full name": (96, 103),  # 0.93
    "continued/surname": (77, 88),  # 0.88
    "quote after/pronoun": (42, 67),  # 0.63
    "continued/full name": (45, 52),  # 0.87
    "that/surname": (32, 51),  # 0.63
    "bare/surname": (28, 43),  # 0.65
    "bare/full name": (30, 34),  # 0.88
    "continued/pronoun": (16, 34),  # 0.47
    "quote after/surname only": (27, 33),  # 0.82
    "that/full name": (22, 31),  # 0.71
    "quote before/surname": (21, 29),  # 0.72
    "that/organisation": (12, 24),  # 0.50
    "bare/organisation": (13, 22),  # 0.59
    "that/surname only": (5, 20),  # 0.25
    "quote before/pronoun": (13, 18),  # 0.72
    "bare/surname only": (5, 17),  # 0.29
    "bare/pronoun": (7, 17),  # 0.41
    "continued/surname only": (10, 14),  # 0.71
    "parenthetical/pronoun": (7, 13),  # 0.54
    "according/organisation": (6, 11),  # 0.55
    "parenthetical/organisation": (9, 11),  # 0.82
    "that/pronoun": (6, 11),  # 0.55
    "quote after/description": (8, 9),  # 0.89
    "quote before/surname only": (6, 9),  # 0.67
    "trailing/organisation": (7, 8),  # 0.88
    "quote before/full name": (6, 7),  # 0.86
    "quote after/organisation": (3, 6),  # 0.50
    "trailing/surname": (2, 6),  # 0.33
    "continued/description": (5, 5),  # 1.00
    "transcript/full name": (3, 4),  # 0.75
    "according/full name": (2, 4),  # 0.50
    "parenthetical/surname": (2, 4),  # 0.50
    "transcript/surname": (2, 3),  # 0.67
    "parenthetical/full name": (2, 3),  # 0.67
    "that/title": (1, 3),  # 0.33
    "continued/organisation": (3, 3),  # 1.00
    "that/description": (2, 3),  # 0.67
    "trailing/title": (0, 2),  # 0.00
    "trailing/full name": (2, 2),  # 1.00
    "bare/title": (1, 2),  # 0.50
    "according/surname only": (2, 2),  # 1.00
    "trailing/description": (2, 2),  # 1.00
    "quote after/title": (0, 2),  # 0.00
    "colon/surname only": (2, 2),  # 1.00
    "according/surname": (1, 1),  # 1.00
    "colon/title": (0, 1),  # 0.00
    "colon/surname": (1, 1),  # 1.00
    "according/title": (0, 1),  # 0.00
    "continued/title": (0, 1),  # 0.00
    "trailing/pronoun": (0, 1),  # 0.00
    "bare/description": (1, 1),  # 1.00
    "parenthetical/surname only": (0, 1),  # 0.00
    "parenthetical/description": (1, 1),  # 1.00
    "colon/full name": (1, 1),  # 1.00
    "according/pronoun": (0, 1),  # 0.00
}
"""basis -> (right, suggested) on the development sets."""


def min_confidence(language: str | None) -> float:
    """The least confidence of the suggestions shown by default for an article in ``language``:
    its data file's ``min_confidence`` (the least at which the suggestions on that language's
    development set were right nine times in ten or more, ``benchmarks/suggest_external.py
    --threshold``), else :data:`DEFAULT_MIN_CONFIDENCE`."""
    if language is None or language not in available_languages():
        return DEFAULT_MIN_CONFIDENCE
    value = load_language(language).min_confidence
    return DEFAULT_MIN_CONFIDENCE if value is None else value


def calibrated(
    basis: str, estimate: float, measured: dict[str, tuple[int, int]] | None = None
) -> float:
    """The confidence for ``basis``: the measured share right (in ``measured``, the article
    language's own table, else :data:`MEASURED`), smoothed towards ``estimate``. A basis with a
    qualifier ("quote after/surname+long name") that the table lacks is looked up without it."""
    table = MEASURED if measured is None else measured
    while basis not in table and "+" in basis:  # "that/surname+long name" → "that/surname"
        basis = basis.rsplit("+", 1)[0]
    right, suggested = table.get(basis, (0, 0))
    return (right + _WEIGHT * estimate) / (suggested + _WEIGHT)
