"""Benchmark: the Catalogue tab's free-text search and sorting at 100,000 and 1,000,000 claims,
over the real table model and view, on SQLite and on PostgreSQL.

For each backend and size it builds a throw-away catalogue (benchmarks/export.py's realistic
Russian and English quotes, one article per 50 claims, one speaker per 20, a surname alias for one
speaker in five; filled with SQLAlchemy Core ``executemany``, which is not what is measured), opens
it, and builds the real :class:`~claimdesk.gui.catalogue_view.CatalogueView` offscreen, 1400×800.
Then it times, each from the action to the first page of rows painted
(the view asks the model for every visible cell as it paints):

* **search**: ``set_filter(ClaimFilter(text=…))`` for each query below (the filter bar's typing
  delay is not counted), starting from the unfiltered view each time; and to the count shown,
  which a search longer than a page gets from a worker after its first page;
* **sort**: ``sortByColumn`` on every sortable column, ascending and descending, with no filter,
  then with a frequent and a rare search applied;
* **scroll**: the end of the table, its middle, and ten Page Down steps from the top.

Each query and each sort runs ``--repeat`` times (3 by default); it prints the median, p95 and
worst of each group, and every query's median with its row count. With ``--baseline REV`` it then
measures REV's code (``git archive REV src``, run in a child process with that tree first on
PYTHONPATH) on catalogues of REV's schema built the same way from the same seed, each action run
``--baseline-repeat`` times (1 by default: the old code's sorts take seconds at 1M), without the
sorts under a search unless ``--baseline-searched-sorts`` asks for them. PostgreSQL runs on a
throw-away server (tests/pgserver.py's, a unix socket only); without PostgreSQL installed
that backend is skipped with a note. It never judges the figures.

Run from the repository root (``PYTHONPATH=src`` measures this tree's sources)::

    .venv/bin/python benchmarks/catalogue_view.py                          # 100k and 1M, both
    .venv/bin/python benchmarks/catalogue_view.py --quick                  # 10k, both backends
    .venv/bin/python benchmarks/catalogue_view.py --claims 100000 --backends sqlite
    .venv/bin/python benchmarks/catalogue_view.py --keep /tmp/bench        # reuse catalogues
    .venv/bin/python benchmarks/catalogue_view.py --claims 100000 --baseline main
    PYTHONPATH=OTHER/src .venv/bin/python benchmarks/catalogue_view.py --keep /tmp/bench \
        --claims 1000000 --only-searched-sorts     # the sorts under a search, OTHER's code
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
sys.path[:0] = [str(BENCHMARKS), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES: tuple[tuple[str, str], ...] = (
    ("переговоры", "a word in many Russian quotes"),
    ("ПЕРЕГОВОРЫ", "the same in capitals"),
    ("ёмкость", "ё, stored as е"),
    ("Емкость рынка", "е for ё, capitalised, two words"),
    ("рост экономики", "two words, each anywhere"),
    ('"рост экономики"', "a phrase in quotation marks"),
    ("зелёную", "ё inside a word"),
    ("budget", "an English word"),
    ("The talks will", "three English words, two of them common"),
    ("лавров переговоры", "a speaker and a word of the quote"),
    ("лавров", "a surname: speakers and aliases"),
    ("Smith", "an English surname"),
    ("bayramov", "a surname in few names"),
    ("млрд рублей", "a rarer phrase"),
    ("95%", "a number: rare"),
    ("что", "three letters in most Russian quotes"),
    ("несуществующее слово", "nothing matches"),
    ("xq", "two letters: too short for trigrams"),
    ("я", "one letter"),
)
SHORT = 3
"""Queries shorter than this (in characters) are reported apart: trigram indexes need three."""
FREQUENT, RARE = "переговоры", "95%"


# -- building the catalogues ---------------------------------------------------------------


def fill_catalogue(url: str, n_claims: int, seed: int = 1) -> None:
    """A catalogue at ``url`` (created through ClaimDesk, so the schema is the real one) with
    ``n_claims`` claims, bulk-filled by benchmarks/export.py's builder, on any backend."""
    import export

    export.build_catalogue(url, n_claims, max(1, n_claims // 50), max(1, n_claims // 20), seed)


class Server:
    """A PostgreSQL server for the benchmark: in ``folder`` (kept) or a temporary one."""

    def __init__(self, folder: Path | None) -> None:
        from pgserver import find_bindir

        self.bindir = find_bindir()
        self.folder = folder or Path(tempfile.mkdtemp(prefix="claimdesk-bench-pg-", dir="/tmp"))
        self.keep = folder is not None
        self.data = self.folder / "data"
        self.port = 55000 + os.getpid() % 1000
        self.as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        assert self.bindir is not None
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder, timeout=300)

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            shutil.chown(self.folder, user="postgres")
        if not self.data.exists():
            self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E",
                      "UTF8", "--locale=C.UTF-8")  # fmt: skip
        options = f"-p {self.port} -k {self.folder} -c listen_addresses='' -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.folder / "log"), "-o",
                  options, "start")  # fmt: skip

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        if not self.keep:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.folder}&port={self.port}"

    def has_database(self, name: str) -> bool:
        import psycopg

        with psycopg.connect(host=str(self.folder), port=self.port, user="postgres",
                             dbname="postgres", autocommit=True) as connection:  # fmt: skip
            found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if found.fetchone():
                return True
            connection.execute(f'CREATE DATABASE "{name}"')
            return False


@contextmanager
def postgres(wanted: bool, keep: Path | None) -> Iterator[Server | None]:
    from pgserver import find_bindir

    if not wanted or find_bindir() is None:
        yield None
        return
    server = Server(keep / "pg" if keep else None)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def catalogue_url(
    backend: str, n_claims: int, folder: Path, server: Server | None, fresh: bool
) -> str:
    """The catalogue of ``n_claims`` claims on ``backend``, built unless it is kept from before."""
    if backend == "sqlite":
        path = folder / f"claims-{n_claims}.sqlite"
        url, exists = str(path), path.exists() and not fresh
        if not exists:
            for stale in folder.glob(f"{path.name}*"):
                stale.unlink()
    else:
        assert server is not None
        database = f"claims_{n_claims}"
        url, exists = server.url(database), server.has_database(database)
    if not exists:
        started = time.perf_counter()
        fill_catalogue(url, n_claims)
        print(f"  built {n_claims:,} claims on {backend} in {time.perf_counter() - started:.0f} s")
    return url


# -- measuring -----------------------------------------------------------------------------


@dataclass(slots=True)
class Timing:
    label: str
    seconds: list[float]
    rows: int
    counted: list[float] = field(default_factory=list)
    """Searches: from the action to the count shown, where it came from a worker after the
    first page (the first page's own time otherwise)."""

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(name: str, timings: Sequence[Timing]) -> str:
    every = [s for t in timings for s in t.seconds]
    if not every:
        return f"  {name:<44} (none)"
    return (
        f"  {name:<44} median {statistics.median(every) * 1000:7.1f} ms   p95 "
        f"{percentile(every, 0.95) * 1000:7.1f} ms   worst {max(every) * 1000:7.1f} ms"
        f"   ({len(every)} timings)"
    )


def _paint_counter(widget: Any) -> Any:
    """An event filter on ``widget`` counting its paint events (``count``)."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counter = PaintCounter(widget)
    widget.installEventFilter(counter)
    return counter


class Bench:
    """The real catalogue view over one catalogue, and the actions timed on it."""

    def __init__(self, url: str) -> None:
        from PySide6.QtWidgets import QApplication

        from claimdesk.core.catalogue import Catalogue
        from claimdesk.gui.bridge import CatalogueBridge
        from claimdesk.gui.catalogue_view import CatalogueView
        from claimdesk.gui.undo import CatalogueUndoStack

        self.app = QApplication.instance() or QApplication(["bench"])
        # the app's thread switch interval (a worker's count hands back as quickly as there)
        from claimdesk.gui import app as gui_app

        sys.setswitchinterval(getattr(gui_app, "SWITCH_INTERVAL", sys.getswitchinterval()))
        self.repaints = 0
        self.catalogue = Catalogue.open(url)
        started = time.perf_counter()
        bridge = CatalogueBridge(self.catalogue)
        bridge.poll_timer.stop()  # the live view's polling is not what is measured
        self.view = CatalogueView(self.catalogue, bridge, CatalogueUndoStack(self.catalogue))
        bridge.setParent(self.view)
        self.paints = _paint_counter(self.view.table.viewport())
        self.view.resize(1400, 800)
        self.view.show()
        self.app.processEvents()
        self.first_page()
        self.opened = time.perf_counter() - started

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()
        self.app.processEvents()
        self.catalogue.close()

    def first_page(self) -> None:
        """Let the view paint its visible rows (asking the model for each visible cell), as the
        event loop does after a change; paint at once if it has not."""
        painted = self.paints.count
        self.app.processEvents()
        if self.view.model.rowCount() and self.paints.count == painted:
            self.repaints += 1
            self.view.table.viewport().repaint()

    def timed(self, action: Callable[[], None]) -> float:
        started = time.perf_counter()
        action()
        self.first_page()
        return time.perf_counter() - started

    def count_shown(self, started: float) -> float:
        """Seconds from ``started`` to the count shown: the events handled until the model's
        count from its worker has come (this tree's model; at once for one with no worker)."""
        model = self.view.model
        while getattr(model, "counting", False):
            self.app.processEvents()
            time.sleep(0.0005)
        self.app.processEvents()
        return time.perf_counter() - started

    def search(self, text: str, repeat: int) -> Timing:
        from claimdesk.core.domain.records import ClaimFilter

        seconds, counted = [], []
        for _ in range(repeat):
            self.view.set_filter(ClaimFilter())
            self.first_page()
            started = time.perf_counter()
            seconds.append(self.timed(lambda: self.view.set_filter(ClaimFilter(text=text))))
            counted.append(self.count_shown(started))
        return Timing(text, seconds, self.view.model.rowCount(), counted)

    def sorts(self, repeat: int, label: str) -> list[Timing]:
        from PySide6.QtCore import Qt

        from claimdesk.gui.claims_table_model import COLUMNS, SORT_KEYS

        timings = []
        orders = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
        for name in COLUMNS:
            if SORT_KEYS[name] is None:
                continue
            column = COLUMNS.index(name)
            for order in orders:
                seconds = []
                for _ in range(repeat):
                    # from another order each time, so the sort is never a no-op
                    other = COLUMNS.index("kind" if name != "kind" else "speaker")
                    self.view.table.sortByColumn(other, order)
                    self.first_page()
                    seconds.append(
                        self.timed(lambda c=column, o=order: self.view.table.sortByColumn(c, o))
                    )
                arrow = "↑" if order == Qt.SortOrder.AscendingOrder else "↓"
                rows = self.view.model.rowCount()
                timings.append(Timing(f"{label}{name} {arrow}", seconds, rows))
        return timings

    def scrolls(self) -> list[Timing]:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        table = self.view.table
        bar = table.verticalScrollBar()
        timings = []
        for label, action in (
            ("scroll to the end", lambda: bar.setValue(bar.maximum())),
            ("scroll to the middle", lambda: bar.setValue(bar.maximum() // 2)),
            ("scroll to the top", lambda: bar.setValue(0)),
        ):
            timings.append(Timing(label, [self.timed(action)], self.view.model.rowCount()))
        table.setFocus()
        table.setCurrentIndex(self.view.model.index(0, 0))
        steps = [self.timed(lambda: QTest.keyClick(table, Qt.Key.Key_PageDown)) for _ in range(10)]
        timings.append(Timing("Page Down ×10 from the top", steps, self.view.model.rowCount()))
        return timings


def measure(
    url: str,
    backend: str,
    n_claims: int,
    repeat: int,
    searched_sorts: bool = True,
    only_searched_sorts: bool = False,
) -> None:
    from claimdesk.core.domain.records import ClaimFilter

    bench = Bench(url)
    try:
        print(f"\n{backend}, {n_claims:,} claims: view opened in {bench.opened * 1000:.0f} ms")
        if only_searched_sorts:
            for text in (FREQUENT, RARE):
                bench.view.set_filter(ClaimFilter(text=text))
                bench.count_shown(time.perf_counter())
                sorted_found = bench.sorts(repeat, "")
                print(summary(f"sort, searching {text!r}", sorted_found))
                for t in sorted_found:  # each run: the first is the one that finds the matches
                    print(f"    {t.label:<14} " + " ".join(f"{x * 1000:.0f}" for x in t.seconds))
            return
        searches = [bench.search(text, repeat) for text, _why in QUERIES]
        print("  free-text search, each query's median to the first page, to the count shown "
              "(rows found):")  # fmt: skip
        for timing, (_text, why) in zip(searches, QUERIES, strict=True):
            counted = statistics.median(timing.counted) * 1000
            found = f"{timing.median * 1000:8.1f} ms {counted:8.1f} ms  {timing.rows:>9,}"
            print(f"    {found}  {timing.label!r}  ({why})")
        long = [t for t in searches if len(t.label) >= SHORT]
        print(summary("search, queries of 3+ characters", long))
        short = [t for t in searches if t not in long]
        print(summary("search, 1–2 characters (no trigram)", short))
        counts = [Timing(t.label, t.counted, t.rows) for t in searches]
        print(summary("count shown, 3+ characters", [t for t in counts if len(t.label) >= SHORT]))
        print(summary("count shown, 1–2 characters", [t for t in counts if len(t.label) < SHORT]))
        bench.view.set_filter(ClaimFilter())
        sorts = bench.sorts(repeat, "")
        print("  sort, each column's median:")
        print("    " + ", ".join(f"{t.label} {t.median * 1000:.0f}" for t in sorts))
        print(summary("sort, no filter", sorts))
        for text in (FREQUENT, RARE) if searched_sorts else ():
            bench.view.set_filter(ClaimFilter(text=text))
            bench.count_shown(time.perf_counter())  # the rows the sorts then show
            found = bench.view.model.rowCount()
            sorted_found = bench.sorts(repeat, "")
            print(summary(f"sort, searching {text!r} ({found:,} rows)", sorted_found))
            print("    " + ", ".join(f"{t.label} {t.median * 1000:.0f}" for t in sorted_found))
        bench.view.set_filter(ClaimFilter())
        bench.view.table.sortByColumn(0, bench.view.table.horizontalHeader().sortIndicatorOrder())
        for timing in bench.scrolls():
            print(summary(timing.label, [timing]))
        if bench.repaints:
            print(f"  ({bench.repaints} times the event loop had not painted: painted at once)")
    finally:
        bench.close()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"],
                        choices=["sqlite", "postgresql"])  # fmt: skip
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query and sort")
    parser.add_argument("--quick", action="store_true", help="10,000 claims, one run each")
    parser.add_argument("--keep", type=Path, help="build the catalogues here and reuse them")
    parser.add_argument("--fresh", action="store_true", help="rebuild kept SQLite catalogues")
    parser.add_argument("--baseline", metavar="REV", help="then measure REV's code the same way")
    parser.add_argument("--baseline-repeat", type=int, default=1, help="runs each for REV")
    parser.add_argument("--baseline-searched-sorts", action="store_true",
                        help="measure REV's sorts under a search too")  # fmt: skip
    parser.add_argument("--no-searched-sorts", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--only-searched-sorts", action="store_true",
                        help="only the sorts under a search, each run's time printed")  # fmt: skip
    args = parser.parse_args(argv)
    if args.quick:
        args.claims, args.repeat = [10_000], 1
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-view-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        with postgres("postgresql" in args.backends, args.keep) as server:
            for backend in args.backends:
                if backend == "postgresql" and server is None:
                    print("\n(PostgreSQL is not installed: its cases are skipped)")
                    continue
                for n_claims in args.claims:
                    url = catalogue_url(backend, n_claims, folder, server, args.fresh)
                    measure(url, backend, n_claims, args.repeat, not args.no_searched_sorts,
                            args.only_searched_sorts)  # fmt: skip
        if args.baseline:
            baseline(args, folder / f"baseline-{args.baseline}")
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


def baseline(args: argparse.Namespace, folder: Path) -> None:
    """The same measurement of ``args.baseline``'s code, in a child process, on catalogues of
    its own schema (kept in ``folder`` when ``--keep`` is given), its lines marked "baseline"."""
    folder.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", args.baseline, "src"], check=True, capture_output=True
    ).stdout
    shutil.rmtree(folder / "src", ignore_errors=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    command = [sys.executable, __file__, "--claims", *map(str, args.claims), "--backends",
               *args.backends, "--repeat", str(args.baseline_repeat),
               "--keep", str(folder / "catalogues")]  # fmt: skip
    if not args.baseline_searched_sorts:
        command.append("--no-searched-sorts")
    if args.only_searched_sorts:
        command.append("--only-searched-sorts")
    print(f"\n== baseline: {args.baseline}'s code ({args.baseline_repeat} run(s) each) ==",
          flush=True)  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(folder / "src")}
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        for line in child.stdout:
            print(f"baseline | {line}", end="", flush=True)
    if child.returncode:
        print(f"baseline | (the baseline run failed: exit status {child.returncode})")


if __name__ == "__main__":
    raise SystemExit(main())
