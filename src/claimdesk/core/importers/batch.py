"""Reading many files for one import, on every core: a pool of worker processes reads, decodes
and extracts; the caller gets the results in file order and writes them to the catalogue.

Reading a file is the costly part of an import (decoding, encoding detection, extracting a web
page's article, guessing its language) and it needs nothing but the file, so it runs in worker
processes, one per core (``os.cpu_count()``), together with the rest of what needs only the
text: normalising it as the catalogue stores it, hashing it and shingling it for the
near-duplicate search (:class:`~claimdesk.core.domain.article_text.Fingerprint`). The catalogue is
written by the caller alone, in file order, as the results come in (a few dozen per
transaction: :mod:`claimdesk.core.catalogue.article_batch`). At most a few files per worker are in
flight: results wait for the caller in a bounded window, never the whole batch, so memory stays
bounded however many files there are and however slow the writes. Cancelling stops the
workers at once (they are terminated, not asked), and a worker that dies (a crash in a parser)
costs only the files it held, each reported as failed, not the batch.

A handful of files is read in the calling process: starting worker processes (they import the
readers afresh, about half a second) would cost more than it saves. Workers are started with
"spawn", never "fork": the GUI calls this from a thread, and forking a process that runs threads
(Qt's among them) can deadlock the child. Entry points call ``multiprocessing.freeze_support()``
so that a frozen (PyInstaller) build can start them.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeoutError
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import NamedTuple

from claimdesk.core.domain.article_text import Fingerprint, normalise_article_text
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message, Translatable
from claimdesk.core.importers import ImportedArticle, read_article_file

log = logging.getLogger("claimdesk.importers")

POOL_FROM_FILES = 8
"""Fewer files than this are read in the calling process (a pool would not pay for itself)."""
CHUNK_FILES = 4
"""Files handed to a worker at once (each hand-over costs the parent a few milliseconds)."""
IN_FLIGHT_PER_WORKER = 64
"""Tasks (of :data:`CHUNK_FILES` files) handed to the pool ahead of the caller, per worker,
while :data:`IN_FLIGHT_BYTES` allows. The workers start on the files before the command line
has opened the catalogue (0.6–0.9 s: importing SQLAlchemy, making a new file) and go on while
the caller writes a part (some 50 ms for 50 articles), and nothing is handed over meanwhile: a
window of 4 tasks a worker (a worker reads a web page in 4 ms) left them idle for most of the
opening, and 1,000 pages took 0.5–0.8 s longer."""
IN_FLIGHT_BYTES = 32 * 1024 * 1024
"""The files in flight may add up to this many bytes (as they lie on disk), so that the results
waiting for the caller stay within some tens of megabytes however large the files; a worker is
always handed at least one task, whatever its files weigh."""
POLL_SECONDS = 0.05
"""How often a wait for the next result looks whether the import was cancelled."""


@dataclass(frozen=True, slots=True)
class FileRead:
    """One file of a batch, read: the article (its text normalised as the catalogue stores it,
    with its fingerprint: hash and shingles) or, if it could not be read, ``error``, a
    readable one-line reason naming the file (an error or a message: ``str()`` shows it in the
    user's language; a worker process, which has no translator, sends it untranslated)."""

    index: int
    path: Path
    article: ImportedArticle | None = None
    text: str = ""
    error: Translatable | None = None
    fingerprint: Fingerprint | None = None


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


Outcome = tuple[ImportedArticle | None, str, Fingerprint | None, Translatable | None]
"""What reading one file gave: (article, its text as stored, its fingerprint, None) or (None,
"", None, a readable error naming the file)."""


def read_many(paths: list[Path]) -> list[Outcome]:
    """Read a few files, one after another: a worker's task (handing files over a few at a time
    costs the pool less than one by one)."""
    return [read_one(path) for path in paths]


def read_one(path: Path) -> Outcome:
    """Read one file and prepare its text for the catalogue (normalised, hashed, shingled: all
    the work that needs no catalogue, done here so that the process writing the catalogue does
    little more than write). Runs in a worker process; never raises for a bad file, so one file
    cannot end the batch."""
    try:
        article = read_article_file(path)
        text = normalise_article_text(article.text)
        return article, text, Fingerprint.of(text), None
    except ClaimDeskError as error:
        # the error itself, not its text: a worker has no translator, the parent shows it
        return None, "", None, _with_name(path, error)
    except Exception as error:  # a bug in an importer must not end the whole import
        log.exception("unexpected error importing %s", path)
        return (
            None,
            "",
            None,
            Message(
                QT_TRANSLATE_NOOP("Errors", "{file}: {kind}: {detail}"),
                file=path.name,
                kind=type(error).__name__,
                detail=str(error),
            ),
        )


def _finished(
    index: int,
    path: Path,
    article: ImportedArticle | None,
    text: str,
    fingerprint: Fingerprint | None,
    error: Translatable | None,
) -> FileRead:
    """The result as the caller gets it."""
    if article is None:
        return FileRead(index, path, error=error)
    return FileRead(index, path, article, text, fingerprint=fingerprint)


def _with_name(path: Path, error: ClaimDeskError) -> Translatable:
    """``error``, its file named in front when its message does not name it. A copy, without
    the traceback (which holds the reader's frames, the file's bytes among them, for as long
    as the result is kept)."""
    error = copy.copy(error)
    if path.name in error.english:
        return error
    return Message(QT_TRANSLATE_NOOP("Errors", "{file}: {reason}"), file=path.name, reason=error)


WEB_PAGE_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})


def _warm_up(web_pages: bool) -> None:
    """Worker start-up: import the web-page extractor (which the readers load on first use)
    before the first file arrives, when the batch has web pages (importing it takes a worker
    a fifth of a second: a folder of text files does without; a text file that turns out to
    be a web page loads it when it is read)."""
    if web_pages:
        import trafilatura  # noqa: F401, PLC0415

        import claimdesk.core.importers.page_metadata  # noqa: F401, PLC0415


class BatchReader:
    """Reads ``files`` (on every core when there are enough of them); iterate to get one
    :class:`FileRead` per file in order. :meth:`cancel` may be called from any thread: the
    iteration then ends at once, the workers terminated. Use it as a context manager (or call
    :meth:`close`) so the workers end with it."""

    def __init__(
        self,
        files: Iterable[Path],
        *,
        workers: int | None = None,
        in_flight_per_worker: int = IN_FLIGHT_PER_WORKER,
        chunk: int = CHUNK_FILES,
    ) -> None:
        self.files = list(files)
        wanted = default_workers() if workers is None else max(1, workers)
        self.workers = min(wanted, len(self.files)) if len(self.files) >= POOL_FROM_FILES else 1
        self.window = max(1, self.workers * in_flight_per_worker)
        self.chunk = max(1, chunk)
        self._web_pages = any(p.suffix.lower() in WEB_PAGE_EXTENSIONS for p in self.files)
        self._cancel = threading.Event()
        self._pool: ProcessPoolExecutor | None = None
        self._processes: list[BaseProcess] = []
        self._lock = threading.Lock()
        self._started: _Started | None = None
        """The pool and the files handed to it by :meth:`start`, before the iteration."""

    def __enter__(self) -> BatchReader:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_exc: object) -> None:
        if exc_type is not None:  # Ctrl-C, or the caller failed: nothing more is wanted
            self._cancel.set()
        self.close()

    @property
    def in_flight(self) -> int:
        """Files handed to the workers by :meth:`start` and not yet given to the caller (0
        once the iteration has begun, or when the files are read in this process)."""
        started = self._started
        return 0 if started is None else sum(len(task.chunk) for task in started.pending)

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Stop: no more results; the workers are terminated mid-file."""
        self._cancel.set()
        self._stop_pool(terminate=True)

    def close(self) -> None:
        # files handed over by start() and never asked for are not wanted: not waited for
        started, self._started = self._started, None
        self._stop_pool(terminate=self._cancel.is_set() or started is not None)

    def start(self) -> None:
        """Start reading now, before the iteration: the worker processes start and take their
        first files while the caller does something else (the command line opens the
        catalogue meanwhile). Reading in this process starts with the iteration, as always."""
        if self.workers > 1 and self._started is None:
            upcoming = iter(enumerate(self.files))
            try:
                pool = self._start_pool()
            except _CancelledError:
                return
            self._started = _Started(pool, self._hand_over(pool, deque(), upcoming), upcoming)

    def __iter__(self) -> Iterator[FileRead]:
        if self.workers == 1:
            yield from self._read_here()
        else:
            yield from self._read_in_pool()

    def _read_here(self) -> Iterator[FileRead]:
        for index, path in enumerate(self.files):
            if self._cancel.is_set():
                return
            yield _finished(index, path, *read_one(path))

    def _start_pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._cancel.is_set():
                raise _CancelledError()
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm_up,
                initargs=(self._web_pages,),
            )
            return self._pool

    def _note_processes(self, pool: ProcessPoolExecutor) -> None:
        """Remember the pool's worker processes (it starts them as work arrives, and forgets
        them when it breaks), so that stopping can end and reap every one of them."""
        with self._lock:
            self._processes.extend(
                p
                for p in (getattr(pool, "_processes", None) or {}).values()
                if p not in self._processes
            )

    def _stop_pool(self, *, terminate: bool) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
            if pool is not None:
                self._processes.extend(
                    p
                    for p in (getattr(pool, "_processes", None) or {}).values()
                    if p not in self._processes
                )
            processes, self._processes = self._processes, []
        if pool is not None and not terminate:
            _shut_down(pool)  # the workers are idle: they end when told to
        if terminate:  # the prompt stop: a worker mid-file is not waited for
            for process in processes:
                if process.is_alive():
                    process.terminate()
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():  # still starting up or stuck in a parser under load
                process.kill()
                process.join(timeout=5)
        if pool is not None and terminate:
            # only once its workers are gone: the pool's threads then close its queues in order
            # (shut down while they ran, its queue feeder could write into a pipe being closed
            # and print "OSError: Bad file descriptor" as the command line exited)
            _shut_down(pool)

    def _hand_over(
        self, pool: ProcessPoolExecutor, pending: Pending, upcoming: Upcoming
    ) -> Pending:
        """Hand ``pool`` the next files until :attr:`window` tasks are in flight, or files of
        :data:`IN_FLIGHT_BYTES` (with at least a task per worker)."""
        weight = sum(task.weight for task in pending)
        while (
            len(pending) < self.window
            and (weight < IN_FLIGHT_BYTES or len(pending) < self.workers)
            and not self._cancel.is_set()
        ):
            chunk = list(islice(upcoming, self.chunk))
            if not chunk:
                break
            task = _Task(chunk, _submit(pool, chunk), _weight(chunk))
            weight += task.weight
            pending.append(task)
            self._note_processes(pool)
        return pending

    def _read_in_pool(self) -> Iterator[FileRead]:
        breaks = 0  # the pool died this many times in a row, with no file read in between
        started, self._started = self._started, None
        if started is None:
            self.start()
            started, self._started = self._started, None
            if started is None:
                return  # cancelled before it began
        pool, pending, upcoming = started
        try:
            while True:
                self._hand_over(pool, pending, upcoming)
                if not pending or self._cancel.is_set():
                    return
                chunk, future, _ = pending.popleft()
                result = self._wait(future)
                if result is None:
                    return  # cancelled
                if not isinstance(result, BaseException):
                    breaks = 0
                    for (index, path), outcome in zip(chunk, result, strict=True):
                        if self._cancel.is_set():
                            return
                        yield _finished(index, path, *outcome)
                    continue
                # A worker died (a crash in a parser) and took the pool with it; every file it
                # held is lost. The oldest task in flight most likely killed it: its files are
                # tried again one by one, and a single file that kills a pool is reported as
                # failed; the rest are read again in a new pool. A pool that keeps dying without
                # reading anything does not work here at all: what is left is read here.
                breaks += 1
                left = [task.chunk for task in pending]
                pending.clear()
                self._stop_pool(terminate=True)
                if breaks > 2:
                    log.error("the import's worker processes keep failing: reading here")
                    rest = [*chunk, *(f for c in left for f in c), *upcoming]
                    for index, path in rest:
                        if self._cancel.is_set():
                            return
                        yield _finished(index, path, *read_one(path))
                    return
                if len(chunk) == 1:
                    index, path = chunk[0]
                    yield FileRead(index, path, error=_crashed(path, result))
                else:
                    left = [[single] for single in chunk] + left
                try:
                    pool = self._start_pool()
                except _CancelledError:
                    return
                pending.extend(_Task(c, _submit(pool, c), _weight(c)) for c in left)
                self._note_processes(pool)
        finally:
            # ended early (cancelled, or the caller stopped asking): what is in flight is not
            # wanted, so the workers are terminated rather than waited for. Its futures are not
            # cancelled first: the pool, broken by the termination, fails each future it still
            # holds, and on Python 3.11 one cancelled meanwhile makes the pool's manager thread
            # raise InvalidStateError (CPython gh-107219, fixed in 3.12)
            self._stop_pool(terminate=bool(pending) or self._cancel.is_set())

    def _wait(self, future: Future[list[Outcome]]) -> list[Outcome] | BaseException | None:
        """The future's result, its exception, or None once the import is cancelled."""
        while not self._cancel.is_set():
            try:
                return future.result(timeout=POLL_SECONDS)
            except FutureTimeoutError:
                continue
            except Exception as error:  # a worker died, or the pool was shut down (Ctrl-C,
                # a KeyboardInterrupt, is not one of those: it ends the batch)
                if self._cancel.is_set():
                    return None
                return error
        return None


class _CancelledError(Exception):
    pass


class _Task(NamedTuple):
    """A task in flight: a chunk of (index, file), its future, and the files' size in bytes."""

    chunk: list[tuple[int, Path]]
    future: Future[list[Outcome]]
    weight: int


Pending = deque[_Task]
"""The tasks in flight, oldest first."""
Upcoming = Iterator[tuple[int, Path]]


class _Started(NamedTuple):
    pool: ProcessPoolExecutor
    pending: Pending
    upcoming: Upcoming


def _weight(chunk: list[tuple[int, Path]]) -> int:
    """The chunk's files' size on disk (one that cannot be looked at weighs nothing here: its
    reader reports it)."""
    total = 0
    for _index, path in chunk:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def _crashed(path: Path, error: BaseException) -> Message:
    log.error("reading %s stopped its worker: %r", path, error)
    return Message(
        QT_TRANSLATE_NOOP("Errors", "{file} could not be read: the reader stopped on it ({kind})."),
        file=path.name,
        kind=type(error).__name__,
    )


def read_files(
    files: Iterable[Path],
    *,
    workers: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[FileRead]:
    """Read ``files`` in order with :class:`BatchReader`; ``cancelled`` is asked before each
    result is handed over."""
    with BatchReader(files, workers=workers) as reader:
        for read in reader:
            if cancelled is not None and cancelled():
                reader.cancel()
                return
            yield read


def _shut_down(pool: ProcessPoolExecutor) -> None:
    """Shut ``pool`` down and wait for its threads, whatever state its workers left it in."""
    try:
        pool.shutdown(wait=True, cancel_futures=True)
    except OSError as error:  # its wake-up pipe was closed already by a pool that broke
        log.debug("the import's worker pool was already shut: %s", error)


def _submit(pool: ProcessPoolExecutor, chunk: list[tuple[int, Path]]) -> Future[list[Outcome]]:
    """The chunk's files handed to ``pool``; a pool that broke meanwhile (a worker died since
    the last result) gives a future holding that error, which the reading loop treats as it
    treats any broken pool's answer."""
    try:
        return pool.submit(read_many, [path for _index, path in chunk])
    except BrokenProcessPool as error:
        broken: Future[list[Outcome]] = Future()
        broken.set_exception(error)
        return broken
