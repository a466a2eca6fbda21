"""Catalogue changes as a Qt signal, so every view refreshes from one notification."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.records import CatalogueChange


class CatalogueBridge(QObject):
    """Re-emits each committed :class:`CatalogueChange` as ``changed``."""

    changed = Signal(object)  # CatalogueChange

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._unsubscribe = catalogue.subscribe(self._on_change)

    def _on_change(self, change: CatalogueChange) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._unsubscribe()
