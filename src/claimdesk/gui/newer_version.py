"""Article › Check for a newer version: fetch the article's web address again off the GUI
thread (conditionally, with the newest snapshot's ETag and Last-Modified), and when the page's
article has changed, offer to store it as the article's next version with its snapshot.

The fetch runs in a daemon thread under a cancellable busy dialog, as File › Open URL… does
(:mod:`claimdesk.gui.url_import`); its answer comes back through a queued signal.
"""

from __future__ import annotations

import difflib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.url_import import fetch_progress

if TYPE_CHECKING:
    from claimdesk.core.domain.records import ArticleInfo, ClaimAnchoring, PageSnapshotInfo
    from claimdesk.core.importers.web import FetchedPage
    from claimdesk.gui.context import WindowContext

log = logging.getLogger("claimdesk.gui.import")


class Summariser(Protocol):
    """What the check needs of the versions controller: its window context, and saying where
    the claims of a stored version went (``version_actions.VersionController``)."""

    ctx: WindowContext

    def summarise(self, results: list[ClaimAnchoring]) -> None: ...


class _Relay(QObject):
    fetched = Signal(object)  # FetchedPage
    unchanged = Signal()
    failed = Signal(str)


class NewerVersionCheck(QObject):
    """One check of ``article``'s address: :meth:`start` returns at once; ``finished`` is
    emitted when the check is over (whatever its outcome)."""

    finished = Signal()

    def __init__(
        self,
        versions: Summariser,
        article: ArticleInfo,
        text: str,
        newest: PageSnapshotInfo | None,
    ) -> None:
        window = versions.ctx.parent_widget
        super().__init__(window)
        self.versions = versions
        self.ctx = versions.ctx
        self.article = article
        self.text = text
        self.newest = newest
        self.address = newest.address if newest is not None else article.url
        self.cancelled = False
        from claimdesk.core.importers.web import PageFetch  # noqa: PLC0415  (urllib3: on use)

        conditions = (
            {"If-None-Match": newest.etag, "If-Modified-Since": newest.last_modified}
            if newest is not None
            else {}
        )
        self._fetch = PageFetch(self.address, conditions=conditions)
        self._relay = _Relay(self)
        self._relay.fetched.connect(self._on_fetched)
        self._relay.unchanged.connect(self._on_unchanged)
        self._relay.failed.connect(self._on_failed)
        self.progress = fetch_progress(
            window, self.address, self.tr("Checking for a newer version"), self.cancel
        )

    def start(self) -> None:
        self.ctx.status(self.tr("Fetching {address}…").format(address=self.address))
        self.progress.show()
        threading.Thread(target=self._work, name="claimdesk-recheck", daemon=True).start()

    def cancel(self) -> None:
        if self.cancelled:
            return
        self.cancelled = True
        self._fetch.cancel()
        self._close_progress()
        self.ctx.status(self.tr("Checking for a newer version was cancelled."), 5000)
        self.finished.emit()

    def _work(self) -> None:
        from claimdesk.core.importers.web import PageNotModified  # noqa: PLC0415

        try:
            page = self._fetch.run()
        except PageNotModified:
            self._deliver(self._relay.unchanged.emit)
            return
        except ClaimDeskError as error:
            self._deliver(self._relay.failed.emit, str(error))
            return
        except Exception as error:  # a bug must not vanish with the thread
            log.exception("fetching %s again failed", self.address)
            self._deliver(
                self._relay.failed.emit,
                self.tr("The page could not be read: {error}").format(error=error),
            )
            return
        self._deliver(self._relay.fetched.emit, page)

    def _deliver(self, emit: Callable[..., object], *values: object) -> None:
        try:
            emit(*values)
        except RuntimeError:  # the window (and the relay with it) is gone
            log.info("a check for a newer version ended after its window closed")

    def _done(self) -> bool:
        """Whether the answer is to be dropped (cancelled); else the busy dialog closes."""
        if self.cancelled:
            self.deleteLater()
            return True
        self._close_progress()
        self.ctx.status_bar.clearMessage()
        return False

    def _on_unchanged(self) -> None:
        if self._done():
            return
        self._say_unchanged()
        self._finish()

    def _on_failed(self, message: str) -> None:
        if self._done():
            return
        self.ctx.report_error(message)
        self._finish()

    def _on_fetched(self, page: FetchedPage) -> None:
        if self._done():
            return
        from claimdesk.core.domain.article_text import normalise_article_text  # noqa: PLC0415

        new_text = normalise_article_text(page.article.text)
        same_page = self.newest is not None and self.newest.sha256 == page.snapshot.sha256
        if same_page or new_text == normalise_article_text(self.text):
            self._say_unchanged()
        elif self._ask(new_text, page):
            self._store(page)
        self._finish()

    def _say_unchanged(self) -> None:
        from datetime import datetime  # noqa: PLC0415

        checked = datetime.now().astimezone().strftime("%H:%M")
        said = self.tr("No newer version: the page is as stored (checked {time}).")
        self.ctx.status(said.format(time=checked), 15_000)

    def _ask(self, new_text: str, page: FetchedPage) -> bool:
        number = self.article.text_version + 1
        fetched = page.snapshot.fetched_at.astimezone().strftime("%Y-%m-%d %H:%M")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A newer version"),
            self.tr(
                "The page at {address} has changed (fetched {time}).\n\n{change}\n\n"
                "Store its text as version {number} of “{title}”? Its claims follow "
                "the words they quote; Undo gives the old text back."
            ).format(
                address=page.snapshot.url,
                time=fetched,
                change=self.describe_change(self.text, new_text),
                number=number,
                title=self.article.title,
            ),
            QMessageBox.StandardButton.NoButton,
            self.ctx.parent_widget,
        )
        box.setObjectName("newerVersionQuestion")
        store = box.addButton(
            self.tr("Store as version {number}").format(number=number),
            QMessageBox.ButtonRole.AcceptRole,
        )
        store.setObjectName("storeVersionButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(store)
        box.exec()
        chosen = box.clickedButton() is store
        box.deleteLater()
        return chosen

    def describe_change(self, old: str, new: str) -> str:
        """What changed between two texts, in words: paragraphs changed, added and removed, and
        the characters in them."""
        before = [line for line in old.split("\n") if line.strip()]
        after = [line for line in new.split("\n") if line.strip()]
        changed = added = removed = characters = 0
        matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            common = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            changed += common
            added += (j2 - j1) - common
            removed += (i2 - i1) - common
            characters += max(sum(map(len, before[i1:i2])), sum(map(len, after[j1:j2])))
        # each count a clause of its own, worded with its number
        parts = []
        if changed:
            parts.append(self.tr("%Ln paragraph(s) changed", "", changed))
        if added:
            parts.append(self.tr("%Ln paragraph(s) added", "", added))
        if removed:
            parts.append(self.tr("%Ln paragraph(s) removed", "", removed))
        if not parts:
            return self.tr("Only the spacing differs.")
        said = self.tr("{changes} (about %Ln character(s) differ).", "", characters)
        separator = self.tr(", ")
        return said.format(changes=separator.join(parts))

    def _store(self, page: FetchedPage) -> None:
        article = self.article
        results = self.ctx.try_reporting(
            lambda: self.ctx.undo_stack.run(
                lambda: self.ctx.catalogue.new_article_version(
                    article.id,
                    page.article.text,
                    source=page.snapshot.url,
                    snapshot=page.snapshot,
                    expected_version=article.version,
                )
            )
        )
        if results is not None:
            self.versions.summarise(results)

    def _finish(self) -> None:
        self.finished.emit()
        self.deleteLater()

    def _close_progress(self) -> None:
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
