"""Benchmark: several desks attributing claims into one catalogue at once, PostgreSQL beside SQLite.

N writer processes each open the catalogue and attribute K spans of one shared article (each a
separate transaction through ``Catalogue.attribute_span``, as the GUI does), all starting at the
same moment. For each backend it prints the attributions per second over the whole run, the
median and p95 latency of one attribution, and checks that every confirmed attribution is stored
once (none lost, none doubled).

Without ``--pg URL`` it starts a throwaway PostgreSQL server in a temporary folder (the same one
the tests use, tests/core/pgserver.py) and stops it afterwards. It never judges the timings: it
only prints them.

Run from the repository root::

    .venv/bin/python benchmarks/team.py                  # 1, 4 and 8 writers, 100 each
    .venv/bin/python benchmarks/team.py --writers 4 --each 50 --pg postgresql+psycopg://me@/team
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

from claimdesk.core.catalogue import Catalogue

REPO = Path(__file__).resolve().parents[1]


def _writer(
    url: str, worker: int, article: int, each: int, start_at: float
) -> tuple[list[float], float, float]:
    """Latencies of this writer's attributions, and when it began and ended (wall clock)."""
    latencies = []
    with Catalogue.open(url, user_name=f"desk{worker}") as catalogue:
        while time.time() < start_at:
            time.sleep(0.002)
        began_at = time.time()
        for i in range(each):
            start = (worker * each + i) * 2
            began = time.perf_counter()
            catalogue.attribute_span(article, start, start + 1, tags=["bench"])
            latencies.append(time.perf_counter() - began)
    return latencies, began_at, time.time()


def run(url: str, writers: int, each: int) -> dict[str, float]:
    with Catalogue.open(url) as catalogue:
        article = catalogue.add_article(
            "ab" * (writers * each + 10), title=f"bench {writers}x{each} {time.time()}"
        ).id
    start_at = time.time() + 1.5
    context = multiprocessing.get_context("spawn")
    with context.Pool(writers) as pool:
        results = pool.starmap(_writer, [(url, w, article, each, start_at) for w in range(writers)])
    # from the first writer's start to the last one's end (a late starter does not count idle)
    wall = max(r[2] for r in results) - min(r[1] for r in results)
    latencies = sorted(x for r in results for x in r[0])
    with Catalogue.open(url) as catalogue:
        stored = catalogue.claims_for_article(article)
    spans = {(c.start, c.end) for c in stored}
    if len(stored) != writers * each or len(spans) != len(stored):
        print(f"  !! stored {len(stored)} claims for {writers * each} confirmed", file=sys.stderr)
    return {
        "per_second": len(latencies) / wall if wall else float("nan"),
        "median_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[max(0, int(len(latencies) * 0.95) - 1)] * 1000,
        "stored": float(len(stored)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, nargs="*", default=[1, 4, 8])
    parser.add_argument("--each", type=int, default=100, help="attributions per writer")
    parser.add_argument("--pg", help="a PostgreSQL catalogue URL (default: a throwaway server)")
    args = parser.parse_args()

    server = None
    folder = Path(tempfile.mkdtemp(prefix="claimdesk-team-"))
    pg_url = args.pg
    if pg_url is None:
        sys.path.insert(0, str(REPO / "tests" / "core"))
        from pgserver import PostgresServer

        server = PostgresServer(port_offset=5)
        server.start()
        pg_url = server.create_database("claimdesk_team_bench")
    try:
        print(f"{'backend':<11} {'writers':>7} {'each':>5} {'attr/s':>8} {'median ms':>10} "
              f"{'p95 ms':>8} {'stored':>7}")  # fmt: skip
        for writers in args.writers:
            for name, url in (
                ("sqlite", str(folder / f"team-{writers}.sqlite")),
                ("postgresql", pg_url),
            ):
                r = run(url, writers, args.each)
                print(
                    f"{name:<11} {writers:>7} {args.each:>5} {r['per_second']:>8.1f} "
                    f"{r['median_ms']:>10.2f} {r['p95_ms']:>8.2f} {int(r['stored']):>7}",
                    flush=True,
                )
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
