"""The thread that reads and parses files for an import, so the window stays responsive.

Reading, decoding, extraction, hashing and shingling run in worker processes, one per core, for
a batch of files (:class:`~claimdesk.core.importers.batch.BatchReader`; a handful of files is
read in this thread), and come back here in file order. The catalogue write happens on the GUI
thread, through the undo stack.

One file (``batch`` None) is handed over on its own, with the near-duplicate search done here.
A batch (``batch`` an :class:`~claimdesk.core.catalogue.article_batch.ArticleBatch`, whose index of
the catalogue's articles is read here before the first file) is handed over in parts of a few dozen
files (or what came in a fraction of a second), each stored in one transaction; the thread reads
the next part while the GUI stores one, and hands it over once that one is stored. Cancelling
terminates the worker processes at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from claimdesk.core.catalogue import STORE_EVERY, ArticleBatch
from claimdesk.core.domain.article_text import text_hash
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.importers import article_files, describe_left_out
from claimdesk.core.importers.batch import BatchReader, FileRead

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue

log = logging.getLogger("claimdesk.gui.import")

PART_SECONDS = 0.3
"""A batch's part is handed over after this long even if it is not full, so progress shows."""


class ImportThread(QThread):
    """Signals (queued to the GUI thread): ``counted(total)`` once the files are listed, then per
    file ``parsed(index, path, ImportedArticle, NearDuplicate | None)`` or ``failed(index, path,
    message)``; with a ``batch``, ``part_read(list[FileRead])`` per part instead (files that
    could not be read among them). The receiver of ``parsed`` or ``part_read`` must call
    :meth:`written` once it has stored what it got."""

    counted = Signal(int)
    left_out = Signal(str)
    """What the folders held that is not a kind of article file ("119 other files left out …"),
    emitted before ``counted`` when there is any."""
    parsed = Signal(int, str, object, object)
    failed = Signal(int, str, str)
    part_read = Signal(object)

    def __init__(
        self,
        catalogue: Catalogue,
        paths: Sequence[str | Path],
        parent: QObject | None = None,
        *,
        workers: int | None = None,
        batch: ArticleBatch | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.batch = batch
        self.paths = [Path(p) for p in paths]
        self.workers = workers
        self._cancel = threading.Event()
        self._written = threading.Semaphore(1)
        self._reader: BatchReader | None = None

    def cancel(self) -> None:
        """Stop now: the file being read is dropped, nothing more is handed over."""
        self._cancel.set()
        reader = self._reader
        if reader is not None:
            reader.cancel()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def written(self) -> None:
        """The GUI has stored (or skipped) the article last handed over."""
        self._written.release()

    def run(self) -> None:
        others: Counter[str] = Counter()
        try:
            files = list(article_files(self.paths, others))
        except OSError as error:
            self.counted.emit(0)
            said = self.tr("The folder cannot be read: {reason}").format(reason=error)
            self.failed.emit(0, str(self.paths[0]), said)
            return
        if others:
            self.left_out.emit(str(describe_left_out(others)))
        self.counted.emit(len(files))
        if self.batch is not None:
            try:
                self.batch.prepare()  # off the GUI thread: seconds in a big catalogue
            except ClaimDeskError as error:  # storing the first part will say what is wrong
                log.info("could not read the catalogue's articles: %s", error)
        with BatchReader(files, workers=self.workers) as reader:
            self._reader = reader
            if self._cancel.is_set():  # cancelled before the reader existed
                reader.cancel()
            if self.batch is not None:
                self._hand_over_parts(reader)
                return
            for read in reader:
                if self._cancel.is_set():
                    return
                if read.article is None:
                    self.failed.emit(read.index, str(read.path), str(read.error))
                    continue
                if not self._wait_written():
                    return
                near = None
                try:
                    if self.catalogue.find_article_by_hash(text_hash(read.text)) is None:
                        near = self.catalogue.find_near_duplicate(read.text)
                except ClaimDeskError as error:  # a busy catalogue: import without the check
                    log.info("near-duplicate search failed: %s", error)
                self.parsed.emit(read.index, str(read.path), read.article, near)

    def _hand_over_parts(self, reader: BatchReader) -> None:
        waiting: list[FileRead] = []
        since = 0.0
        for read in reader:
            if self._cancel.is_set():
                return
            if not waiting:
                since = time.monotonic()
            waiting.append(read)
            if len(waiting) >= STORE_EVERY or time.monotonic() - since >= PART_SECONDS:
                if not self._wait_written():
                    return
                self.part_read.emit(waiting)
                waiting = []
        if waiting and self._wait_written():
            self.part_read.emit(waiting)

    def _wait_written(self) -> bool:
        """Wait until the GUI has stored what it was handed last; False once cancelled."""
        while not self._written.acquire(timeout=0.05):
            if self._cancel.is_set():
                return False
        return not self._cancel.is_set()
