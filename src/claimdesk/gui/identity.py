"""Who the application is to the desktop: its name, organisation, version, launcher file and
icon (kept apart from app.py so the smoke test and the launcher share them without importing each
other)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from claimdesk import APP_AUTHOR, APP_NAME, __version__

log = logging.getLogger("claimdesk.gui")

DESKTOP_FILE_ID = "com.claimdesk.ClaimDesk"
"""The launcher's file name without ".desktop" (resources/); ties windows to launcher and icon."""
ICON_FILE = Path(__file__).resolve().parent / "icons" / "claimdesk.svg"
"""The window icon: a copy of resources/icons/claimdesk.svg made by tools/make_icons.py."""


def set_application_identity() -> None:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(DESKTOP_FILE_ID)


def application_icon() -> QIcon:
    """ClaimDesk's icon (needs a QGuiApplication and Qt's SVG icon engine plugin)."""
    return QIcon(str(ICON_FILE))


def set_window_icon(app: QApplication) -> None:
    """Every window of ``app`` gets ClaimDesk's icon (the launcher's comes from the theme)."""
    icon = application_icon()
    if icon.isNull():
        log.warning("the application icon %s could not be loaded", ICON_FILE)
    app.setWindowIcon(icon)
