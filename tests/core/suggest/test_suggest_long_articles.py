"""Suggestions that finish in time on a long article (issue 15): the work grows with the
article's length, not with its square, however long its sentences or however many people it
names."""

from __future__ import annotations

import time

from claimdesk.core.suggest import suggest_attributions


def test_suggestions_on_a_long_article_without_full_stops_take_linear_time() -> None:
    # a "sentence" of 200,000 characters took 15 s, growing with the square of its length
    text = "Иванов сказал, что мы готовы к переговорам, и " * 4_400
    started = time.perf_counter()
    found = suggest_attributions(text, language="ru")
    assert time.perf_counter() - started < 5.0
    assert found and all(len(s.text) <= 2_000 for s in found)


def test_suggestions_on_an_article_naming_thousands_of_people_take_linear_time() -> None:
    # each capitalised word was compared with every person named so far
    syllables = "ба ва га да ка ла ма на па ра са та бо во го до ко ло мо но по ро".split()
    count = len(syllables)
    names = [
        (syllables[i % count] + syllables[i // count % count] + syllables[i // count**2])
        .capitalize()
        .__add__("ов")
        for i in range(3000)
    ]
    assert len(set(names)) == 3000
    text = "\n".join(
        f"{name} заявил: «Мы готовы к переговорам». Затем {name} уехал." for name in names * 2
    )
    started = time.perf_counter()
    found = suggest_attributions(text, language="ru")
    assert time.perf_counter() - started < 10.0
    assert len(found) > 5900  # a quote each
