"""Benchmark: Article › Versions… working out what changed in a long article, beside the plain
word-by-word comparison it made before, in the same run.

The articles are made here: paragraphs of a dozen Russian sentences each; the new version has
one sentence added in the middle of a paragraph and one word changed in another. For each size
it times ``diff_html`` (lines, then the sentences of the lines that differ, then the words of
the sentences that differ) and, up to ``--baseline-up-to`` characters, the baseline: difflib
over the two texts' whole token lists, as the dialog compared them before (it grows with the
square of the length: 143 s at 250,000 characters here, so larger sizes are left out). The
dialog works this out on the GUI thread, so the time is how long the window stops answering.
Least of ``--repeat`` timings each; it never judges the figures.

Run from the repository root::

    .venv/bin/python benchmarks/versions_diff.py           # 15,000 to 1,000,000 characters
    .venv/bin/python benchmarks/versions_diff.py --quick   # 15,000 and 50,000
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from claimdesk.gui.versions_dialog import _TOKENS, diff_html


def article(chars: int) -> str:
    paragraphs: list[str] = []
    number = 0
    while sum(map(len, paragraphs)) < chars:
        paragraphs.append(
            " ".join(
                f"Абзац {number}, фраза {s}: министр заявил, что переговоры продолжатся."
                for s in range(12)
            )
        )
        number += 1
    return "\n\n".join(paragraphs)


def edited(text: str) -> str:
    paragraphs = text.split("\n\n")
    middle, other = len(paragraphs) // 2, len(paragraphs) // 3
    sentences = paragraphs[middle].split(". ")
    sentences.insert(len(sentences) // 2, "Встреча назначена на май")
    paragraphs[middle] = ". ".join(sentences)
    paragraphs[other] = paragraphs[other].replace("переговоры", "консультации", 1)
    return "\n\n".join(paragraphs)


def word_by_word(old: str, new: str) -> None:
    """The comparison as the dialog made it before: the whole texts' tokens at once."""
    matcher = SequenceMatcher(None, _TOKENS.findall(old), _TOKENS.findall(new), autojunk=False)
    matcher.get_opcodes()


def least(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="15,000 and 50,000 characters")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline-up-to", type=int, default=60_000)
    args = parser.parse_args(argv)
    sizes = (15_000, 50_000) if args.quick else (15_000, 50_000, 250_000, 1_000_000)
    print(f"versions difference, one sentence added and one word changed (Python "
          f"{sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())})")  # fmt: skip
    print(f"{'characters':>12}  {'diff_html':>10}  {'word by word (before)':>22}  ratio")
    for size in sizes:
        old = article(size)
        new = edited(old)
        ours = least(lambda o=old, n=new: diff_html(o, n), args.repeat)
        if len(old) <= args.baseline_up_to:
            before = least(lambda o=old, n=new: word_by_word(o, n), 1)
            print(f"{len(old):>12,}  {ours * 1000:>8.1f} ms  {before * 1000:>19.1f} ms  "
                  f"{before / ours:,.0f}x")  # fmt: skip
        else:
            print(f"{len(old):>12,}  {ours * 1000:>8.1f} ms  {'(not run: minutes)':>22}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
