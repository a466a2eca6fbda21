"""Suggestions whose work grows with the article's length, not with its square (issue 15),
however long its sentences or however many people it names.

Each test reads a text and one four times as long and compares the CPU time the two took, in the
same run: about four times as much for linear work, sixteen for quadratic (the old code). The
ratio, not a time, is asserted, so a slow or busy machine does not fail it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from claimdesk.core.suggest import Suggestion, suggest_attributions
from claimdesk.core.suggest.russian_nlp import models

MOST_GROWTH = 8.0
"""The largest CPU-time ratio allowed for a text four times as long (linear: ~4; square: ~16)."""


def growth(make_text: Callable[[int], str], size: int) -> tuple[float, list[Suggestion]]:
    """The CPU-time ratio of suggesting on ``make_text(4 * size)`` to ``make_text(size)``, and
    the suggestions for the longer text."""
    models()  # the parser loaded before either is timed (it loads once per process)
    times = []
    found: list[Suggestion] = []
    for n in (size, 4 * size):
        text = make_text(n)
        started = time.process_time()
        found = suggest_attributions(text, language="ru")
        times.append(max(time.process_time() - started, 1e-3))
    return times[1] / times[0], found


def test_suggestions_on_a_long_article_without_full_stops_take_linear_time() -> None:
    # a "sentence" of 200,000 characters took 15 s, growing with the square of its length
    ratio, found = growth(lambda n: "Иванов сказал, что мы готовы к переговорам, и " * n, 1_100)
    assert ratio < MOST_GROWTH, f"four times the text took {ratio:.1f} times as long"
    assert found and all(len(s.text) <= 2_000 for s in found)


def _names(count: int) -> list[str]:
    syllables = "ба ва га да ка ла ма на па ра са та бо во го до ко ло мо но по ро".split()
    n = len(syllables)
    return [
        (syllables[i % n] + syllables[i // n % n] + syllables[i // n**2]).capitalize() + "ов"
        for i in range(count)
    ]


def test_suggestions_on_an_article_naming_thousands_of_people_take_linear_time() -> None:
    # each capitalised word was compared with every person named so far
    assert len(set(_names(3000))) == 3000

    def article(count: int) -> str:
        return "\n".join(
            f"{name} заявил: «Мы готовы к переговорам». Затем {name} уехал."
            for name in _names(count) * 2
        )

    ratio, found = growth(article, 750)
    assert ratio < MOST_GROWTH, f"four times the people took {ratio:.1f} times as long"
    assert len(found) > 5900  # a quote each
