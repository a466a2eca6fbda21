"""Article › Edit text… (Ctrl+Shift+T) and Article › Versions… (Ctrl+Shift+H) in the window: the
edited text is stored as a new version, the claims follow their words, a claim whose sentence
was deleted is orphaned, marked in the claims panel and placed again with Move claim here, and
every step is undone exactly; the versions dialog lists the versions with what changed."""

from __future__ import annotations

from dialog_helpers import ModalHandler, press, select_span, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.domain.records import ClaimInfo
from claimdesk.gui.claims_panel import ORPHAN_MARK
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.versions_dialog import VersionsDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
FIRST = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради переговоров».\n"
)
SECOND = "Посол Михаил Бочарников отметил, что сотрудничество продолжается.\n"
TEXT = FIRST + SECOND
ADDED = "Срочно. Ёлка 🙂 горит. "


def open_article(window: MainWindow) -> tuple[int, ClaimInfo, ClaimInfo]:
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    first = window.catalogue.attribute_quote(
        article_id, "Азербайджан не участвует", "Джейхун Байрамов"
    )
    second = window.catalogue.attribute_quote(article_id, "сотрудничество", "Михаил Бочарников")
    qtbot_wait_claims(window, 2)
    return article_id, first, second


def qtbot_wait_claims(window: MainWindow, count: int) -> None:
    for _ in range(200):
        if len(window.reader.claims) + len(window.reader.orphaned_claims) == count:
            return
        QTest.qWait(10)
    raise AssertionError("the reader did not show the claims")


def editor(dialog: QWidget) -> QPlainTextEdit:
    found = dialog.findChild(QPlainTextEdit, "articleTextEditor")
    assert isinstance(found, QPlainTextEdit)
    return found


def qt_offset(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def highlighted(window: MainWindow) -> dict[int, str]:
    text = window.reader.positions.text
    return {c.id: text[c.start : c.end] for c in window.reader.claims}


def quote_cell(window: MainWindow, claim_id: int) -> str:
    model = window.claims_panel.claims_model
    row = model.row_of(claim_id)
    assert row is not None
    return str(model.data(model.index(row, 2)))


def test_edit_text_stores_a_new_version_and_the_claims_follow_undo_restores(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id, first, second = open_article(window)
    steps = window.undo_stack.count()

    def edit(dialog: QWidget) -> None:
        box = editor(dialog)
        assert box.toPlainText() == TEXT  # the article's current text
        box.moveCursor(QTextCursor.MoveOperation.Start)
        type_text(box, ADDED)  # Cyrillic, ё and an emoji, before both claims
        press(box, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves

    handler = when_modal("articleTextDialog", edit)
    press(window.reader, Qt.Key.Key_T, CTRL_SHIFT)
    handler.check()

    new_text = ADDED + TEXT
    assert window.catalogue.get_article_text(article_id) == new_text
    qtbot.waitUntil(lambda: window.reader.positions.text == new_text)
    moved = window.catalogue.get_claim(first.id)
    assert (moved.start, moved.quote) == (first.start + len(ADDED), first.quote)
    assert moved.text_version == 2 and moved.anchor_state in ("exact", "moved")
    assert highlighted(window) == {first.id: first.quote, second.id: second.quote}
    assert "Saved the new text: 2 claims followed the text" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == steps + 1
    assert [v.number for v in window.catalogue.list_article_versions(article_id)] == [1, 2]

    press(window.reader, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: window.reader.positions.text == TEXT)
    assert window.catalogue.get_article_text(article_id) == TEXT
    back = window.catalogue.get_claim(first.id)
    assert (back.start, back.end, back.quote, back.text_version, back.anchor_state) == (
        first.start,
        first.end,
        first.quote,
        1,
        "exact",
    )
    assert highlighted(window) == {first.id: first.quote, second.id: second.quote}


def test_deleting_a_claims_sentence_orphans_it_and_move_claim_here_places_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id, first, second = open_article(window)
    steps = window.undo_stack.count()
    review: list[str] = []

    def delete_second_sentence(dialog: QWidget) -> None:
        box = editor(dialog)
        cursor = box.textCursor()
        cursor.setPosition(qt_offset(TEXT, len(FIRST)))
        cursor.setPosition(qt_offset(TEXT, len(TEXT)), QTextCursor.MoveMode.KeepAnchor)
        box.setTextCursor(cursor)
        press(box, Qt.Key.Key_Delete)
        assert box.toPlainText() == FIRST
        QTest.mouseClick(
            dialog.findChild(QPushButton, "articleTextSave"), Qt.MouseButton.LeftButton
        )

    def read_review(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        review.append(box.text())
        box.buttons()[0].click()

    editing = when_modal("articleTextDialog", delete_second_sentence)
    reviewing = when_modal("claimsToReviewMessage", read_review)
    window.actions_.edit_text.trigger()
    editing.check()
    qtbot.waitUntil(lambda: bool(review))
    reviewing.check()
    assert "1 claim was not found in the new text" in review[0]
    assert "Ctrl+Shift+Enter" in review[0]

    qtbot.waitUntil(lambda: window.reader.positions.text == FIRST)
    orphan = window.catalogue.get_claim(second.id)
    assert orphan.anchor_state == "orphaned" and orphan.quote == "сотрудничество"
    assert [c.id for c in window.catalogue.orphaned_claims(article_id)] == [second.id]
    # not highlighted in a text it is not in; marked in the claims panel, in words
    assert highlighted(window) == {first.id: first.quote}
    assert quote_cell(window, second.id).startswith(ORPHAN_MARK)
    assert "сотрудничество" in quote_cell(window, second.id)
    assert not quote_cell(window, first.id).startswith(ORPHAN_MARK)

    # choose the orphan in the panel, select its new place, Ctrl+Shift+Enter
    panel = window.claims_panel
    row = panel.claims_model.row_of(second.id)
    assert row is not None
    index = panel.claims_model.index(row, 2)
    QTest.mouseClick(
        panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: panel.current_claim_id() == second.id)
    assert "not found in the article's new text" in window.statusBar().currentMessage()
    start = FIRST.index("переговорах ради")
    select_span(window, start, start + len("переговорах ради"))
    press(window.reader, Qt.Key.Key_Return, CTRL_SHIFT)

    placed = window.catalogue.get_claim(second.id)
    assert (placed.quote, placed.anchor_state, placed.text_version) == (
        "переговорах ради",
        "exact",
        2,
    )
    assert placed.speaker_id == second.speaker_id
    assert window.catalogue.orphaned_claims(article_id) == []
    assert highlighted(window) == {first.id: first.quote, second.id: "переговорах ради"}
    assert not quote_cell(window, second.id).startswith(ORPHAN_MARK)
    assert window.undo_stack.count() == steps + 2

    press(window.reader, Qt.Key.Key_Z, CTRL)  # the placing undone: orphaned again
    qtbot.waitUntil(lambda: window.catalogue.get_claim(second.id).anchor_state == "orphaned")
    qtbot.waitUntil(lambda: quote_cell(window, second.id).startswith(ORPHAN_MARK))
    press(window.reader, Qt.Key.Key_Z, CTRL)  # the new text undone: text and claims as they were
    qtbot.waitUntil(lambda: window.reader.positions.text == TEXT)
    for claim in (first, second):
        now = window.catalogue.get_claim(claim.id)
        assert (now.start, now.end, now.quote, now.anchor_state, now.text_version) == (
            claim.start,
            claim.end,
            claim.quote,
            "exact",
            1,
        )
    assert highlighted(window) == {first.id: first.quote, second.id: second.quote}
    assert len(window.catalogue.list_article_versions(article_id)) == 1


def test_escape_asks_before_throwing_an_edit_away(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id, _first, _second = open_article(window)
    steps = window.undo_stack.count()
    asked: list[str] = []
    handlers: list[ModalHandler] = []  # kept: a handler nobody holds is gone before it polls

    def answer(button: str) -> None:
        def click(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(button)
            found = box.findChild(QPushButton, button)
            assert found is not None
            found.click()

        handlers.append(when_modal("discardTextChanges", click))

    def edit_then_escape(dialog: QWidget) -> None:
        box = editor(dialog)
        box.moveCursor(QTextCursor.MoveOperation.End)
        type_text(box, "Ещё строка.")
        answer("keepEditingButton")
        press(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: asked == ["keepEditingButton"])
        assert dialog.isVisible()  # kept editing: the text is still there
        assert box.toPlainText().endswith("Ещё строка.")
        answer("discardTextChangesButton")
        press(box, Qt.Key.Key_Escape)

    handler = when_modal("articleTextDialog", edit_then_escape)
    press(window.reader, Qt.Key.Key_T, CTRL_SHIFT)
    handler.check()
    for answered in handlers:
        answered.check()
    assert asked == ["keepEditingButton", "discardTextChangesButton"]
    assert window.catalogue.get_article_text(article_id) == TEXT
    assert window.undo_stack.count() == steps


def test_versions_dialog_lists_the_versions_and_shows_what_changed(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id, _first, _second = open_article(window)
    edited = TEXT.replace("ради переговоров", "любой ценой")
    window.undo_stack.run(lambda: window.catalogue.new_article_version(article_id, edited))
    qtbot.waitUntil(lambda: window.reader.positions.text == edited)
    seen: dict[str, object] = {}

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, VersionsDialog)
        table = dialog.findChild(QTableWidget, "versionsTable")
        assert table is not None
        seen["rows"] = [
            [table.item(row, column).text() for column in (0, 3)] for row in range(table.rowCount())
        ]
        seen["chosen"] = dialog.chosen_number()
        seen["html"] = dialog.diff_view.toHtml()
        seen["plain"] = dialog.diff_view.toPlainText()
        dialog.reject()

    handler = when_modal("versionsDialog", read)
    press(window.reader, Qt.Key.Key_H, CTRL_SHIFT)
    handler.check()
    rows = seen["rows"]
    assert isinstance(rows, list) and len(rows) == 2
    assert rows[0][0] == "1" and rows[1][0] == "2 (current)"
    assert seen["chosen"] == 1
    html = str(seen["html"])
    # both the removed words (struck through) and the added ones (underlined) are in the view
    assert "line-through" in html and "underline" in html
    plain = str(seen["plain"])
    assert "ради переговоров" in plain and "любой ценой" in plain
    assert "Министр Джейхун Байрамов" in plain  # unchanged text is shown too


def test_the_versions_dialog_says_in_russian_that_a_text_was_edited_in_the_app(
    qtbot: QtBot, russian_ui: None, main_window: MainWindow
) -> None:
    window = main_window
    article_id, _first, _second = open_article(window)

    def edit(dialog: QWidget) -> None:
        box = editor(dialog)
        box.moveCursor(QTextCursor.MoveOperation.Start)
        type_text(box, ADDED)
        press(box, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves

    editing = when_modal("articleTextDialog", edit)
    press(window.reader, Qt.Key.Key_T, CTRL_SHIFT)
    editing.check()
    qtbot.waitUntil(lambda: window.reader.positions.text == ADDED + TEXT)
    # stored in English, as data every colleague reads in their own language
    versions = window.catalogue.list_article_versions(article_id)
    assert [v.source for v in versions][1:] == ["edited in the app"]
    seen: dict[str, list[list[str]]] = {}

    def read(dialog: QWidget) -> None:
        table = dialog.findChild(QTableWidget, "versionsTable")
        assert table is not None
        seen["rows"] = [
            [table.item(row, column).text() for column in (0, 3)] for row in range(table.rowCount())
        ]
        seen["header"] = [[table.horizontalHeaderItem(3).text()]]
        metrics = table.horizontalHeader().fontMetrics()
        titles = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        # every title whole ("Утверждений в ней" was cut to "…верждения в н…")
        seen["cut"] = [
            [title]
            for column, title in enumerate(titles)
            if table.columnWidth(column) < metrics.horizontalAdvance(title)
        ]
        dialog.reject()

    handler = when_modal("versionsDialog", read)
    press(window.reader, Qt.Key.Key_H, CTRL_SHIFT)
    handler.check()
    assert seen["header"] == [["Источник"]]
    assert seen["cut"] == []
    assert seen["rows"][1] == ["2 (текущая)", "правка в приложении"]


def test_a_claim_placed_approximately_shows_its_score(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    claim = window.catalogue.attribute_quote(
        article_id, "Азербайджан не участвует в переговорах", "Джейхун Байрамов"
    )
    qtbot_wait_claims(window, 1)
    review: list[str] = []

    def change_a_word(dialog: QWidget) -> None:
        box = editor(dialog)
        start = TEXT.index("участвует")
        cursor = box.textCursor()
        cursor.setPosition(qt_offset(TEXT, start))
        cursor.setPosition(
            qt_offset(TEXT, start + len("участвует")), QTextCursor.MoveMode.KeepAnchor
        )
        box.setTextCursor(cursor)
        type_text(box, "участвовал")  # typing replaces the selected word
        press(box, Qt.Key.Key_Enter, CTRL)

    def read_review(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        review.append(box.text())
        box.buttons()[0].click()

    editing = when_modal("articleTextDialog", change_a_word)
    reviewing = when_modal("claimsToReviewMessage", read_review)
    press(window.reader, Qt.Key.Key_T, CTRL_SHIFT)
    editing.check()
    qtbot.waitUntil(lambda: bool(review))
    reviewing.check()
    assert "1 claim was placed where the text is similar" in review[0]
    now = window.catalogue.get_claim(claim.id)
    assert (now.anchor_state, now.quote) == (
        "approximate",
        "Азербайджан не участвовал в переговорах",
    )
    qtbot.waitUntil(lambda: "участвовал" in window.reader.positions.text)
    cell = quote_cell(window, claim.id)
    assert cell.startswith(f"≈ {min(99, int(now.anchor_score * 100))}% ") and "участвовал" in cell
    assert highlighted(window) == {claim.id: "Азербайджан не участвовал в переговорах"}
    assert "1 placed approximately" in window.statusBar().currentMessage()
