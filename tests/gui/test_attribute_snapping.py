"""Ctrl+Enter stores the selection snapped (quotation marks and the comma after them dropped,
the claim's own full stop kept); Ctrl+Alt+Enter stores it exactly as selected."""

from __future__ import annotations

from dialog_helpers import press, select_span, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow

TEXT = (
    'Министр сказал: "Азербайджан добился в переговорах результат", — и покинул зал.\n'
    "Посол отметил, что 🙂 сотрудничество продолжается. Других заявлений не было.\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def accept_unattributed(dialog: QWidget) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Return)


def attribute(window: MainWindow, selected: str, modifiers: Qt.KeyboardModifier = CTRL) -> str:
    start = TEXT.index(selected)
    select_span(window, start, start + len(selected))
    before = {c.id for c in window.catalogue.claims_for_article(window.reader.article_id or 0)}
    handler = when_modal("speakerPicker", accept_unattributed)
    press(window.reader, Qt.Key.Key_Return, modifiers)
    handler.check()
    (claim,) = [
        c
        for c in window.catalogue.claims_for_article(window.reader.article_id or 0)
        if c.id not in before
    ]
    assert TEXT[claim.start : claim.end] == claim.quote
    return claim.quote


def test_quote_marks_and_the_comma_after_them_are_dropped(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    assert window.articles.add_article_text(TEXT, ask=False) is not None
    selected = '"Азербайджан добился в переговорах результат",'
    assert attribute(window, selected) == "Азербайджан добился в переговорах результат"
    # the claim's own full stop stays; the space after it goes
    assert attribute(window, "сотрудничество продолжается. ") == "сотрудничество продолжается."
    # Ctrl+Alt+Enter keeps the selection exactly
    assert attribute(window, selected, CTRL | ALT) == selected
