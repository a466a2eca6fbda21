"""Benchmark: how long the window stops answering while a one-paragraph article of 5 million
characters is opened, attributed in and scrolled, beside a usual 5,000-character article and a
bare QTextEdit given the same long text, all in the same run.

Each case runs in a child process (offscreen Qt, a throw-away catalogue and settings). A 10 ms
timer beats throughout; the longest gap between two beats during each step is the step's stall:
what a user feels as a frozen window. Each case runs ``--runs`` times (3 by default) and the
median of each step is printed, with the ratio to the usual article. It never judges the figures.

Run from the repository root::

    .venv/bin/python benchmarks/reader_stall.py            # 5,000,000 characters
    .venv/bin/python benchmarks/reader_stall.py --quick    # 500,000 characters, one run
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SENTENCE = (
    "Министр заявил журналистам, что переговоры продолжатся в следующем месяце, "
    "а стороны готовы к диалогу. "
)
STEPS = ("open", "attribute", "scroll")

CHILD = r"""
import json, os, sys, time
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QTextEdit
app = QApplication([])
length, bare = int(sys.argv[1]), sys.argv[2] == "bare"
sentence = sys.argv[3]
text = (sentence * (length // len(sentence) + 1))[:length]
gaps = {}
phase = ["start"]
clock = QElapsedTimer(); clock.start(); last = [clock.elapsed()]
def beat():
    now = clock.elapsed()
    gaps[phase[0]] = max(gaps.get(phase[0], 0), now - last[0]); last[0] = now
timer = QTimer(); timer.setInterval(10); timer.timeout.connect(beat); timer.start()
if bare:
    window = QTextEdit(); window.resize(1400, 900); window.show()
    def open_it(): window.setPlainText(text)
    def attribute():
        cursor = window.textCursor(); cursor.setPosition(100)
        cursor.setPosition(180, cursor.MoveMode.KeepAnchor); window.setTextCursor(cursor)
    def scroll():
        bar = window.verticalScrollBar(); bar.setValue(bar.maximum() // 2)
else:
    from claimdesk.gui.app import build_main_window, set_application_identity
    from claimdesk.gui.speaker_picker import Attribution
    set_application_identity()
    window = build_main_window(os.path.join(os.environ["HOME"], "c.sqlite"))
    window.resize(1400, 900); window.show()
    article = window.catalogue.add_article(text, title="long", language="ru").id
    def open_it():
        window.article_panel.reload(); window.articles.show_article(article)
    def attribute():
        window.reader.select_span(100, 180)
        chosen = Attribution(new_speaker="Пётр Иванов", kind="claim")
        window.claims.attribute_selection(attribution=chosen)
    def scroll():
        bar = window.reader.verticalScrollBar(); bar.setValue(bar.maximum() // 2)
steps = [("open", open_it), ("attribute", attribute), ("scroll", scroll)]
def run(index=0):
    if index == len(steps):
        phase[0] = "done"
        print(json.dumps({k: v for k, v in gaps.items() if k in ("open", "attribute", "scroll")}))
        window.close(); app.quit(); return
    name, step = steps[index]
    def go():
        phase[0] = name
        try:
            step()
        except Exception:  # a step that fails ends the run (the parent reports it), not a hang
            import traceback; traceback.print_exc(); app.exit(1); return
        QTimer.singleShot(2500, lambda: run(index + 1))
    QTimer.singleShot(300, go)
QTimer.singleShot(500, run)
app.exec()
"""


def measure(length: int, *, bare: bool) -> dict[str, int]:
    with tempfile.TemporaryDirectory(prefix="claimdesk-stall-") as home:
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            environment[name] = str(Path(home) / name)
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(length), "bare" if bare else "app", SENTENCE],
            env=environment,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    if result.returncode != 0:
        raise SystemExit(f"the child failed:\n{result.stderr}")
    stalls: dict[str, int] = json.loads(result.stdout.strip().splitlines()[-1])
    return stalls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--length", type=int, default=5_000_000, help="the long article's size")
    parser.add_argument("--runs", type=int, default=3, help="runs of each case (median shown)")
    parser.add_argument("--quick", action="store_true", help="500,000 characters, one run")
    args = parser.parse_args()
    if args.quick:
        args.length, args.runs = 500_000, 1
    cases = [
        ("usual article, 5,000 characters (baseline)", 5_000, False),
        (f"one paragraph, {args.length:,} characters", args.length, False),
        (f"bare QTextEdit, same {args.length:,} characters", args.length, True),
    ]
    print(f"Longest event-loop stall per step, median of {args.runs} run(s), in ms")
    print(f"{'case':<48}" + "".join(f"{step:>11}" for step in STEPS))
    medians: list[dict[str, float]] = []
    for label, length, bare in cases:
        runs = [measure(length, bare=bare) for _ in range(args.runs)]
        median = {step: statistics.median(run.get(step, 0) for run in runs) for step in STEPS}
        medians.append(median)
        print(f"{label:<48}" + "".join(f"{median[step]:>11.0f}" for step in STEPS))
    usual, long = medians[0], medians[1]
    ratios = "".join(f"{long[s] / max(usual[s], 1):>10.1f}x" for s in STEPS)
    print(f"{'long article / usual article':<48}{ratios}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
