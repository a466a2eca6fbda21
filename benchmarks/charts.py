"""Benchmark: opening the statistics window, a speaker's profile and a cluster's timeline (issue
19; the goal is 300 ms each at 100,000 claims), beside a same-run baseline.

It builds the catalogue benchmarks/clusters.py builds (benchmarks/export.py's claims, a third of
them in clusters), and gives one speaker 2% of the claims besides (a prolific speaker: the
profile that costs most). Then, each ``--repeat`` times, it times through the real catalogue
and the real windows (Qt offscreen):

* **baseline**: ``SELECT count(*)`` over the claims joined to their articles and speakers;
* **speaker profile (core)**: ``speaker_profile`` of the prolific speaker;
* **statistics window**: the window made, shown and its first page's bar chart drawn (the first
  opening also imports pyqtgraph, printed apart: it happens once a session);
* **speaker profile window**: the prolific speaker's profile read, its window made and shown
  with its claims and timeline;
* **cluster timeline window**: the largest cluster read, its window made and shown.

It prints the median and the worst of each, and never judges the figures.

Run from the repository root (``PYTHONPATH=src`` measures this tree's sources)::

    .venv/bin/python benchmarks/charts.py                  # 100,000 claims
    .venv/bin/python benchmarks/charts.py --quick          # 10,000 claims
    .venv/bin/python benchmarks/charts.py --keep /tmp/bench      # build once, reuse after
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCHMARKS)]

PROLIFIC_SHARE = 50
"""One claim in this many goes to the prolific speaker."""


def give_claims_to_one_speaker(path: Path) -> int:
    """Attribute every PROLIFIC_SHARE-th claim to the first speaker; their id."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        with connection:
            speaker = int(connection.execute("SELECT min(id) FROM speaker").fetchone()[0])
            connection.execute(
                "UPDATE claim SET speaker_id = ? WHERE id % ? = 0", (speaker, PROLIFIC_SHARE)
            )
        return speaker
    finally:
        connection.close()


def prolific_speaker(path: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT speaker_id FROM claim WHERE speaker_id IS NOT NULL GROUP BY speaker_id "
            "ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        return int(row[0])
    finally:
        connection.close()


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
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    import clusters
    import export
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.storage.models import article_table, claim_table, speaker_table

    app = QApplication.instance() or QApplication([])

    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-charts-") as folder:
        path = (args.keep or Path(folder)) / f"charts-{n_claims}.sqlite"
        started = time.perf_counter()
        built = "reused"
        if path.exists():
            speaker_id = prolific_speaker(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            export.build_catalogue(
                path, n_claims, max(1, n_claims // 50), max(1, n_claims // 20), 1
            )
            clusters.add_clusters(path, n_claims)
            speaker_id = give_claims_to_one_speaker(path)
            built = f"built in {time.perf_counter() - started:.1f} s"
        print(
            f"{n_claims:,} claims, {clusters.count_clusters(path):,} clusters ({built}); "
            f"median and worst of {repeat} runs; goal <= 300 ms"
        )
        with Catalogue.open(path) as catalogue:
            from claimdesk.gui.bridge import CatalogueBridge
            from claimdesk.gui.cluster_timeline_dialog import ClusterTimelineDialog
            from claimdesk.gui.speaker_profile_dialog import SpeakerProfileDialog
            from claimdesk.gui.statistics_dialog import StatisticsDialog

            bridge = CatalogueBridge(catalogue)
            c, a, s = claim_table.c, article_table.c, speaker_table.c
            count_all = select(func.count()).select_from(
                claim_table.join(article_table, a.id == c.article_id).outerjoin(
                    speaker_table, s.id == c.speaker_id
                )
            )

            def baseline() -> int:
                with catalogue.engine.connect() as connection:
                    return int(connection.execute(count_all).scalar() or 0)

            def shown(window: Any) -> Any:
                window.show()
                app.processEvents()
                window.close()
                window.deleteLater()
                return window

            def statistics_window() -> Any:
                return shown(StatisticsDialog(catalogue, bridge))

            def profile_window() -> Any:
                return shown(SpeakerProfileDialog(catalogue.speaker_profile(speaker_id)))

            largest = catalogue.list_clusters()[0].id

            def timeline_window() -> Any:
                return shown(ClusterTimelineDialog(catalogue.get_cluster(largest)))

            baseline()  # warms the page cache like the others
            first, _ = clusters.timed(statistics_window, 1)
            print(
                f"  {'statistics window, first (imports pyqtgraph)':<46} {first[0] * 1000:8.1f} ms"
            )
            actions: list[tuple[str, Callable[[], object], Callable[[Any], str]]] = [
                ("baseline: count(*) over the claims join", baseline, lambda n: f"{n:,} claims"),
                (
                    "speaker profile (core)",
                    lambda: catalogue.speaker_profile(speaker_id),
                    lambda r: f"{len(r.appearances):,} claims, {len(r.outlets)} outlets",
                ),
                (
                    "statistics window",
                    statistics_window,
                    lambda w: f"{w.statistics.claims:,} claims counted",
                ),
                (
                    "speaker profile window",
                    profile_window,
                    lambda w: f"{w.model.rowCount():,} claims, {len(w.chart.points):,} dots",
                ),
                (
                    "cluster timeline window",
                    timeline_window,
                    lambda w: f"{len(w.chart.points)} dots",
                ),
            ]
            for label, action, describe in actions:
                seconds, result = clusters.timed(action, repeat)
                print(
                    f"  {label:<46} median {statistics.median(seconds) * 1000:8.1f} ms   "
                    f"worst {max(seconds) * 1000:8.1f} ms   ({describe(result)})"
                )
            app.processEvents()


if __name__ == "__main__":
    main()
