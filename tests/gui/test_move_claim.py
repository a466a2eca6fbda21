"""Claim › Move claim here (Ctrl+Shift+Enter): choose a claim (its highlight or its row), change
the selection (Shift+arrow keys from the claim's span, or a mouse drag), press the key: the claim
takes the new span, snapped to words, keeping its speaker, tags and note; one undo step. The
reader's right-click menu offers it too, with Edit, Re-attribute and Delete for the claim under
the mouse."""

from __future__ import annotations

from collections.abc import Callable

from dialog_helpers import press, select_span, when_modal
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.domain.records import ClaimInfo
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.speaker_picker import SpeakerPicker

TEXT = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради переговоров».\n"
    "Посол Михаил Бочарников отметил, что 🙂 сотрудничество между странами продолжается.\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def open_claim(window: MainWindow) -> tuple[int, ClaimInfo]:
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    claim = window.catalogue.attribute_quote(
        article_id, "Азербайджан не участвует", "Джейхун Байрамов", tags=["переговоры"], note="!"
    )
    window.catalogue.attribute_quote(article_id, "сотрудничество", "Михаил Бочарников")
    return article_id, claim


def point_at(window: MainWindow, offset: int) -> QPoint:
    """The middle of the character at code point ``offset``, in the reader's viewport."""
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.positions.to_qt(offset))
    rect = window.reader.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())


def drag(viewport: QWidget, point: QPoint) -> None:
    """Move the mouse with the left button held (QTest.mouseMove does not hold it)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(viewport.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        LEFT,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def click_highlight(window: MainWindow, claim: ClaimInfo) -> None:
    QTest.mouseClick(window.reader.viewport(), LEFT, pos=point_at(window, claim.start + 2))
    assert window.claims_panel.current_claim_id() == claim.id


def test_shift_arrows_then_ctrl_shift_enter_moves_the_claim(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id, claim = open_claim(window)
    click_highlight(window, claim)
    assert window.reader.selected_span(snap=False) == (claim.start, claim.end)
    steps = window.undo_stack.count()
    # two words more at the end of the claim's span: to the start of the third word after it
    for _ in range(3):
        press(window.reader, Qt.Key.Key_Right, CTRL | SHIFT)
    assert "Ctrl+Shift+Enter" in window.statusBar().currentMessage()
    assert "Азербайджан не участвует" in window.statusBar().currentMessage()
    press(window.reader, Qt.Key.Key_Return, CTRL | SHIFT)

    moved = window.catalogue.get_claim(claim.id)
    assert moved.quote == "Азербайджан не участвует в переговорах"  # snapped: no space at the end
    assert (moved.speaker_id, moved.tags, moved.note) == (claim.speaker_id, ("переговоры",), "!")
    assert window.undo_stack.count() == steps + 1
    assert window.actions_.undo.text().replace("&", "").startswith("Undo Move claim “")
    # the panel and the reader follow: the moved claim is chosen, its new span selected
    assert window.claims_panel.current_claim_id() == claim.id
    assert window.reader.selected_span(snap=False) == (moved.start, moved.end)
    highlighted = {(c.start, c.end) for c in window.reader.claims}
    assert (moved.start, moved.end) in highlighted

    press(window.reader, Qt.Key.Key_Z, CTRL)
    back = window.catalogue.get_claim(claim.id)
    assert (back.start, back.end, back.quote) == (claim.start, claim.end, claim.quote)
    press(window.reader, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.catalogue.get_claim(claim.id).quote == moved.quote
    assert len(window.catalogue.claims_for_article(article_id)) == 2


def test_a_row_click_then_a_mouse_drag_moves_the_claim(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    _article_id, claim = open_claim(window)
    panel = window.claims_panel
    index = panel.model().index(panel.claims_model.row_of(claim.id) or 0, 2)
    QTest.mouseClick(panel.viewport(), LEFT, pos=panel.visualRect(index).center())
    assert panel.current_claim_id() == claim.id
    # drag from inside "ради" back to inside "не" (from outside the claim's selected span: a
    # press inside a selection would start dragging the selected text)
    start = TEXT.index("не участвует")
    end = TEXT.index("ради переговоров") + 2
    viewport = window.reader.viewport()
    QTest.mousePress(viewport, LEFT, pos=point_at(window, end))
    for offset in (end - 6, start + 1):
        drag(viewport, point_at(window, offset))
    QTest.mouseRelease(viewport, LEFT, pos=point_at(window, start + 1))
    assert window.reader.textCursor().hasSelection()
    assert panel.current_claim_id() is None  # the selection un-chose the claim in the panel…
    press(window.reader, Qt.Key.Key_Enter, CTRL | SHIFT)  # …but it is still the one to move
    assert window.catalogue.get_claim(claim.id).quote == "не участвует в переговорах ради"


def test_without_a_chosen_claim_nothing_moves(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id, _claim = open_claim(window)
    before = window.catalogue.claims_for_article(article_id)
    select_span(window, TEXT.index("Посол"), TEXT.index("Посол") + 5)
    press(window.reader, Qt.Key.Key_Return, CTRL | SHIFT)
    assert window.catalogue.claims_for_article(article_id) == before
    assert "Choose the claim to move" in window.statusBar().currentMessage()


def test_another_article_forgets_the_claim_to_move(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id, claim = open_claim(window)
    click_highlight(window, claim)
    other = window.articles.add_article_text("Совсем другая статья о погоде в Баку.", ask=False)
    assert other is not None and window.reader.article_id == other
    select_span(window, 0, 6)
    press(window.reader, Qt.Key.Key_Return, CTRL | SHIFT)
    assert window.catalogue.get_claim(claim.id).quote == claim.quote
    assert window.catalogue.claims_for_article(other) == []
    assert "Choose the claim to move" in window.statusBar().currentMessage()
    assert article_id != other


def right_click(window: MainWindow, offset: int, choose: Callable[[QMenu], None]) -> list[str]:
    """Open the reader's right-click menu at code point ``offset``, note its entries and let
    ``choose`` pick one (or close it)."""
    seen: list[str] = []
    errors: list[BaseException] = []

    def answer() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, answer)
            return
        seen.extend(a.text() for a in menu.actions())
        try:
            choose(menu)
        except BaseException as error:
            errors.append(error)
            menu.close()

    QTimer.singleShot(0, answer)
    point = point_at(window, offset)
    viewport = window.reader.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    if errors:
        raise errors[0]
    return seen


def click_entry(starting: str) -> Callable[[QMenu], None]:
    def choose(menu: QMenu) -> None:
        (action,) = [a for a in menu.actions() if a.text().startswith(starting)]
        assert action.isEnabled(), action.text()
        QTest.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())

    return choose


def test_the_right_click_menu_moves_edits_and_deletes(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id, claim = open_claim(window)
    # nothing chosen, nothing selected: Attribute and Move are there, greyed out
    entries = right_click(window, TEXT.index("Посол") + 1, lambda menu: menu.close())
    assert entries[0].startswith("&Attribute…") and "Ctrl+Return" in entries[0]
    assert entries[1].startswith("&Move claim here")
    assert not any(e.startswith("&Edit claim") for e in entries)
    assert any("Copy" in e for e in entries) and any("Select All" in e for e in entries)

    # choose the claim, select a new span, and move it from the menu
    click_highlight(window, claim)
    start = TEXT.index("в переговорах")
    select_span(window, start, start + len("в переговорах"))
    entries = right_click(window, start + 2, click_entry("&Move “Азербайджан не участвует” here"))
    assert window.catalogue.get_claim(claim.id).quote == "в переговорах"

    # right-click on a highlight: edit that claim (the real editor opens)
    other = window.catalogue.claims_for_article(article_id)[1]
    assert other.quote == "сотрудничество"

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        assert dialog.windowTitle() == "Edit claim"
        assert dialog.name_edit.text() == "Михаил Бочарников"
        dialog.note_edit.setText("из меню")
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    handler = when_modal("speakerPicker", edit)
    entries = right_click(window, other.start + 3, click_entry("&Edit claim “сотрудничество”"))
    handler.check()
    assert window.catalogue.get_claim(other.id).note == "из меню"
    assert any(e.startswith("&Re-attribute “сотрудничество”") for e in entries)

    # …and delete it
    right_click(window, other.start + 3, click_entry("&Delete claim “сотрудничество”"))
    assert [c.id for c in window.catalogue.claims_for_article(article_id)] == [claim.id]
    press(window.reader, Qt.Key.Key_Z, CTRL)
    assert len(window.catalogue.claims_for_article(article_id)) == 2


def test_a_claim_chosen_in_the_list_stays_selected_in_a_new_version_of_the_text(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A new version of the article's text (and its undo) showed the text anew: the list kept
    the claim chosen, while the text had no selection and the Similar panel went blank."""
    window = main_window
    _article_id, claim = open_claim(window)
    qtbot.waitUntil(lambda: window.claims_panel.claims_model.rowCount() == 2)
    click_highlight(window, claim)
    assert window.reader.textCursor().selectedText() == claim.quote
    window.catalogue.new_article_version(
        claim.article_id, TEXT.replace("Посол Михаил", "Российский посол Михаил")
    )
    qtbot.waitUntil(lambda: "Российский" in window.reader.toPlainText())
    assert window.claims_panel.current_claim_id() == claim.id
    assert window.reader.textCursor().selectedText() == claim.quote
    # the similar claims are looked for again (the panel had gone back to its blank hint)
    hint = window.similar_panel.status.text()
    qtbot.waitUntil(lambda: window.similar_panel.status.text() != hint)
    press(window.reader, Qt.Key.Key_Z, CTRL)  # the version undone: the text as it was
    qtbot.waitUntil(lambda: "Российский" not in window.reader.toPlainText())
    assert window.claims_panel.current_claim_id() == claim.id
    assert window.reader.textCursor().selectedText() == claim.quote
