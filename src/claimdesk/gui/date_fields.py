"""Date fields that take a date as it is typed: no validator drops a keystroke ("15.03.2024"
once became "1503", a date in the year 1503), the core's reader
(:func:`claimdesk.core.domain.dates.read_date`) decides, and a date it reads is shown, once
editing finishes, in the ISO form that is stored ("15.03.2024" → "2024-03-15"). What it cannot
read is left as typed, for the field's owner to say why."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtWidgets import QLineEdit

from claimdesk.core.domain.dates import read_date
from claimdesk.core.domain.errors import InvalidValueError

DateReader = Callable[[str], str | None]


def date_field(edit: QLineEdit, reader: DateReader = read_date) -> QLineEdit:
    """Make ``edit`` a date field read by ``reader``; returns it."""
    edit.editingFinished.connect(lambda: _show_if_read(edit, reader))
    return edit


def show_as_stored(edit: QLineEdit, reader: DateReader = read_date) -> str | None:
    """Show the date ``edit`` holds as it is stored, and return it (None: empty); raises
    InvalidValueError, leaving the text as typed, when ``reader`` cannot read it."""
    value = reader(edit.text())
    if (value or "") != edit.text():
        edit.setText(value or "")
    return value


def _show_if_read(edit: QLineEdit, reader: DateReader) -> None:
    # what cannot be read is said by the field's owner: on OK, or as the filter's problem
    with suppress(InvalidValueError):
        show_as_stored(edit, reader)
