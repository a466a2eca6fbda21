"""Benchmark: how long ClaimDesk takes to start, beside the bare tools in the same run.

The desktop app, each start in a child process of its own, beside a bare PySide6 ``QMainWindow``:

* **shown**: process start until the main window's first Expose event (the window is mapped
  and its first frame is painted while that event is handled);
* **usable**: process start until a key press posted to the window at that moment has been
  handled: whatever the app queued on the event loop after showing (and any GIL-bound worker
  thread) runs first, so this is when a person's first key would get an answer;
* **ready**: process start until a key press posted to the app's main window over the open
  catalogue (object name "mainWindow") when it is shown has been handled. The app shows a window
  first and opens the catalogue behind it, so "ready" can come after "usable"; for the bare
  window, and for an app that shows its main window first, the two are the same window;
* **open**: process start until a key press posted to that main window once it has its catalogue
  (its ``catalogue_open`` is true: the articles listed, the actions enabled) has been handled. A
  main window that shows before its catalogue is open is "ready" before it is "open"; for the
  bare window, and a main window built over the open catalogue, "open" is "ready".

Cases: an empty catalogue and one of 100,000 claims (with its matching index already cached by a
warm-up start that is not counted; the warm-up itself is printed as "first start"), offscreen and
on a real X server. The X server is an Xvfb this script starts on a free display, as
tests/e2e/x11_desktop.py does; without ``Xvfb`` the X cases are skipped with a note.

The command line: ``claimdesk-cli --version``, ``articles`` (on an empty catalogue and on the 100k
one), ``claims --json`` on the 100k catalogue (written to /dev/null) and one ``attribute``, beside
``python -c pass`` (and the sqlite3 shell's listing of the articles, when it is installed), on
catalogues whose integrity check ``claimdesk-cli check`` has run first, as ClaimDesk leaves a
catalogue it closed cleanly (the check's own time is printed). The ``attribute`` of a SQLite
catalogue takes the quick path (core/storage/quick_attribute.py); the same command with the
catalogue named as a ``sqlite:///`` URL takes the full one (the service layer, SQLAlchemy), shown
beside it for comparison.

Then ``python -X importtime`` for ``claimdesk.cli`` and ``claimdesk.gui.app``: the packages and
modules that cost the most.

Children run with bytecode cached (in the scratch folder, written by a first uncounted start of
each: the desktop app's on the empty catalogue, before the first start on the large one), as an
installed package has it, even when PYTHONDONTWRITEBYTECODE is set here.

Each figure is the median of ``--runs`` starts (5 by default) with the ratio to its baseline; wall
time, CPU time (user + system, all threads) and peak RSS. The 100k catalogue is built with
benchmarks/export.py's builder (SQLAlchemy Core executemany). It never judges the figures.

Run from the repository root::

    .venv/bin/python benchmarks/startup.py                # 100,000 claims, 5 runs
    .venv/bin/python benchmarks/startup.py --quick        # 10,000 claims, 2 runs
    .venv/bin/python benchmarks/startup.py --cli-only     # the command line cases alone
"""

from __future__ import annotations

import argparse
import json
import os
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
CHILD_TIMEOUT = 300

GUI_CHILD = r"""
import json, os, resource, sys, time
marks = {}
mode, db = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
if mode == "app":
    from claimdesk.gui.app import main  # what the ``claimdesk`` launcher imports
marks["imported"] = time.monotonic()

def finish():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    marks["cpu"] = usage.ru_utime + usage.ru_stime
    marks["rss_mb"] = usage.ru_maxrss / 1024
    print("BENCH " + json.dumps(marks), flush=True)
    os._exit(0)  # the measure is taken: skip closing the window and the catalogue

KEYS = {"usable": Qt.Key.Key_Shift, "ready": Qt.Key.Key_Control, "open": Qt.Key.Key_Alt}
AFTER = {"usable": "shown", "ready": "ready_shown", "open": "open_shown"}

def post_key(window, mark):
    # a key as the window system would deliver it: to the window, which routes it
    QApplication.postEvent(window, QKeyEvent(
        QEvent.Type.KeyPress, KEYS[mark], Qt.KeyboardModifier.NoModifier))

class Watch(QObject):
    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
            owner = next((w for w in QApplication.topLevelWidgets()
                          if w.windowHandle() is watched), None)
            if isinstance(owner, QMainWindow) and "shown" not in marks:
                marks["shown"] = time.monotonic()
                post_key(watched, "usable")
            # the app's own main window, over the open catalogue (the first window, unless the
            # app shows another while it opens the catalogue)
            wanted = mode != "app" or owner is not None and owner.objectName() == "mainWindow"
            if isinstance(owner, QMainWindow) and wanted and "ready_shown" not in marks:
                marks["ready_shown"] = time.monotonic()
                post_key(watched, "ready")
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            for mark, key in KEYS.items():
                if event.key() == key and mark not in marks and AFTER[mark] in marks:
                    marks[mark] = time.monotonic()
            if all(mark in marks for mark in KEYS):
                finish()
        return False

def check_open():
    # the main window over its open catalogue (one built over it is open from the start)
    if "ready_shown" not in marks or "open_shown" in marks:
        return
    for widget in QApplication.topLevelWidgets():
        wanted = mode != "app" or widget.objectName() == "mainWindow"
        if wanted and widget.isVisible() and getattr(widget, "catalogue_open", True):
            marks["open_shown"] = time.monotonic()
            post_key(widget.windowHandle(), "open")
            return

app = QApplication(["claimdesk"])
watch = Watch()
app.installEventFilter(watch)
poll = QTimer()
poll.timeout.connect(check_open)
poll.start(5)
if mode == "app":
    main(["claimdesk", "--db", db])
else:
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    app.exec()
"""

CLI_CHILD = "import sys; from claimdesk.cli_entry import main; sys.exit(main())"
"""What the ``claimdesk-cli`` console script runs (with this tree's sources first on the path)."""


@dataclass(slots=True)
class Run:
    wall: float
    cpu: float
    rss_mb: float
    usable: float | None = None
    ready: float | None = None
    open: float | None = None


# -- environment -----------------------------------------------------------------------------


def child_environment(home: Path, platform: str, display: str | None = None) -> dict[str, str]:
    """Settings, index cache and logs in ``home``; this tree's sources first on the path."""
    environment = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM=platform)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        environment[name] = str(home / name)
        (home / name).mkdir(exist_ok=True)
    environment.pop("CLAIMDESK_DATABASE_URL", None)
    # ClaimDesk's modules compiled once and cached, as an installed package has them (with
    # PYTHONDONTWRITEBYTECODE set, every start would compile them again from source)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    source = str(BENCHMARKS.parent / "src")
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (source, os.environ.get("PYTHONPATH", "")) if p
    )
    if display is not None:
        environment["DISPLAY"] = display
    else:
        environment.pop("DISPLAY", None)
    return environment


@contextmanager
def xvfb() -> Iterator[str | None]:
    """An Xvfb on the first free display (it writes the number to ``-displayfd``), or None."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 64) if ready else b""
            if not chunk:
                break
            number += chunk
        os.close(read_end)
        yield f":{int(number)}" if number.endswith(b"\n") else None
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait(timeout=5)


# -- running children ------------------------------------------------------------------------


def run_child(command: Sequence[str], environment: dict[str, str], stdout: int | None) -> Run:
    """Run ``command`` to its end: wall time, CPU (user + system) and peak RSS from wait4."""
    started = time.monotonic()
    process = subprocess.Popen(command, env=environment, stdout=stdout, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{errors}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def start_gui(mode: str, db: str, environment: dict[str, str]) -> Run:
    """One start of the app (``mode`` "app") or of the bare window (``mode`` "bare")."""
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", GUI_CHILD, mode, db],
        env=environment,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=False,
    )
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise SystemExit(f"the {mode} start failed ({result.returncode}):\n{result.stderr[-3000:]}")
    marks = json.loads(line[len("BENCH ") :])
    return Run(
        marks["shown"] - started,
        marks["cpu"],
        marks["rss_mb"],
        marks["usable"] - started,
        marks["ready"] - started,
        marks["open"] - started,
    )


def median_run(runs: Sequence[Run]) -> Run:
    usable = [r.usable for r in runs if r.usable is not None]
    ready = [r.ready for r in runs if r.ready is not None]
    opened = [r.open for r in runs if r.open is not None]
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        statistics.median(r.rss_mb for r in runs),
        statistics.median(usable) if usable else None,
        statistics.median(ready) if ready else None,
        statistics.median(opened) if opened else None,
    )


# -- the catalogues --------------------------------------------------------------------------


def build_catalogues(folder: Path, claims: int, environment: dict[str, str]) -> tuple[Path, Path]:
    """An empty catalogue and one of ``claims`` claims (export.py's builder, in a child)."""
    empty, full = folder / "empty.sqlite", folder / "full.sqlite"
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        "from export import build_catalogue; from claimdesk.core.catalogue import Catalogue;"
        "Catalogue.open(sys.argv[2]).close();"
        "build_catalogue(Path(sys.argv[3]), int(sys.argv[4]), max(1, int(sys.argv[4]) // 50),"
        " max(1, int(sys.argv[4]) // 20), 1)"
    )
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-c", script, str(BENCHMARKS), str(empty), str(full), str(claims)],
        env=environment,
        check=True,
        timeout=3600,
    )
    print(f"built a catalogue of {claims:,} claims in {time.monotonic() - started:.1f} s")
    return empty, full


ATTRIBUTE_TEXT = " ".join(
    f"Министр номер {n} заявил: «Предложение {n:04d} будет рассмотрено»." for n in range(200)
)


def add_attribute_article(db: Path, environment: dict[str, str]) -> int:
    script = (
        "import sys; from claimdesk.core.catalogue import Catalogue\n"
        "with Catalogue.open(sys.argv[1]) as c:\n"
        "    print(c.add_article(sys.argv[2], title='attribute benchmark').id)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(db), ATTRIBUTE_TEXT],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(out.strip())


# -- printing --------------------------------------------------------------------------------


def print_gui(title: str, rows: Sequence[tuple[str, Run]], baseline: Run) -> None:
    print(f"\n{title} (median of each)")
    print(f"{'case':<44}{'shown s':>9}{'ratio':>8}{'usable s':>10}{'ratio':>8}"
          f"{'ready s':>9}{'ratio':>8}{'open s':>8}{'ratio':>8}"
          f"{'CPU s':>8}{'RSS MB':>8}")  # fmt: skip
    for label, run in rows:
        usable = run.usable or 0.0
        ready = run.ready or 0.0
        opened = run.open or 0.0
        print(
            f"{label:<44}{run.wall:>9.2f}{run.wall / baseline.wall:>7.1f}x"
            f"{usable:>10.2f}{usable / (baseline.usable or baseline.wall):>7.1f}x"
            f"{ready:>9.2f}{ready / (baseline.ready or baseline.wall):>7.1f}x"
            f"{opened:>8.2f}{opened / (baseline.open or baseline.wall):>7.1f}x"
            f"{run.cpu:>8.2f}{run.rss_mb:>8.0f}"
        )


def print_cli(rows: Sequence[tuple[str, Run]], baseline: Run) -> None:
    print("\nCommand line (median of each)")
    print(f"{'command':<52}{'wall s':>8}{'ratio':>8}{'CPU s':>8}{'RSS MB':>8}")
    for label, run in rows:
        print(
            f"{label:<52}{run.wall:>8.3f}{run.wall / baseline.wall:>7.1f}x"
            f"{run.cpu:>8.3f}{run.rss_mb:>8.0f}"
        )


_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


def print_import_time(module: str, environment: dict[str, str], top: int) -> None:
    """``python -X importtime``: the total, the top-level packages by their modules' own time,
    and the costliest modules with what they import (cumulative)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    own: dict[str, int] = defaultdict(int)
    cumulative: list[tuple[int, str]] = []
    total = 0
    for line in result.stderr.splitlines():
        found = _IMPORT_LINE.match(line)
        if not found:
            continue
        self_us, cumulative_us, indent, name = found.groups()
        own[name.split(".")[0]] += int(self_us)
        cumulative.append((int(cumulative_us), name))
        if not indent:  # imported by the -c line itself
            total += int(cumulative_us)
    print(f"\npython -X importtime -c 'import {module}': {total / 1e6:.2f} s in all")
    packages = sorted(own.items(), key=lambda item: -item[1])[:top]
    print("  packages by their modules' own time: " + ", ".join(
        f"{name} {us / 1e3:.0f} ms" for name, us in packages))  # fmt: skip
    print("  modules by cumulative time (with what they import):")
    for cumulative_us, name in sorted(cumulative, reverse=True)[1 : top + 1]:
        print(f"    {cumulative_us / 1e3:>7.0f} ms  {name}")


# -- main ------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000, help="the large catalogue's size")
    parser.add_argument("--runs", type=int, default=5, help="starts of each case (median shown)")
    parser.add_argument("--quick", action="store_true", help="10,000 claims, 2 runs")
    parser.add_argument("--top", type=int, default=12, help="rows of the import-time lists")
    parser.add_argument("--no-x", action="store_true", help="skip the X server cases")
    parser.add_argument(
        "--catalogues",
        metavar="DIR",
        help="build the two catalogues in DIR, or use those already there (to compare runs)",
    )
    parser.add_argument(
        "--cli-only",
        action="store_true",
        help="only the command line cases (and its import times): no desktop app starts",
    )
    parser.add_argument(
        "--gui-only", action="store_true", help="the desktop app only (no command line, imports)"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.claims, args.runs = 10_000, 2
    return args


def gui_cases(
    platform: str,
    display: str | None,
    home: Path,
    empty: Path,
    full: Path,
    args: argparse.Namespace,
) -> None:
    environment = child_environment(home, platform, display)
    # An uncounted start on the empty catalogue first: it writes the bytecode of every module
    # the app imports into the scratch cache (with PYTHONPYCACHEPREFIX set, Python reads no
    # other, so a fresh cache would have the next start compile PySide6's, SQLAlchemy's and
    # ClaimDesk's modules from source, which an installed app never does). Then the first
    # start on the large catalogue is what it says: the one that builds and caches its index.
    start_gui("app", str(empty), environment)
    first = start_gui("app", str(full), environment)  # builds and caches the matching index
    bare, app_empty, app_full = [], [], []
    for _ in range(args.runs):  # interleaved, so a busy moment on the machine hits all three
        bare.append(start_gui("bare", "", environment))
        app_empty.append(start_gui("app", str(empty), environment))
        app_full.append(start_gui("app", str(full), environment))
    baseline = median_run(bare)
    where = "offscreen" if platform == "offscreen" else f"X server (Xvfb {display})"
    print_gui(
        f"Desktop app start, {where}, {args.runs} runs",
        [
            ("bare PySide6 QMainWindow (baseline)", baseline),
            ("ClaimDesk, empty catalogue", median_run(app_empty)),
            (f"ClaimDesk, {args.claims:,} claims, index cached", median_run(app_full)),
            (f"ClaimDesk, {args.claims:,} claims, first start (1 run)", first),
        ],
        baseline,
    )


def cli_cases(home: Path, empty: Path, full: Path, args: argparse.Namespace) -> None:
    environment = child_environment(home, "offscreen")
    article = add_attribute_article(full, environment)
    cli = [sys.executable, "-c", CLI_CHILD]
    # Opening a catalogue runs its integrity check (at most CHECK_SECONDS) unless ClaimDesk
    # left it clean and checked (core/storage/checked.py); a check cut short by that bound records
    # nothing, so on a loaded machine a large catalogue is checked again by every command. The
    # check is run once in full here, as ``claimdesk-cli check`` does, so that the commands
    # below are measured on a catalogue as ClaimDesk leaves it; the check's time is printed.
    for db in (empty, full):
        checked = run_child([*cli, "--db", str(db), "check"], environment, subprocess.DEVNULL)
        print(f"full integrity check of {db.name}, once first: {checked.wall:.2f} s")
    cases: list[tuple[str, list[str]]] = [
        ("python -c pass (baseline)", [sys.executable, "-c", "pass"]),
        ("claimdesk-cli --version", [*cli, "--version"]),
        ("claimdesk-cli articles, empty catalogue", [*cli, "--db", str(empty), "articles"]),
        (f"claimdesk-cli articles, {args.claims:,} claims", [*cli, "--db", str(full), "articles"]),
        (
            f"claimdesk-cli claims --json, {args.claims:,} claims",
            [*cli, "--db", str(full), "claims", "--json"],
        ),
    ]
    sqlite3_shell = shutil.which("sqlite3")
    if sqlite3_shell:
        cases.insert(
            1,
            (
                "sqlite3 shell: the articles' ids and titles",
                [sqlite3_shell, "-readonly", str(full), "SELECT id, title FROM article"],
            ),
        )
    runs: dict[str, list[Run]] = defaultdict(list)

    def attribute(db: str, sentence: int) -> list[str]:
        # a different sentence each time: the same span twice would be a duplicate claim
        quote = f"Предложение {sentence % 200:04d} будет рассмотрено"
        command = [*cli, "--db", db, "attribute", str(article)]
        return [*command, "--quote", quote, "--speaker", "Министр Бенчмарков"]

    for _label, command in cases:  # a first, uncounted start of each writes its bytecode cache
        run_child(command, environment, subprocess.DEVNULL)
    for db, sentence in ((str(full), 198), (f"sqlite:///{full}", 199)):
        run_child(attribute(db, sentence), environment, subprocess.DEVNULL)
    for number in range(args.runs):
        for label, command in cases:
            runs[label].append(run_child(command, environment, subprocess.DEVNULL))
        label = f"claimdesk-cli attribute, {args.claims:,} claims"
        runs[label].append(run_child(attribute(str(full), number), environment, subprocess.DEVNULL))
        # the same with the file named as a URL, which the quick path leaves to the full one
        full_path = attribute(f"sqlite:///{full}", number + 100)
        runs[f"{label}, full path"].append(run_child(full_path, environment, subprocess.DEVNULL))
    medians = [(label, median_run(found)) for label, found in runs.items()]
    print_cli(medians, medians[0][1])
    if not sqlite3_shell:
        print("(the sqlite3 shell is not installed: its row is left out)")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="claimdesk-startup-") as scratch:
        folder = Path(scratch)
        home = folder / "home"
        home.mkdir()
        environment = child_environment(home, "offscreen")
        if args.catalogues:  # kept between runs (a run adds an article and a few claims)
            kept = Path(args.catalogues)
            kept.mkdir(parents=True, exist_ok=True)
            empty, full = kept / "empty.sqlite", kept / "full.sqlite"
            if not (empty.exists() and full.exists()):
                empty, full = build_catalogues(kept, args.claims, environment)
        else:
            empty, full = build_catalogues(folder, args.claims, environment)
        if args.cli_only:
            print("\n(desktop app cases skipped: --cli-only)")
        else:
            gui_cases("offscreen", None, home, empty, full, args)
        if args.no_x or args.cli_only:
            print("\n(X server cases skipped: --no-x)")
        else:
            with xvfb() as display:
                if display is None:
                    print("\n(X server cases skipped: Xvfb is not installed or did not start)")
                else:
                    gui_cases("xcb", display, home, empty, full, args)
        if args.gui_only:
            print("\n(command line and import times skipped: --gui-only)")
        else:
            cli_cases(home, empty, full, args)
            environment = child_environment(home, "offscreen")
            modules = (
                ("claimdesk.cli",) if args.cli_only else ("claimdesk.cli", "claimdesk.gui.app")
            )
            for module in modules:
                print_import_time(module, environment, args.top)
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
