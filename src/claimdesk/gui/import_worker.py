"""The thread that reads and parses files for an import, so the window stays responsive.

Reading, decoding and extraction run in worker processes, one per core, for a batch of files
(:class:`~claimdesk.core.importers.batch.BatchReader`; a handful of files is read in this thread),
and come back here in file order; the near-duplicate search runs here; the catalogue write
happens on the GUI thread, through the undo stack. The thread waits for each write before it
looks for near-duplicates of the next file, so two copies of a story in one batch are caught.
Cancelling terminates the worker processes at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from claimdesk.core.article_match import find_near_duplicate
from claimdesk.core.articles import text_hash
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.importers import article_files
from claimdesk.core.importers.batch import BatchReader

log = logging.getLogger("claimdesk.gui.import")


class ImportThread(QThread):
    """Signals (queued to the GUI thread): ``counted(total)`` once the files are listed, then per
    file ``parsed(index, path, ImportedArticle, NearDuplicate | None)`` or ``failed(index, path,
    message)``. The receiver of ``parsed`` must call :meth:`written` once it has stored it."""

    counted = Signal(int)
    parsed = Signal(int, str, object, object)
    failed = Signal(int, str, str)

    def __init__(
        self,
        catalogue: Catalogue,
        paths: Sequence[str | Path],
        parent: QObject | None = None,
        *,
        workers: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
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
        try:
            files = list(article_files(self.paths))
        except OSError as error:
            self.counted.emit(0)
            self.failed.emit(0, str(self.paths[0]), f"The folder cannot be read: {error}")
            return
        self.counted.emit(len(files))
        with BatchReader(files, workers=self.workers) as reader:
            self._reader = reader
            if self._cancel.is_set():  # cancelled before the reader existed
                reader.cancel()
            for read in reader:
                if self._cancel.is_set():
                    return
                if read.article is None:
                    self.failed.emit(read.index, str(read.path), read.error)
                    continue
                while not self._written.acquire(timeout=0.05):
                    if self._cancel.is_set():
                        return
                near = None
                try:
                    if self.catalogue.find_article_by_hash(text_hash(read.text)) is None:
                        near = find_near_duplicate(self.catalogue, read.text)
                except ClaimDeskError as error:  # a busy catalogue: import without the check
                    log.info("near-duplicate search failed: %s", error)
                self.parsed.emit(read.index, str(read.path), read.article, near)
