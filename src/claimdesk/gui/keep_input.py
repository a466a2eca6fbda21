"""Keeping what the user typed when saving it fails because the team server was lost.

:func:`save_keeping_input` asks, saves as one undo step, and on ServerUnavailableError shows the
message in the dialog (which still holds the input) and asks again. :class:`ProblemLabel` is the
note line such a dialog shows above its fields.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from claimdesk.core.domain.errors import ClaimDeskError, ServerUnavailableError
from claimdesk.gui.undo import CatalogueUndoStack

T = TypeVar("T")
V = TypeVar("V")


def save_keeping_input(
    undo_stack: CatalogueUndoStack,
    ask: Callable[[], V | None],
    save: Callable[[V], T],
    keep: Callable[[str], None],
    *,
    server_lost: Callable[[ServerUnavailableError], str],
    other_error: Callable[[ClaimDeskError], None],
) -> T | None:
    """Ask the user (``ask`` gives None when they cancel) and save what they gave, as one undo
    step. If the team server cannot be reached, nothing is saved: ``server_lost`` notes it and
    gives the message, ``keep`` shows it in the dialog, which still holds their input, and they
    are asked again, so they can try again once the server is back, or cancel. Other errors go
    to ``other_error`` and give None."""
    while True:
        given = ask()
        if given is None:
            return None
        try:
            return undo_stack.run(partial(save, given))
        except ServerUnavailableError as error:
            keep(server_lost(error))
        except ClaimDeskError as error:
            other_error(error)
            return None


def accepted(dialog: QDialog) -> bool:
    """Run ``dialog`` modally; True if the user pressed OK."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class ProblemLabel(QLabel):
    """A note above a dialog's fields saying why it is open again; hidden until there is one."""

    def __init__(self, object_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.show()
