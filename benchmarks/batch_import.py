"""Benchmark: importing a folder of 1,000 web pages and one of 1,000 text files, beside
trafilatura alone on the same pages.

The script writes the corpus itself (see ``write_corpus``): news pages and text files of varied
length, Russian and English (a few mixed), in UTF-8, Windows-1251, UTF-16 with a byte-order mark
and Latin-1; pages carry navigation, a sidebar, a footer, scripts and styles and meta tags around
the article, as news pages do. All text is made up here from the phrases below, shuffled by a
seeded random generator, so every file is a different article and a run can be repeated exactly.

Then it measures, in the same run, each in a child process of its own:

* the baselines: ``trafilatura.extract`` on each page's bytes, one page after another in one
  process (what extraction alone costs; nothing is stored), and the same spread over as many
  processes as the import's workers (spawned, as the import's are, each given file names, not
  contents), since the import with workers uses every core; then ``trafilatura.bare_extraction``
  with the options ClaimDesk gives it (the page's metadata too: title, author, date, site name,
  canonical URL, which ``extract`` leaves out by default), in one process and in as many;
* ``claimdesk-cli import FOLDER`` into a fresh catalogue, for the pages and for the text files,
  with worker processes (the default: one per core) and with ``--workers 1`` (read in the one
  process), so the pool's worth on this machine shows.

What each side gives: ``extract``, the page's text alone; ``bare_extraction`` with metadata,
the text with title, author, date, site name and address (and the categories, tags and licence
ClaimDesk does not keep); the import, the text with title, outlet, date, language, author and
the hints on the encoding, checked for copies and near-duplicates and stored in a new SQLite
catalogue (50 articles a transaction), every page's bytes decoded by ClaimDesk (its own charset
rules) and the page stripped of scripts and styles before it is parsed. Nothing is fetched.

For each: files per second (files / the child's wall time, start-up included: the first line
gives the start-up alone, importing one small file), the CPU time of the child and the processes
it waited for (user + system, from wait4: on a machine shared with other work, wall time says
little, CPU time much more) and the child's peak RSS (GNU time's %M when installed, else wait4's;
for an import with workers it is the largest process of the tree, as Linux reports children). It
never judges the figures: it only prints them, and the ratios of both times.

Start-up (starting Python, importing, opening the catalogue, starting the workers) weighs on a
folder of a few hundred files, and it is a goal of its own (``benchmarks/startup.py``). So each
side is also run on the first :data:`FEW_FILES` pages of the same folder, and the time *per page
after start-up* is (time for all - time for the few) / (pages - the few): same pages, same
process count, start-up taken out of both sides alike. Children run with compiled bytecode (a
cache in the scratch folder, warmed by one unmeasured run of each side first), as an installed
application does, even when the shell sets PYTHONDONTWRITEBYTECODE: otherwise ClaimDesk's
modules would be compiled afresh in the parent and in every worker while trafilatura's come
compiled from site-packages.

Run from the repository root::

    .venv/bin/python benchmarks/batch_import.py            # 1,000 pages and 1,000 text files
    .venv/bin/python benchmarks/batch_import.py --quick    # 100 of each
    .venv/bin/python benchmarks/batch_import.py --repeat 3 # each run's least of 3 rounds
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from export import find_gnu_time  # benchmarks/export.py, beside this script

DEFAULT_FILES = 1_000
QUICK_FILES = 100
FEW_FILES = 20
"""Pages for the start-up runs: enough that the import reads them in worker processes
(``POOL_FROM_FILES``), as it reads the whole folder."""

RU_SUBJECTS = (
    "Министр иностранных дел",
    "Пресс-секретарь правительства",
    "Глава Центробанка",
    "Мэр города",
    "Представитель министерства обороны",
    "Депутат Государственной думы",
    "Губернатор области",
    "Посол в Азербайджане",
)
RU_VERBS = ("заявил", "отметил", "напомнил", "подчеркнул", "сообщил", "сказал")
RU_CLAUSES = (
    "что переговоры продолжатся в ближайшие недели",
    "что рост экономики в этом году составит около {n}%",
    "что цены на энергоносители не будут повышены до конца года",
    "что строительство новой линии метро завершится к {year} году",
    "что стороны договорились о создании рабочей группы",
    "что бюджет на следующий год будет сбалансирован",
    "что в регионе открылись {n} новых школ",
    "что ситуация на границе остаётся спокойной",
)
EN_SUBJECTS = (
    "The foreign minister",
    "A government spokeswoman",
    "The central bank governor",
    "The city's mayor",
    "A defence ministry official",
    "The opposition leader",
    "The regional governor",
    "The ambassador",
)
EN_VERBS = ("said", "told reporters", "stressed", "noted", "added", "announced")
EN_CLAUSES = (
    "that the talks would continue in the coming weeks",
    "that the economy would grow by about {n}% this year",
    "that energy prices would not rise before the end of the year",
    "that the new metro line would open in {year}",
    "that both sides had agreed to set up a working group",
    "that next year's budget would be balanced",
    "that {n} new schools had opened in the region",
    "that the border remained calm",
)
RU_OUTLETS = ("ТАСС", "РИА Новости", "Интерфакс", "Коммерсантъ", "Sputnik Азербайджан")
EN_OUTLETS = ("Reuters", "Associated Press", "BBC News", "The Guardian", "Euronews")
ENCODINGS_RU = ("utf-8", "utf-8", "cp1251", "utf-16")
ENCODINGS_EN = ("utf-8", "utf-8", "latin-1", "utf-16")


def paragraph(rng: random.Random, russian: bool) -> str:
    subjects, verbs, clauses = (
        (RU_SUBJECTS, RU_VERBS, RU_CLAUSES) if russian else (EN_SUBJECTS, EN_VERBS, EN_CLAUSES)
    )
    sentences = []
    for _ in range(rng.randint(2, 5)):
        clause = rng.choice(clauses).format(n=rng.randint(2, 90), year=rng.randint(2025, 2031))
        quote = rng.random() < 0.3
        if quote and russian:
            sentences.append(f"«{clause[4:].capitalize()}», — {rng.choice(verbs)} он.")
        elif quote:
            sentences.append(f'"{clause[5:].capitalize()}," {rng.choice(subjects).lower()} said.')
        else:
            sentences.append(f"{rng.choice(subjects)} {rng.choice(verbs)}, {clause}.")
    # a serial number keeps every paragraph, so every article, unique
    return " ".join(sentences) + f" ({rng.randrange(10**9)})"


def article(rng: random.Random) -> tuple[str, str, list[str], bool]:
    russian = rng.random() < 0.6
    size = rng.choice((3, 5, 8, 12, 20, 40))
    paragraphs = [paragraph(rng, russian) for _ in range(rng.randint(size, size * 2))]
    outlet = rng.choice(RU_OUTLETS if russian else EN_OUTLETS)
    title = paragraphs[0].split(",")[0][:90]
    return title, outlet, paragraphs, russian


def html_page(rng: random.Random, number: int) -> tuple[str, bool]:
    title, outlet, paragraphs, russian = article(rng)
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(12))
    related = "".join(
        f'<li><a href="/news/{rng.randrange(10**6)}">{escape(paragraph(rng, russian)[:60])}</a>'
        "</li>"
        for _ in range(6)
    )
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="{"ru" if russian else "en"}">
<head>
<meta charset="{{charset}}">
<title>{escape(title)} | {escape(outlet)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(outlet)}">
<meta property="article:published_time" content="{day}T09:30:00+03:00">
<meta name="author" content="Staff {number}">
<link rel="canonical" href="https://news.example/{number}">
<style>body {{ font-family: sans-serif; }} .ad {{ display: none; }}</style>
<script>window.dataLayer = []; function track(e) {{ dataLayer.push(e); }}</script>
</head>
<body>
<header><nav><ul>{nav}</ul></nav></header>
<div class="ad">Advertisement</div>
<main><article>
<h1>{escape(title)}</h1>
<p class="byline">{escape(outlet)}, {day}</p>
{body}
</article></main>
<aside><h2>Related</h2><ul>{related}</ul></aside>
<footer><p>© {escape(outlet)}. All rights reserved.</p></footer>
<script>track("view");</script>
</body>
</html>
"""
    return page, russian


def text_file(rng: random.Random) -> tuple[str, bool]:
    title, outlet, paragraphs, russian = article(rng)
    dateline = f"{outlet}, {rng.randint(1, 28)} {'мая' if russian else 'May'} 2025. "
    return title + "\n\n" + dateline + "\n\n".join(paragraphs) + "\n", russian


def write_corpus(folder: Path, pages: int, texts: int, seed: int = 20250501) -> dict[str, int]:
    """Write ``pages`` .html and ``texts`` .txt files into ``folder``/html and ``folder``/text;
    how many files of each encoding were written."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    (folder / "html").mkdir(parents=True, exist_ok=True)
    (folder / "text").mkdir(parents=True, exist_ok=True)
    for number in range(pages):
        page, russian = html_page(rng, number)
        encoding = rng.choice(ENCODINGS_RU if russian else ENCODINGS_EN)
        page = page.replace("{charset}", "utf-8" if encoding == "utf-16" else encoding)
        data = page.encode(encoding)  # "utf-16" writes a byte-order mark first
        (folder / "html" / f"page-{number:05d}.html").write_bytes(data)
        counts[encoding] = counts.get(encoding, 0) + 1
    for number in range(texts):
        text, russian = text_file(rng)
        encoding = rng.choice(ENCODINGS_RU if russian else ENCODINGS_EN)
        (folder / "text" / f"text-{number:05d}.txt").write_bytes(text.encode(encoding))
        counts[encoding] = counts.get(encoding, 0) + 1
    return counts


# -- measuring -----------------------------------------------------------------------------


@dataclass(slots=True)
class Measured:
    what: str
    files: int
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float


GNU_TIME = find_gnu_time()
CHILD_ENV: dict[str, str] = {}
"""The children's environment, set by :func:`main`: compiled bytecode cached in the scratch
folder."""


def run_child(command: Sequence[str], scratch: Path) -> tuple[float, float, int, str, float]:
    """(wall seconds, peak RSS MB, exit code, stderr, CPU seconds) of ``command``."""
    rss_file = scratch / "rss"
    full = list(command)
    if GNU_TIME is not None:
        full = [GNU_TIME, "-f", "%M", "-o", str(rss_file), *full]
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            full, stdout=subprocess.DEVNULL, stderr=err, env=CHILD_ENV or None
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    max_rss_kb = int(rss_file.read_text().split()[-1]) if GNU_TIME else usage.ru_maxrss
    cpu = usage.ru_utime + usage.ru_stime
    return wall, max_rss_kb / 1024, os.waitstatus_to_exitcode(status), stderr, cpu


def least(runs: Sequence[Measured]) -> Measured:
    """The least wall time, CPU time and peak RSS of the runs of one measurement."""
    return Measured(
        runs[0].what,
        runs[0].files,
        min(r.seconds for r in runs),
        min(r.peak_rss_mb for r in runs),
        min(r.cpu_seconds for r in runs),
    )


CLI_CHILD = "import sys; from claimdesk.cli_entry import main; sys.exit(main())"
"""What the ``claimdesk-cli`` console script runs, so the import is measured as a user runs it.
Not ``python -m claimdesk.cli``: the import's worker processes are started by "spawn", which
imports the parent's main module again in each of them, so each would import the command-line
module too (some 30 ms here, with compiled bytecode) where the console script's workers import
only its small launcher."""
IMPORTED = re.compile(r"(\d+) imported, (\d+) already there, (\d+) failed")
REAL_PAGES = False
"""Set by :func:`main` with ``--pages``: pages saved from the web, some of which hold no
article (the import reports them as failed, trafilatura finds no text), which is no error
here."""


def measure_import(what: str, folder: Path, scratch: Path, workers: str | None) -> Measured:
    db = scratch / "catalogue.sqlite"
    for part in scratch.glob("catalogue.sqlite*"):  # a new catalogue every time
        part.unlink()
    command = [sys.executable, "-c", CLI_CHILD, "import", "--db", str(db), str(folder)]
    if workers is not None:
        command += ["--workers", workers]
    wall, rss, code, stderr, cpu = run_child(command, scratch)
    files = sum(1 for _ in folder.iterdir())
    last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
    counts = IMPORTED.search(last)
    failed = int(counts[3]) if counts is not None else -1
    if counts is None or (failed and not REAL_PAGES) or code not in (0, 1 if failed else 0):
        raise SystemExit(f"{what}: the import did not go through (exit {code}):\n{stderr}")
    if failed:
        what += f" ({failed} failed)"
    return Measured(what, files, wall, rss, cpu)


def measure_trafilatura(
    folder: Path, scratch: Path, processes: int = 1, *, metadata: bool = False
) -> Measured:
    command = [sys.executable, str(Path(__file__).resolve()), "--child-trafilatura", str(folder)]
    command += ["--child-processes", str(processes)] + (["--child-metadata"] if metadata else [])
    command += ["--child-lenient"] if REAL_PAGES else []
    wall, rss, code, stderr, cpu = run_child(command, scratch)
    if code != 0:
        raise SystemExit(f"the trafilatura child failed (exit {code}):\n{stderr}")
    call = "bare_extraction + metadata" if metadata else "extract"
    what = f"trafilatura.{call} alone ({processes} process{'es' if processes > 1 else ''})"
    return Measured(what, len(list(folder.iterdir())), wall, rss, cpu)


def child_trafilatura(folder: str, processes: int, metadata: bool, lenient: bool) -> None:
    paths = sorted(Path(folder).iterdir())
    if processes <= 1:
        extract_pages(paths, metadata, lenient)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawned, as the import's workers are; each gets every n-th file name
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        parts = [paths[i::processes] for i in range(processes)]
        for _done in pool.map(extract_pages, parts, [metadata] * processes, [lenient] * processes):
            pass


def extract_pages(paths: list[Path], metadata: bool, lenient: bool = False) -> None:
    import trafilatura

    for path in paths:
        if metadata:  # as ClaimDesk's importer calls it
            found = trafilatura.bare_extraction(
                path.read_bytes(),
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_links=False,
                deduplicate=False,
            )
            text = getattr(found, "text", "") if found is not None else ""
        else:
            text = trafilatura.extract(path.read_bytes())
        if not text and not lenient:
            raise SystemExit(f"trafilatura found no text in {path.name}")


def load_average() -> str:
    """The 1, 5 and 15-minute load averages: a shared machine's other work skews wall times."""
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def print_table(results: Sequence[Measured]) -> None:
    header = ("what", "files", "seconds", "files/s", "CPU s", "CPU ms/file", "peak RSS MB")
    lines = [header]
    for r in results:
        lines.append(
            (
                r.what,
                f"{r.files:,}",
                f"{r.seconds:.2f}",
                f"{r.files / r.seconds:,.1f}",
                f"{r.cpu_seconds:.2f}",
                f"{1000 * r.cpu_seconds / r.files:.2f}",
                f"{r.peak_rss_mb:.1f}",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for number, line in enumerate(lines):
        cells = [line[0].ljust(widths[0])] + [
            cell.rjust(width) for cell, width in zip(line[1:], widths[1:], strict=True)
        ]
        print("  ".join(cells))
        if number == 0:
            print("  ".join("-" * width for width in widths))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--files", type=int, default=DEFAULT_FILES, help="pages, and text files")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_FILES} of each")
    parser.add_argument("--seed", type=int, default=20250501)
    parser.add_argument(
        "--repeat", type=int, default=1, help="rounds of every run; each keeps its least time"
    )
    parser.add_argument("--child-trafilatura", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--child-processes", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--child-metadata", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-lenient", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--pages",
        nargs="+",
        type=Path,
        metavar="FOLDER",
        help="measure on these saved web pages (.html, .htm, read where they lie) instead of "
        "generated ones",
    )
    args = parser.parse_args(argv)
    if args.child_trafilatura:
        child_trafilatura(
            args.child_trafilatura, args.child_processes, args.child_metadata, args.child_lenient
        )
        return 0
    n = QUICK_FILES if args.quick else args.files
    global REAL_PAGES  # noqa: PLW0603  (read by the measuring functions)
    real = sorted(
        p for folder in args.pages or () for p in folder.rglob("*") if p.suffix in (".html", ".htm")
    )
    REAL_PAGES = bool(real)
    if args.pages and not real:
        raise SystemExit(f"no .html or .htm files in {', '.join(map(str, args.pages))}")
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    pages_are = f"{len(real):,} saved web pages" if real else f"{n:,} web pages"
    print(
        f"ClaimDesk batch import benchmark: {pages_are} and {n:,} text files "
        f"(Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; workers default to one per core)"
    )
    print(f"load average at the start: {load_average()}")
    if args.repeat > 1:
        print(f"{args.repeat} rounds of every run; each figure is its least over the rounds")
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-import-") as name:
        scratch = Path(name)
        CHILD_ENV.update(os.environ)
        CHILD_ENV.pop("PYTHONDONTWRITEBYTECODE", None)
        CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
        counts = write_corpus(scratch / "corpus", 0 if real else n, n, args.seed)
        size = sum(p.stat().st_size for p in (scratch / "corpus").rglob("*")) / 2**20
        shown = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(f"corpus (not measured): {size:.1f} MB; encodings: {shown}")
        html, text = scratch / "corpus" / "html", scratch / "corpus" / "text"
        for number, page in enumerate(real):  # linked, not copied: read where they lie
            (html / f"{number:05d}-{page.name}").symlink_to(page.resolve())
        if real:
            size = sum(p.stat().st_size for p in real) / 2**20
            print(f"web pages: {size:.1f} MB from {', '.join(map(str, args.pages))}")
        one = scratch / "one"
        one.mkdir()
        shutil.copy(next(text.iterdir()), one)
        few = scratch / "few"  # the first pages of the folder, for the start-up runs
        few.mkdir()
        for path in sorted(html.iterdir())[:FEW_FILES]:
            shutil.copy(path, few)
        cores = os.cpu_count() or 1
        # warming the bytecode cache (not measured): each side's modules compiled once
        measure_trafilatura(few, scratch, cores, metadata=True)
        measure_import("warm-up", few, scratch, None)
        # every measurement once per round, the rounds one after another, each keeping its
        # least time (on a shared machine, the least disturbed run): see --repeat
        jobs: list[Callable[[], Measured]] = [
            lambda: measure_import("start-up: one small file", one, scratch, None),
            lambda: measure_trafilatura(few, scratch),
            lambda: measure_trafilatura(few, scratch, cores),
            lambda: measure_trafilatura(few, scratch, metadata=True),
            lambda: measure_trafilatura(few, scratch, cores, metadata=True),
            lambda: measure_import("claimdesk-cli import: pages, workers", few, scratch, None),
            lambda: measure_import("claimdesk-cli import: pages, --workers 1", few, scratch, "1"),
            lambda: measure_trafilatura(html, scratch),
            lambda: measure_trafilatura(html, scratch, cores),
            lambda: measure_trafilatura(html, scratch, metadata=True),
            lambda: measure_trafilatura(html, scratch, cores, metadata=True),
            lambda: measure_import("claimdesk-cli import: pages, workers", html, scratch, None),
            lambda: measure_import("claimdesk-cli import: pages, --workers 1", html, scratch, "1"),
            lambda: measure_import("claimdesk-cli import: text, workers", text, scratch, None),
            lambda: measure_import("claimdesk-cli import: text, --workers 1", text, scratch, "1"),
        ]
        rounds = [[job() for job in jobs] for _round in range(max(1, args.repeat))]
        start_up, *measured = [least(runs) for runs in zip(*rounds, strict=True)]
        few_runs, baselines = measured[:6], measured[6:10]
        pages, single, *texts = measured[10:]
        results = [start_up, *baselines, pages, single, *texts]
    print()
    print_table(results)
    print()
    print(
        f"the first {FEW_FILES} pages alone (start-up, taken out of the figures after the table):"
    )
    print_table(few_runs)
    print()
    print(f"load average at the end: {load_average()} (1, 5, 15 minutes: the machine's other work)")
    source = f"GNU time ({GNU_TIME})" if GNU_TIME else "os.wait4"
    print(
        f"seconds: each child from start to exit; CPU: user + system of the child and the "
        f"processes it waited for; peak RSS from {source}"
    )
    print(
        "each side gives: extract, the text alone; bare_extraction + metadata, the text, title, "
        "author, date, site, address (and categories, tags, licence); the import, the text, "
        "title, outlet, date, language, author, encoding hints, checked for (near-)copies and "
        "stored in a new SQLite catalogue"
    )
    print_ratios(baselines, pages, single, few_runs, cores)
    return 0


def print_ratios(
    baselines: Sequence[Measured],
    pages: Measured,
    single: Measured,
    few_runs: Sequence[Measured],
    cores: int,
) -> None:
    """The import beside trafilatura: whole runs, then per page after start-up (each run less
    its own side's run on the first pages), both in wall time and in CPU time."""

    def per_page(m: Measured) -> float:
        return m.seconds / m.files

    extract_1, extract_n, meta_1, meta_n = baselines
    print(
        f"whole runs, pages, {cores} workers: {per_page(pages) / per_page(extract_n):.2f}x the "
        f"time of trafilatura.extract in {cores} processes, "
        f"{per_page(pages) / per_page(meta_n):.2f}x bare_extraction + metadata in {cores}; "
        f"--workers 1: {per_page(single) / per_page(extract_1):.2f}x extract in 1 process, "
        f"{per_page(single) / per_page(meta_1):.2f}x bare_extraction + metadata"
    )

    def after(m: Measured, few: Measured) -> tuple[float, float]:
        """(wall ms, CPU ms) a page after start-up."""
        pages_more = m.files - few.files
        return (
            1000 * (m.seconds - few.seconds) / pages_more,
            1000 * (m.cpu_seconds - few.cpu_seconds) / pages_more,
        )

    names = ("extract, 1 process", f"extract, {cores} processes", "bare_extraction + metadata, 1")
    names += (f"bare_extraction + metadata, {cores}", f"import, {cores} workers", "import, 1")
    marginal = [after(m, f) for m, f in zip([*baselines, pages, single], few_runs, strict=True)]
    print(
        "per page after start-up, wall / CPU ms: "
        + "; ".join(
            f"{name} {w:.2f} / {c:.2f}" for name, (w, c) in zip(names, marginal, strict=True)
        )
    )
    (e1, _), (en, _), (m1, _), (mn, _), (pw, _), (p1, _) = marginal
    e1_cpu, m1_cpu, pw_cpu, p1_cpu = (marginal[i][1] for i in (0, 2, 4, 5))
    print(
        f"after start-up, pages, {cores} workers: {pw / en:.2f}x the wall time per page of "
        f"trafilatura.extract in {cores} processes, {pw / mn:.2f}x bare_extraction + metadata "
        f"in {cores}; --workers 1: {p1 / e1:.2f}x extract, {p1 / m1:.2f}x bare_extraction + "
        f"metadata (1 process each)"
    )
    print(
        f"after start-up, CPU time per page: {cores} workers {pw_cpu / e1_cpu:.2f}x "
        f"trafilatura.extract in 1 process, {pw_cpu / m1_cpu:.2f}x bare_extraction + metadata; "
        f"--workers 1 {p1_cpu / e1_cpu:.2f}x and {p1_cpu / m1_cpu:.2f}x"
    )
    gain = single.seconds / pages.seconds
    print(f"workers vs --workers 1 on these {cores} CPUs: {gain:.2f}x as fast (pages)")


if __name__ == "__main__":
    sys.exit(main())
