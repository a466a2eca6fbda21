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

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from claimdesk import APP_NAME
from claimdesk.core.domain.errors import ClaimDeskError, ServerUnavailableError
from claimdesk.gui.translations import QT_TRANSLATE_NOOP

log = logging.getLogger("claimdesk.gui")
LOG_FILE_NAME = "claimdesk.log"

# The messages below are source text, marked for translation in the "Errors" context: show them
# through errors_text() (show_error, open_message and ask_yes do that with every text they get).
SERVER_LOST_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The team server cannot be reached (it may have stopped, or the network is down): nothing "
    "was saved. Check the network connection and try again once the server is back; ClaimDesk "
    "reconnects by itself.",
)
"""Shown when an action failed because the team server went away."""
SERVER_LOST_INPUT_KEPT = QT_TRANSLATE_NOOP(
    "Errors",
    "The team server cannot be reached (it may have stopped, or the network is down): nothing "
    "was saved, and what you typed is kept here. Check the network connection, then press OK to "
    "try again once the server is back (ClaimDesk reconnects by itself), or Cancel to drop it.",
)
"""Shown in a dialog that reopened with the user's input after saving it failed that way."""
SERVER_LOST_STATUS = QT_TRANSLATE_NOOP("Errors", "Team server unreachable — retrying…")
"""The status-bar note while the live view cannot reach the server."""


def errors_text(text: str) -> str:
    """``text`` in the app's language if it is one of the messages above (marked in the "Errors"
    context); any other text (already translated, or from the catalogue) comes back as it is."""
    return QCoreApplication.translate("Errors", text)


def open_message(
    parent: QWidget,
    text: str,
    object_name: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    title: str = APP_NAME,
) -> QMessageBox:
    """A message box that does not block: it opens, and deletes itself once closed."""
    box = QMessageBox(icon, title, errors_text(text), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # see ask_yes
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
        errors_text(text),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    # names and quotes are the user's text: "<b>Bold</b>" is shown as typed, not in bold
    box.setTextFormat(Qt.TextFormat.PlainText)
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
        message, details = errors_text(SERVER_LOST_MESSAGE), str(error)
        log.info("shown to the user: %s", details)
    elif isinstance(error, ClaimDeskError | str):
        message = errors_text(str(error))
        log.info("shown to the user: %s", message)
    else:
        message = QCoreApplication.translate(
            "Errors", "Something went wrong: {kind}: {error}"
        ).format(kind=type(error).__name__, error=error)
        log.error("unexpected error", exc_info=error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or APP_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)  # see ask_yes
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
        parts = [
            self.tr(
                "ClaimDesk met an unexpected error. Your catalogue is safe: every change is saved "
                "as it is made. You can keep working, but consider restarting the app."
            )
        ]
        if self.log_file:
            parts.append(self.tr("Details were written to {path}.").format(path=self.log_file))
        parts.append(self.tr("Further errors in this session are only logged."))
        QMessageBox.critical(
            QApplication.activeWindow(),
            self.tr("{app} — unexpected error").format(app=APP_NAME),
            "\n\n".join(parts),
        )
