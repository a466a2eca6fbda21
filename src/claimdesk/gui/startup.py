"""Starting the desktop app: a window at once, the catalogue opened behind it.

Importing the core (SQLAlchemy, SQLModel, the matching modules) and opening a catalogue (checking
the file, its schema) take many times longer than showing a window. So :class:`CatalogueStartup`
first shows an :class:`OpeningWindow`, a main window with nothing in it yet that says "Opening
catalogue…", and does the rest on a worker thread (:class:`CatalogueOpener`) while the event loop
keeps answering: it imports the core and the main window's modules and opens the catalogue.
Once it is open, the :class:`~claimdesk.gui.main_window.MainWindow` is built over it and shown
in the opening window's place, which closes; the matching index then loads as it always did, off
the GUI thread, with "Indexing…" in the status bar.

When the catalogue cannot be opened, ``ask_another`` is asked (the app's "cannot open the
catalogue" question, which can offer to recover a damaged file) and the catalogue it names is
opened instead, until one opens or the user gives up.

This module imports no part of the core but its errors: the launcher imports it before showing
anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from claimdesk import APP_NAME
from claimdesk.core.errors import CatalogueOpenError
from claimdesk.gui.settings import AppSettings

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.gui.main_window import MainWindow

log = logging.getLogger("claimdesk.gui")

AskAnother = Callable[[CatalogueOpenError], str | None]
"""Asks the user what to open instead of a catalogue that could not be opened: a location, or
None to give up."""


def describe_location(location: str | None) -> str:
    """How the catalogue being opened is named before the core is loaded: a file's name, or
    "the team catalogue" for a database URL (whose parts stay out of sight)."""
    if not location:
        return "the catalogue"
    if "://" in location:
        return "the team catalogue" if location.startswith("postgresql") else "the catalogue"
    return Path(location).name or location


class OpeningWindow(QMainWindow):
    """The main window's frame while the catalogue opens: its title, size and place (the main
    window's saved geometry), and "Opening catalogue…" where the views will be."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingWindow")
        self.message = QLabel(self)
        self.message.setObjectName("openingMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setEnabled(False)  # greyed, as the views it stands for are not there yet
        self.setCentralWidget(self.message)
        available = self.screen().availableGeometry()
        # the main window's default size (main_window.py), so that it takes this one's place
        self.resize(
            QSize(min(1400, available.width() * 9 // 10), min(900, available.height() * 9 // 10))
        )
        geometry = settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.closed_by_user = False

    def show_opening(self, location: str | None) -> None:
        name = describe_location(location)
        self.setWindowTitle(f"{APP_NAME} — opening {name}…")
        self.message.setText(f"Opening {name}…")
        self.statusBar().showMessage("Opening catalogue…")

    def show_problem(self) -> None:
        self.message.setText("The catalogue could not be opened.")
        self.statusBar().showMessage("Cannot open the catalogue")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed_by_user = True
        super().closeEvent(event)


class CatalogueOpener(QThread):
    """Imports the core and the main window's modules, then opens one catalogue, off the GUI
    thread. ``opened`` carries the open Catalogue; ``failed`` the exception that stopped it."""

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, location: str | None, user_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.user_name = user_name

    def run(self) -> None:
        try:
            # imported here, on this thread, while the opening window answers: most of the time
            # a start takes (none of these modules makes a Qt object when imported)
            import claimdesk.gui.main_window  # noqa: F401, PLC0415
            from claimdesk.core.catalogue import Catalogue  # noqa: PLC0415
            from claimdesk.core.store import set_default_user_name  # noqa: PLC0415

            # who added and changed claims: the name set in preferences, else the OS user
            set_default_user_name(self.user_name)
            catalogue = Catalogue.open(self.location)
        except Exception as error:  # handed to the GUI thread, which reports it
            self.failed.emit(error)
        else:
            self.opened.emit(catalogue)


class CatalogueStartup(QObject):
    """Shows the opening window, opens the catalogue ``db`` behind it, then shows the main window
    in its place (``window``), asking ``ask_another`` for as long as opening fails. ``done`` is
    emitted at the end: ``window`` is the main window, or None if the user gave up (or closed
    the opening window)."""

    done = Signal()

    def __init__(
        self,
        db: str | None,
        *,
        remember: bool,
        ask_another: AskAnother,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = AppSettings()
        self.requested = db
        self.location = db
        self.remember = remember
        self.ask_another = ask_another
        self.window: MainWindow | None = None
        self.finished = False
        self.opening = OpeningWindow(self.settings)
        self.opener: CatalogueOpener | None = None

    def start(self) -> None:
        self.opening.show()
        self._open(self.location)

    def _open(self, location: str | None) -> None:
        self.location = location
        self.opening.show_opening(location)
        opener = CatalogueOpener(location, self.settings.user_name, self)
        opener.opened.connect(self._on_opened)
        opener.failed.connect(self._on_failed)
        opener.finished.connect(opener.deleteLater)
        self.opener = opener
        opener.start()

    def wait(self) -> None:
        """Wait for the worker thread (the app is quitting)."""
        if self.opener is not None:
            self.opener.wait()

    def _on_opened(self, catalogue: Catalogue) -> None:
        self.opener = None
        if self.opening.closed_by_user:  # closed while the catalogue was opening: quit
            catalogue.close()
            self._finish(None)
            return
        from claimdesk.gui.main_window import MainWindow  # noqa: PLC0415  (loaded by the opener)

        try:
            # a catalogue the user chose instead of the one asked for is remembered
            window = MainWindow(
                catalogue, remember_catalogue=self.remember or self.location != self.requested
            )
        except BaseException:
            catalogue.close()
            raise
        if self.settings.geometry is None:
            # no saved place yet: where the window manager put the opening window, so that the
            # main window takes its place rather than appearing somewhere else
            window.move(self.opening.pos())
        window.show()
        self._finish(window)

    def _on_failed(self, error: BaseException) -> None:
        self.opener = None
        if not isinstance(error, CatalogueOpenError):
            self.opening.show_problem()
            self._finish(None)
            raise error  # a defect: reported as every uncaught exception is
        log.warning("cannot open the catalogue %s: %s", self.location or "(default)", error)
        self.opening.show_problem()
        if self.opening.closed_by_user:
            self._finish(None)
            return
        chosen = self.ask_another(error)
        if chosen is None:
            self._finish(None)
            return
        self._open(chosen)

    def _finish(self, window: MainWindow | None) -> None:
        self.window = window
        self.finished = True
        self.opening.close()
        self.opening.deleteLater()
        self.done.emit()
