"""Editing and deleting articles in the window: Article › Edit details… (Ctrl+I) and Delete
article… (Ctrl+Shift+Delete) with undo, the article list's right-click menu, a colleague's change
while the dialog is open, and re-opening a file the catalogue already holds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from dialog_helpers import ModalHandler, press, type_text, when_modal
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.article_dialog import ArticleDialog
from claimdesk.gui.errors import SERVER_LOST_INPUT_KEPT
from claimdesk.gui.main_window import MainWindow

if TYPE_CHECKING:
    from team_fixtures import TeamDesk

pytest_plugins = ["team_fixtures"]

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
OLDER = "Посол Михаил Бочарников отметил, что сотрудничество продолжается.\n"
NEWER = (
    "Байрамов о переговорах\n"
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради "
    "переговоров». Он отметил, что 🙂 встречи продолжатся.\n"
)


def fields(dialog: ArticleDialog) -> tuple[str, str, str, str, str]:
    return (
        dialog.title_edit.text(),
        dialog.outlet_edit.text(),
        dialog.date_edit.text(),
        dialog.url_edit.text(),
        dialog.language_edit.text(),
    )


def click_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def retype(edit: QWidget, text: str) -> None:
    """Select all of a field and type over it, as a user does."""
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, CTRL)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def header(window: MainWindow) -> str:
    return window.article_header.text()


def list_dates(window: MainWindow) -> dict[str, str]:
    model = window.article_panel.model
    return {
        model.index(row, 0).data(): model.index(row, 2).data() for row in range(model.rowCount())
    }


def open_text(window: MainWindow, text: str) -> int:
    article_id = window.articles.add_article_text(text, ask=False)  # no details: as a batch import
    assert article_id is not None
    return article_id


def add_claims(window: MainWindow, article_id: int, quotes: list[str]) -> None:
    for quote in quotes:
        window.undo_stack.run(
            lambda quote=quote: window.catalogue.attribute_quote(article_id, quote, "Байрамов")
        )


def test_ctrl_i_edits_the_details_of_the_article_in_the_reader_and_ctrl_z_restores_them(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path
) -> None:
    window = main_window
    sample = sample_article_path.read_text(encoding="utf-8")
    article_id = open_text(window, sample)
    stored = window.catalogue.get_article(article_id)
    assert (stored.outlet, stored.published) == ("", None)  # undated: no date filter finds it
    steps = window.undo_stack.count()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        assert dialog.windowTitle() == "Edit article details"
        # exactly what is stored: nothing guessed into a blank field behind the user's back …
        assert fields(dialog) == (stored.title, "", "", "", "")
        # … but the dateline's day is pointed out, since the date is missing
        assert "28 July, Sputnik but no year" in dialog.hints_label.text()
        noted = dialog.height()
        dialog.date_edit.setFocus()
        type_text(dialog.date_edit, "2024-07-28")
        # a date given: the note that one is missing goes (it stayed, saying the year lacked),
        # and its room with it (it stayed as blank space between the fields)
        assert "no year" not in dialog.hints_label.text()
        assert dialog.height() < noted
        dialog.date_edit.clear()
        assert "28 July, Sputnik but no year" in dialog.hints_label.text()
        type_text(dialog.date_edit, "2024-07-28")
        dialog.outlet_edit.setFocus()
        type_text(dialog.outlet_edit, "Sputnik Азербайджан")
        retype(dialog.title_edit, "Байрамов принял посла")
        click_ok(dialog)

    handler = when_modal("articleDialog", fill)
    press(window.reader, Qt.Key.Key_I, CTRL)
    handler.check()

    edited = window.catalogue.get_article(article_id)
    assert (edited.title, edited.outlet, edited.published) == (
        "Байрамов принял посла",
        "Sputnik Азербайджан",
        "2024-07-28",
    )
    assert "Байрамов принял посла" in header(window) and "2024-07-28" in header(window)
    assert "Sputnik Азербайджан" in header(window)
    assert list_dates(window) == {"Байрамов принял посла": "2024-07-28"}
    assert window.undo_stack.count() == steps + 1
    assert window.undo_group.undoText().startswith("Edit details of “БАКУ, 28 июл")

    press(window.reader, Qt.Key.Key_Z, CTRL)
    restored = window.catalogue.get_article(article_id)
    assert (restored.title, restored.outlet, restored.published) == (stored.title, "", None)
    assert stored.title in header(window) and "<br/>" not in header(window)  # no outlet, date
    assert list_dates(window) == {stored.title: ""}
    assert window.reader.article_id == article_id


def test_a_date_that_is_not_one_keeps_the_dialog_open_with_what_was_typed(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id = open_text(window, NEWER)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        dialog.url_edit.setFocus()
        type_text(dialog.url_edit, "https://example.org/1")
        dialog.date_edit.setFocus()
        type_text(dialog.date_edit, "2023-02-29")
        click_ok(dialog)
        seen["still open"] = dialog.isVisible()
        seen["problem"] = dialog.problem_label.text() if dialog.problem_label.isVisible() else ""
        seen["kept"] = fields(dialog)
        retype(dialog.date_edit, "2024-02-29")
        click_ok(dialog)

    handler = when_modal("articleDialog", fill)
    press(window.reader, Qt.Key.Key_I, CTRL)
    handler.check()
    assert seen["still open"] is True
    assert seen["problem"] == "“2023-02-29” is not a real date (2023-02 has 28 days)."
    assert seen["kept"] == ("Байрамов о переговорах", "", "2023-02-29", "https://example.org/1", "")
    article = window.catalogue.get_article(article_id)
    assert (article.published, article.url) == ("2024-02-29", "https://example.org/1")


def test_an_address_or_language_that_is_not_one_keeps_the_dialog_open(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """ "not a url" and "klingon" were stored, and the reader linked "not a url" to nothing."""
    window = main_window
    article_id = open_text(window, NEWER)
    problems: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        dialog.url_edit.setFocus()
        type_text(dialog.url_edit, "not a url")
        dialog.language_edit.setFocus()
        type_text(dialog.language_edit, "klingon")
        click_ok(dialog)
        assert dialog.isVisible()
        problems.append(dialog.problem_label.text())
        assert dialog.focusWidget() is dialog.url_edit
        retype(dialog.url_edit, "https://example.org/переговоры")
        click_ok(dialog)
        assert dialog.isVisible()
        problems.append(dialog.problem_label.text())
        assert fields(dialog)[3:] == ("https://example.org/переговоры", "klingon")
        retype(dialog.language_edit, "ru")
        click_ok(dialog)

    handler = when_modal("articleDialog", fill)
    press(window.reader, Qt.Key.Key_I, CTRL)
    handler.check()
    assert problems[0].startswith("“not a url” is not a web address")
    assert problems[1].startswith("“klingon” is not a language code")
    article = window.catalogue.get_article(article_id)
    assert (article.url, article.language) == ("https://example.org/переговоры", "ru")
    assert '<a href="https://example.org/переговоры">' in header(window)


def test_a_very_long_title_is_shortened_in_the_header_and_whole_in_its_tooltip(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A title of 1,100 characters filled the reader with its header."""
    window = main_window
    article_id = open_text(window, NEWER)
    title = "Переговоры в Баку " * 61  # 1,098 characters
    window.undo_stack.run(lambda: window.catalogue.update_article(article_id, title=title))
    qtbot.waitUntil(lambda: "Переговоры в Баку" in header(window))
    shown = header(window)
    assert "…" in shown and len(shown) < 600
    assert window.article_header.toolTip() == title.strip()
    assert window.reader.height() > 200  # the text keeps its room


def test_an_imported_address_that_is_not_a_web_one_is_shown_not_linked(
    main_window: MainWindow,
) -> None:
    article_id = open_text(main_window, NEWER)
    main_window.catalogue.update_article(article_id, url="urn:isbn:0451450523")
    shown = main_window.article_header.text()
    assert "urn:isbn:0451450523" in shown and "<a " not in shown


def answer_delete(click: str, seen: dict[str, object]) -> Callable[[QWidget], None]:
    """Answers the delete confirmation: "delete" or "cancel" clicks that button, "enter"
    presses Enter (the default button)."""

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        if click == "enter":
            QTest.keyClick(box, Qt.Key.Key_Return)
            return
        name = "deleteArticleButton" if click == "delete" else None
        if name is not None:
            button = box.findChild(QPushButton, name)
        else:
            button = box.button(QMessageBox.StandardButton.Cancel)
        assert button is not None
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    return answer


def test_deleting_asks_with_the_claim_count_then_ctrl_z_brings_all_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    older = open_text(window, OLDER)
    newer = open_text(window, NEWER)
    add_claims(window, newer, ["Азербайджан не участвует", "ради переговоров", "встречи"])
    add_claims(window, older, ["сотрудничество продолжается"])
    assert window.reader.article_id == newer
    claims_before = window.catalogue.list_claims()
    seen: dict[str, object] = {}

    handler = when_modal("deleteArticleMessage", answer_delete("delete", seen))
    press(window.reader, Qt.Key.Key_Delete, CTRL_SHIFT)
    handler.check()
    assert seen["text"] == (
        "Delete “Байрамов о переговорах” and its 3 claims? You can undo this with Edit › Undo."
    )
    assert [a.id for a in window.catalogue.list_articles()] == [older]
    assert [c.article_id for c in window.catalogue.list_claims()] == [older]
    # the reader goes on to the next article in the list
    assert window.reader.article_id == older
    assert "Посол Михаил Бочарников" in header(window)
    assert window.article_panel.current_article_id == older
    assert "and its 3 claims" in window.statusBar().currentMessage()

    press(window.reader, Qt.Key.Key_Z, CTRL)
    assert window.catalogue.list_claims() == claims_before
    assert [a.id for a in window.catalogue.list_articles()] == [newer, older]
    assert window.article_panel.model.rowCount() == 2


@pytest.mark.parametrize("answer", ["cancel", "enter"])
def test_cancelling_the_delete_changes_nothing(
    qtbot: QtBot, main_window: MainWindow, answer: str
) -> None:
    window = main_window
    article_id = open_text(window, NEWER)
    add_claims(window, article_id, ["ради переговоров"])
    steps = window.undo_stack.count()
    seen: dict[str, object] = {}
    handler = when_modal("deleteArticleMessage", answer_delete(answer, seen))
    press(window.reader, Qt.Key.Key_Delete, CTRL_SHIFT)
    handler.check()
    assert seen["text"] == (
        "Delete “Байрамов о переговорах” and its 1 claim? You can undo this with Edit › Undo."
    )
    assert [a.id for a in window.catalogue.list_articles()] == [article_id]
    assert len(window.catalogue.claims_for_article(article_id)) == 1
    assert window.undo_stack.count() == steps
    assert window.reader.article_id == article_id


def test_both_need_an_article_in_the_reader(main_window: MainWindow) -> None:
    actions = main_window.actions_
    assert not actions.edit_article.isEnabled() and not actions.delete_article.isEnabled()
    open_text(main_window, NEWER)
    assert actions.edit_article.isEnabled() and actions.delete_article.isEnabled()
    menu = main_window.findChild(QMenu, "menuArticle")
    assert menu is not None
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Edit details…",
        "Edit &text…",
        "Check for a &newer version",
        "&Versions…",
        "&Delete article…",
    ]


class PopupHandler:
    """Like when_modal, for a popup menu (which is no modal widget): clicks its entry named
    ``entry`` once it is open."""

    def __init__(self, object_name: str, entry: str) -> None:
        self.object_name, self.entry = object_name, entry
        self.entries: list[str] = []
        self._tries = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and popup.objectName() == self.object_name:
            self.entries = [a.text() for a in popup.actions() if a.isVisible()]
            action = next(a for a in popup.actions() if a.text() == self.entry)
            QTest.mouseClick(
                popup, Qt.MouseButton.LeftButton, pos=popup.actionGeometry(action).center()
            )
            return
        self._tries += 1
        if self._tries < 250:
            QTimer.singleShot(20, self._poll)


def right_click_row(window: MainWindow, row: int) -> None:
    view = window.article_panel.view
    position: QPoint = view.visualRect(window.article_panel.model.index(row, 0)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, view.viewport().mapToGlobal(position)
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_article_lists_right_click_menu_acts_on_the_article_under_the_mouse(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    older = open_text(window, OLDER)
    newer = open_text(window, NEWER)  # newest first: row 0; the one under the mouse: row 1
    assert window.reader.article_id == newer

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        assert dialog.title_edit.text() == OLDER.strip()
        dialog.date_edit.setFocus()
        type_text(dialog.date_edit, "2024-07")
        click_ok(dialog)

    dialog_handler = when_modal("articleDialog", fill)
    menu = PopupHandler("articleContextMenu", "&Edit details…")
    right_click_row(window, 1)
    dialog_handler.check()
    assert menu.entries == ["&Edit details…", "&Delete article…"]
    assert window.catalogue.get_article(older).published == "2024-07"
    assert window.catalogue.get_article(newer).published is None
    assert window.reader.article_id == older

    seen: dict[str, object] = {}
    box_handler = when_modal("deleteArticleMessage", answer_delete("delete", seen))
    PopupHandler("articleContextMenu", "&Delete article…")
    right_click_row(window, 0)  # the newer one, while the reader shows the older
    box_handler.check()
    assert seen["text"] == "Delete “Байрамов о переговорах”? You can undo this with Edit › Undo."
    assert [a.id for a in window.catalogue.list_articles()] == [older]


def test_a_colleagues_change_while_the_dialog_is_open_is_a_readable_conflict(
    qtbot: QtBot, main_window: MainWindow, catalogue_path: Path
) -> None:
    window = main_window
    article_id = open_text(window, NEWER)
    steps = window.undo_stack.count()

    def fill_while_a_colleague_edits(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        with Catalogue.open(catalogue_path, user_name="colleague") as colleague:
            colleague.update_article(article_id, outlet="Их издание")
        dialog.date_edit.setFocus()
        type_text(dialog.date_edit, "2024-03-15")
        click_ok(dialog)

    handler = when_modal("articleDialog", fill_while_a_colleague_edits)
    with qtbot.waitSignal(window.error_shown, timeout=10_000) as shown:
        press(window.reader, Qt.Key.Key_I, CTRL)
    handler.check()
    assert shown.args[0] == (
        "This article was changed by someone else since you opened it; nothing was saved. "
        "It now shows their version: check it and make your change again."
    )
    article = window.catalogue.get_article(article_id)
    assert (article.outlet, article.published) == ("Их издание", None)
    assert "Их издание" in header(window)  # the window shows their version
    assert window.undo_stack.count() == steps

    # the same for a delete confirmed after a colleague's change: nothing is deleted
    def confirm_while_a_colleague_edits(box: QWidget) -> None:
        with Catalogue.open(catalogue_path, user_name="colleague") as colleague:
            colleague.update_article(article_id, published="2024")
        answer_delete("delete", {})(box)

    handler = when_modal("deleteArticleMessage", confirm_while_a_colleague_edits)
    with qtbot.waitSignal(window.error_shown, timeout=10_000) as shown:
        press(window.reader, Qt.Key.Key_Delete, CTRL_SHIFT)
    handler.check()
    assert "changed by someone else" in shown.args[0]
    assert [a.id for a in window.catalogue.list_articles()] == [article_id]
    assert "2024" in header(window)


def test_reopening_a_known_file_offers_its_details_to_update(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path
) -> None:
    window = main_window
    sample = sample_article_path.read_text(encoding="utf-8")
    article_id = window.catalogue.add_article(sample, title="Моё название", url="https://x.az/1").id
    add_claims(window, article_id, ["Байрамов отметил"])
    steps = window.undo_stack.count()
    seen: dict[str, object] = {}

    def update(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        seen["title"] = dialog.windowTitle()
        seen["info"] = dialog.findChild(QWidget, "articleDialogInfo").text()  # type: ignore[union-attr]
        # stored values win; what the file says (outlet, language) fills the blanks
        seen["fields"] = fields(dialog)
        dialog.date_edit.setFocus()
        type_text(dialog.date_edit, "2024-07-28")
        click_ok(dialog)

    handler = when_modal("articleDialog", update)
    assert window.articles.open_files([sample_article_path]) == [article_id]
    handler.check()
    assert seen["title"] == "Article details — already in the catalogue"
    assert str(seen["info"]).startswith(
        "This text is already in the catalogue as “Моё название”, with 1 claim. OK updates its "
        "details; "
        "Cancel leaves them as they are."
    )
    assert seen["fields"] == ("Моё название", "Sputnik", "", "https://x.az/1", "ru")
    (article,) = window.catalogue.list_articles()  # still one article
    assert (article.id, article.title, article.outlet, article.published, article.language) == (
        article_id,
        "Моё название",
        "Sputnik",
        "2024-07-28",
        "ru",
    )
    assert window.undo_stack.count() == steps + 1
    assert window.reader.article_id == article_id and "2024-07-28" in header(window)
    press(window.reader, Qt.Key.Key_Z, CTRL)
    article = window.catalogue.get_article(article_id)
    assert (article.outlet, article.published, article.language) == ("", None, "")

    # Cancel leaves the stored details and just shows the article
    handler = when_modal("articleDialog", lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    assert window.articles.open_files([sample_article_path]) == [article_id]
    handler.check()
    assert window.catalogue.get_article(article_id) == article
    assert window.reader.article_id == article_id
    assert window.statusBar().currentMessage() == "This article is already in the catalogue."


def test_details_typed_while_the_server_is_away_are_kept_and_saved_once_it_is_back(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    article_id = open_text(window, NEWER)
    # the matching index is built off the GUI thread: let it finish before the server goes
    qtbot.waitUntil(lambda: window.index_status.text().startswith("Matching ready"))
    steps = window.undo_stack.count()
    reopened: list[ModalHandler] = []

    def first(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        team_desk.stop_server()
        dialog.date_edit.setFocus()
        type_text(dialog.date_edit, "2024-03-15")
        retype(dialog.title_edit, "Переговоры без посредников")
        reopened.append(when_modal("articleDialog", again))
        click_ok(dialog)

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        assert dialog.problem_label.isVisible()
        assert dialog.problem_label.text() == SERVER_LOST_INPUT_KEPT
        assert fields(dialog) == ("Переговоры без посредников", "", "2024-03-15", "", "")
        team_desk.start_server()
        click_ok(dialog)

    handler = when_modal("articleDialog", first)
    press(window.reader, Qt.Key.Key_I, CTRL)
    handler.check()
    assert reopened, "the details dialog did not open again"
    reopened[0].check()
    article = window.catalogue.get_article(article_id)
    assert (article.title, article.published) == ("Переговоры без посредников", "2024-03-15")
    assert window.undo_stack.count() == steps + 1
