"""Background work: building the matching indexes and similar-claim matching run off the GUI
thread.

Each request carries a number; results come back through a queued signal and only the newest
request's results are delivered, so a slow old search never overwrites a newer one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from claimdesk.core.domain.errors import ClaimDeskError

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue

log = logging.getLogger("claimdesk.gui.workers")


class _Relay(QObject):
    finished = Signal(int, object)  # request number, result list
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.number = number
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except ClaimDeskError as error:
            self.relay.failed.emit(self.number, str(error))
        except Exception as error:  # a bug in matching must not kill the worker thread silently
            log.exception("background work failed")
            failed = QCoreApplication.translate("Workers", "Matching failed: {reason}")
            self.relay.failed.emit(self.number, failed.format(reason=error))
        else:
            self.relay.finished.emit(self.number, result)


class LatestOnly(QObject):
    """Runs one piece of work at a time off the GUI thread; ``results`` carries what the newest
    request gave (older ones still running are dropped when they end), ``failed`` a readable
    message, ``busy_changed`` whether a request is outstanding."""

    results = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._latest = 0

    def request(self, work: Callable[[], Any]) -> int:
        """Start ``work``; returns its request number."""
        self._latest += 1
        # a queued request that has not started yet is stale the moment a new one arrives
        self.pool.clear()
        self.busy_changed.emit(True)
        self.pool.start(_Task(self._latest, work, self._relay))
        return self._latest

    def answer_now(self, result: object) -> int:
        """A request answered without work (an empty search): delivered at once, and any
        running one is stale."""
        self._latest += 1
        self.pool.clear()
        self.results.emit(result)
        return self._latest

    def cancel(self) -> None:
        self._latest += 1
        self.pool.clear()

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_finished(self, number: int, result: object) -> None:
        if number != self._latest:
            return  # stale: a newer request is on its way
        self.busy_changed.emit(False)
        self.results.emit(result)

    @Slot(int, str)
    def _on_failed(self, number: int, message: str) -> None:
        if number != self._latest:
            return
        self.busy_changed.emit(False)
        self.failed.emit(message)


class SimilarClaimsSearch(LatestOnly):
    """Runs ``catalogue.similar_claims`` off the GUI thread; ``results`` carries the newest
    request's list of SimilarClaim."""

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def search(self, text: str, exclude_article_id: int | None, limit: int = 20) -> int:
        """Start a search for ``text``; returns its request number."""
        if not text.strip():
            return self.answer_now([])
        catalogue = self.catalogue
        return self.request(
            lambda: catalogue.similar_claims(
                text, limit=limit, exclude_article_id=exclude_article_id
            )
        )


class IndexBuilder(QThread):
    """Builds (or loads from its cache file) the catalogue's matching indexes off the GUI
    thread, so a large catalogue opens at once and matching follows when ready."""

    progress = Signal(int, int)  # claims indexed, claims in all
    ready = Signal(int)  # claims in the index
    failed = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def run(self) -> None:
        try:
            self.catalogue.index.build(self.progress.emit)
            self.ready.emit(self.catalogue.index.indexed_claims())
        except Exception as error:  # a failed index must not take the window down
            log.exception("building the matching index failed")
            self.failed.emit(self.tr("Matching is unavailable: {reason}").format(reason=error))
