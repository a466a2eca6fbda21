"""Find in the article (Ctrl+F): finds as you type, folding case, ё/е and line breaks; marks
every hit over the claims; F3/Enter and Shift+F3/Shift+Enter step round; Escape leaves the hit
selected for Ctrl+Enter. The article filter moved to Ctrl+Shift+F."""

from __future__ import annotations

from dialog_helpers import press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.reader import FIND_CURRENT_COLOUR, FIND_PROPERTY, SUGGESTION_PROPERTY
from claimdesk.gui.speaker_picker import SpeakerPicker

TEXT = (
    "Мария Захарова заявила: «Ёлка стоит на площади».\n"
    "Официальный представитель МИД ЗАХАРОВА\nотметила, что елка украшена.\n"
    "По словам Захаровой, ёлку привезли из Сибири 🙂. Захарова добавила: «Ель красивая».\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_text(window: MainWindow, text: str = TEXT) -> int:
    article_id = window.articles.add_article_text(text, ask=False)
    assert article_id is not None
    return article_id


def marks(window: MainWindow) -> list[str]:
    """The text under each of the find bar's marks in the reader."""
    return [
        s.cursor.selection().toPlainText()
        for s in window.reader.extraSelections()
        if s.format.property(FIND_PROPERTY)
    ]


def selected(window: MainWindow) -> str:
    return window.reader.textCursor().selection().toPlainText()


def nth(text: str, word: str, n: int) -> int:
    """Code-point offset of the n-th (0-based) occurrence of ``word``."""
    at = -1
    for _ in range(n + 1):
        at = text.index(word, at + 1)
    return at


def test_ctrl_f_finds_as_you_type_and_f3_steps_round(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    open_text(window)
    bar = window.find_bar
    assert not bar.isVisible()
    press(window.reader, Qt.Key.Key_F, CTRL)
    assert bar.isVisible()
    assert QApplication.focusWidget() is bar.edit

    counts = []
    for char in "ЗАХАРОВА":
        type_text(bar.edit, char)
        counts.append(len(marks(window)))
    assert counts[0] > counts[-1] == 3  # every keystroke searched, narrowing down
    assert marks(window) == ["Захарова", "ЗАХАРОВА", "Захарова"]  # not "Захаровой"
    assert bar.counter.text() == "1 of 3"
    first = nth(TEXT, "Захарова", 0)
    assert window.reader.selected_span() == (first, first + len("Захарова"))
    current = [s for s in window.reader.extraSelections() if s.format.property(FIND_PROPERTY)]
    assert current[0].format.background().color() == FIND_CURRENT_COLOUR

    # F3 (a window shortcut, with the focus still in the bar) and Enter go on
    press(bar.edit, Qt.Key.Key_F3)
    assert bar.counter.text() == "2 of 3"
    assert selected(window) == "ЗАХАРОВА"
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.counter.text() == "3 of 3"
    last = nth(TEXT, "Захарова", 1)  # after the emoji: positions converted right
    assert window.reader.selected_span() == (last, last + len("Захарова"))
    assert selected(window) == "Захарова"
    # past the end: round to the top, saying so
    press(bar.edit, Qt.Key.Key_F3)
    assert bar.counter.text() == "1 of 3"
    assert "continued from the top" in window.statusBar().currentMessage()
    press(bar.edit, Qt.Key.Key_F3, SHIFT)
    assert bar.counter.text() == "3 of 3"
    assert "continued from the end" in window.statusBar().currentMessage()
    QTest.keyClick(bar.edit, Qt.Key.Key_Return, SHIFT)
    assert bar.counter.text() == "2 of 3"
    assert selected(window) == "ЗАХАРОВА"

    # a word not in the article
    bar.edit.selectAll()
    type_text(bar.edit, "Лавров")
    assert bar.counter.text() == "No matches"
    assert marks(window) == []
    # the note on the last search went as this one was typed (it stayed, about another word)
    assert "continued from" not in window.statusBar().currentMessage()


def test_yo_and_ye_and_line_breaks_find_each_other(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    open_text(window)
    bar = window.find_bar
    press(window.reader, Qt.Key.Key_F, CTRL)
    type_text(bar.edit, "елка")
    assert marks(window) == ["Ёлка", "елка"]
    assert bar.counter.text() == "1 of 2"
    bar.edit.selectAll()
    type_text(bar.edit, "ёлка")
    assert marks(window) == ["Ёлка", "елка"]
    bar.edit.selectAll()
    type_text(bar.edit, "ЁЛК")
    assert marks(window) == ["Ёлк", "елк", "ёлк"]
    # a space in the query matches the line break in the article
    bar.edit.selectAll()
    type_text(bar.edit, "захарова отметила")
    assert marks(window) == ["ЗАХАРОВА\nотметила"]
    assert bar.counter.text() == "1 of 1"


def test_escape_keeps_the_hit_selected_and_ctrl_enter_attributes_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id = open_text(window)
    bar = window.find_bar
    press(window.reader, Qt.Key.Key_F, CTRL)
    type_text(bar.edit, "елка украшена")
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is window.reader
    assert marks(window) == []  # the marks go with the bar
    assert selected(window) == "елка украшена"

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        type_text(dialog.name_edit, "Мария Захарова")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    picker = when_modal("speakerPicker", answer)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    picker.check()
    (claim,) = window.catalogue.claims_for_article(article_id)
    assert claim.quote == "елка украшена"
    assert claim.speaker_name == "Мария Захарова"

    # Ctrl+F again: the hit still selected is the current one; F3 goes on from there, also
    # with the bar closed
    press(window.reader, Qt.Key.Key_F, CTRL)
    assert bar.edit.text() == "елка украшена"
    assert bar.counter.text() == "1 of 1"
    bar.edit.selectAll()
    type_text(bar.edit, "захарова")
    assert bar.counter.text() == "3 of 3"  # a new query looks on from where the last hit was
    QTest.keyClick(bar.edit, Qt.Key.Key_Return, SHIFT)
    assert bar.counter.text() == "2 of 3"
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    press(window.reader, Qt.Key.Key_F, CTRL)
    assert bar.counter.text() == "2 of 3"
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    press(window.reader, Qt.Key.Key_F3)
    assert bar.isVisible()
    assert bar.counter.text() == "3 of 3"

    # a cancelled picker makes no claim
    bar.edit.selectAll()
    type_text(bar.edit, "ель")
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    cancelled = when_modal("speakerPicker", lambda dialog: dialog.close())
    press(window.reader, Qt.Key.Key_Return, CTRL)
    cancelled.check()
    assert len(window.catalogue.claims_for_article(article_id)) == 1


def test_marks_lie_over_the_claims_and_follow_edits(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id = open_text(window)
    window.catalogue.attribute_quote(article_id, "Мария Захарова заявила", "Мария Захарова")
    press(window.reader, Qt.Key.Key_F, CTRL)
    type_text(window.find_bar.edit, "захарова")
    selections = [
        s for s in window.reader.extraSelections() if not s.format.property(SUGGESTION_PROPERTY)
    ]
    # the claim's highlight stays, and the mark over the same words is drawn after it
    assert [bool(s.format.property(FIND_PROPERTY)) for s in selections] == [False] + [True] * 3
    assert selections[0].format == window.reader.claim_selections()[0].format
    # a claim made meanwhile: the claims are redrawn, the marks stay
    window.catalogue.attribute_quote(article_id, "ёлку привезли из Сибири", "Мария Захарова")
    assert len(window.reader.claim_selections()) == 2
    assert len(marks(window)) == 3
    assert marks(window) == ["Захарова", "ЗАХАРОВА", "Захарова"]

    # another article: searched again
    other = open_text(window, "Захарова — Захарова — захарова.\n")
    assert window.reader.article_id == other
    assert len(marks(window)) == 3
    assert window.find_bar.counter.text() == "3 matches"


def test_ctrl_shift_f_filters_the_article_list(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    window.articles.add_article_text("Другая статья.\nБез цитат.\n", ask=False)
    open_text(window)
    assert window.article_panel.model.rowCount() == 2
    press(window.reader, Qt.Key.Key_F, CTRL | SHIFT)
    assert QApplication.focusWidget() is window.article_panel.filter_edit
    assert not window.find_bar.isVisible()
    type_text(window.article_panel.filter_edit, "захарова")
    qtbot.waitUntil(lambda: window.article_panel.model.rowCount() == 1)


def test_a_filter_that_hides_the_article_being_read_stays(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Filtering the list for another article while reading one: the filter stays and lists what
    it finds (it was cleared after the typing delay, because the article being read was not in
    it), and the reader keeps its article."""
    window = main_window
    open_text(window)
    reading = window.articles.add_article_text("Другая статья.\nБез цитат.\n", ask=False)
    assert window.reader.article_id == reading
    press(window.reader, Qt.Key.Key_F, CTRL | SHIFT)
    type_text(window.article_panel.filter_edit, "захарова")
    qtbot.waitUntil(lambda: window.article_panel.model.rowCount() == 1)
    qtbot.wait(400)  # past the typing delay, when the old code cleared it
    assert window.article_panel.filter_edit.text() == "захарова"
    assert window.article_panel.model.rowCount() == 1
    assert window.reader.article_id == reading
