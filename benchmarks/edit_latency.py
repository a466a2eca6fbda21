"""Benchmark: suggestions for a 5,000-word article and single attributions on a PostgreSQL team
catalogue, this tree's code beside another revision's (by default ``main``), in the same run.

The Catalogue tab's indexes (migration 0005) add work to every write: triggers keep the sort keys
and a GIN trigram index follows ``claim.quote_folded``. This prints what that costs where a
person waits: the suggestions panel for a long article, and storing one attribution.

For each code tree (this one, and ``git archive REV src`` of the baseline revision) a child
process runs with that tree first on ``PYTHONPATH`` and, on its own throwaway PostgreSQL server
(tests/pgserver.py's binaries, a unix socket only):

* builds a catalogue of ``--claims`` claims as benchmarks/catalogue_view.py does (realistic
  Russian and English quotes, one speaker per 20 claims, aliases), then the server claim index
  (``catalogue.index.build()``: the match_* rows every attribution also writes);
* adds a Russian article of 5,000 words (the sample article's paragraphs repeated) and times
  ``pending_suggestions`` on it ``--repeat`` times (the panel's reading: the engine, the
  catalogue's speakers matched, the article's claims left out);
* attributes ``--attributions`` suggested spans one at a time through
  ``Catalogue.attribute_span`` (each its own transaction, with a speaker, as the GUI stores
  one), timing each.

It prints the median and p95 of each, per tree. It never judges the figures.

Run from the repository root::

    .venv/bin/python benchmarks/edit_latency.py                    # 100,000 claims, vs main
    .venv/bin/python benchmarks/edit_latency.py --claims 20000 --baseline b144a1e
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
SAMPLE = ROOT / "tests" / "data" / "ru-sputnik-baku-ambassador.txt"
WORDS = 5_000


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def long_article() -> str:
    """The sample article's paragraphs repeated to 5,000 words."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    out: list[str] = []
    words = 0
    while words < WORDS:
        for paragraph in paragraphs:
            out.append(paragraph)
            words += len(paragraph.split())
            if words >= WORDS:
                break
    return "\n\n".join(out)


def child(n_claims: int, repeat: int, attributions: int) -> dict[str, Any]:
    """Measure the code on ``sys.path`` (run with the tree's src first on PYTHONPATH)."""
    sys.path[:0] = [str(BENCHMARKS), str(ROOT / "tests")]
    import catalogue_view
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.suggest.stored import pending_suggestions

    with catalogue_view.postgres(True, None) as server:
        if server is None:
            raise SystemExit("PostgreSQL is not installed")
        server.has_database("latency")
        url = server.url("latency")
        began = time.perf_counter()
        catalogue_view.fill_catalogue(url, n_claims)
        built = time.perf_counter() - began
        _continue_ids(url)
        with Catalogue.open(url) as catalogue:
            began = time.perf_counter()
            catalogue.index.build()
            indexed = time.perf_counter() - began
            article = catalogue.add_article(long_article(), title="Долгая статья", language="ru").id
            suggest: list[float] = []
            found: list[Any] = []
            for _ in range(repeat):
                began = time.perf_counter()
                found = pending_suggestions(catalogue, article)
                suggest.append(time.perf_counter() - began)
            speakers = [s.speaker or "Неизвестный" for s in found] or ["Неизвестный"]
            spans = [(s.start, s.end) for s in found]
            attribute: list[float] = []
            for i in range(min(attributions, len(spans))):
                start, end = spans[i]
                began = time.perf_counter()
                catalogue.attribute_span(article, start, end, new_speaker=speakers[i])
                attribute.append(time.perf_counter() - began)
            claims = catalogue.count_claims()
    return {
        "built": built,
        "indexed": indexed,
        "suggest": suggest,
        "suggestions": len(found),
        "attribute": attribute,
        "claims": claims,
    }


def _continue_ids(url: str) -> None:
    """The fill gave its rows their ids: the server's id sequences go on after them."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            for table in ("article", "speaker", "speaker_alias", "claim", "claim_link"):
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
                )
    finally:
        engine.dispose()


def baseline_tree(revision: str, folder: Path) -> Path:
    """``revision``'s src exported into ``folder`` (its code, not this tree's)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder / "src"


def run_tree(src: Path, args: argparse.Namespace) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, __file__, "--child", "--claims", str(args.claims),
               "--repeat", str(args.repeat), "--attributions", str(args.attributions)]  # fmt: skip
    done = subprocess.run(command, check=False, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"the run of {src} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def report(label: str, result: dict[str, Any]) -> None:
    def ms(values: Sequence[float]) -> str:
        if not values:
            return "(none)"
        return (
            f"median {statistics.median(values) * 1000:7.1f} ms   p95 "
            f"{percentile(values, 0.95) * 1000:7.1f} ms   ({len(values)} timings)"
        )

    print(f"\n{label}: {result['claims']:,} claims after the run; catalogue built in "
          f"{result['built']:.0f} s, server claim index in {result['indexed']:.0f} s")  # fmt: skip
    print(f"  suggestions, {WORDS:,}-word article ({result['suggestions']} found)  "
          f"{ms(result['suggest'])}")  # fmt: skip
    print(f"  attribute one span (own transaction)            {ms(result['attribute'])}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5, help="runs of the suggestions")
    parser.add_argument("--attributions", type=int, default=60)
    parser.add_argument("--baseline", default="main", help="the revision to compare with")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        print(json.dumps(child(args.claims, args.repeat, args.attributions)))
        return 0
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-latency-") as scratch:
        old = baseline_tree(args.baseline, Path(scratch))
        for label, src in ((f"baseline: {args.baseline}'s code", old), ("this tree", ROOT / "src")):
            report(label, run_tree(src, args))
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
