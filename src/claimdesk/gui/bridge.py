"""Catalogue changes as a Qt signal, so every view refreshes from one notification.

The bridge also polls the catalogue's change counter every few seconds, so edits made by
colleagues (another window, process or desk on a shared catalogue) reach the views too. While a
team server cannot be reached it keeps polling quietly and says so once through
``server_reachable``; the next poll that gets through says it is back.

An edit of a team catalogue is committed on a worker thread (:mod:`claimdesk.gui.operations`),
so the catalogue announces it there: the bridge hands such a change to the GUI thread, where
``changed`` is always emitted, before the edit's caller gets its result.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from claimdesk.core.domain.errors import ClaimDeskError, ServerUnavailableError

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.domain.records import CatalogueChange

log = logging.getLogger("claimdesk.gui")

LIVE_VIEW_INTERVAL_MS = 3000


class CatalogueBridge(QObject):
    """Re-emits each committed :class:`CatalogueChange` as ``changed``."""

    changed = Signal(object)  # CatalogueChange
    changed_elsewhere = Signal(object)  # CatalogueChange: colleagues' edits, seen by polling
    server_reachable = Signal(bool)  # False once the team server is lost, True once it is back
    _changed_off_thread = Signal(object)  # CatalogueChange, announced on a worker thread

    def __init__(
        self,
        catalogue: Catalogue,
        parent: QObject | None = None,
        *,
        poll_interval_ms: int = LIVE_VIEW_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._gui_thread = threading.get_ident()
        self._changed_off_thread.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = catalogue.subscribe(self._on_change)
        # a bridge deleted with its view, never detached, must not be called by the next edit
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_args: unsubscribe())
        self._poll_failed = False
        self.server_lost = False
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_interval_ms)
        self.poll_timer.timeout.connect(self.poll)
        self.poll()  # where the catalogue is now
        self.poll_timer.start()

    def _on_change(self, change: CatalogueChange) -> None:
        if threading.get_ident() == self._gui_thread:
            self.changed.emit(change)
        else:  # views are refreshed on the GUI thread only
            self._changed_off_thread.emit(change)

    @Slot(object)
    def _deliver(self, change: CatalogueChange) -> None:
        self.changed.emit(change)

    def poll(self) -> None:
        """Look for edits others committed; the views reload through ``changed`` if any."""
        try:
            change = self.catalogue.check_for_changes()
        except ClaimDeskError as error:
            if not self._poll_failed:  # a server away: say it once, keep polling
                log.warning("cannot check the catalogue for changes: %s", error)
            self._poll_failed = True
            if isinstance(error, ServerUnavailableError):
                self.note_server_lost()
            return
        self._poll_failed = False
        self._set_server_lost(False)
        if change is not None:
            self.changed_elsewhere.emit(change)

    def note_server_lost(self) -> None:
        """An action found the team server gone: say so now, without waiting for the next poll,
        which will say when it is back."""
        self._set_server_lost(True)

    def _set_server_lost(self, lost: bool) -> None:
        if lost != self.server_lost:
            self.server_lost = lost
            if not lost:
                log.info("the catalogue server can be reached again")
            self.server_reachable.emit(not lost)

    def detach(self) -> None:
        self.poll_timer.stop()
        self._unsubscribe()
