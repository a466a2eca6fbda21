"""Widgets wide enough for the text they show, in any language (the Russian texts are a third
longer than the English ones).

* Progress dialogs: a QProgressDialog sizes itself to its label, and a short label ("Reading
  files…") gave a dialog narrower than its own title, which the window manager cut to "Impor…
  rticles"; a file's name in a label loses its middle rather than stretching the dialog across
  the screen.
* Fields: a placeholder that explains what to type ("YYYY-MM-DD or DD.MM.YYYY (today when a
  finding is given)") helps only if it can be read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLineEdit, QWidget

PLACEHOLDER_ROOM = 24
"""Pixels beside the placeholder for the field's frame and margins."""


def show_whole_placeholder(edit: QLineEdit) -> QLineEdit:
    """Make ``edit`` at least as wide as its placeholder text; returns it. Call it after setting
    the placeholder, in the user's language."""
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + PLACEHOLDER_ROOM
    edit.setMinimumWidth(max(edit.minimumWidth(), needed))
    return edit


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
