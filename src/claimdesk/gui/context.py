"""What the main window's controllers work with: the open catalogue with its bridge and undo
stack, the settings, and one way to tell the user things (status notes and errors).

A controller (articles, claims, suggestions) gets this context and the few widgets it drives,
never the window: it cannot reach into the window's parts, and the window can be read as the
composition of its controllers. The window attaches the catalogue to the context when it has one
and attaches another when the user switches; controllers read ``ctx.catalogue`` when they act.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from claimdesk.core.domain.errors import ClaimDeskError, ServerUnavailableError
from claimdesk.gui.errors import SERVER_LOST_INPUT_KEPT, SERVER_LOST_MESSAGE, show_error
from claimdesk.gui.keep_input import save_keeping_input

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.gui.bridge import CatalogueBridge
    from claimdesk.gui.settings import AppSettings
    from claimdesk.gui.undo import CatalogueUndoStack

log = logging.getLogger("claimdesk.gui")
T = TypeVar("T")
V = TypeVar("V")


class NoCatalogueError(AttributeError):
    """The window's catalogue is still opening (an AttributeError, as before it is attached)."""


class WindowContext(QObject):
    """The open catalogue, its bridge and undo stack, and reporting to the user.

    ``error_shown`` carries every error message shown (tests and the smoke check read it);
    ``show_errors`` False shows them only there and in the status bar, not in a message box.
    """

    error_shown = Signal(str)

    def __init__(self, parent: QWidget, status_bar: QStatusBar, settings: AppSettings) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        """The parent of the dialogs controllers open (the main window)."""
        self.status_bar = status_bar
        self.settings = settings
        self.show_errors = True
        self._catalogue: Catalogue | None = None
        self._bridge: CatalogueBridge | None = None
        self._undo_stack: CatalogueUndoStack | None = None

    # -- the catalogue --------------------------------------------------------------------------

    def attach(
        self, catalogue: Catalogue, bridge: CatalogueBridge, undo_stack: CatalogueUndoStack
    ) -> None:
        """The catalogue the controllers act on from now on (the first, or one switched to)."""
        self._catalogue, self._bridge, self._undo_stack = catalogue, bridge, undo_stack

    @property
    def has_catalogue(self) -> bool:
        return self._catalogue is not None

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            raise NoCatalogueError("catalogue")
        return self._catalogue

    @property
    def bridge(self) -> CatalogueBridge:
        if self._bridge is None:
            raise NoCatalogueError("bridge")
        return self._bridge

    @property
    def undo_stack(self) -> CatalogueUndoStack:
        if self._undo_stack is None:
            raise NoCatalogueError("undo_stack")
        return self._undo_stack

    # -- telling the user -----------------------------------------------------------------------

    def status(self, message: str, timeout_ms: int = 0) -> None:
        """A note in the status bar (for ``timeout_ms``, or until the next one)."""
        self.status_bar.showMessage(message, timeout_ms)

    def report_error(self, error: BaseException | str) -> None:
        """Show an error the user can do something about (and note it in the status bar)."""
        if isinstance(error, ServerUnavailableError):
            message = self.note_server_lost(error)
        else:
            message = str(error)
            self.status(message, 10_000)
            self.error_shown.emit(message)
        if self.show_errors:
            show_error(self.parent_widget, error)

    def note_server_lost(self, error: ServerUnavailableError, message: str = "") -> str:
        """The team server went away during an action: note it in the status bar (until the live
        view finds it back) and through ``error_shown``; returns the message for the user."""
        log.warning("%s", error)
        message = message or SERVER_LOST_MESSAGE
        if self._bridge is not None:
            self._bridge.note_server_lost()
        self.error_shown.emit(message)
        return message

    def try_reporting(self, action: Callable[[], T]) -> T | None:
        """Run ``action``; a ClaimDeskError is shown to the user and gives None."""
        try:
            return action()
        except ClaimDeskError as error:
            self.report_error(error)
            return None

    def save_keeping_input(
        self,
        ask: Callable[[], V | None],
        save: Callable[[V], T],
        keep: Callable[[str], None],
    ) -> T | None:
        """Ask the user (``ask`` gives None when they cancel) and save what they gave, as one
        undo step. If the team server cannot be reached, nothing is saved: ``keep`` shows the
        message in the dialog, which still holds their input, and they are asked again, so they
        can try again once the server is back, or cancel. Other errors are shown as usual."""
        return save_keeping_input(
            self.undo_stack,
            ask,
            save,
            keep,
            server_lost=lambda error: self.note_server_lost(error, SERVER_LOST_INPUT_KEPT),
            other_error=self.report_error,
        )
