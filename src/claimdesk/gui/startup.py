"""Starting the desktop app: the main window at once, the catalogue opened behind it.

Importing the core (SQLAlchemy, SQLModel, the matching modules) and opening a catalogue (checking
the file, its schema) take many times longer than showing a window. So :class:`CatalogueStartup`
first shows the :class:`~claimdesk.gui.main_window.MainWindow` itself, made without a catalogue
(its modules import Qt and the light parts of the core only): it says "Opening catalogue…", its
panels are empty and the actions that need a catalogue disabled, and it answers keys. A worker
thread (:class:`CatalogueOpener`) meanwhile imports the core and opens the catalogue; once it is
open the window is given it (``attach_catalogue``): its articles, its first article, its actions;
the matching index then loads off the GUI thread, with "Indexing…" in the status bar.

When the catalogue cannot be opened, ``ask_another`` is asked (the app's "cannot open the
catalogue" question, which can offer to recover a damaged file) and the catalogue it names is
opened instead, until one opens or the user gives up.

This module (and the main window's) imports no part of the core but its errors and records: the
launcher imports it before showing anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from claimdesk.core.domain.errors import CatalogueOpenError, ClaimDeskError
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.settings import AppSettings

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.domain.records import ArticleInfo

log = logging.getLogger("claimdesk.gui")

OPEN_AT_THE_LATEST_MS = 500
"""The catalogue starts opening when the window is first on screen, or after this long."""

AskAnother = Callable[[CatalogueOpenError], str | None]
"""Asks the user what to open instead of a catalogue that could not be opened: a location, or
None to give up."""


def describe_location(location: str | None) -> str:
    """How the catalogue being opened is named before the core is loaded: a file's name, or
    "the team catalogue" for a database URL (whose parts stay out of sight)."""
    if not location or ("://" in location and not location.startswith("postgresql")):
        return QCoreApplication.translate("Startup", "the catalogue")
    if "://" in location:
        return QCoreApplication.translate("Startup", "the team catalogue")
    return Path(location).name or location


class CatalogueOpener(QThread):
    """Imports the core, then opens one catalogue and reads its list of articles, off the GUI
    thread. ``opened`` carries the open Catalogue and the list (None if it could not be read:
    the window reads it again, and says why if it fails); ``failed`` the exception that stopped
    it."""

    opened = Signal(object, object)
    failed = Signal(object)

    def __init__(self, location: str | None, user_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.user_name = user_name

    def run(self) -> None:
        try:
            # imported here, on this thread, while the window answers: most of the time a start
            # takes. The suggestion engine too, which the window needs as it shows the first
            # article (none of these modules makes a Qt object when imported).
            from claimdesk.core.catalogue import (  # noqa: PLC0415  (see the imports)
                Catalogue,
                set_default_user_name,
                suggest_attributions,  # noqa: F401
            )

            # who added and changed claims: the name set in preferences, else the OS user
            set_default_user_name(self.user_name)
            catalogue = Catalogue.open(self.location)
        except Exception as error:  # handed to the GUI thread, which reports it
            self.failed.emit(error)
            return
        try:
            articles = catalogue.list_articles()
        except ClaimDeskError as error:
            log.warning("could not list the articles of %s: %s", catalogue.location, error)
            articles = None
        self.opened.emit(catalogue, articles)


class CatalogueStartup(QObject):
    """Shows the main window (``main_window``), opens the catalogue ``db`` behind it and gives it
    to the window, asking ``ask_another`` for as long as opening fails. ``done`` is emitted at
    the end: ``window`` is the main window over its catalogue, or None if the user gave up (or
    closed the window while the catalogue opened)."""

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
        self.main_window = MainWindow(None, self.settings, remember_catalogue=remember)
        self.opener: CatalogueOpener | None = None
        self._opening_started = False

    def start(self) -> None:
        window = self.main_window
        window.show_opening(describe_location(self.location))
        # the catalogue opens once the window is on screen: importing the core on another
        # thread while the window is built and painted slowed both (measured: the window showed
        # and answered later, and the catalogue was no sooner open); a window that is not put
        # on screen (on another workspace, minimised) does not keep it waiting
        window.on_screen.connect(self._start_opening)
        window.show()
        QTimer.singleShot(OPEN_AT_THE_LATEST_MS, self, self._start_opening)

    def _start_opening(self) -> None:
        if self._opening_started:
            return
        self._opening_started = True
        if self.main_window.closed:  # closed before it was even on screen
            self._finish(None)
            return
        self._open(self.location)

    def _open(self, location: str | None) -> None:
        self.location = location
        self.main_window.show_opening(describe_location(location))
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

    def _opener_done(self) -> None:
        """The opener has sent what it had (its last act): wait for its thread to end, so that
        neither this object nor the app is destroyed with the thread still running (Qt aborts)."""
        if self.opener is not None:
            self.opener.wait()
            self.opener = None

    @Slot(object, object)
    def _on_opened(self, catalogue: Catalogue, articles: list[ArticleInfo] | None) -> None:
        self._opener_done()
        window = self.main_window
        if window.closed:  # closed while the catalogue was opening: quit
            catalogue.close()
            self._finish(None)
            return
        try:
            # a catalogue the user chose instead of the one asked for is remembered
            window.attach_catalogue(
                catalogue,
                remember=self.remember or self.location != self.requested,
                articles=articles,
            )
        except BaseException:
            catalogue.close()
            raise
        self._finish(window)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._opener_done()
        if not isinstance(error, CatalogueOpenError):
            self.main_window.show_problem()
            self._finish(None)
            raise error  # a defect: reported as every uncaught exception is
        log.warning("cannot open the catalogue %s: %s", self.location or "(default)", error)
        self.main_window.show_problem()
        if self.main_window.closed:
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
        if window is None:
            self.main_window.close()
            self.main_window.deleteLater()
        self.done.emit()
