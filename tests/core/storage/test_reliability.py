"""Reliability of the catalogue file under other processes: a writer killed mid-write, a second
writer on the same file, and a core that loads no Qt.

Each test runs real child processes (``sys.executable``) on a temporary catalogue file and kills
or reaps every child it starts, whatever the outcome.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest

from claimdesk.core.catalogue import Catalogue

SRC_DIR = Path(__file__).resolve().parents[3] / "src"
LINE_TIMEOUT = 60.0
"""Seconds to wait for one line from a child before the test gives up (a hang, not a slow run)."""

SENTENCES = (
    "«Мы рассчитываем, что переговоры продолжатся в ближайшие недели», — заявил министр.",
    "Глава МИД 🙂 Джейхун Байрамов отметил, что стороны договорились о рабочей группе.",
    '"The talks will continue over the coming weeks," the minister told reporters.',
    "Инфляция, по его словам, замедлится до 5% уже к осени, а безработица — до 3,1%.",
    'He added that no decision on raising taxes had been taken, "whatever they say".',
    "Ёмкость рынка за год выросла почти вдвое, напомнил представитель Минфина.",
    "«Ответственность за срыв договорённостей лежит на другой стороне», — подчеркнула она.",
    "Pensions will rise by 7% from January; the budget, she said, is balanced.",
)
ARTICLE_TEXT = "Заголовок: переговоры в Баку\n\n" + "\n".join(SENTENCES * 6) + "\n"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of ``text``: the spans the writer attributes."""
    spans = []
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\n")
        if stripped.strip():
            spans.append((position, position + len(stripped)))
        position += len(line)
    return spans


def child_env() -> dict[str, str]:
    """The environment for a child Python: this checkout's ``src`` first on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        part for part in (str(SRC_DIR), env.get("PYTHONPATH", "")) if part
    )
    env["PYTHONUNBUFFERED"] = "1"
    return env


@dataclass(frozen=True, slots=True)
class CatalogueFile:
    path: Path
    article_id: int
    speaker_id: int
    text: str


@pytest.fixture
def catalogue_file(tmp_path: Path) -> CatalogueFile:
    """A catalogue file holding one article and one speaker, closed again."""
    path = tmp_path / "catalogue.sqlite"
    with Catalogue.open(path) as catalogue:
        article_id = catalogue.add_article(ARTICLE_TEXT, outlet="Sputnik", language="ru").id
        speaker_id = catalogue.add_speaker("Джейхун Байрамов", role="министр").id
    return CatalogueFile(path, article_id, speaker_id, ARTICLE_TEXT)


class LineReader:
    """Reads a child's stdout on a thread, so the test can wait for a line with a timeout."""

    def __init__(self, stream: IO[str]) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: IO[str]) -> None:
        try:
            for line in stream:
                self._lines.put(line)
        except (OSError, ValueError):  # the pipe was closed under us while cleaning up
            pass
        finally:
            self._lines.put(None)

    def next_line(self, timeout: float = LINE_TIMEOUT) -> str | None:
        """The next line, or None once the child closed its output (it exited or died)."""
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no output from the child for {timeout:.0f} s") from None

    def rest(self, timeout: float = LINE_TIMEOUT) -> list[str]:
        """Every line still to come, up to the end of the output."""
        lines = []
        while (line := self.next_line(timeout)) is not None:
            lines.append(line)
        return lines

    def join(self, timeout: float = LINE_TIMEOUT) -> None:
        self._thread.join(timeout)


@dataclass(slots=True)
class Child:
    process: subprocess.Popen[str]
    reader: LineReader
    stderr_path: Path

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-4000:]


@contextmanager
def python_child(code: str, args: Sequence[str], stderr_path: Path) -> Iterator[Child]:
    """Run ``code`` in a fresh Python; kill and reap it on the way out, whatever happened."""
    with open(stderr_path, "w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            env=child_env(),
        )
    assert process.stdout is not None
    child = Child(process, LineReader(process.stdout), stderr_path)
    try:
        yield child
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        child.reader.join()
        process.stdout.close()


def expect_line(child: Child, expected: str) -> None:
    line = child.reader.next_line()
    assert line is not None and line.strip() == expected, (
        f"the child said {line!r}, expected {expected!r}; its stderr:\n{child.stderr()}"
    )


# -- a writer killed in the middle of a bulk write ------------------------------------------

WRITER = """
import sys
from claimdesk.core.catalogue import Catalogue

path, article_id, speaker_id, first, count = sys.argv[1:6]
article_id, speaker_id, first, count = int(article_id), int(speaker_id), int(first), int(count)
catalogue = Catalogue.open(path)
text = catalogue.get_article_text(article_id)
spans = []
position = 0
for line in text.splitlines(keepends=True):
    if line.strip():
        spans.append((position, position + len(line.rstrip("\\n"))))
    position += len(line)
print("ready", flush=True)
for call in range(first, first + count):
    start, end = spans[call % len(spans)]
    claim = catalogue.attribute_span(
        article_id,
        start,
        end,
        speaker_id if call % 2 else None,
        kind=("direct", "indirect", "claim")[call % 3],
        tags=["kill-test", f"batch {call % 7}"],
        note=f"call {call}",
    )
    # the claim is reported only once attribute_span has returned
    print(call, claim.id, flush=True)
"""


CHECKED_FIELDS = ("start", "end", "quote", "speaker_id", "kind", "tags", "note")


def expected_claim(text: str, call: int, speaker_id: int) -> dict[str, Any]:
    """What the writer stored for its call number ``call``."""
    spans = sentence_spans(text)
    start, end = spans[call % len(spans)]
    return {
        "start": start,
        "end": end,
        "quote": text[start:end],
        "speaker_id": speaker_id if call % 2 else None,
        "kind": ("direct", "indirect", "claim")[call % 3],
        "tags": tuple(sorted(["kill-test", f"batch {call % 7}"])),
        "note": f"call {call}",
    }


def check_integrity(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()


def kill_writer_mid_write(
    file: CatalogueFile, first_call: int, min_returned: int, tmp_path: Path
) -> dict[int, int]:
    """Start a writer, let at least ``min_returned`` calls return, SIGKILL it; returns
    {claim id: call number} for every call it reported as returned."""
    args = [str(file.path), str(file.article_id), str(file.speaker_id), str(first_call), "5000"]
    returned: dict[int, int] = {}

    def take(line: str) -> None:
        if not line.endswith("\n"):
            return  # cut off by the kill: that call's return was never reported
        call, claim_id = (int(part) for part in line.split())
        assert claim_id not in returned, f"claim id {claim_id} reported twice"
        returned[claim_id] = call

    with python_child(WRITER, args, tmp_path / f"writer-{first_call}.err") as child:
        expect_line(child, "ready")
        while len(returned) < min_returned:
            line = child.reader.next_line()
            assert line is not None, (
                f"the writer stopped after {len(returned)} claims; its stderr:\n{child.stderr()}"
            )
            take(line)
        # land the kill at a varying point of the write cycle
        threading.Event().wait(random.uniform(0, 0.02))
        child.process.send_signal(signal.SIGKILL)
        assert child.process.wait(timeout=30) == -signal.SIGKILL, (
            f"the writer was not killed mid-run; its stderr:\n{child.stderr()}"
        )
        for line in child.reader.rest():
            take(line)
    return returned


@pytest.mark.slow
def test_sigkilled_writer_leaves_a_sound_file_with_every_returned_claim(
    catalogue_file: CatalogueFile, tmp_path: Path
) -> None:
    returned: dict[int, int] = {}
    rounds = 3
    for number in range(rounds):
        got = kill_writer_mid_write(catalogue_file, number * 10_000, 200, tmp_path)
        assert not set(got) & set(returned), "a claim id was given out twice"
        returned.update(got)
        # checked after every kill, before the next writer opens (and recovers) the file
        check_integrity(catalogue_file.path)

    with Catalogue.open(catalogue_file.path) as catalogue:
        found = {claim.id: claim for claim in catalogue.get_claims(sorted(returned))}
        missing = sorted(set(returned) - set(found))
        assert not missing, f"{len(missing)} claims whose call had returned are gone: {missing}"
        for claim_id, call in returned.items():
            claim = found[claim_id]
            stored = {name: getattr(claim, name) for name in CHECKED_FIELDS}
            assert stored == expected_claim(catalogue_file.text, call, catalogue_file.speaker_id)

        # At most one claim per killed writer can have committed without its return being
        # reported, and every claim present was written whole: its row and both its tags.
        every = catalogue.list_claims()
        assert len(returned) <= len(every) <= len(returned) + rounds
        assert catalogue.count_claims() == len(every)
        for claim in every:
            call = int(claim.note.removeprefix("call "))
            stored = {name: getattr(claim, name) for name in CHECKED_FIELDS}
            assert stored == expected_claim(catalogue_file.text, call, catalogue_file.speaker_id)

        # and the catalogue still takes writes after the crashes
        claim = catalogue.attribute_span(catalogue_file.article_id, 0, 9)
        assert catalogue.get_claim(claim.id).quote == catalogue_file.text[0:9]
    check_integrity(catalogue_file.path)


# -- a second process on the same file waits for the writer ---------------------------------

HOLDER = """
import os, sqlite3, sys, time

path, article_id, release, marker = sys.argv[1:5]
connection = sqlite3.connect(path, isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
connection.execute(
    "UPDATE article SET note = 'written by the holder' WHERE id = ?", (int(article_id),)
)
print("locked", flush=True)
deadline = time.monotonic() + 120
while not os.path.exists(release):
    if time.monotonic() > deadline:
        sys.exit("nobody released the lock")
    time.sleep(0.01)
with open(marker, "w") as stream:
    stream.write("committing")
connection.execute("COMMIT")
connection.close()
print("committed", flush=True)
"""


def write_add_speaker(catalogue: Catalogue, file: CatalogueFile) -> str:
    return catalogue.add_speaker("Мария Захарова", role="официальный представитель").name


def write_attribute_span(catalogue: Catalogue, file: CatalogueFile) -> str:
    start, end = sentence_spans(file.text)[1]  # [0] is the title line
    return catalogue.attribute_span(file.article_id, start, end, file.speaker_id).quote


@pytest.mark.parametrize("write", [write_add_speaker, write_attribute_span])
def test_a_second_writer_waits_for_the_lock_instead_of_failing(
    catalogue_file: CatalogueFile, tmp_path: Path, write: Any
) -> None:
    release = tmp_path / "release"
    marker = tmp_path / "holder-committing"
    args = [str(catalogue_file.path), str(catalogue_file.article_id), str(release), str(marker)]
    outcome: dict[str, Any] = {}

    def second_writer(catalogue: Catalogue) -> None:
        try:
            outcome["result"] = write(catalogue, catalogue_file)
            outcome["holder_had_committed"] = marker.exists()
        except BaseException as error:  # reported by the test thread below
            outcome["error"] = error

    with python_child(HOLDER, args, tmp_path / "holder.err") as holder:
        expect_line(holder, "locked")
        with Catalogue.open(catalogue_file.path) as catalogue:
            # readers are not blocked by the writer, and do not see its uncommitted change
            assert catalogue.get_article(catalogue_file.article_id).note == ""
            before = catalogue.count_claims()

            thread = threading.Thread(target=second_writer, args=(catalogue,), daemon=True)
            thread.start()
            try:
                # The holder keeps its lock until told to let go, so the write cannot have
                # finished here: it is either waiting (right) or it failed at once (wrong).
                thread.join(0.5)
                assert "error" not in outcome, f"the second writer failed: {outcome['error']!r}"
                assert thread.is_alive(), "the second writer finished while the lock was held"
            finally:
                release.touch()
                thread.join(LINE_TIMEOUT)
            assert not thread.is_alive(), "the second writer still waits after the release"
            if "error" in outcome:
                raise AssertionError("the second writer failed") from outcome["error"]
            assert outcome["holder_had_committed"], "the write returned before the holder let go"

            expect_line(holder, "committed")
            assert holder.process.wait(timeout=30) == 0, holder.stderr()
            assert catalogue.get_article(catalogue_file.article_id).note == (
                "written by the holder"
            )
            if write is write_add_speaker:
                assert outcome["result"] == "Мария Захарова"
                assert catalogue.find_speaker("мария захарова") is not None
            else:
                assert outcome["result"] == SENTENCES[0]
                assert catalogue.count_claims() == before + 1
    check_integrity(catalogue_file.path)


# -- the core loads no Qt -------------------------------------------------------------------

IMPORT_ALL = """
import importlib, json, pkgutil, sys

import claimdesk.core

def refuse(name):
    raise ImportError(f"cannot import {name}")

imported = []
for module in pkgutil.walk_packages(claimdesk.core.__path__, "claimdesk.core.", onerror=refuse):
    importlib.import_module(module.name)
    imported.append(module.name)
import claimdesk.cli
imported.append("claimdesk.cli")
print(json.dumps({
    "imported": imported,
    "qt": sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")),
    "gui": sorted(m for m in sys.modules if m == "claimdesk.gui" or m.startswith("claimdesk.gui.")),
}))
"""


def test_importing_all_of_the_core_and_the_cli_loads_no_qt(tmp_path: Path) -> None:
    with python_child(IMPORT_ALL, [], tmp_path / "import.err") as child:
        lines = child.reader.rest()
        assert child.process.wait(timeout=60) == 0, child.stderr()
    report = json.loads(lines[-1])
    imported = set(report["imported"])
    assert {
        "claimdesk.core.catalogue.service",
        "claimdesk.core.storage.db",
        "claimdesk.core.export.csv_file",
        "claimdesk.core.storage.models",
        "claimdesk.core.matching.similarity",
        "claimdesk.cli",
    } <= imported
    assert any(name.startswith("claimdesk.core.importers.") for name in imported)
    assert report["qt"] == [], f"Qt was loaded by the core or the CLI: {report['qt']}"
    assert report["gui"] == [], f"the GUI package was loaded: {report['gui']}"
