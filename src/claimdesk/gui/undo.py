"""One QUndoStack over the catalogue's own reversible edits.

Every edit the GUI makes goes through :meth:`CatalogueUndoStack.run`: the service call does the
work and records the edit in the catalogue's history; the stack then gets a command whose undo and
redo call the catalogue's. The two stacks move in lockstep, so the Edit menu names exactly what the
catalogue will undo. Edits, undos and redos all run through the stack's
:class:`~claimdesk.gui.operations.OperationRunner`: off the GUI thread on a team server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.operations import OperationRunner

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue

T = TypeVar("T")


class _EditCommand(QUndoCommand):
    def __init__(self, stack: CatalogueUndoStack, description: str) -> None:
        super().__init__(description)
        self._stack = stack
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True  # the service call already did the work
            return
        self._stack.replay(redo=True)

    def undo(self) -> None:
        self._stack.replay(redo=False)


class CatalogueUndoStack(QUndoStack):
    """Undo/redo for one catalogue. ``failed`` carries a readable message when an undo or redo
    cannot be done (the records changed since); the history is then cleared."""

    failed = Signal(str)
    replayed = Signal(str)
    """A readable note of what an undo or redo just did ("Undone: Attribute …")."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setUndoLimit(catalogue.history.limit)
        status_bar = parent.statusBar() if isinstance(parent, QMainWindow) else None
        self.runner = OperationRunner(catalogue.on_server, self, status_bar=status_bar)
        """Runs the edits, undos and redos: off the GUI thread on a team server."""
        if isinstance(parent, QMainWindow):
            self.runner.hold_close_of(parent)

    def run(self, action: Callable[[], T]) -> T:
        """Call ``action`` (a service-layer edit) through the runner and push what it recorded
        onto the stack; returns what ``action`` returned.

        Errors from the action propagate unchanged; nothing is pushed then.
        """
        history = self.catalogue.history

        def counted() -> tuple[T, str | None]:
            # on the runner's thread, one edit at a time: what this edit recorded, if anything
            pushes = history.push_count
            result = action()
            pushed = history.push_count != pushes
            return result, (history.undo_description or "Edit") if pushed else None

        def record(outcome: tuple[T, str | None]) -> None:
            if outcome[1] is not None:
                self.push(_EditCommand(self, outcome[1]))

        return self.runner.run(counted, record)[0]

    def replay(self, *, redo: bool) -> None:
        # the command being replayed: the next to redo, or the last done
        description = self.redoText() if redo else self.undoText()
        try:
            self.runner.run(self.catalogue.redo if redo else self.catalogue.undo)
        except ClaimDeskError as error:
            # The stack is in the middle of undo()/redo() here: clear it once control is back.
            QTimer.singleShot(0, self, self._reset)
            self.failed.emit(str(error))
            return
        self.replayed.emit(f"{'Redone' if redo else 'Undone'}: {description}")

    def _reset(self) -> None:
        self.catalogue.history.clear()
        self.clear()
