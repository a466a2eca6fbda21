"""Claims a new text left without a place, reviewed across the catalogue (issue 18): Claim › Review
orphaned claims lists them on the Catalogue tab ("Needs review" ticked in its filters), Enter opens
one in its article chosen, Move claim here places it and it leaves the list; the action is enabled
exactly while some claim waits. And which version each claim was made on, where the user sees it:
the claims panel's tooltip and the Versions dialog."""

from __future__ import annotations

from pathlib import Path

from dialog_helpers import menu_action, press, select_span, when_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.records import ClaimInfo
from claimdesk.gui.catalogue_view import CatalogueView
from claimdesk.gui.claim_filter_bar import ClaimFilterBar
from claimdesk.gui.claims_panel import ORPHAN_MARK
from claimdesk.gui.claims_table_model import COLUMNS
from claimdesk.gui.export_dialog import ExportDialog
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.versions_dialog import VersionsDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton

FIRST = "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах».\n"
SECOND = "Посол Михаил Бочарников отметил, что 🙂 сотрудничество продолжается.\n"
OTHER = "Мария Захарова заявила, что «ответ будет жёстким».\nЛавров промолчал.\n"
OTHER_NEW = "Лавров 🙂 промолчал, а Ёлкин ушёл.\n"


def review_action(window: MainWindow) -> QAction:
    return menu_action(window, "Claim", "Review orphaned claims")


def two_articles_with_orphans(window: MainWindow) -> tuple[int, int, ClaimInfo, ClaimInfo]:
    """Two articles, each corrected so that one of its claims is not found in the new text;
    every edit as the window makes it (one undo step each)."""
    catalogue = window.catalogue
    first = window.articles.add_article_text(FIRST + SECOND, ask=False)
    other = window.articles.add_article_text(OTHER, ask=False)
    assert first is not None and other is not None
    catalogue.attribute_quote(first, "Азербайджан не участвует", "Джейхун Байрамов")
    lost = catalogue.attribute_quote(first, "сотрудничество", "Михаил Бочарников")
    lost_too = catalogue.attribute_quote(other, "ответ будет жёстким", "Мария Захарова")
    window.undo_stack.run(lambda: catalogue.new_article_version(first, FIRST))
    window.undo_stack.run(lambda: catalogue.new_article_version(other, OTHER_NEW))
    assert [c.id for c in catalogue.orphaned_claims()] == [lost.id, lost_too.id]
    return first, other, lost, lost_too


def catalogue_view(window: MainWindow) -> CatalogueView:
    view = window.browse.catalogue_view
    assert window.tabs.currentWidget() is view.parentWidget().parentWidget()  # its scroll area
    return view


def quotes_listed(view: CatalogueView) -> list[str]:
    column = COLUMNS.index("quote")
    return [str(view.model.index(row, column).data()) for row in range(view.model.rowCount())]


def place_chosen_claim(window: MainWindow, text: str, words: str) -> None:
    """Select ``words`` in the reader (showing ``text``) and press Ctrl+Shift+Enter."""
    start = text.index(words)
    select_span(window, start, start + len(words))
    press(window.reader, Qt.Key.Key_Return, CTRL_SHIFT)


def test_review_lists_every_orphan_and_each_placed_one_leaves_the_list(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    review = review_action(window)
    assert not review.isEnabled()  # nothing waits: greyed out
    first, other, lost, lost_too = two_articles_with_orphans(window)
    qtbot.waitUntil(review.isEnabled)

    review.trigger()
    view = catalogue_view(window)
    assert view.filter_bar.orphaned_check.isChecked()
    quotes = quotes_listed(view)
    assert quotes == [f"{ORPHAN_MARK} сотрудничество", f"{ORPHAN_MARK} ответ будет жёстким"]
    assert view.count_label.text() == "2 claims"
    assert view.table.currentIndex().row() == 0 and view.table.hasFocus()
    assert "2 claims to place" in window.statusBar().currentMessage()

    # Enter opens the first in its article, chosen, ready to be placed
    press(view.table, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0 and window.reader.article_id == first
    assert window.claims_panel.current_claim_id() == lost.id
    assert "not found in the article's new text" in window.statusBar().currentMessage()
    place_chosen_claim(window, FIRST, "переговорах")
    placed = window.catalogue.get_claim(lost.id)
    assert (placed.quote, placed.anchor_state, placed.text_version) == ("переговорах", "exact", 2)
    assert placed.made_on_version == 1  # made on the first text, wherever it stands now
    assert review.isEnabled()  # one is still waiting

    # back to the list: the placed claim has left it
    review.trigger()
    view = catalogue_view(window)
    assert quotes_listed(view) == [f"{ORPHAN_MARK} ответ будет жёстким"]
    press(view.table, Qt.Key.Key_Return)
    assert window.reader.article_id == other
    assert window.claims_panel.current_claim_id() == lost_too.id
    place_chosen_claim(window, OTHER_NEW, "Ёлкин ушёл")
    assert window.catalogue.get_claim(lost_too.id).anchor_state == "exact"
    assert not window.catalogue.has_orphaned_claims()
    qtbot.waitUntil(lambda: not review.isEnabled())  # nothing left: greyed out again

    press(window.reader, Qt.Key.Key_3, CTRL)  # the Catalogue tab still shows the review
    view = catalogue_view(window)
    assert quotes_listed(view) == [] and view.count_label.text() == "0 claims"
    press(view.table, Qt.Key.Key_Z, CTRL)  # the last placing undone: it waits again
    qtbot.waitUntil(review.isEnabled)
    qtbot.waitUntil(lambda: quotes_listed(view) == [f"{ORPHAN_MARK} ответ будет жёстким"])


def test_needs_review_in_the_filters_and_the_export_it_starts(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    two_articles_with_orphans(window)
    press(window.reader, Qt.Key.Key_3, CTRL)
    view = catalogue_view(window)
    assert len(quotes_listed(view)) == 3
    box = view.filter_bar.orphaned_check
    QTest.mouseClick(box, LEFT, pos=box.rect().center())
    qtbot.waitUntil(lambda: len(quotes_listed(view)) == 2)
    assert all(quote.startswith(ORPHAN_MARK) for quote in quotes_listed(view))
    tip = str(view.model.index(0, COLUMNS.index("quote")).data(Qt.ItemDataRole.ToolTipRole))
    assert "Not found in the article's new text" in tip
    assert "Made on version 1 of the text." in tip and tip.endswith("сотрудничество")
    seen: list[bool] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        bar = dialog.findChild(ClaimFilterBar)
        assert bar is not None
        seen.append(bar.orphaned_check.isChecked())
        seen.append(dialog.match_label.text().startswith("2 claims match"))
        dialog.reject()

    exporting = when_modal("exportDialog", read)
    press(view.table, Qt.Key.Key_E, CTRL)  # File › Export CSV starts from what the tab shows
    exporting.check()
    assert seen == [True, True]
    clear = view.filter_bar.clear_button
    QTest.mouseClick(clear, LEFT, pos=clear.rect().center())
    qtbot.waitUntil(lambda: len(quotes_listed(view)) == 3)
    assert not box.isChecked()


def test_a_colleagues_new_version_that_orphans_a_claim_enables_the_review(
    qtbot: QtBot, main_window: MainWindow, catalogue_path: Path
) -> None:
    window = main_window
    article = window.articles.add_article_text(FIRST + SECOND, ask=False)
    assert article is not None
    window.catalogue.attribute_quote(article, "сотрудничество", "Михаил Бочарников")
    review = review_action(window)
    assert not review.isEnabled()
    with Catalogue.open(catalogue_path) as colleague:
        colleague.new_article_version(article, FIRST)
    qtbot.waitUntil(review.isEnabled, timeout=10_000)  # seen at the window's next look


def test_the_claims_panel_and_the_versions_dialog_say_which_version_claims_were_made_on(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    article = window.articles.add_article_text(FIRST + SECOND, ask=False)
    assert article is not None
    kept = catalogue.attribute_quote(article, "Азербайджан не участвует", "Джейхун Байрамов")
    catalogue.attribute_quote(article, "сотрудничество", "Михаил Бочарников")
    corrected = "Срочно.\n" + FIRST
    window.undo_stack.run(lambda: catalogue.new_article_version(article, corrected))
    qtbot.waitUntil(lambda: window.reader.positions.text == corrected)
    made = catalogue.attribute_quote(article, "Срочно", None)
    panel = window.claims_panel

    def tooltip(claim_id: int) -> str:
        qtbot.waitUntil(lambda: panel.claims_model.row_of(claim_id) is not None)
        row = panel.claims_model.row_of(claim_id)
        assert row is not None
        index = panel.claims_model.index(row, 2)
        return str(panel.claims_model.data(index, Qt.ItemDataRole.ToolTipRole))

    assert "Made on version 1 of the text; it followed the text to version 2." in tooltip(kept.id)
    assert "Made on version 2 of the text." in tooltip(made.id)
    seen: dict[str, object] = {}

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, VersionsDialog)
        table = dialog.findChild(QTableWidget, "versionsTable")
        assert table is not None
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        seen["rows"] = [
            {headers[c]: table.item(row, c).text() for c in range(table.columnCount())}
            for row in range(table.rowCount())
        ]
        dialog.reject()

    handler = when_modal("versionsDialog", read)
    press(window.reader, Qt.Key.Key_H, CTRL_SHIFT)
    handler.check()
    rows = seen["rows"]
    assert isinstance(rows, list)
    # version 1: the two claims made on it, one of them (not found) still in it; version 2:
    # the claim made on it and the one that followed
    assert [(r["Version"], r["Claims in it"], r["Made on it"]) for r in rows] == [
        ("1", "1", "2"),
        ("2 (current)", "2", "1"),
    ]
