"""One QUndoStack over the catalogue's own reversible edits.

Every edit the GUI makes goes through :meth:`CatalogueUndoStack.run`: the service call does the
work and records the edit in the catalogue's history; the stack then gets a command whose undo and
redo call the catalogue's. The two stacks move in lockstep, so the Edit menu names exactly what the
catalogue will undo. Edits, undos and redos all run through the stack's
:class:`~claimdesk.gui.operations.OperationRunner`: off the GUI thread on a team server.

The catalogue names its edits in English (the core knows nothing of Qt);
:meth:`CatalogueUndoStack.shown_step_name` gives the name the Edit menu shows in the user's
language.
"""

from __future__ import annotations

import re
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
_Name = Callable[[re.Match[str]], str]


def _number(text: str) -> int:
    return int(text.replace(",", ""))


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
            if not pushed:
                return result, None
            description = history.undo_description
            return result, self.shown_step_name(description) if description else self.tr("Edit")

        def record(outcome: tuple[T, str | None]) -> None:
            if outcome[1] is not None:
                self.push(_EditCommand(self, outcome[1]))

        return self.runner.run(counted, record)[0]

    def shown_step_name(self, description: str) -> str:
        """The catalogue's name of an edit (English, as the core words it: see
        ``claimdesk.core.catalogue``) in the user's language; a name it does not know is shown
        as it is."""
        q = "“(?P<q>.*)”"
        names: list[tuple[str, _Name]] = [
            (
                f"Add article {q}",
                lambda m: self.tr("Add article “{title}”").format(title=m["q"]),
            ),
            (
                r"Add (?P<n>[\d,]+) articles",
                lambda m: self.tr("Add %Ln article(s)", "", _number(m["n"])),
            ),
            (
                f"Edit details of {q}",
                lambda m: self.tr("Edit details of “{title}”").format(title=m["q"]),
            ),
            (
                f"Delete article {q}",
                lambda m: self.tr("Delete article “{title}”").format(title=m["q"]),
            ),
            (
                r"Attribute (?P<n>\d+) spans",
                lambda m: self.tr("Attribute %Ln span(s)", "", int(m["n"])),
            ),
            (
                f"Attribute {q} to (?P<who>.*)",
                lambda m: self.tr("Attribute “{quote}” to {speaker}").format(
                    quote=m["q"], speaker=m["who"]
                ),
            ),
            (f"Mark {q}", lambda m: self.tr("Mark “{quote}”").format(quote=m["q"])),
            (
                f"Re-attribute {q} to (?P<who>.*)",
                lambda m: self.tr("Re-attribute “{quote}” to {speaker}").format(
                    quote=m["q"], speaker=m["who"]
                ),
            ),
            (
                f"Re-attribute {q}",
                lambda m: self.tr("Re-attribute “{quote}”").format(quote=m["q"]),
            ),
            (
                f"Edit claim {q}",
                lambda m: self.tr("Edit claim “{quote}”").format(quote=m["q"]),
            ),
            (
                f"Move claim {q}",
                lambda m: self.tr("Move claim “{quote}”").format(quote=m["q"]),
            ),
            (
                f"Place orphaned claim {q}",
                lambda m: self.tr("Place orphaned claim “{quote}”").format(quote=m["q"]),
            ),
            (
                f"Delete claim {q}",
                lambda m: self.tr("Delete claim “{quote}”").format(quote=m["q"]),
            ),
            (
                r"Delete (?P<n>\d+) claims",
                lambda m: self.tr("Delete %Ln claim(s)", "", int(m["n"])),
            ),
            (
                f"Link {q} \\((?P<how>[^()]*)\\)",
                lambda m: self.tr("Link “{quote}” ({relation})").format(
                    quote=m["q"], relation=m["how"]
                ),
            ),
            ("Remove link", lambda m: self.tr("Remove link")),
            ("Gather clusters", lambda m: self.tr("Gather clusters")),
            ("Confirm cluster", lambda m: self.tr("Confirm cluster")),
            ("Unconfirm cluster", lambda m: self.tr("Unconfirm cluster")),
            (
                r"Split cluster (?P<id>\d+)",
                lambda m: self.tr("Split cluster {number}").format(number=m["id"]),
            ),
            (
                r"Merge (?P<n>\d+) clusters",
                lambda m: self.tr("Merge %Ln cluster(s)", "", int(m["n"])),
            ),
            (
                "Verdict: (?P<v>.*)",
                lambda m: self.tr("Verdict: {verdict}").format(verdict=m["v"]),
            ),
            (
                f"Import REFI-QDA project {q}",
                lambda m: self.tr("Import REFI-QDA project “{name}”").format(name=m["q"]),
            ),
            (
                r"Import (?P<n>\d+) annotations? from (?P<file>.*)",
                lambda m: self.tr("Import %Ln annotation(s) from {file}", "", int(m["n"])).format(
                    file=m["file"]
                ),
            ),
            (
                "Add speaker (?P<who>.*)",
                lambda m: self.tr("Add speaker {name}").format(name=m["who"]),
            ),
            (
                "Edit speaker (?P<who>.*)",
                lambda m: self.tr("Edit speaker {name}").format(name=m["who"]),
            ),
            (
                f"Add alias {q} to (?P<who>.*)",
                lambda m: self.tr("Add alias “{alias}” to {name}").format(
                    alias=m["q"], name=m["who"]
                ),
            ),
            (
                f"Remove alias {q} of (?P<who>.*)",
                lambda m: self.tr("Remove alias “{alias}” of {name}").format(
                    alias=m["q"], name=m["who"]
                ),
            ),
            (
                "Merge (?P<one>.*) into (?P<other>.*)",
                lambda m: self.tr("Merge {merged} into {kept}").format(
                    merged=m["one"], kept=m["other"]
                ),
            ),
            (
                "Delete speaker (?P<who>.*)",
                lambda m: self.tr("Delete speaker {name}").format(name=m["who"]),
            ),
            (
                f"New version (?P<n>\\d+) of {q}",
                lambda m: self.tr("New version {number} of “{title}”").format(
                    number=m["n"], title=m["q"]
                ),
            ),
            (
                r"Accept (?P<n>\d+) suggestions?",
                lambda m: self.tr("Accept %Ln suggestion(s)", "", int(m["n"])),
            ),
        ]
        for pattern, name in names:
            found = re.fullmatch(pattern, description, re.DOTALL)
            if found is not None:
                return name(found)
        return description

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
        said = self.tr("Redone: {step}") if redo else self.tr("Undone: {step}")
        self.replayed.emit(said.format(step=description))

    def _reset(self) -> None:
        self.catalogue.history.clear()
        self.clear()
