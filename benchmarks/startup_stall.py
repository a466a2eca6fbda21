"""Benchmark: how long the desktop app's window stops answering while it starts: from its first
frame, through opening the catalogue, until the matching index is loaded (or built), beside a
bare PySide6 window in the same run.

Each start runs in a child process (offscreen Qt, settings and index cache in a scratch home). A
10 ms timer beats from the moment the window is first on screen; a gap between two beats is a
stall, what a user feels as a frozen window. Per phase it prints the longest stall and the time
spent in stalls over 50 ms: "opening" (a window first shown until the main window is there over
its open catalogue: an app that shows another window while the catalogue opens counts the main
window's building here) and "indexing" (until the index is ready), with how long each took.
Cases: a 100,000-claim catalogue with its index cached (warmed by a first start, not counted) and
the first start that builds it. It never judges the figures.

Run from the repository root::

    .venv/bin/python benchmarks/startup_stall.py            # 100,000 claims, 3 runs
    .venv/bin/python benchmarks/startup_stall.py --quick    # 10,000 claims, 1 run
    .venv/bin/python benchmarks/startup_stall.py --db FILE  # an existing catalogue
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
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
SLOW_MS = 50

CHILD = r"""
import json, os, sys, time
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow
mode, db = sys.argv[1], sys.argv[2]
clock = QElapsedTimer()
clock.start()
marks, gaps = {}, []
last = [None]

def beat():
    now = clock.elapsed()
    if last[0] is not None:
        gaps.append((last[0], now - last[0]))
    last[0] = now
    # the app's main window (it may show another window first while the catalogue opens)
    window = next((w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMainWindow) and w.isVisible()
                   and (mode != "app" or w.objectName() == "mainWindow")), None)
    if window is None:
        return
    if "open" not in marks and getattr(window, "catalogue_open", True):
        marks["open"] = now
    status = getattr(window, "index_status", None)
    if "indexed" not in marks and (status is None or (
            "open" in marks and status.text().startswith(("Matching ready", "Matching unav")))):
        marks["indexed"] = now
        QTimer.singleShot(300, done)

def done():
    print("STALL " + json.dumps({"marks": marks, "gaps": gaps}), flush=True)
    os._exit(0)

timer = QTimer()
timer.setInterval(10)
timer.timeout.connect(beat)

class Watch(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Expose and isinstance(watched, QWindow)
                and watched.isExposed() and "shown" not in marks):
            marks["shown"] = clock.elapsed()
            last[0] = marks["shown"]
            timer.start()
        return False

app = QApplication(["claimdesk"])
watch = Watch()
app.installEventFilter(watch)
if mode == "app":
    from claimdesk.gui.app import main
    main(["claimdesk", "--db", db])
else:
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    app.exec()
"""


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name)
        (home / name).mkdir(exist_ok=True)
    env.pop("CLAIMDESK_DATABASE_URL", None)
    source = str(BENCHMARKS.parent / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (source, os.environ.get("PYTHONPATH", "")) if p)
    return env


def start(mode: str, db: str, env: dict[str, str]) -> dict[str, dict[str, float]]:
    """One start: per phase, its length, the longest stall and the time in stalls (ms)."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, db],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("STALL ")), None)
    if line is None:
        raise SystemExit(f"the {mode} start failed:\n{result.stderr[-3000:]}")
    found = json.loads(line[len("STALL ") :])
    marks, gaps = found["marks"], found["gaps"]
    phases = {
        "opening": (marks["shown"], marks["open"]),
        "indexing": (marks["open"], marks["indexed"]),
    }
    figures: dict[str, dict[str, float]] = {}
    for phase, (begin, end) in phases.items():
        inside = [gap for at, gap in gaps if begin <= at < end]
        figures[phase] = {
            "length": end - begin,
            "longest": max(inside, default=0),
            "stalled": sum(gap for gap in inside if gap > SLOW_MS),
        }
    return figures


def build(db: Path, claims: int, env: dict[str, str]) -> None:
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        "from export import build_catalogue;"
        "build_catalogue(Path(sys.argv[2]), int(sys.argv[3]), max(1, int(sys.argv[3]) // 50),"
        " max(1, int(sys.argv[3]) // 20), 1)"
    )
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-c", script, str(BENCHMARKS), str(db), str(claims)],
        env=env,
        check=True,
        timeout=3600,
    )
    print(f"built a catalogue of {claims:,} claims in {time.monotonic() - started:.1f} s")


def show(label: str, runs: list[dict[str, dict[str, float]]]) -> None:
    cells = []
    for phase in ("opening", "indexing"):
        for key in ("length", "longest", "stalled"):
            cells.append(statistics.median(run[phase][key] for run in runs))
    print(f"{label:<40}" + "".join(f"{cell:>10.0f}" for cell in cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="10,000 claims, one run")
    parser.add_argument("--db", help="an existing catalogue instead of a built one")
    args = parser.parse_args()
    if args.quick:
        args.claims, args.runs = 10_000, 1
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="claimdesk-stall-") as scratch:
        folder = Path(scratch)
        home = folder / "home"
        home.mkdir()
        env = environment(home)
        db = Path(args.db) if args.db else folder / "full.sqlite"
        if not args.db:
            build(db, args.claims, env)
        first = start("app", str(db), env)  # builds and caches the index
        bare, cached = [], []
        for _ in range(args.runs):
            bare.append(start("bare", "", env))
            cached.append(start("app", str(db), env))
        print(f"\nWindow stalls from the first frame, ms (median of {args.runs}; stalled: time in "
              f"gaps over {SLOW_MS} ms)")  # fmt: skip
        print(f"{'':<40}{'opening':>30}{'indexing':>30}")
        print(f"{'case':<40}" + f"{'length':>10}{'longest':>10}{'stalled':>10}" * 2)
        show("bare PySide6 QMainWindow (baseline)", bare)
        show("ClaimDesk, index cached", cached)
        show("ClaimDesk, first start (1 run)", [first])
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
