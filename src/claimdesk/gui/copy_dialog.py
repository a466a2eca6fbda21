"""File > Copy catalogue to…: copy the open catalogue, every record with its id, into a new file or
an empty team catalogue on a PostgreSQL server (and back), with a cancellable progress dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QProgressDialog, QWidget

from claimdesk.core.catalogue import CopyResult, copy_catalogue

PROMPT = (
    "Copy every article, speaker and claim (with their ids and links) into a new catalogue.\n"
    "Give a new file path, or the URL of an empty PostgreSQL database\n"
    "(postgresql+psycopg://user@server/database; the password comes from ~/.pgpass):"
)


def ask_copy_target(parent: QWidget, suggestion: str = "") -> str | None:
    target, ok = QInputDialog.getText(parent, "Copy catalogue to", PROMPT, text=suggestion)
    target = target.strip()
    return target if ok and target else None


def copy_with_progress(parent: QWidget, source: str, target: str) -> CopyResult:
    """Copy ``source`` into ``target`` showing progress; raises ClaimDeskError (cancelled,
    target not empty, server unreachable…) with a readable message."""
    dialog = QProgressDialog("Copying the catalogue…", "Cancel", 0, 100, parent)
    dialog.setWindowTitle("Copy catalogue")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(table: str, done: int, total: int) -> bool:
        dialog.setLabelText(f"Copying {table.replace('_', ' ')}s… {done:,} of {total:,} records")
        dialog.setValue(done * 100 // max(total, 1))
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return copy_catalogue(source, target, progress=progress)
    finally:
        dialog.reset()
        dialog.deleteLater()
