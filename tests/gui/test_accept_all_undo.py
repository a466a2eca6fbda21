"""Claim › Accept all suggestions above…: the real dialog asks for the confidence; every
suggestion at or above it is stored as ONE undo step ("Accept 3 suggestions"), so one Ctrl+Z
takes them all back with the speakers made for them, and one Ctrl+Shift+Z brings them back."""

from __future__ import annotations

from dialog_helpers import press, show_all_suggestions, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow

TEXT = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради переговоров».\n"
    "Посол Михаил Бочарников отметил, что 🙂 сотрудничество между странами продолжается.\n"
    "«Мы готовы к диалогу с любой стороной», — сказал он.\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def answer_zero(dialog: QWidget) -> None:
    assert isinstance(dialog, QInputDialog)
    box = dialog.findChild(QDoubleSpinBox)
    assert box is not None
    box.selectAll()
    type_text(box, "0")
    QTest.keyClick(box, Qt.Key.Key_Return)


def test_accept_all_is_one_undo_step(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    show_all_suggestions(window)
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    catalogue = window.catalogue
    suggestions = list(window.suggestions.suggestions)
    assert len(suggestions) == 3
    steps = window.undo_stack.count()

    handler = when_modal("acceptSuggestionsDialog", answer_zero)
    window.actions_.accept_suggestions.trigger()
    handler.check()

    claims = catalogue.claims_for_article(article_id)
    assert sorted((c.start, c.end) for c in claims) == sorted((s.start, s.end) for s in suggestions)
    names = sorted(s.name for s in catalogue.list_speakers())
    assert names == ["Джейхун Байрамов", "Михаил Бочарников"]  # one speaker, two claims
    assert window.undo_stack.count() == steps + 1
    assert window.actions_.undo.text().replace("&", "") == "Undo Accept 3 suggestions"
    assert window.suggestions.suggestions == []

    press(window.reader, Qt.Key.Key_Z, CTRL)
    assert catalogue.claims_for_article(article_id) == []
    assert catalogue.list_speakers() == []
    assert len(window.suggestions.suggestions) == 3
    # the status bar says what was undone (it still said what had been accepted)
    assert window.statusBar().currentMessage() == "Undone: Accept 3 suggestions"

    press(window.reader, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(catalogue.claims_for_article(article_id)) == 3
    assert sorted(s.name for s in catalogue.list_speakers()) == names
    assert window.statusBar().currentMessage() == "Redone: Accept 3 suggestions"


def test_cancelling_the_dialog_accepts_nothing(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    show_all_suggestions(window)
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    handler = when_modal("acceptSuggestionsDialog", lambda d: QTest.keyClick(d, Qt.Key.Key_Escape))
    window.actions_.accept_suggestions.trigger()
    handler.check()
    assert window.catalogue.claims_for_article(article_id) == []
    assert len(window.suggestions.suggestions) == 3


def test_after_the_accept_all_button_ctrl_z_undoes_the_accepting(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The button, disabled once nothing is left to accept, gave its focus to the threshold box
    beside it, whose own undo took Ctrl+Z: the accepted claims stayed."""
    window = main_window
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    show_all_suggestions(window)
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    panel = window.suggestions.panel
    panel.min_confidence.setValue(0.0)
    QTest.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert len(window.catalogue.claims_for_article(article_id)) == 3
    focused = QApplication.focusWidget()
    assert focused is not None and not panel.min_confidence.isAncestorOf(focused)
    assert focused is not panel.min_confidence
    QTest.keyClick(focused, Qt.Key.Key_Z, CTRL)
    assert window.catalogue.claims_for_article(article_id) == []
