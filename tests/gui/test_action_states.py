"""Enabled states follow what the user does: the action table's ``enabled_when`` is looked at
again whenever the window's state changes. Without an article in the reader the article-only
actions are greyed out, and they come back as soon as the user opens one; without a chosen claim
the claim actions are greyed out, and they come back as soon as the user chooses one (a greyed-out
menu entry that stayed greyed out was a user-visible bug once)."""

from __future__ import annotations

from dialog_helpers import menu_action, press, when_modal
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.domain.records import ClaimInfo
from claimdesk.gui.actions import ACTIONS
from claimdesk.gui.main_window import MainWindow

TEXT = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах».\n"
    "Посол Михаил Бочарников отметил, что 🙂 сотрудничество продолжается.\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def entries(window: MainWindow, menu: str, *texts: str) -> list[QAction]:
    return [menu_action(window, menu, text) for text in texts]


def enabled(actions: list[QAction]) -> list[bool]:
    return [action.isEnabled() for action in actions]


def assert_states_follow_the_table(window: MainWindow) -> None:
    """Every action of the table is enabled exactly when its ``enabled_when`` holds now."""
    state = window.window_state()
    wrong = [
        spec.id
        for spec in ACTIONS
        if spec.run is not None
        and window.actions_.get(spec.id).isEnabled() != spec.enabled_when(state)
    ]
    assert wrong == [], (state, wrong)


def click_article_row(window: MainWindow, row: int) -> None:
    view = window.article_panel.view
    index = view.model().index(row, 0)
    QTest.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def click_claim_row(window: MainWindow, row: int) -> None:
    panel = window.claims_panel
    index = panel.model().index(row, 2)
    QTest.mouseClick(panel.viewport(), LEFT, pos=panel.visualRect(index).center())


def click_highlight(window: MainWindow, claim: ClaimInfo) -> None:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.positions.to_qt(claim.start + 2))
    rect = window.reader.cursorRect(cursor)
    QTest.mouseClick(window.reader.viewport(), LEFT, pos=QPoint(rect.x() + 3, rect.center().y()))


class PopupReader:
    """Reads the entries of the popup menu ``object_name`` once it opens (text, enabled), then
    closes it with Escape, as a user who only looked would."""

    def __init__(self, object_name: str) -> None:
        self.object_name = object_name
        self.entries: list[tuple[str, bool]] = []
        self._tries = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and popup.objectName() == self.object_name:
            self.entries = [(a.text(), a.isEnabled()) for a in popup.actions() if a.isVisible()]
            QTest.keyClick(popup, Qt.Key.Key_Escape)
            return
        self._tries += 1
        if self._tries < 250:
            QTimer.singleShot(20, self._poll)


def right_click_article_row(window: MainWindow, row: int) -> None:
    view = window.article_panel.view
    position = view.visualRect(view.model().index(row, 0)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, view.viewport().mapToGlobal(position)
    )
    QApplication.sendEvent(view.viewport(), event)


def confirm_delete(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    button = box.findChild(QPushButton, "deleteArticleButton")
    assert button is not None
    QTest.mouseClick(button, LEFT)


def test_article_actions_come_back_when_the_user_opens_an_article(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_only = [
        *entries(window, "Article", "Edit details…", "Delete article…"),
        *entries(window, "Edit", "Find next", "Find previous"),
        *entries(window, "Claim", "Attribute…", "Attribute exactly as selected…"),
    ]
    assert window.reader.article_id is None
    assert enabled(article_only) == [False] * 6
    assert_states_follow_the_table(window)

    # an article arrives (a colleague stores it): listed, not open, so still greyed out
    article_id = window.catalogue.add_article(TEXT, title="Байрамов о переговорах").id
    qtbot.waitUntil(lambda: window.article_panel.model.rowCount() == 1)
    assert window.reader.article_id is None
    assert enabled(article_only) == [False] * 6

    # the user clicks it in the list: it opens, and the menu entries are enabled
    click_article_row(window, 0)
    assert window.reader.article_id == article_id
    assert enabled(article_only) == [True] * 6
    assert_states_follow_the_table(window)

    # deleted with its key (confirmed): nothing is open, greyed out again
    handler = when_modal("deleteArticleMessage", confirm_delete)
    press(window.reader, Qt.Key.Key_Delete, CTRL | SHIFT)
    handler.check()
    assert window.catalogue.list_articles() == []
    assert window.reader.article_id is None
    assert enabled(article_only) == [False] * 6
    assert_states_follow_the_table(window)

    # Ctrl+Z brings it back into the list; opening it enables them again (the list kept the
    # deleted article chosen: after Ctrl+Z it was listed as chosen with the reader empty, and a
    # click on it did nothing, so the Article menu stayed greyed out)
    press(window.article_panel.view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: window.article_panel.model.rowCount() == 1)
    click_article_row(window, 0)
    assert window.reader.article_id == article_id
    assert enabled(article_only) == [True] * 6
    assert_states_follow_the_table(window)


def test_the_article_lists_menu_is_enabled_on_an_article_brought_back_by_undo(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The only article deleted and brought back with Ctrl+Z: a right-click on its row offers
    its actions enabled (the list kept it chosen with the reader empty, so the right-click did
    not open it and the menu's entries were greyed out)."""
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert window.reader.article_id == article_id
    handler = when_modal("deleteArticleMessage", confirm_delete)
    press(window.reader, Qt.Key.Key_Delete, CTRL | SHIFT)
    handler.check()
    assert window.reader.article_id is None
    press(window.article_panel.view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: window.article_panel.model.rowCount() == 1)

    menu = PopupReader("articleContextMenu")
    right_click_article_row(window, 0)
    qtbot.waitUntil(lambda: menu.entries != [])
    assert menu.entries == [("&Edit details…", True), ("&Delete article…", True)]
    assert window.reader.article_id == article_id
    assert_states_follow_the_table(window)


def test_claim_actions_come_back_when_the_user_chooses_a_claim(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    claim = window.catalogue.attribute_quote(article_id, "Азербайджан не участвует", "Байрамов")
    window.catalogue.attribute_quote(article_id, "сотрудничество продолжается", "Бочарников")
    claim_only = entries(
        window, "Claim", "Re-attribute…", "Edit claim…", "Delete claim", "Mark as same claim"
    )
    assert window.claims_panel.model().rowCount() == 2
    assert window.claims_panel.current_claim_id() is None
    assert enabled(claim_only) == [False] * 4
    assert menu_action(window, "Claim", "Attribute…").isEnabled()  # an article is open
    assert_states_follow_the_table(window)

    # the user clicks the claim's highlight in the reader: chosen, the entries are enabled
    click_highlight(window, claim)
    assert window.claims_panel.current_claim_id() == claim.id
    assert enabled(claim_only) == [True] * 4
    assert_states_follow_the_table(window)

    # Shift+Right makes a fresh selection, which is no claim: greyed out again
    press(window.reader, Qt.Key.Key_Right, SHIFT)
    assert window.claims_panel.current_claim_id() is None
    assert enabled(claim_only) == [False] * 4
    assert_states_follow_the_table(window)

    # clicking its row chooses it again; Delete there deletes it: nothing is chosen any more
    click_claim_row(window, 0)
    assert window.claims_panel.current_claim_id() == claim.id
    assert enabled(claim_only) == [True] * 4
    press(window.claims_panel, Qt.Key.Key_Delete)
    assert [c.id for c in window.reader.claims if c.id == claim.id] == []
    assert window.claims_panel.current_claim_id() is None
    assert enabled(claim_only) == [False] * 4
    assert_states_follow_the_table(window)

    # Ctrl+Z brings the claim back; a click on its row chooses it and enables them
    press(window.claims_panel, Qt.Key.Key_Z, CTRL)
    assert claim.id in [c.id for c in window.reader.claims]
    click_claim_row(window, 0)
    assert window.claims_panel.current_claim_id() == claim.id
    assert enabled(claim_only) == [True] * 4
    assert_states_follow_the_table(window)
