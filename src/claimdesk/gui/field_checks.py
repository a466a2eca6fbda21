"""Checking what a dialog's fields hold with the core's own checks before the dialog closes.

A dialog whose input the catalogue could refuse runs these checks when OK is pressed: the first
field refused keeps the focus with the part past the limit selected (all of it when there is no
limit), and the core's message, in the interface's language, says what is wrong and what to do.
Nothing typed is lost: the dialog stays open. The caller's catch after the dialog closed stays as
the last line of defence (a colleague's change can still make a save fail).

The limits and messages are the core's (:mod:`claimdesk.core.domain.row_values`), never
repeated here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.row_values import (
    DETAIL_MAX_CHARS,
    NAME_MAX_CHARS,
    clean_detail,
    clean_name,
)
from claimdesk.gui.positions import PositionMap

Field = QLineEdit | QPlainTextEdit


def select_all_from_start(field: QLineEdit) -> None:
    """Select the whole of ``field``'s text with the cursor at its start, so a text longer than
    the field shows its beginning (``selectAll`` leaves the cursor at the end: a long guessed
    title showed its last words, cut at the left)."""
    length = len(field.text())
    field.setSelection(length, -length)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why ``field`` cannot be saved, and the part of its text (code points) to mark."""

    field: Field
    message: str
    start: int = 0
    end: int | None = None
    """None: to the end of the text."""
    past_limit: bool = False


Check = Callable[[], Refusal | None]


def field_text(field: Field) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def core_check(field: Field, check: Callable[[str], object], limit: int | None = None) -> Check:
    """The field's text as the core's ``check`` takes it (raising InvalidValueError to refuse);
    with ``limit`` (the core's, in characters) what is past it is marked, else all of it."""

    def run() -> Refusal | None:
        return _refused(field, field_text(field), 0, check, limit)

    return run


def speaker_checks(name: Field, role: Field, organisation: Field) -> list[Check]:
    """A speaker's name, role and organisation as the catalogue checks them."""
    return [
        core_check(name, clean_name, NAME_MAX_CHARS),
        core_check(role, clean_detail, DETAIL_MAX_CHARS),
        core_check(organisation, lambda text: clean_detail(text, "organisation"), DETAIL_MAX_CHARS),
    ]


def alias_check(alias: Field) -> Check:
    """A speaker's new alias as the catalogue checks it."""
    return core_check(alias, lambda text: clean_name(text, "alias"), NAME_MAX_CHARS)


def tags_check(field: QLineEdit, check: Callable[[list[str]], object], limit: int) -> Check:
    """Comma-separated tags, each as the core's ``check`` takes a list of them; the first refused
    one is marked past ``limit``."""

    def run() -> Refusal | None:
        text = field.text()
        at = 0
        for tag in text.split(","):
            refused = _refused(field, tag, at, lambda one: check([one]), limit)
            if refused is not None:
                return refused
            at += len(tag) + 1
        return None

    return run


def _refused(
    field: Field, text: str, at: int, check: Callable[[str], object], limit: int | None
) -> Refusal | None:
    """``text`` (found at code point ``at`` of the field) refused by ``check``, or None."""
    try:
        check(text)
    except InvalidValueError as error:
        lead = len(text) - len(text.lstrip())
        end = at + len(text.rstrip())
        if limit is not None and lead + limit < len(text.rstrip()):
            return Refusal(field, str(error), at + lead + limit, end, past_limit=True)
        return Refusal(field, str(error), at + lead, end)
    return None


def first_refusal(checks: Iterable[Check]) -> Refusal | None:
    for check in checks:
        refused = check()
        if refused is not None:
            return refused
    return None


def passes(checks: Iterable[Check], say: Callable[[str], None]) -> bool:
    """True if every check passes; else the first refused field gets the focus with its fault
    selected, and ``say`` is given the message (a dialog's problem note, or a message box)."""
    refused = first_refusal(checks)
    if refused is None:
        return True
    mark(refused)
    message = refused.message
    if refused.past_limit:
        message += " " + QCoreApplication.translate(
            "FieldChecks",
            "What is past the limit is selected: shorten the text and try again.",
        )
    say(message)
    return False


def mark(refused: Refusal) -> None:
    """Focus the refused field and select its fault (Qt counts UTF-16 units: converted here)."""
    field = refused.field
    positions = PositionMap(field_text(field))
    start = positions.to_qt(refused.start)
    end = positions.qt_length if refused.end is None else positions.to_qt(refused.end)
    field.setFocus()
    if isinstance(field, QLineEdit):
        field.setSelection(start, end - start)
        return
    cursor = field.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)
