"""A non-blocking notice in the status bar: the article just added nearly duplicates an earlier
one, with a link that opens the earlier article and a button to dismiss the notice."""

from __future__ import annotations

import logging
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from claimdesk.core.catalogue import NearDuplicate
from claimdesk.core.domain.errors import ClaimDeskError

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue

log = logging.getLogger("claimdesk.gui.import")


class NearDuplicateNotice(QWidget):
    """Shows "Nearly the same as article 3 “…”"; ``article_requested(id)`` when its link is
    followed."""

    article_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nearDuplicateNotice")
        self.label = QLabel(self)
        self.label.setObjectName("nearDuplicateText")
        self.label.linkActivated.connect(self._on_link)
        close = QToolButton(self)
        close.setObjectName("nearDuplicateClose")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(close)
        self.earlier_id: int | None = None
        self.hide()

    def show_near(self, new_id: int, near: NearDuplicate) -> None:
        self.earlier_id = near.article_id
        link = f'<a href="{near.article_id}">{escape(near.describe())}</a>'
        said = self.tr("Article {number} is nearly the same as {earlier}")
        self.label.setText(said.format(number=new_id, earlier=link))
        self.label.setToolTip(self.tr("Open the earlier article"))
        self.show()

    def _on_link(self, link: str) -> None:
        self.hide()
        self.article_requested.emit(int(link))


class _Relay(QObject):
    found = Signal(int, object)  # new article id, NearDuplicate


class _Search(QRunnable):
    def __init__(self, catalogue: Catalogue, article_id: int, text: str, relay: _Relay) -> None:
        super().__init__()
        self.catalogue, self.article_id, self.text, self.relay = catalogue, article_id, text, relay

    def run(self) -> None:
        try:
            near = self.catalogue.find_near_duplicate(self.text, exclude_id=self.article_id)
        except ClaimDeskError:
            return
        except Exception:  # the catalogue closed under the search: a notice nobody would see
            log.exception("near-duplicate search failed")
            return
        if near is not None:
            self.relay.found.emit(self.article_id, near)


class NearDuplicateSearch(QObject):
    """Looks for a near-duplicate of a newly added article off the GUI thread."""

    found = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.found.connect(self.found)

    def start(self, catalogue: Catalogue, article_id: int, text: str) -> None:
        self.pool.start(_Search(catalogue, article_id, text, self._relay))

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)
