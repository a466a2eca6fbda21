"""Importing a web page: ask for its address (:class:`~claimdesk.gui.url_dialog.UrlDialog`),
fetch it off the GUI thread under a busy dialog whose Cancel stops it at once, then hand the
article to the window's import flow for one file (the details dialog, the near-duplicate notice).

The fetch runs in a daemon thread, not a Qt thread pool: a cancelled fetch may still wait for a
connection until its timeout, and nothing (closing the window, quitting) should wait for it.
Its result comes back through a queued signal and is dropped once cancelled. The near-duplicate
search runs there too, as a file import's does (:mod:`claimdesk.gui.import_worker`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.keep_input import accepted
from claimdesk.gui.url_dialog import UrlDialog
from claimdesk.gui.widths import fit_title

if TYPE_CHECKING:
    from claimdesk.core.catalogue import NearDuplicate
    from claimdesk.core.importers import ImportedArticle
    from claimdesk.core.importers.web import FetchedPage, WebSnapshot
    from claimdesk.gui.context import WindowContext

log = logging.getLogger("claimdesk.gui.import")


class UrlImportHost(Protocol):
    """What the import needs of the article controller: its window context (the catalogue,
    the status bar, error reporting, the window as the dialogs' parent), and its import flow for
    one article."""

    ctx: WindowContext

    def add_imported_article(
        self,
        imported: ImportedArticle,
        near: NearDuplicate | bool | None,
        *,
        snapshot: WebSnapshot | None = None,
    ) -> int | None: ...


def fetch_progress(
    parent: QWidget, address: str, title: str, cancel: Callable[[], None]
) -> QProgressDialog:
    """The busy dialog of a page being fetched (Open URL…, Check for a newer version): shown at
    once, window-modal, Cancel calls ``cancel``; the caller closes it."""
    progress = QProgressDialog(
        QCoreApplication.translate("UrlImport", "Fetching {address}…").format(address=address),
        QCoreApplication.translate("UrlImport", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setObjectName("fetchProgress")
    progress.setWindowTitle(title)
    fit_title(progress)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.canceled.connect(cancel)
    return progress


class _Relay(QObject):
    fetched = Signal(object, object)  # FetchedPage, NearDuplicate | None
    failed = Signal(str)


class UrlImport(QObject):
    """One fetch of ``address`` for ``host``: :meth:`start` returns at once; ``finished``
    carries the stored article's id (None when nothing was stored: an error, already reported,
    a cancel, or the user said no in the details dialog)."""

    finished = Signal(object)

    def __init__(self, host: UrlImportHost, address: str) -> None:
        window = host.ctx.parent_widget
        super().__init__(window)
        self.host = host
        self.window = window
        self.address = address
        self.page: FetchedPage | None = None
        """What was fetched, with its snapshot (stored with the article)."""
        self.cancelled = False
        self._catalogue = host.ctx.catalogue
        from claimdesk.core.importers.web import PageFetch  # noqa: PLC0415  (urllib3: on use)

        self._fetch = PageFetch(address)
        self._relay = _Relay(self)
        self._relay.fetched.connect(self._on_fetched)
        self._relay.failed.connect(self._on_failed)
        self.progress = fetch_progress(window, address, self.tr("Opening web page"), self.cancel)

    def start(self) -> None:
        self.host.ctx.status(self.tr("Fetching {address}…").format(address=self.address))
        self.progress.show()
        threading.Thread(target=self._work, name="claimdesk-fetch", daemon=True).start()

    def cancel(self) -> None:
        """Stop now: the window is free at once; the fetch ends in its thread (at once when it
        is reading the page, else at its connect timeout) and its result is dropped."""
        if self.cancelled:
            return
        self.cancelled = True
        self._fetch.cancel()
        self._close_progress()
        self.host.ctx.status(self.tr("Fetching the page was cancelled."), 5000)
        self.finished.emit(None)

    def _work(self) -> None:
        """In the fetch thread: the page, and the near-duplicate it may be."""
        from claimdesk.core.domain.article_text import (  # noqa: PLC0415
            normalise_article_text,
            text_hash,
        )

        try:
            page = self._fetch.run()
        except ClaimDeskError as error:
            self._deliver(self._relay.failed.emit, str(error))
            return
        except Exception as error:  # a bug must not vanish with the thread
            log.exception("fetching %s failed", self.address)
            self._deliver(
                self._relay.failed.emit,
                self.tr("The page could not be read: {error}").format(error=error),
            )
            return
        near = None
        try:
            text = normalise_article_text(page.article.text)
            if self._catalogue.find_article_by_hash(text_hash(text)) is None:
                near = self._catalogue.find_near_duplicate(text)
        except ClaimDeskError as error:  # a busy catalogue: import without the check
            log.info("near-duplicate search failed: %s", error)
        self._deliver(self._relay.fetched.emit, page, near)

    def _deliver(self, emit: Callable[..., object], *values: object) -> None:
        try:
            emit(*values)
        except RuntimeError:  # the window (and the relay with it) is gone
            log.info("a fetch ended after its window closed")

    def _on_fetched(self, page: FetchedPage, near: NearDuplicate | None) -> None:
        if self.cancelled:  # kept until now: its thread held the relay
            self.deleteLater()
            return
        self._close_progress()
        self.page = page
        from claimdesk.core.importers.web import describe_snapshot  # noqa: PLC0415

        log.info("fetched %s", describe_snapshot(page.snapshot))
        self.host.ctx.status_bar.clearMessage()
        # a catalogue opened meanwhile was not searched: look for near-duplicates afterwards
        found: NearDuplicate | bool | None = (
            near if self.host.ctx.catalogue is self._catalogue else True
        )
        # the page as fetched is stored with the article, in its one undo step
        article_id = self.host.add_imported_article(page.article, found, snapshot=page.snapshot)
        self.finished.emit(article_id)
        self.deleteLater()

    def _on_failed(self, message: str) -> None:
        if self.cancelled:
            self.deleteLater()
            return
        self._close_progress()
        self.host.ctx.status_bar.clearMessage()
        self.host.ctx.report_error(message)
        self.finished.emit(None)
        self.deleteLater()

    def _close_progress(self) -> None:
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()


def open_web_page(host: UrlImportHost, address: str = "") -> UrlImport | None:
    """Ask for an address and start fetching it; the :class:`UrlImport` under way, or None
    when the user cancelled the dialog."""
    dialog = UrlDialog(host.ctx.parent_widget, address)
    try:
        if not accepted(dialog):
            return None
        chosen = dialog.address()
    finally:
        dialog.deleteLater()
    run = UrlImport(host, chosen)
    run.start()
    return run
