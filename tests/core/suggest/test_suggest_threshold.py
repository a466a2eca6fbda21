"""The least confidence shown by default is each language's own (``min_confidence`` in its data
file), with :data:`DEFAULT_MIN_CONFIDENCE` for a language whose file names none."""

from __future__ import annotations

import json
from importlib import resources

from claimdesk.core.suggest import (
    DEFAULT_MIN_CONFIDENCE,
    available_languages,
    min_confidence,
    suggest_attributions,
)


def _file_value(code: str) -> float | None:
    path = resources.files("claimdesk.core") / "suggest_data" / f"{code}.json"
    value = json.loads(path.read_text(encoding="utf-8")).get("min_confidence")
    return None if value is None else float(value)


def test_each_language_reads_its_own_least_confidence() -> None:
    for code in available_languages():
        written = _file_value(code)
        expected = DEFAULT_MIN_CONFIDENCE if written is None else written
        assert min_confidence(code) == expected, code
        assert 0.0 < min_confidence(code) < 1.0


def test_an_unknown_language_gets_the_default() -> None:
    assert min_confidence(None) == DEFAULT_MIN_CONFIDENCE
    assert min_confidence("xx") == DEFAULT_MIN_CONFIDENCE


def test_suggestions_say_which_language_they_were_read_in() -> None:
    english = suggest_attributions('"We will open the bridge in May," Mayor Ann Kolb said.')
    russian = suggest_attributions("«Мост откроют в мае», — сказал мэр Анна Колб.")
    assert english and {s.language for s in english} == {"en"}
    assert russian and {s.language for s in russian} == {"ru"}
