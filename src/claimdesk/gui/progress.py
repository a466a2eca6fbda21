"""Progress dialogs that can be read: wide enough for their window title, and a file's name in
their label cut in the middle rather than stretching the dialog across the screen.

A QProgressDialog sizes itself to its label. A short label ("Reading files…") gave a dialog
narrower than its own title, and the window manager cut the title to "Impor… rticles"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

TITLE_BAR_ROOM = 140
"""Pixels a title bar keeps beside its title for the window's icon and its buttons (about 100
with openbox's three buttons at 96 dpi; more with larger themes)."""

NAME_WIDTH = 420
"""At most this many pixels of a file's name in a progress label; a longer name loses its
middle ("a-very-long…-name.html"), where names differ least."""


def fit_title(dialog: QWidget) -> None:
    """Widen ``dialog`` so its window title fits beside the title bar's buttons, in whatever
    language it is in. Call it after setting the title."""
    bold = QFont(dialog.font())
    bold.setBold(True)  # window managers set titles in bold, or near it
    needed = QFontMetrics(bold).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_ROOM
    dialog.setMinimumWidth(max(dialog.minimumWidth(), needed))


def short_name(widget: QWidget, name: str) -> str:
    """``name`` as a progress label shows it: whole, or without its middle when it would be
    wider than :data:`NAME_WIDTH` in ``widget``'s font."""
    return widget.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, NAME_WIDTH)
