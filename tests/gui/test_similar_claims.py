"""The similar-claims panel: matching off the GUI thread, stale results dropped, "Same claim"."""

from __future__ import annotations

import threading

from dialog_helpers import press
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimdesk.core.domain.records import ClaimInfo
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.workers import SimilarClaimsSearch

OLD = "Вчера посол заявил, что Россия продолжает поддерживать Азербайджан в борьбе с пандемией.\n"
NEW = "Сегодня Бочарников снова отметил: Россия продолжает поддерживать Азербайджан.\n"
QUOTE = "Россия продолжает поддерживать Азербайджан"


def same_quote_in_two_articles(window: MainWindow) -> tuple[ClaimInfo, ClaimInfo]:
    """The same quote by the same speaker in an earlier article and in one opened now."""
    catalogue = window.catalogue
    old_id = catalogue.add_article(OLD, outlet="ТАСС", published="2020-07-01").id
    old_claim = catalogue.attribute_quote(old_id, QUOTE, "Михаил Бочарников")
    new_id = window.articles.add_article_text(NEW, ask=False)
    assert new_id is not None
    return old_claim, catalogue.attribute_quote(new_id, QUOTE, "Михаил Бочарников")


def test_choosing_a_claim_lists_earlier_claims_and_links_them(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    old_claim, new_claim = same_quote_in_two_articles(window)
    new_id = new_claim.article_id

    threads: list[str] = []
    original = catalogue.similar_claims

    def spy(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    catalogue.similar_claims = spy  # type: ignore[method-assign]
    window.claims_panel.select_claim(new_claim.id)
    panel = window.similar_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    assert threads and threading.main_thread().name not in threads
    found = panel.model.result(0)
    assert found.claim.id == old_claim.id
    assert found.claim.article_id != new_id  # the current article is excluded
    assert found.certain
    assert panel.status.text() == "1 similar claim, 1 almost certainly the same."
    assert panel.model.index(0, 3).data() == "ТАСС"
    assert panel.model.index(0, 4).data() == "2020-07-01"

    panel.view.selectionModel().select(
        panel.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert panel.same_button.isEnabled()
    QTest.mouseClick(panel.same_button, Qt.MouseButton.LeftButton)
    assert catalogue.get_claim(new_claim.id).linked_claim_ids == (old_claim.id,)
    # the linked row is marked, and cannot be linked twice
    assert str(panel.model.index(0, 0).data()).startswith("✓")
    assert "Already linked" in str(panel.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole))
    assert not panel.same_button.isEnabled()
    press(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert catalogue.get_claim(new_claim.id).linked_claim_ids == ()
    assert not str(panel.model.index(0, 0).data()).startswith("✓")
    assert panel.same_button.isEnabled()


def test_a_fresh_selection_cannot_be_linked_until_attributed(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    window.articles.add_article_text(NEW, ask=False)
    window.reader.selectAll()
    assert window.claims_panel.current_claim_id() is None
    assert not window.similar_panel.same_button.isEnabled()


def test_stale_results_are_dropped(qtbot: QtBot, main_window: MainWindow) -> None:
    catalogue = main_window.catalogue
    release = threading.Event()
    calls: list[str] = []

    def slow(text: str, limit: int = 10, exclude_article_id: int | None = None) -> list[str]:
        calls.append(text)
        if text == "first":
            release.wait(5)
        return [text]

    catalogue.similar_claims = slow  # type: ignore[method-assign,assignment]
    search = SimilarClaimsSearch(catalogue)
    delivered: list[object] = []
    search.results.connect(delivered.append)
    search.search("first", None)
    qtbot.waitUntil(lambda: calls == ["first"], timeout=5000)
    search.search("second", None)
    release.set()
    qtbot.waitUntil(lambda: delivered == [["second"]], timeout=5000)
    search.wait()
    QTest.qWait(50)
    assert delivered == [["second"]]


def test_linked_claims_are_marked_in_the_claims_panel(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    old_claim, new_claim = same_quote_in_two_articles(window)
    qtbot.waitUntil(lambda: window.claims_panel.claims_model.rowCount() == 1, timeout=5000)
    quote = window.claims_panel.claims_model.index(0, 2)
    assert not str(quote.data()).startswith("↔")

    window.undo_stack.run(lambda: catalogue.link_claims(new_claim.id, old_claim.id, "same"))
    qtbot.waitUntil(lambda: str(quote.data()).startswith("↔ "), timeout=5000)
    assert "Linked as the same claim to 1 other" in str(quote.data(Qt.ItemDataRole.ToolTipRole))


def test_after_same_claim_the_focus_stays_and_ctrl_z_unlinks(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The "Same claim" button, disabled once the claims are linked, passed its focus to the
    article filter, whose own undo then took Ctrl+Z (old filter text came back; the link
    stayed)."""
    window = main_window
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    catalogue = window.catalogue
    old_claim, new_claim = same_quote_in_two_articles(window)
    window.claims_panel.select_claim(new_claim.id)
    panel = window.similar_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    row = panel.view.visualRect(panel.model.index(0, 2)).center()
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=row)
    QTest.mouseClick(panel.same_button, Qt.MouseButton.LeftButton)
    assert catalogue.get_claim(new_claim.id).linked_claim_ids == (old_claim.id,)
    focused = QApplication.focusWidget()
    assert focused is panel.view, focused
    QTest.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert catalogue.get_claim(new_claim.id).linked_claim_ids == ()


def test_a_long_name_and_outlet_leave_the_quote_its_room(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The score reads as a percentage, and the quote keeps the widest column: sized to their
    contents, a long speaker name and outlet left it a few letters ("Наше не…")."""
    window = main_window
    catalogue = window.catalogue
    speaker = "Чрезвычайный и полномочный посол Российской Федерации Михаил Бочарников"
    old_id = catalogue.add_article(
        OLD, outlet="Информационное агентство России ТАСС, отдел международной политики"
    ).id
    catalogue.attribute_quote(old_id, QUOTE, speaker)
    new_id = window.articles.add_article_text(NEW, ask=False)
    assert new_id is not None
    new_claim = catalogue.attribute_quote(new_id, QUOTE, speaker)
    window.claims_panel.select_claim(new_claim.id)
    panel = window.similar_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    assert str(panel.model.index(0, 0).data()).endswith("%")
    view = panel.view
    widths = [view.columnWidth(column) for column in range(panel.model.columnCount())]
    assert widths[2] == max(widths), widths  # the quote


def test_a_name_columns_title_shows_whole_in_a_narrow_panel(qtbot: QtBot) -> None:
    """A fifth of a narrow panel is less than a column's title ("Издание" showed as "здание"):
    the title is shown whole while it takes no more than a quarter of the table."""
    from claimdesk.gui.similar_panel import (
        HEADER_SHARE,
        NAME_COLUMNS,
        NAME_SHARE,
        SimilarClaimsPanel,
    )

    panel = SimilarClaimsPanel()
    qtbot.addWidget(panel)
    panel.show()
    header = panel.view.horizontalHeader()
    title = max(header.sectionSizeHint(column) for column in NAME_COLUMNS)
    frame = panel.width() - panel.view.viewport().width()
    # a fifth of the table is narrower than the title, a quarter is not
    panel.resize(int(title / ((NAME_SHARE + HEADER_SHARE) / 2)) + frame, 300)
    qtbot.waitUntil(lambda: panel.view.viewport().width() * NAME_SHARE < title)
    QApplication.processEvents()  # the resize handled: the columns fitted again
    for column in NAME_COLUMNS:
        assert panel.view.columnWidth(column) >= header.sectionSizeHint(column), column
