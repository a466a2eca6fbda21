"""The browse views and export dialog built in their own modules, loaded defensively.

The catalogue view, speakers view and export dialog live in ``catalogue_view``, ``speakers_view``
and ``export_dialog``. If one of them is missing or fails to build, the main window still works:
the failure is logged and the export falls back to a plain save dialog over the core exporter.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.export import export_claims_csv
from claimdesk.core.records import ClaimFilter

log = logging.getLogger("claimdesk.gui")


def _load(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(f"claimdesk.gui.{module}"), name)
    except (ImportError, AttributeError) as error:
        log.warning("%s.%s is not available: %s", module, name, error)
        return None


def _build(module: str, name: str, *args: Any) -> QWidget | None:
    factory = _load(module, name)
    if factory is None:
        return None
    try:
        widget: QWidget = factory(*args)
    except Exception:
        log.exception("building %s failed", name)
        return None
    return widget


def make_catalogue_view(
    catalogue: Catalogue, bridge: Any, undo_stack: Any, parent: QWidget
) -> QWidget | None:
    view = _build("catalogue_view", "CatalogueView", catalogue, bridge, undo_stack, parent)
    if view is not None:
        view.setObjectName("catalogueView")
        if not view.accessibleName():
            view.setAccessibleName("catalogueView")
    return view


def make_speakers_view(
    catalogue: Catalogue, bridge: Any, undo_stack: Any, parent: QWidget
) -> QWidget | None:
    view = _build("speakers_view", "SpeakersView", catalogue, bridge, undo_stack, parent)
    if view is not None and not view.objectName():
        view.setObjectName("speakersView")
    return view


def make_export_dialog(
    catalogue: Catalogue, parent: QWidget, claim_filter: ClaimFilter | None = None
) -> Any:
    dialog_class = _load("export_dialog", "ExportDialog")
    if dialog_class is None:
        return None
    return dialog_class(catalogue, parent, claim_filter=claim_filter)


def run_export(
    catalogue: Catalogue, parent: QWidget, claim_filter: ClaimFilter | None = None
) -> None:
    """Open the export dialog; without it, ask for a file and export every claim."""
    dialog = make_export_dialog(catalogue, parent, claim_filter)
    if dialog is not None:
        dialog.exec()
        return
    path, _ = QFileDialog.getSaveFileName(
        parent, "Export claims", str(Path.home() / "claims.csv"), "CSV files (*.csv)"
    )
    if not path:
        return
    count = export_claims_csv(catalogue, path, claim_filter, excel=True)
    QMessageBox.information(parent, "Export", f"Wrote {count} claim(s) to {path}.")
