"""Benchmark: the Clusters tab opening, listing claim clusters, opening one, and the catalogue
statistics (issue 19; the goal is 300 ms each at 100,000 claims), beside a same-run baseline,
on SQLite and on PostgreSQL.

For each backend it builds a throw-away catalogue of N claims with benchmarks/export.py's builder
(realistic Russian and English quotes, one article per 50 claims, one speaker per 20, some tags),
then puts about a third of the claims into clusters of 2–8 claims drawn from anywhere in the
catalogue, with a verdict on one cluster in four (written with SQLAlchemy Core ``executemany``:
the set-up is not what is measured). Then, each ``--repeat`` times, it times through the real
:class:`~claimdesk.core.catalogue.Catalogue` and the real Clusters tab (Qt offscreen):

* **baseline**: ``SELECT count(*)`` over the claims joined to their articles and speakers, on the
  catalogue's own engine: about the least a query touching every claim costs;
* **Clusters tab opened**: what Ctrl+5 waits for the first time: the real
  :class:`~claimdesk.gui.clusters_view.ClustersView` made over the catalogue, 1400×800, shown
  and painted (its listing read, the first cluster chosen and its appearances shown);
* **Clusters tab reloaded**: what a committed edit (or a colleague's, seen by polling) costs
  the tab while it is shown: ``reload()``, then painted;
* **list clusters**: ``list_clusters()``, every cluster with its size, verdict and first
  appearance (the merge dialog's list, the CLI);
* **cluster order**: ``cluster_order()``, the order and sizes the tab reads (when the code
  measured has it);
* **list by status**: ``list_clusters("false")``;
* **open a cluster**: ``get_cluster`` of the largest cluster, every appearance in time order;
* **statistics**: ``statistics()``, claims per speaker, outlet, tag, kind and month.

It prints the median and the worst of each, each median also as a multiple of the baseline's
(the machine's load moves both), and never judges the figures. PostgreSQL runs on a
throw-away server (tests/pgserver.py's, a unix socket only; benchmarks/catalogue_view.py's
``Server``); without PostgreSQL installed that backend is skipped with a note.

Run from the repository root (``PYTHONPATH=src`` measures this tree's sources)::

    .venv/bin/python benchmarks/clusters.py                  # 100,000 claims, both backends
    .venv/bin/python benchmarks/clusters.py --quick          # 10,000 claims
    .venv/bin/python benchmarks/clusters.py --claims 250000 --repeat 9 --backends sqlite
    .venv/bin/python benchmarks/clusters.py --keep /tmp/bench      # build once, reuse after

To compare with older code, run it with that code first on PYTHONPATH (``git archive REV src``)
and another ``--keep`` folder: a catalogue is built by the schema of the code that measures it.
"""

from __future__ import annotations

import argparse
import os
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


def add_clusters(path: Path | str, n_claims: int, seed: int = 19) -> int:
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


def count_clusters(path: Path | str) -> int:
    from sqlalchemy import func, select

    from claimdesk.core.storage.db import create_catalogue_engine, resolve_database_url
    from claimdesk.core.storage.models import cluster_table

    engine = create_catalogue_engine(resolve_database_url(path))
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(select(func.count()).select_from(cluster_table)).scalar_one()
            )
    finally:
        engine.dispose()


def timed(action: Callable[[], object], repeat: int) -> tuple[list[float], object]:
    seconds, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        seconds.append(time.perf_counter() - started)
    return seconds, result


def catalogue(backend: str, n_claims: int, folder: Path, server: Any) -> tuple[str, int, str]:
    """The catalogue of ``n_claims`` claims on ``backend`` (built unless kept from before): its
    path or URL, its clusters and how it came."""
    import export

    started = time.perf_counter()
    if backend == "sqlite":
        path = folder / f"clusters-{n_claims}.sqlite"
        url, exists = str(path), path.exists()
    else:
        database = f"clusters_{n_claims}"
        url, exists = server.url(database), server.has_database(database)
    if exists:
        return url, count_clusters(url), "reused"
    export.build_catalogue(url, n_claims, max(1, n_claims // 50), max(1, n_claims // 20), 1)
    n_clusters = add_clusters(url, n_claims)
    return url, n_clusters, f"built in {time.perf_counter() - started:.1f} s"


def measure(url: str, repeat: int) -> None:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.storage.models import article_table, claim_table, speaker_table
    from claimdesk.gui.bridge import CatalogueBridge
    from claimdesk.gui.clusters_view import ClustersView

    app = QApplication.instance() or QApplication([])
    with Catalogue.open(url) as catalogue:
        bridge = CatalogueBridge(catalogue)
        bridge.poll_timer.stop()
        c, a, s = claim_table.c, article_table.c, speaker_table.c
        count_all = select(func.count()).select_from(
            claim_table.join(article_table, a.id == c.article_id).outerjoin(
                speaker_table, s.id == c.speaker_id
            )
        )

        def baseline() -> int:
            with catalogue.engine.connect() as connection:
                return int(connection.execute(count_all).scalar() or 0)

        def open_tab() -> Any:
            view = ClustersView(catalogue, bridge)
            view.resize(1400, 800)
            view.show()
            app.processEvents()  # painted: the visible rows asked for
            view.close()
            view.deleteLater()
            return view

        shown = ClustersView(catalogue, bridge)
        shown.resize(1400, 800)
        shown.show()
        app.processEvents()

        def reload_tab() -> Any:
            shown.reload()
            app.processEvents()
            return shown

        listed = catalogue.list_clusters()  # warms the page cache like the others
        largest = listed[0].id
        actions: list[tuple[str, Callable[[], object], Callable[[Any], str]]] = [
            ("baseline: count(*) over the claims join", baseline, lambda n: f"{n:,} claims"),
            ("Clusters tab opened (Ctrl+5), painted", open_tab, lambda v: v.summary.text()),
            ("Clusters tab reloaded after an edit", reload_tab, lambda v: v.summary.text()),
            ("list clusters", catalogue.list_clusters, lambda r: f"{len(r):,} clusters"),
        ]
        if hasattr(catalogue, "cluster_order"):
            actions.append(
                (
                    "cluster order (the tab's query)",
                    catalogue.cluster_order,
                    lambda r: f"{len(r):,} clusters",
                )
            )
        actions += [
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
        base = 0.0
        for label, action, describe in actions:
            seconds, result = timed(action, repeat)
            median = statistics.median(seconds)
            base = base or median
            print(
                f"  {label:<42} median {median * 1000:8.1f} ms ({median / base:4.1f}× baseline)"
                f"   worst {max(seconds) * 1000:8.1f} ms   ({describe(result)})"
            )
        shown.close()
        shown.deleteLater()
        app.processEvents()
        bridge.deleteLater()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="10,000 claims, 3 repeats")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"],
                        choices=["sqlite", "postgresql"])  # fmt: skip
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="build the catalogues here, or reuse them from there",
    )
    args = parser.parse_args()
    n_claims, repeat = (10_000, 3) if args.quick else (args.claims, args.repeat)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from catalogue_view import postgres

    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-clusters-") as folder:
        keep = args.keep or Path(folder)
        keep.mkdir(parents=True, exist_ok=True)
        with postgres("postgresql" in args.backends, args.keep) as server:
            for backend in args.backends:
                if backend == "postgresql" and server is None:
                    print("postgresql: skipped (no PostgreSQL server binaries found)")
                    continue
                url, n_clusters, built = catalogue(backend, n_claims, keep, server)
                print(
                    f"{backend}: {n_claims:,} claims, {n_clusters:,} clusters ({built}); median "
                    f"and worst of {repeat} runs; goal <= 300 ms; load average "
                    f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}"
                )
                measure(url, repeat)


if __name__ == "__main__":
    main()
