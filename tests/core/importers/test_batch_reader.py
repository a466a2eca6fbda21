"""Reading a batch of files in worker processes: file order, per-file errors, prompt cancel."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

from claimdesk.core.importers import batch
from claimdesk.core.importers.batch import POOL_FROM_FILES, BatchReader

RUSSIAN = "Министр иностранных дел заявил, что переговоры продолжатся в ближайшие недели."
ENGLISH = "The foreign minister said on Thursday that the talks would continue next week."


def write_batch(folder: Path, count: int) -> list[Path]:
    """``count`` articles in turn UTF-8, Windows-1251, UTF-16 with a BOM and Latin-1 (English),
    with a bad file (binary data named .txt) in the middle."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{number:03d}.txt"
        if number == count // 2:
            path.write_bytes(b"\x00\x01\x02\xff" * 64)
        elif number % 4 == 3:
            path.write_bytes(f"{ENGLISH} Number {number}, café.\n".encode("latin-1"))
        else:
            encoding = ("utf-8", "cp1251", "utf-16")[number % 4]
            path.write_bytes(f"{RUSSIAN} Статья {number}.\n".encode(encoding))
        paths.append(path)
    return paths


def test_a_batch_is_read_in_workers_in_file_order_with_each_bad_file_reported(
    tmp_path: Path,
) -> None:
    paths = write_batch(tmp_path / "batch", 2 * POOL_FROM_FILES)
    with BatchReader(paths, workers=2) as reader:
        assert reader.workers == 2
        reads = list(reader)
    assert [r.path for r in reads] == paths
    assert [r.index for r in reads] == list(range(len(paths)))
    bad = len(paths) // 2
    assert reads[bad].article is None
    assert str(reads[bad].error).startswith(paths[bad].name)
    good = [r for r in reads if r.index != bad]
    assert all(r.article is not None and not r.error for r in good)
    assert reads[1].text == f"{RUSSIAN} Статья 1.\n"  # Windows-1251, decoded
    assert reads[2].text == f"{RUSSIAN} Статья 2.\n"  # UTF-16, its BOM gone
    assert reads[3].text == f"{ENGLISH} Number 3, café.\n"
    assert multiprocessing.active_children() == []  # the workers have ended


def test_a_handful_of_files_is_read_without_workers(tmp_path: Path) -> None:
    paths = write_batch(tmp_path / "few", 3)
    with BatchReader(paths, workers=4) as reader:
        assert reader.workers == 1
        reads = list(reader)
    assert [r.path for r in reads] == paths
    assert multiprocessing.active_children() == []


def test_cancelling_terminates_the_workers_at_once(tmp_path: Path) -> None:
    paths = write_batch(tmp_path / "many", 6 * POOL_FROM_FILES)
    reader = BatchReader(paths, workers=2, in_flight_per_worker=2)
    results = iter(reader)
    first = next(results)
    assert first.index == 0
    assert len(multiprocessing.active_children()) == 2
    started = time.monotonic()
    reader.cancel()
    assert list(results) == []  # nothing more is handed over
    # terminated, not waited for (a worker mid-file would take as long as the file takes)
    while multiprocessing.active_children() and time.monotonic() - started < 10:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


def test_stopping_early_ends_the_workers(tmp_path: Path) -> None:
    paths = write_batch(tmp_path / "stop", 3 * POOL_FROM_FILES)
    with BatchReader(paths, workers=2) as reader:
        for read in reader:
            if read.index == 2:
                break
    # ended, not left running: reaped within a bounded wait (a busy machine starts them slowly)
    started = time.monotonic()
    while multiprocessing.active_children() and time.monotonic() - started < 15:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


def test_stopping_with_many_files_in_flight_leaves_the_pool_without_an_error(
    tmp_path: Path,
) -> None:
    """The caller stops asking while many tasks wait in the pool (not yet handed to a worker):
    the workers are terminated and the pool fails its futures, with no error in its manager
    thread (cancelling them first made it raise InvalidStateError on Python 3.11, reported by
    pytest as an unhandled thread exception)."""
    paths = write_batch(tmp_path / "flight", 6 * POOL_FROM_FILES)
    reader = BatchReader(paths, workers=2, in_flight_per_worker=8, chunk=1)
    results = iter(reader)
    assert next(results).index == 0
    results.close()  # as a caller that stops iterating does, or Ctrl-C
    reader.close()
    started = time.monotonic()
    while multiprocessing.active_children() and time.monotonic() - started < 15:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_costs_no_file(tmp_path: Path) -> None:
    """A worker killed mid-batch (as a crash in a parser would end it) breaks the pool: the
    files it held are read again in a new one, in order, none lost."""
    paths = write_batch(tmp_path / "crash", 6 * POOL_FROM_FILES)
    reads = []
    with BatchReader(paths, workers=2) as reader:
        for read in reader:
            reads.append(read)
            if read.index == 1:
                victim = multiprocessing.active_children()[0]
                os.kill(victim.pid or 0, signal.SIGKILL)
    assert [r.path for r in reads] == paths
    bad = len(paths) // 2
    assert [r.index for r in reads if r.error] == [bad]  # only the binary file
    assert multiprocessing.active_children() == []


def test_a_pool_found_broken_when_more_work_is_handed_over_costs_no_file(tmp_path: Path) -> None:
    """The pool may learn of a dead worker before its next file is handed over: handing it over
    then fails at once, and that is met as any broken pool is (no error out of the reader)."""
    paths = write_batch(tmp_path / "broken", 6 * POOL_FROM_FILES)
    reads = []
    with BatchReader(paths, workers=2) as reader:
        for read in reader:
            reads.append(read)
            if read.index == 1:
                victim = multiprocessing.active_children()[0]
                os.kill(victim.pid or 0, signal.SIGKILL)
                victim.join(10)
                time.sleep(1.0)  # the pool's manager thread sees the death before more is sent
    assert [r.path for r in reads] == paths
    assert [r.index for r in reads if r.error] == [len(paths) // 2]  # only the binary file


def test_reading_started_ahead_comes_in_order(tmp_path: Path) -> None:
    """start() hands the workers their first files before the iteration (the command line
    opens the catalogue meanwhile); the iteration then gets every file, in order."""
    paths = write_batch(tmp_path / "ahead", 2 * POOL_FROM_FILES)
    with BatchReader(paths, workers=2) as reader:
        reader.start()
        assert len(multiprocessing.active_children()) == 2  # started before any is asked for
        reads = list(reader)
    assert [r.path for r in reads] == paths
    assert sum(1 for r in reads if r.article is None) == 1
    assert multiprocessing.active_children() == []


def test_reading_started_and_never_asked_for_ends_its_workers(tmp_path: Path) -> None:
    paths = write_batch(tmp_path / "unwanted", 4 * POOL_FROM_FILES)
    started = time.monotonic()
    with BatchReader(paths, workers=2) as reader:
        reader.start()
        reader.start()  # once is enough
    while multiprocessing.active_children() and time.monotonic() - started < 15:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


def test_a_workers_error_is_sent_whole_and_said_in_the_readers_language(tmp_path: Path) -> None:
    """A worker process has no translator: it sends the error itself (its template and values
    pickled), and the process that shows it says it in its own language."""
    from claimdesk.core.domain.errors import ImportFileError
    from claimdesk.core.domain.messages import set_translator
    from claimdesk.i18n_core import install_core_translations
    from claimdesk.i18n_text import set_language

    paths = write_batch(tmp_path / "ru", POOL_FROM_FILES)
    with BatchReader(paths, workers=2) as reader:
        assert reader.workers == 2
        reads = list(reader)
    bad = reads[len(paths) // 2]
    assert isinstance(bad.error, ImportFileError)
    name = paths[len(paths) // 2].name
    assert bad.error.english == f"{name} is not a text file: it holds binary data."
    set_language("ru")
    install_core_translations()
    try:
        assert str(bad.error) == f"{name} — не текстовый файл: в нём двоичные данные."
    finally:
        set_language("en")
        set_translator(None)
    assert str(bad.error) == f"{name} is not a text file: it holds binary data."


def test_the_files_handed_over_ahead_are_bounded_by_their_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the caller asks, the workers get files ahead (the command line opens the
    catalogue meanwhile), as many as the window allows while their bytes stay under the
    budget; each worker gets a task whatever its files weigh."""
    small = write_batch(tmp_path / "small", 12 * POOL_FROM_FILES)
    with BatchReader(small, workers=2, chunk=4) as reader:
        reader.start()
        assert reader.in_flight == len(small)  # a few kilobytes: all of them, not 2 × 4 × 4
        assert [r.path for r in reader] == small
    monkeypatch.setattr(batch, "IN_FLIGHT_BYTES", 10_000)
    heavy = tmp_path / "heavy"
    heavy.mkdir()
    paths = []
    for number in range(6 * POOL_FROM_FILES):
        path = heavy / f"{number:03d}.txt"
        path.write_text(f"{ENGLISH} {number}\n" * 40, encoding="utf-8")  # 3.2 KB each
        paths.append(path)
    with BatchReader(paths, workers=2, chunk=2) as reader:
        reader.start()
        assert reader.in_flight == 4  # two tasks of 6.4 KB reach the 10,000-byte budget
        assert [r.path for r in reader] == paths
        assert reader.in_flight == 0
    big = [heavy / "000.txt", *paths[1:]]
    (heavy / "000.txt").write_text(ENGLISH * 1000, encoding="utf-8")
    with BatchReader(big, workers=2, chunk=1) as reader:
        reader.start()
        assert reader.in_flight == 2  # over budget at once, yet each worker has a file
        assert [r.path for r in reader] == big
