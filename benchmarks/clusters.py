"""Benchmark: listing claim clusters, opening one, and the catalogue statistics (issue 19; the
goal is 300 ms each at 100,000 claims), beside a same-run baseline.

It builds a throw-away SQLite catalogue of N claims with benchmarks/export.py's builder (realistic
Russian and English quotes, one article per 50 claims, one speaker per 20, some tags), then puts
about a third of the claims into clusters of 2–8 claims drawn from anywhere in the catalogue,
with a verdict on one cluster in four (written with SQLAlchemy Core ``executemany``: the set-up
is not what is measured). Then, each ``--repeat`` times, it times through the real
:class:`~claimdesk.core.catalogue.Catalogue`:

* **baseline**: ``SELECT count(*)`` over the claims joined to their articles and speakers, on the
  catalogue's own engine: about the least a query touching every claim costs;
* **list clusters**: ``list_clusters()``, every cluster with its size, verdict and first
  appearance;
* **list by status**: ``list_clusters("false")``;
* **open a cluster**: ``get_cluster`` of the largest cluster, every appearance in time order;
* **statistics**: ``statistics()``, claims per speaker, outlet, tag, kind and month.

It prints the median and the worst of each, and never judges the figures.

Run from the repository root (``PYTHONPATH=src`` measures this tree's sources)::

    .venv/bin/python benchmarks/clusters.py                  # 100,000 claims
    .venv/bin/python benchmarks/clusters.py --quick          # 10,000 claims
    .venv/bin/python benchmarks/clusters.py --claims 250000 --repeat 9
    .venv/bin/python benchmarks/clusters.py --keep /tmp/bench      # build once, reuse after
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCHMARKS)]

STATUSES = ("true", "mostly_true", "mixed", "mostly_false", "false", "unverifiable")


def add_clusters(path: Path, n_claims: int, seed: int = 19) -> int:
    """Put about a third of the claims into clusters of 2–8; how many clusters."""
    from sqlalchemy import insert, select

    from claimdesk.core.storage.db import create_catalogue_engine, resolve_database_url
    from claimdesk.core.storage.models import claim_table, cluster_member_table, cluster_table

    rng = random.Random(seed)
    claims = rng.sample(range(1, n_claims + 1), n_claims // 3)
    now = datetime(2025, 7, 1, tzinfo=UTC)
    clusters: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    position = 0
    while position < len(claims) - 1:
        size = min(rng.randint(2, 8), len(claims) - position)
        cluster_id = len(clusters) + 1
        rated = rng.random() < 0.25
        clusters.append(
            {
                "id": cluster_id,
                "status": rng.choice(STATUSES) if rated else "unchecked",
                "review_url": f"https://factcheck.example/{cluster_id}" if rated else "",
                "reviewer": "Bench" if rated else "",
                "reviewed_on": "2025-07-01" if rated else None,
                "confirmed": rng.random() < 0.5,
                "created_at": now,
                "updated_at": now,
            }
        )
        members.extend(
            {"claim_id": claim, "cluster_id": cluster_id}
            for claim in claims[position : position + size]
        )
        position += size
    engine = create_catalogue_engine(resolve_database_url(path))
    try:
        with engine.begin() as connection:
            article_of = dict(
                connection.execute(select(claim_table.c.id, claim_table.c.article_id)).all()
            )
            for member in members:
                member["article_id"] = article_of[member["claim_id"]]
            connection.execute(insert(cluster_table), clusters)
            connection.execute(insert(cluster_member_table), members)
    finally:
        engine.dispose()
    return len(clusters)


def count_clusters(path: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM claim_cluster").fetchone()[0])
    finally:
        connection.close()


def timed(action: Callable[[], object], repeat: int) -> tuple[list[float], object]:
    seconds, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        seconds.append(time.perf_counter() - started)
    return seconds, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="10,000 claims, 3 repeats")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="build the catalogue here, or reuse it from there"
    )
    args = parser.parse_args()
    n_claims, repeat = (10_000, 3) if args.quick else (args.claims, args.repeat)

    from sqlalchemy import func, select

    import export
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.storage.models import article_table, claim_table, speaker_table

    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-clusters-") as folder:
        path = (args.keep or Path(folder)) / f"clusters-{n_claims}.sqlite"
        started = time.perf_counter()
        built = "reused"
        if path.exists():
            n_clusters = count_clusters(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            export.build_catalogue(
                path, n_claims, max(1, n_claims // 50), max(1, n_claims // 20), 1
            )
            n_clusters = add_clusters(path, n_claims)
            built = f"built in {time.perf_counter() - started:.1f} s"
        print(
            f"{n_claims:,} claims, {n_clusters:,} clusters ({built}); median and worst of "
            f"{repeat} runs; goal <= 300 ms"
        )
        with Catalogue.open(path) as catalogue:
            c, a, s = claim_table.c, article_table.c, speaker_table.c
            count_all = select(func.count()).select_from(
                claim_table.join(article_table, a.id == c.article_id).outerjoin(
                    speaker_table, s.id == c.speaker_id
                )
            )

            def baseline() -> int:
                with catalogue.engine.connect() as connection:
                    return int(connection.execute(count_all).scalar() or 0)

            listed = catalogue.list_clusters()  # warms the page cache like the others
            largest = listed[0].id
            actions: list[tuple[str, Callable[[], object], Callable[[Any], str]]] = [
                ("baseline: count(*) over the claims join", baseline, lambda n: f"{n:,} claims"),
                ("list clusters", catalogue.list_clusters, lambda r: f"{len(r):,} clusters"),
                (
                    "list clusters rated false",
                    lambda: catalogue.list_clusters("false"),
                    lambda r: f"{len(r):,} clusters",
                ),
                (
                    "open the largest cluster",
                    lambda: catalogue.get_cluster(largest),
                    lambda r: f"{len(r.appearances)} appearances",
                ),
                (
                    "statistics",
                    catalogue.statistics,
                    lambda r: f"{len(r.by_speaker):,} speakers, {len(r.by_month)} months",
                ),
            ]
            for label, action, describe in actions:
                seconds, result = timed(action, repeat)
                print(
                    f"  {label:<42} median {statistics.median(seconds) * 1000:8.1f} ms   "
                    f"worst {max(seconds) * 1000:8.1f} ms   ({describe(result)})"
                )


if __name__ == "__main__":
    main()
