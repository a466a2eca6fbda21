"""Our own hand-annotated evaluation set (tests/data/suggest_eval): consistent, and the
suggester above a modest floor on it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from suggest_helpers import DATA, EVAL

from claimdesk.core.suggest import DIRECT, INDIRECT

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"


def _module(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_evaluation_set_is_consistent() -> None:
    articles = sorted(EVAL.glob("*.txt"))
    assert len(articles) >= 10
    languages = set()
    for article in articles:
        text = article.read_text(encoding="utf-8")
        data = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
        languages.add(data["language"])
        assert data["quotes"], article.name
        for quote in data["quotes"]:
            assert quote["text"] in text, (article.name, quote["text"])
            assert quote["speaker"].strip()
            assert quote["kind"] in (DIRECT, INDIRECT)
    assert {"ru", "en"} <= languages
    sample = (DATA / "ru-sputnik-baku-ambassador.txt").read_text(encoding="utf-8")
    assert any(a.read_text(encoding="utf-8") == sample for a in articles)


def test_evaluation_reaches_a_floor() -> None:
    results = _module("suggest_eval").evaluate(EVAL)  # type: ignore[attr-defined]
    for language in ("ru", "en"):
        precision, recall, _ = results[language].speaker()
        assert precision >= 0.8, (language, precision)
        assert recall >= 0.65, (language, recall)
