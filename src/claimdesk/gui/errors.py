"""Showing errors to the user: readable messages for ClaimDesk errors, a logged report for bugs.

Errors the user can cause arrive as :class:`~claimdesk.core.domain.errors.ClaimDeskError` with a
readable ``str()`` and are shown as they are. Anything else is a bug: it is written with its
traceback to a log file in the user log folder and reported once in a dialog, and the app keeps
running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from claimdesk import APP_NAME
from claimdesk.core.domain.errors import ClaimDeskError, ServerUnavailableError

log = logging.getLogger("claimdesk.gui")
LOG_FILE_NAME = "claimdesk.log"

SERVER_LOST_MESSAGE = (
    "The team server cannot be reached (it may have stopped, or the network is down): nothing "
    "was saved. Check the network connection and try again once the server is back; ClaimDesk "
    "reconnects by itself."
)
"""Shown when an action failed because the team server went away."""
SERVER_LOST_INPUT_KEPT = (
    "The team server cannot be reached (it may have stopped, or the network is down): nothing "
    "was saved, and what you typed is kept here. Check the network connection, then press OK to "
    "try again once the server is back (ClaimDesk reconnects by itself), or Cancel to drop it."
)
"""Shown in a dialog that reopened with the user's input after saving it failed that way."""
SERVER_LOST_STATUS = "Team server unreachable — retrying…"
"""The status-bar note while the live view cannot reach the server."""


def open_message(
    parent: QWidget,
    text: str,
    object_name: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    title: str = APP_NAME,
) -> QMessageBox:
    """A message box that does not block: it opens, and deletes itself once closed."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setObjectName(object_name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_yes(parent: QWidget, title: str, text: str, object_name: str) -> bool:
    """Ask a question in a modal box named ``object_name`` (Yes / Cancel, Cancel the default,
    so Enter changes nothing); True if the user pressed Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName(object_name)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    try:
        box.exec()
        return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def show_error(parent: QWidget | None, error: BaseException | str, title: str = "") -> None:
    """Show a readable message; a ClaimDeskError is shown as it is, anything else is summarised."""
    details = ""
    if isinstance(error, ServerUnavailableError):
        message, details = SERVER_LOST_MESSAGE, str(error)
        log.info("shown to the user: %s", details)
    elif isinstance(error, ClaimDeskError | str):
        message = str(error)
        log.info("shown to the user: %s", message)
    else:
        message = f"Something went wrong: {type(error).__name__}: {error}"
        log.error("unexpected error", exc_info=error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or APP_NAME)
    box.setText(message)
    if details:
        box.setDetailedText(details)
    box.setObjectName("errorMessage")
    box.exec()


def setup_logging(log_dir: Path) -> Path | None:
    """Log to ``log_dir``/claimdesk.log (rotating); returns the file, or None if it cannot be
    written (then logging goes to stderr only)."""
    logger = logging.getLogger("claimdesk")
    logger.setLevel(logging.INFO)
    path = log_dir / LOG_FILE_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        path = None  # type: ignore[assignment]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return path


class ExceptionReporter(QObject):
    """A ``sys.excepthook`` that logs every uncaught exception and shows a dialog only once."""

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.reported = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if isinstance(error, ClaimDeskError):
            QTimer.singleShot(0, lambda: show_error(QApplication.activeWindow(), error))
            return
        if self.reported:
            return
        self.reported = True
        QTimer.singleShot(0, self, self._show_report)

    def _show_report(self) -> None:
        where = f"\n\nDetails were written to {self.log_file}." if self.log_file else ""
        QMessageBox.critical(
            QApplication.activeWindow(),
            f"{APP_NAME} — unexpected error",
            "ClaimDesk met an unexpected error. Your catalogue is safe: every change is saved "
            "as it is made. You can keep working, but consider restarting the app."
            f"{where}\n\nFurther errors in this session are only logged.",
        )
