"""Evaluation: suggested attributions on the external development sets (../shared/eval).

The folder ``shared/eval`` beside the repository holds news that people outside the project
annotated by hand (``en-polnear-train``: English, ``ru-adaq-dev``: Russian), as ``NAME.txt`` and
``NAME.gold.json``; its README gives the format, the terms of use and the scoring rule. The texts
are not ours: this script reads them at run time and nothing of them goes into the repository.

Scoring, exactly as that README says (speakers compared after casefolding, ё→е and collapsing
white space; "overlaps by half" means the shared part is at least half of the longer span):

* a suggestion is a true positive when it overlaps a gold quote by half and has its speaker;
* it is ignored when it is no true positive, overlaps no gold quote by half and overlaps an
  optional span by half (the same measure); every other suggestion is a false positive;
* precision = TP / (TP + FP); recall = gold quotes matched by a true positive / gold quotes;
* span-only figures are the same counts without the speaker condition.

Printed per language: micro P/R/F1 (span+speaker and span-only); recall by gold kind and
precision by suggested kind; recall by gold speaker type and precision by how the suggestion
names its speaker; precision and recall at several confidence thresholds, the default one
(:data:`claimdesk.core.suggest.DEFAULT_MIN_CONFIDENCE`, 0.9 where it is not defined) marked; the
failure classes with counts; and the time of one call on a 5,000-word article made of our own
test articles (tests/data/suggest_eval, never the external texts) beside a baseline measured in
the same run: one pass of the word tokenizer and the speech-verb pattern over the same text,
the least any rule-based suggester must spend.

Gold speaker types, by simple rules on the gold speaker and its article:

* **organisation/group**: several people ("and", "и", a comma), a word in capitals of 2+ letters
  ("IMF", "МИД"), a head word from the short list below, or an English last word that is a
  lowercase plural ("critics");
* **pronoun**: the speaker is a pronoun ("он", "я": the Russian set keeps them), or no word of
  the named speaker occurs within 100 characters of the quote (the source was a pronoun or
  another reference resolved by coreference);
* **named person**: 1–4 words, each capitalised (particles such as "de", "van" aside);
* **title/description**: anything else ("the president", "режиссер").

Failure classes: a gold quote is missed when no suggestion overlaps it by half ("partly found"
when one overlaps it less); a span found with the wrong speaker is a partial name (the
suggestion's words are a part of the gold's), extra words (the gold's words are a part of the
suggestion's: a title or apposition kept), a place or affiliation (the mention follows "of",
"in", "from", "(" or "-"), a pronoun or title resolved to someone else, an organisation or group
given to a person, no speaker, or another person. Suggestions that overlap no gold quote are
counted as "suggested where there is no quote".

Run from the repository root (exits 0 with a note when the folder is absent)::

    .venv/bin/python benchmarks/suggest_external.py [--eval-dir DIR] [--misses N] [--only en]

``CLAIMDESK_EVAL_DIR`` overrides the folder too.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimdesk.core import suggest
from claimdesk.core.suggest import Suggestion, suggest_attributions

REPO = Path(__file__).resolve().parents[1]
# ``shared/eval`` beside the repository (parents[2] of this file); from a git worktree nested one
# folder deeper, the nearest ancestor that has it.
EVAL = next(
    (
        p / "shared" / "eval"
        for p in Path(__file__).resolve().parents[2:]
        if (p / "shared" / "eval").is_dir()
    ),
    Path(__file__).resolve().parents[2] / "shared" / "eval",
)
SETS = {"en": "en-polnear-train", "ru": "ru-adaq-dev"}
OWN = REPO / "tests" / "data" / "suggest_eval"
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.95)
DEFAULT_THRESHOLD: float = getattr(suggest, "DEFAULT_MIN_CONFIDENCE", 0.9)

PRONOUNS = frozenset(
    "he she they i we you it him her them us me who which "
    "он она они я мы вы ты оно его ее её их кто который которая которые".split()
)
GROUP_HEADS = frozenset(
    """administration agency association board campaign commission committee company congress
    council court department democrats government group house ministry network news newspaper
    office organization organisation party police post republicans senate service staff team
    times union aides analysts critics experts officials supporters voters
    министерство мид служба правительство комитет партия компания агентство совет суд власти
    эксперты специалисты ученые аналитики депутаты чиновники сторонники критики""".split()
)
PARTICLES = frozenset("de da del della di du la le van von der den bin al ibn st. jr. sr.".split())
TYPES = ("named person", "pronoun", "title/description", "organisation/group")


def norm(name: str) -> str:
    """The README's speaker comparison: casefold, ё→е, white space collapsed."""
    return " ".join(name.casefold().replace("ё", "е").split())


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    speaker: str
    kind: str
    type: str


@dataclass
class Article:
    name: str
    language: str
    text: str
    quotes: list[Quote]
    optional: list[tuple[int, int]]


def speaker_type(speaker: str, text: str, start: int, end: int) -> str:
    words = speaker.replace(",", " , ").split()
    folded = [w.casefold().strip(".'’") for w in words]
    if not words:
        return "title/description"
    if "and" in folded or "и" in folded or "," in words:
        return "organisation/group"
    if any(len(w) > 1 and w.isupper() and w.isalpha() for w in words):
        return "organisation/group"
    if any(w in GROUP_HEADS for w in folded):
        return "organisation/group"
    last = words[-1]
    if re.fullmatch(r"[a-z]+[^s]s", last):
        return "organisation/group"
    if len(words) == 1 and folded[0] in PRONOUNS:
        return "pronoun"
    named = len(words) <= 4 and all(
        any(part[:1].isupper() for part in w.split("-")) or f in PARTICLES
        for w, f in zip(words, folded, strict=True)
    )
    if named:
        window = text[max(0, start - 100) : end + 100].casefold()
        if not any(len(f) > 2 and f in window for f in folded if f not in PARTICLES):
            return "pronoun"
        return "named person"
    return "title/description"


def load_set(folder: Path) -> list[Article]:
    articles = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        text = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt").read_bytes()
        text_s = text.decode("utf-8")
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        quotes = []
        for q in data["quotes"]:
            start = text_s.find(q["text"])
            if start < 0:
                raise ValueError(f"{gold_path.name}: a gold quote is not in the text")
            end = start + len(q["text"])
            quotes.append(
                Quote(
                    start,
                    end,
                    q["speaker"],
                    q["kind"],
                    speaker_type(q["speaker"], text_s, start, end),
                )
            )
        optional = []
        for o in data.get("optional", []):
            start = text_s.find(o["text"])
            if start >= 0:
                optional.append((start, start + len(o["text"])))
        articles.append(Article(gold_path.name, data["language"], text_s, quotes, optional))
    return articles


def by_half(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared * 2 >= max(a_end - a_start, b_end - b_start)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return min(a_end, b_end) > max(a_start, b_start)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    span_tp: int = 0
    span_fp: int = 0
    gold: int = 0
    gold_hit: int = 0
    gold_span_hit: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def prf(tp: int, fp: int, hit: int, gold: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = hit / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def speaker(self) -> tuple[float, float, float]:
        return self.prf(self.tp, self.fp, self.gold_hit, self.gold)

    def span(self) -> tuple[float, float, float]:
        return self.prf(self.span_tp, self.span_fp, self.gold_span_hit, self.gold)


@dataclass
class Report:
    total: Counts = field(default_factory=Counts)
    gold_by: dict[str, Counts] = field(default_factory=dict)  # "kind:direct", "type:pronoun"
    sugg_by: dict[str, Counts] = field(default_factory=dict)  # "kind:direct", "ref:name"
    failures: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)


def _place_like(text: str, s: Suggestion) -> bool:
    before = text[max(0, s.mention_start - 6) : s.mention_start]
    after = text[s.mention_end : s.mention_end + 1]
    return bool(re.search(r"(?:\b(?:of|in|from|at)\s+|[(-]\s*)$", before)) or after == ")"


def failure_of(article: Article, quote: Quote, suggestions: list[Suggestion]) -> str:
    half = [s for s in suggestions if by_half(s.start, s.end, quote.start, quote.end)]
    if not half:
        if any(overlaps(s.start, s.end, quote.start, quote.end) for s in suggestions):
            return "span partly found (overlap under half)"
        return "span missed"
    s = half[0]
    if not s.speaker:
        return "span found, no speaker"
    got, want = norm(s.speaker).split(), norm(quote.speaker).split()
    if set(got) < set(want):
        return "span found, speaker a partial name"
    if set(want) < set(got):
        return "span found, speaker with extra words (title/apposition)"
    if quote.type == "organisation/group" and s.reference != "organisation":
        return "span found, organisation/group given to a person"
    if _place_like(article.text, s):
        return "span found, speaker a place/affiliation"
    if s.reference == "pronoun":
        return "span found, pronoun resolved to someone else"
    if s.reference == "title":
        return "span found, title resolved to someone else"
    return "span found, another person"


def score(
    article: Article, suggestions: list[Suggestion], report: Report, examples: int = 0
) -> None:
    total = Counts(gold=len(article.quotes))
    for q in article.quotes:
        for key in (f"kind:{q.kind}", f"type:{q.type}"):
            report.gold_by.setdefault(key, Counts()).gold += 1
    for s in suggestions:
        on_gold = [q for q in article.quotes if by_half(s.start, s.end, q.start, q.end)]
        hit = [q for q in on_gold if norm(q.speaker) == norm(s.speaker)]
        keys = (f"kind:{s.kind}", f"ref:{s.reference}")
        if hit:
            total.tp += 1
        elif on_gold or not any(by_half(s.start, s.end, a, b) for a, b in article.optional):
            total.fp += 1
        if on_gold:
            total.span_tp += 1
        elif not any(by_half(s.start, s.end, a, b) for a, b in article.optional):
            total.span_fp += 1
            report.failures["suggested where there is no quote"] += 1
            _example(report, "suggested where there is no quote", article, s.text, examples)
        for key in keys:
            c = report.sugg_by.setdefault(key, Counts())
            if hit:
                c.tp += 1
            elif on_gold or not any(by_half(s.start, s.end, a, b) for a, b in article.optional):
                c.fp += 1
            if on_gold:
                c.span_tp += 1
            elif not any(by_half(s.start, s.end, a, b) for a, b in article.optional):
                c.span_fp += 1
    for q in article.quotes:
        half = [s for s in suggestions if by_half(s.start, s.end, q.start, q.end)]
        matched = any(norm(s.speaker) == norm(q.speaker) for s in half)
        total.gold_hit += matched
        total.gold_span_hit += bool(half)
        for key in (f"kind:{q.kind}", f"type:{q.type}"):
            report.gold_by[key].gold_hit += matched
            report.gold_by[key].gold_span_hit += bool(half)
        if not matched:
            failure = failure_of(article, q, suggestions)
            report.failures[failure] += 1
            got = half[0].speaker if half else ""
            quoted = article.text[q.start : q.end]
            line = f"{q.kind}/{q.type}: gold {q.speaker!r}, got {got!r}: {quoted}"
            _example(report, failure, article, line, examples)
    report.total.add(total)


def _example(report: Report, failure: str, article: Article, line: str, examples: int) -> None:
    if examples:
        listed = report.examples.setdefault(failure, [])
        if len(listed) < examples:
            listed.append(f"{article.name}: {' '.join(line.split())[:200]}")


def run(
    articles: list[Article], language: str, threshold: float = 0.0, examples: int = 0
) -> Report:
    report = Report()
    for article in articles:
        found = [
            s
            for s in suggest_attributions(article.text, language=language)
            if s.confidence >= threshold
        ]
        score(article, found, report, examples)
    return report


def _row(label: str, c: Counts) -> str:
    p, r, f = c.speaker()
    sp, sr, sf = c.span()
    return (
        f"  {label:<28} {c.gold:>5} {c.tp + c.fp:>6}   {p:.2f} / {r:.2f} / {f:.2f}"
        f"     {sp:.2f} / {sr:.2f} / {sf:.2f}"
    )


def print_language(language: str, articles: list[Article], examples: int) -> dict[str, float]:
    report = run(articles, language, 0.0, examples)
    quotes = sum(len(a.quotes) for a in articles)
    print(f"\n== {language}: {SETS[language]} ({len(articles)} files, {quotes} gold quotes)")
    head = f"  {'':<28} {'gold':>5} {'sugg.':>6}   span+speaker P / R / F1  span-only P / R / F1"
    print(head)
    print(_row("all suggestions", report.total))
    default = run(articles, language, DEFAULT_THRESHOLD)
    print(_row(f"shown by default (>= {DEFAULT_THRESHOLD:.2f})", default.total))
    print("  by gold kind (recall) / suggested kind (precision):")
    for kind in ("direct", "indirect"):
        g = report.gold_by.get(f"kind:{kind}", Counts())
        s = report.sugg_by.get(f"kind:{kind}", Counts())
        _, r, _ = g.speaker()
        _, sr, _ = g.span()
        p, _, _ = s.speaker()
        sp, _, _ = s.span()
        print(
            f"    {kind:<12} gold {g.gold:>4}  R {r:.2f} (span {sr:.2f})   "
            f"suggested {s.tp + s.fp:>4}  P {p:.2f} (span {sp:.2f})"
        )
    print("  recall by gold speaker type:")
    for kind in TYPES:
        g = report.gold_by.get(f"type:{kind}", Counts())
        _, r, _ = g.speaker()
        _, sr, _ = g.span()
        print(f"    {kind:<20} gold {g.gold:>4}  R {r:.2f} (span {sr:.2f})")
    print("  precision by how the suggestion names its speaker:")
    for ref in ("name", "pronoun", "title", "organisation"):
        s = report.sugg_by.get(f"ref:{ref}", Counts())
        p, _, _ = s.speaker()
        sp, _, _ = s.span()
        print(f"    {ref:<20} suggested {s.tp + s.fp:>4}  P {p:.2f} (span {sp:.2f})")
    print("  thresholds:   min conf  sugg.   P      R      F1")
    for threshold in THRESHOLDS:
        r = run(articles, language, threshold).total
        p, rec, f = r.speaker()
        mark = "  <- default" if abs(threshold - DEFAULT_THRESHOLD) < 1e-9 else ""
        print(f"{'':>17}{threshold:.2f}   {r.tp + r.fp:>5}   {p:.2f}   {rec:.2f}   {f:.2f}{mark}")
    print("  failure classes (gold quotes not matched; false suggestions):")
    for failure, count in report.failures.most_common():
        print(f"    {count:>5}  {failure}")
        for line in report.examples.get(failure, []):
            print(f"             {line}")
    p, r, f = report.total.speaker()
    dp, dr, _ = default.total.speaker()
    return {"P": p, "R": r, "F1": f, "default P": dp, "default R": dr}


def timing() -> None:
    """One call on a ~5,000-word article of our own text, beside a tokenizer + verb-pattern pass."""
    for language in ("en", "ru"):
        texts = [p.read_text(encoding="utf-8") for p in sorted(OWN.glob(f"{language}-*.txt"))]
        if not texts:
            continue
        article = "\n".join(texts)
        while len(article.split()) < 5000:
            article += "\n" + "\n".join(texts)
        suggest_attributions(article, language=language)  # dictionaries loaded, caches warm
        started = time.perf_counter()
        found = suggest_attributions(article, language=language)
        took = time.perf_counter() - started
        lang = suggest.load_language(language)
        started = time.perf_counter()
        words = len(re.findall(r"\w+", article))
        verbs = len(lang.verb_re.findall(article))
        base = time.perf_counter() - started
        print(
            f"time {language}: {len(article.split())} words, {len(found)} suggestions in "
            f"{took * 1000:.0f} ms; baseline (tokenizer + verb pattern: {words} words, "
            f"{verbs} verbs) {base * 1000:.1f} ms"
        )


def calibration(folder: Path) -> None:
    """Print, per basis of confidence, how many suggestions were right on both sets together,
    in the form of ``claimdesk.core.suggest.calibration.MEASURED``."""
    counts: dict[str, list[int]] = {}
    for language, name in SETS.items():
        if not (folder / name).is_dir():
            continue
        for article in load_set(folder / name):
            for s in suggest_attributions(article.text, language=language):
                on_gold = [q for q in article.quotes if by_half(s.start, s.end, q.start, q.end)]
                right = any(norm(q.speaker) == norm(s.speaker) for q in on_gold)
                optional = any(by_half(s.start, s.end, a, b) for a, b in article.optional)
                if not right and not on_gold and optional:
                    continue  # ignored: neither right nor wrong
                tally = counts.setdefault(s.basis, [0, 0])
                tally[0] += right
                tally[1] += 1
    print("MEASURED: dict[str, tuple[int, int]] = {")
    for basis, (right, suggested) in sorted(counts.items(), key=lambda kv: -kv[1][1]):
        print(f"    {basis!r}: ({right}, {suggested}),  # {right / suggested:.2f}")
    print("}")


def own_set() -> dict[str, Any]:
    """Our own annotated articles scored by benchmarks/suggest_eval.py, for the same summary."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import suggest_eval

    results: dict[str, Any] = suggest_eval.evaluate(OWN)
    return results


def lowest_threshold(folder: Path, wanted: float = 0.90) -> None:
    """The least confidence (in steps of 0.01) at which precision reaches ``wanted`` on every
    set: how DEFAULT_MIN_CONFIDENCE is chosen."""
    sets = {
        lang: load_set(folder / name) for lang, name in SETS.items() if (folder / name).is_dir()
    }
    for step in range(50, 100):
        threshold = step / 100
        totals = {lang: run(articles, lang, threshold).total for lang, articles in sets.items()}
        if all(t.tp and t.tp / (t.tp + t.fp) >= wanted for t in totals.values()):
            shares = ", ".join(
                f"{lang} P {t.tp / (t.tp + t.fp):.3f} R {t.gold_hit / t.gold:.3f}"
                for lang, t in totals.items()
            )
            print(f"least confidence with precision >= {wanted:.2f} on every set: {threshold:.2f}")
            print(f"  ({shares})")
            return
    print(f"no confidence gives precision >= {wanted:.2f} on every set")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--eval-dir",
        type=Path,
        default=Path(os.environ.get("CLAIMDESK_EVAL_DIR", EVAL)),
        help="the folder holding en-polnear-train/ and ru-adaq-dev/ (env CLAIMDESK_EVAL_DIR)",
    )
    parser.add_argument("--misses", type=int, default=0, help="examples per failure class")
    parser.add_argument("--only", choices=sorted(SETS), help="one language")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument(
        "--calibration", action="store_true", help="print the confidence table and stop"
    )
    parser.add_argument(
        "--threshold",
        action="store_true",
        help="print the least confidence at which every set's precision is >= 0.90, and stop",
    )
    args = parser.parse_args(argv)
    folder: Path = args.eval_dir
    if not folder.is_dir():
        print(f"No external evaluation data at {folder}: nothing scored (see --eval-dir).")
        return 0
    if args.calibration:
        calibration(folder)
        return 0
    if args.threshold:
        lowest_threshold(folder)
        return 0
    summary = {}
    for language, name in SETS.items():
        if args.only and language != args.only:
            continue
        if not (folder / name).is_dir():
            print(f"No {name}/ in {folder}: {language} not scored.")
            continue
        summary[language] = print_language(language, load_set(folder / name), args.misses)
    print(
        f"\nsummary {datetime.date.today().isoformat()} (span+speaker P / R / F1; "
        f"shown by default: confidence >= {DEFAULT_THRESHOLD:.2f}):"
    )
    for language, s in summary.items():
        print(
            f"  {SETS[language]:<17} P {s['P']:.2f} R {s['R']:.2f} F1 {s['F1']:.2f}; "
            f"shown by default P {s['default P']:.2f} R {s['default R']:.2f}"
        )
    for language, own in sorted(own_set().items()):
        p, r, f = own.speaker()
        print(f"  own set ({language}){'':<8} P {p:.2f} R {r:.2f} F1 {f:.2f}")
    if not args.no_timing:
        timing()
    return 0


if __name__ == "__main__":
    sys.exit(main())
