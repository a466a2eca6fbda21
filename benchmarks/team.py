"""Benchmark: a team catalogue on PostgreSQL: similar-claim search at 1M claims, and several desks
attributing at once beside the same load on SQLite.

Similar claims (``--sizes``, default 1,000,000): the claims of benchmarks/matching.py's corpus
(Russian and English claims from sentence frames, 5% planted rewordings) are loaded into a
PostgreSQL catalogue (COPY straight into the claim table, one article per 1,000 claims, to save
an hour of single attributions), then it prints:

* the server index build (``ServerClaimIndex.rebuild``): wall time, client RSS growth, and the
  size of its tables on the server;
* search latency (median, p95) of ``ServerClaimIndex.search`` (the server reads the postings, the
  desk sums them and rescores with claim_similarity's scorer), over the same query mix as
  matching.py: a third new claims, a third new rewordings of stored claims, a third the stored
  planted rewordings; and the client's RSS growth over all the searches;
* recall@10 against the exhaustive scan (every stored claim scored, the baseline, timed in the
  same run), counted as matching.py counts it, and the hit rate of the planted rewordings;
* the same search after 2% more claims were written by desks (in the delta, not yet merged),
  the time the merge takes, and the search after it.

 each open the catalogue and attribute K spans of one shared article (each a
separate transaction through ``Catalogue.attribute_span``, as the GUI does), all starting at the
same moment. For each backend it prints the attributions per second over the whole run, the
median and p95 latency of one attribution, and checks that every confirmed attribution is stored
once (none lost, none doubled).

Without ``--pg URL`` it starts a throwaway PostgreSQL server in a temporary folder (the same one
the tests use, tests/pgserver.py) and stops it afterwards. It never judges the timings: it
only prints them.

Run from the repository root::

    .venv/bin/python benchmarks/team.py                  # 1M claims; 1, 4 and 8 writers
    .venv/bin/python benchmarks/team.py --sizes 100000 --writers   # similar claims only
    .venv/bin/python benchmarks/team.py --writers 4 --each 50 --pg postgresql+psycopg://me@/team
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import multiprocessing
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import text

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.matching.server_index import TABLES, ServerClaimIndex
from claimdesk.core.matching.similarity import SUGGEST_THRESHOLD, fold
from matching import Exhaustive, QueryMix, make_corpus, percentile, recall_at_10, rss_bytes

REPO = Path(__file__).resolve().parents[1]
PER_ARTICLE = 1000


def log(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def load_claims(catalogue: Catalogue, texts: Sequence[str], first_article: int = 1) -> None:
    """Store ``texts`` as claims, PER_ARTICLE to an article, with COPY (no index rows)."""
    now = datetime.now(UTC)
    with catalogue.engine.begin() as connection:
        raw: Any = connection.connection.driver_connection
        next_claim = int(
            connection.execute(text("SELECT coalesce(max(id), 0) + 1 FROM claim")).scalar_one()
        )
        with raw.cursor() as cursor:
            with cursor.copy(
                "COPY article (id, title, title_folded, outlet, outlet_folded, url, language, "
                "text, text_hash, source_name, source_format, imported_at, note, version) "
                "FROM STDIN"
            ) as copy:
                for a, begin in enumerate(range(0, len(texts), PER_ARTICLE), first_article):
                    body = " ".join(texts[begin : begin + PER_ARTICLE])
                    digest = hashlib.sha256(f"{a} {body}".encode()).hexdigest()
                    title = f"bench {a}"
                    copy.write_row(
                        (a, title, title, "", "", "", "", body, digest, "", "", now, "", 1)
                    )
            with cursor.copy(
                'COPY claim (id, article_id, start, "end", quote, quote_folded, context_before, '
                "context_after, kind, note, created_at, updated_at, version) FROM STDIN"
            ) as copy:
                for a, begin in enumerate(range(0, len(texts), PER_ARTICLE), first_article):
                    position = 0
                    for quote in texts[begin : begin + PER_ARTICLE]:
                        end = position + len(quote)
                        copy.write_row(
                            (next_claim, a, position, end, quote, fold(quote), "", "", "claim",
                             "", now, now, 1)
                        )  # fmt: skip
                        next_claim += 1
                        position = end + 1
        for table in ("article", "claim"):
            sequence = f"pg_get_serial_sequence('{table}', 'id')"
            connection.execute(text(f"SELECT setval({sequence}, max(id)) FROM {table}"))
        connection.execute(text("ANALYZE article; ANALYZE claim"))


def server_mb(catalogue: Catalogue) -> float:
    with catalogue.engine.connect() as connection:
        return (
            sum(
                connection.execute(text("SELECT pg_total_relation_size(:t)"), {"t": t}).scalar_one()
                for t in TABLES
            )
            / 2**20
        )


def timed_searches(
    index: ServerClaimIndex, queries: Sequence[str]
) -> tuple[list[Any], list[float]]:
    results, latencies = [], []
    for query in queries:
        began = time.perf_counter()
        results.append(index.search(query, limit=10))
        latencies.append((time.perf_counter() - began) * 1000)
    return results, latencies


def bench_similar(url: str, size: int, n_queries: int, scan_queries: int) -> None:
    began = time.perf_counter()
    corpus = make_corpus(size)
    texts = corpus.texts
    log(f"[{size}] corpus generated in {time.perf_counter() - began:.0f} s")
    with Catalogue.open(url) as catalogue:
        began = time.perf_counter()
        load_claims(catalogue, texts)
        log(f"[{size}] claims stored in {time.perf_counter() - began:.0f} s")
        index = catalogue.server_index
        assert index is not None
        gc.collect()
        rss = rss_bytes()
        began = time.perf_counter()
        assert index.rebuild(), "another desk is building the index"
        build_s = time.perf_counter() - began
        build_rss = (rss_bytes() - rss) / 2**20
        with catalogue.engine.connect() as connection:
            connection.execute(text("ANALYZE claim"))
        size_mb = server_mb(catalogue)
        log(f"[{size}] server index built in {build_s:.0f} s")

        mix = QueryMix.of(corpus, n_queries)
        rng, generator, third, planted, queries = (
            mix.rng,
            mix.generator,
            mix.third,
            mix.planted,
            mix.queries,
        )
        timed_searches(index, queries[:20])  # warm up the server's and the desk's caches
        gc.collect()
        rss = rss_bytes()
        results, latencies = timed_searches(index, queries)
        search_rss = (rss_bytes() - rss) / 2**20
        # claim ids are row + 1: the claims were stored in corpus order
        hits = [
            any(texts[m.claim_id - 1] == texts[original] for m in found)
            for (original, _), found in zip(planted, results[2 * third :], strict=True)
        ]

        exhaustive = Exhaustive.of(texts)
        picked = sorted(rng.sample(range(len(queries)), min(scan_queries, len(queries))))
        recalls, scan_s = [], 0.0
        for i in picked:
            began = time.perf_counter()
            top = exhaustive.top(exhaustive.scores([queries[i]], SUGGEST_THRESHOLD)[0], 10,
                                 SUGGEST_THRESHOLD)  # fmt: skip
            scan_s += time.perf_counter() - began
            if top:
                recalls.append(recall_at_10(top, [m.score for m in results[i]]))
        del exhaustive
        log(f"[{size}] scanned {len(picked)} queries")

        # desks write 2% more claims: they wait in the delta until a merge
        more = [generator.claim() for _ in range(size // 50)]
        first = size + 1
        load_claims(catalogue, more, first_article=size // PER_ARTICLE + 2)
        with catalogue.engine.begin() as connection:
            for begin in range(0, len(more), 5000):
                part = more[begin : begin + 5000]
                index.claims_changed(connection, list(enumerate(part, first + begin)), [])
        delta_rows = index.status().delta_rows
        index.compactions = 0
        sample = queries[:: max(1, len(queries) // 100)]
        _, with_delta = timed_searches(index, sample)
        started_by_searches = index.compactions
        time.sleep(0.5)
        while index.merging:  # a search may have started the merge already
            time.sleep(0.2)
        began = time.perf_counter()
        merged_here = index.compact()
        merge_s = time.perf_counter() - began
        _, after_merge = timed_searches(index, sample)

    print(f"\nSimilar claims on the server, {size:,} claims")
    print(f"  server index build   {build_s:8.1f} s   desk RSS +{build_rss:.0f} MB, "
          f"server tables {size_mb:.0f} MB")  # fmt: skip
    print(f"  search               median {percentile(latencies, 50):6.2f} ms   "
          f"p95 {percentile(latencies, 95):6.2f} ms   ({len(latencies)} queries; "
          f"desk RSS +{search_rss:.0f} MB over them)")  # fmt: skip
    print(f"  exhaustive scan      {scan_s / max(1, len(picked)) * 1000:8.0f} ms per query "
          "(the baseline)")  # fmt: skip
    print(f"  recall@10            {np.mean(recalls):.4f} over {len(recalls)} queries "
          "(tie-aware, against the exhaustive scan)")  # fmt: skip
    print(f"  planted hits         {np.mean(hits):.3f} over {len(hits)} planted rewordings")
    print(f"  with {len(more):,} claims in the delta ({delta_rows:,} rows): "
          f"median {percentile(with_delta, 50):.2f} ms, p95 {percentile(with_delta, 95):.2f} ms "
          f"({len(sample)} queries; {started_by_searches} merges started by searches)")  # fmt: skip
    merge = f"{merge_s:.1f} s" if merged_here else "run by a search meanwhile"
    print(f"  merge                {merge}; after it: median "
          f"{percentile(after_merge, 50):.2f} ms, p95 {percentile(after_merge, 95):.2f} ms",
          flush=True)  # fmt: skip


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
        catalogue.index.build()  # on PostgreSQL every attribution also writes its index rows
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
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000_000],
                        help="claims for the similar-claims part (none: skip it)")  # fmt: skip
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--scan-queries", type=int, default=60,
                        help="queries whose exhaustive top 10 is computed for recall")  # fmt: skip
    parser.add_argument("--writers", type=int, nargs="*", default=[1, 4, 8])
    parser.add_argument("--each", type=int, default=100, help="attributions per writer")
    parser.add_argument("--pg", help="a PostgreSQL catalogue URL (default: a throwaway server)")
    args = parser.parse_args()

    server = None
    folder = Path(tempfile.mkdtemp(prefix="claimdesk-team-"))
    pg_url = args.pg
    if pg_url is None:
        sys.path.insert(0, str(REPO / "tests"))
        from pgserver import PostgresServer

        server = PostgresServer(port_offset=5)
        server.start()
        pg_url = server.create_database("claimdesk_team_bench")
    try:
        for size in args.sizes:
            if server is not None:
                url = server.create_database(f"claimdesk_similar_{size}")
            else:
                url = pg_url
            bench_similar(url, size, args.queries, args.scan_queries)
        if not args.writers:
            return 0
        print()
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
