"""Evaluation: suggested attributions against hand-annotated news articles.

tests/data/suggest_eval/ holds articles (``NAME.txt``) and their annotations (``NAME.json``:
``language`` and ``quotes``, each quote's exact ``text``, ``speaker`` and ``kind``). For each
language this prints precision, recall and F1 of

* span: a suggestion matches an annotated quote when their overlap covers at least half of
  each (one suggestion per quote, best overlap first);
* span + speaker: the same, and the suggested speaker is the annotated one (case, ё/е and
  script folded; a leading "the" of an organisation or group does not count);

and, with ``--misses``, the quotes missed and the suggestions that match nothing. It also times
one call on an article of about 5,000 words per language (the set's articles run together),
and prints the time without judging it.

Run from the repository root::

    .venv/bin/python benchmarks/suggest_eval.py [--misses] [--folder DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.core.matching.similarity import name_key
from claimdesk.core.suggest import Suggestion, suggest_attributions

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "data" / "suggest_eval"


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    speaker: str


@dataclass
class Scores:
    suggested: int = 0
    annotated: int = 0
    span_hits: int = 0
    speaker_hits: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @staticmethod
    def _prf(hits: int, suggested: int, annotated: int) -> tuple[float, float, float]:
        p = hits / suggested if suggested else 0.0
        r = hits / annotated if annotated else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def span(self) -> tuple[float, float, float]:
        return self._prf(self.span_hits, self.suggested, self.annotated)

    def speaker(self) -> tuple[float, float, float]:
        return self._prf(self.speaker_hits, self.suggested, self.annotated)


def load_article(path: Path) -> tuple[str, str, list[Gold]]:
    """(language, text, annotated quotes) of one article; ValueError for a quote not in it."""
    text = path.read_text(encoding="utf-8")
    data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    gold = []
    for quote in data["quotes"]:
        start = text.find(quote["text"])
        if start < 0:
            raise ValueError(f"{path.name}: not in the article: {quote['text']!r}")
        gold.append(Gold(start, start + len(quote["text"]), quote["text"], quote["speaker"]))
    return data["language"], text, gold


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    shared = min(a_end, b_end) - max(a_start, b_start)
    if shared <= 0:
        return 0.0
    return shared / max(a_end - a_start, b_end - b_start)


def same_speaker(annotated: str, suggested: str) -> bool:
    """Names compared by :func:`name_key`; an organisation or group is the same with or without
    a leading "the" ("the county" and "county")."""
    return name_key(_without_article(annotated)) == name_key(_without_article(suggested))


def _without_article(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first.casefold() == "the" and rest else name


def score_article(gold: list[Gold], suggestions: list[Suggestion], scores: Scores) -> None:
    scores.suggested += len(suggestions)
    scores.annotated += len(gold)
    pairs = sorted(
        (
            (overlap(g.start, g.end, s.start, s.end), gi, si)
            for gi, g in enumerate(gold)
            for si, s in enumerate(suggestions)
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_suggestion: set[int] = set()
    for share, gi, si in pairs:
        if share < 0.5 or gi in used_gold or si in used_suggestion:
            continue
        used_gold.add(gi)
        used_suggestion.add(si)
        scores.span_hits += 1
        if same_speaker(gold[gi].speaker, suggestions[si].speaker):
            scores.speaker_hits += 1
        else:
            scores.wrong.append(
                f"speaker {suggestions[si].speaker!r} for {gold[gi].speaker!r}: "
                f"{gold[gi].text[:60]}"
            )
    scores.misses += [f"missed ({g.speaker}): {g.text[:70]}" for i, g in enumerate(gold)
                      if i not in used_gold]  # fmt: skip
    scores.wrong += [
        f"extra ({s.speaker}, {s.confidence}): {s.text[:70]}"
        for i, s in enumerate(suggestions)
        if i not in used_suggestion
    ]


def evaluate(folder: Path = FOLDER, min_confidence: float = 0.0) -> dict[str, Scores]:
    by_language: dict[str, Scores] = {}
    for path in sorted(folder.glob("*.txt")):
        language, text, gold = load_article(path)
        suggestions = [
            s
            for s in suggest_attributions(text, language=language)
            if s.confidence >= min_confidence
        ]
        score_article(gold, suggestions, by_language.setdefault(language, Scores()))
    return by_language


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=FOLDER)
    parser.add_argument("--misses", action="store_true", help="list misses and wrong suggestions")
    parser.add_argument("--min-confidence", type=float, default=0.0)
    args = parser.parse_args()
    results = evaluate(args.folder, args.min_confidence)
    header = "span P / R / F1        span+speaker P / R / F1"
    print(f"{'lang':<5} {'quotes':>6} {'sugg.':>6}   {header}")
    for language, s in sorted(results.items()):
        sp, sr, sf = s.span()
        kp, kr, kf = s.speaker()
        print(
            f"{language:<5} {s.annotated:>6} {s.suggested:>6}   "
            f"{sp:.2f} / {sr:.2f} / {sf:.2f}     {kp:.2f} / {kr:.2f} / {kf:.2f}"
        )
        if args.misses:
            for line in s.misses + s.wrong:
                print("     ", line)
    for language in sorted(results):
        texts = [
            load_article(p)[1]
            for p in sorted(args.folder.glob("*.txt"))
            if load_article(p)[0] == language
        ]
        article = "\n".join(texts)
        while len(article.split()) < 5000:
            article += "\n" + "\n".join(texts)
        suggest_attributions(article, language=language)  # dictionaries loaded, caches warm
        started = time.perf_counter()
        found = suggest_attributions(article, language=language)
        took = time.perf_counter() - started
        print(
            f"{language}: {len(article.split())} words, {len(found)} suggestions "
            f"in {took * 1000:.0f} ms"
        )
    time_labelled_lines()


LABELLED_LINES = 3000


def time_labelled_lines() -> None:
    """A text of many lines opening with a label ("Jane Doe: …" in a transcript, "Maple Syrup:
    …" in a list) beside prose of the same length, in the same run: each label asks whether
    the article names its words elsewhere, and asked afresh with a scan of the whole text each
    time, 3,000 such lines took 15 s against half a second for prose."""
    words = "the budget will rise next year and the council must decide what to cut".split()
    rng = random.Random(20261205)

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(12)) + "."

    labels = ("Jane Doe", "Tom Reyes", "REYES", "Doe", "Maple Syrup", "Strict Standards")
    transcript = "Mayor Jane Doe spoke to the radio host Tom Reyes.\n" + "".join(
        f"{rng.choice(labels)}: {sentence()}\n" for _ in range(LABELLED_LINES)
    )
    prose = "Mayor Jane Doe spoke to the radio host Tom Reyes.\n" + "".join(
        f"{sentence()}\n" for _ in range(LABELLED_LINES)
    )
    took = {}
    for name, text in (("prose", prose), ("labelled lines", transcript)):
        started = time.perf_counter()
        found = suggest_attributions(text, language="en")
        took[name] = time.perf_counter() - started
        print(
            f"en, {LABELLED_LINES:,} lines of {name} ({len(text):,} characters): "
            f"{len(found)} suggestions in {took[name] * 1000:.0f} ms"
        )
    print(f"labelled lines: {took['labelled lines'] / took['prose']:.1f}x the prose")


if __name__ == "__main__":
    main()
