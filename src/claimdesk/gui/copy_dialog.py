"""File > Copy catalogue to…: copy the open catalogue, every record with its id, into a new file or
an empty team catalogue on a PostgreSQL server (and back), with a cancellable progress dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QProgressDialog, QWidget

from claimdesk.core.catalogue import CopyResult, copy_catalogue
from claimdesk.gui.translations import QT_TRANSLATE_NOOP
from claimdesk.gui.widths import fit_title

PROMPT = QT_TRANSLATE_NOOP(
    "CopyDialog",
    "Copy every article, speaker and claim (with their ids and links) into a new catalogue.\n"
    "Give a new file path, or the URL of an empty PostgreSQL database\n"
    "(postgresql+psycopg://user@server/database; the password comes from ~/.pgpass):",
)
"""The question (English source text; asked translated)."""


def ask_copy_target(parent: QWidget, suggestion: str = "") -> str | None:
    target, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CopyDialog", "Copy catalogue to"),
        QCoreApplication.translate("CopyDialog", PROMPT),
        text=suggestion,
    )
    target = target.strip()
    return target if ok and target else None


def copy_with_progress(parent: QWidget, source: str, target: str) -> CopyResult:
    """Copy ``source`` into ``target`` showing progress; raises ClaimDeskError (cancelled,
    target not empty, server unreachable…) with a readable message."""
    dialog = QProgressDialog(
        QCoreApplication.translate("CopyDialog", "Copying the catalogue…"),
        QCoreApplication.translate("CopyDialog", "Cancel"),
        0,
        100,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("CopyDialog", "Copy catalogue"))
    fit_title(dialog)
    # the table's name is the database's (not translated); no noun after the total, so no
    # plural is needed
    copying = QCoreApplication.translate("CopyDialog", "Copying {table}s… {done} of {total}")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(table: str, done: int, total: int) -> bool:
        dialog.setLabelText(
            copying.format(table=table.replace("_", " "), done=f"{done:,}", total=f"{total:,}")
        )
        dialog.setValue(done * 100 // max(total, 1))
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return copy_catalogue(source, target, progress=progress)
    finally:
        dialog.reset()
        dialog.deleteLater()
