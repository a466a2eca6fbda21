"""Fields wide enough for the hint they show when empty: a placeholder that explains what to type
("YYYY-MM-DD or DD.MM.YYYY (today when a finding is given)") helps only if it can be read, and
the Russian ones are a third longer than the English."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

PLACEHOLDER_ROOM = 24
"""Pixels beside the placeholder for the field's frame and margins."""


def show_whole_placeholder(edit: QLineEdit) -> QLineEdit:
    """Make ``edit`` at least as wide as its placeholder text; returns it. Call it after setting
    the placeholder, in the user's language."""
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + PLACEHOLDER_ROOM
    edit.setMinimumWidth(max(edit.minimumWidth(), needed))
    return edit
