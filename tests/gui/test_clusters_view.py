"""The Clusters tab (issue 19, read-only): clusters largest first with their verdicts, the
chosen cluster's appearances in time order with the first marked, a verdict filter, reloading
after an edit, and opening an appearance in its article — driven by clicks and keys."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView, QToolButton
from pytestqt.qtbot import QtBot
from translation_helpers import compile_translation, speaking, ts_files

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui import clusters_view
from claimdesk.gui.clusters_view import (
    APPEARANCE_COLUMNS,
    CLUSTER_COLUMNS,
    ClustersView,
)
from claimdesk.gui.main_window import MainWindow

QUOTE = "Азербайджан никогда не согласится на такие условия переговоров о мире"
OTHER = "Цены на газ в следующем году вырастут вдвое"


def fill(catalogue: Catalogue) -> dict[str, int]:
    """A cluster of three appearances (the second stored is the earliest) and one of two."""
    ids: dict[str, int] = {}
    for name, quote, published, outlet, speaker in (
        ("late", QUOTE, "2024-07-28", "Спутник", "Джейхун Байрамов"),
        ("early", QUOTE, "2024-07-01", "ТАСС", "Ильхам Алиев"),
        ("undated", QUOTE, None, "Блог", "Джейхун Байрамов"),
        ("gas1", OTHER, "2024-05-02", "РБК", "Александр Новак"),
        ("gas2", OTHER, "2024-06-11", "Коммерсант", "Александр Новак"),
    ):
        text = f"{outlet} 🙂\n\nОн заявил: «{quote}». Конец."
        article = catalogue.add_article(
            text, title=f"Статья {name}", outlet=outlet, published=published
        ).id
        ids[name] = catalogue.attribute_quote(article, quote, speaker).id
        ids[f"{name}_article"] = article
    catalogue.link_claims(ids["late"], ids["early"], "same")
    catalogue.link_claims(ids["undated"], ids["late"], "same")
    catalogue.link_claims(ids["gas1"], ids["gas2"], "same")
    catalogue.gather_clusters(almost_certain=False)
    return ids


def open_clusters_tab(qtbot: QtBot, window: MainWindow) -> ClustersView:
    """Click the Clusters tab, as a person does."""
    bar = window.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "Clusters")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    view = window.browse.clusters_view
    qtbot.waitUntil(view.isVisible)
    return view


def cell(table: QTableView, columns: tuple[str, ...], row: int, column: str) -> object:
    return table.model().index(row, columns.index(column)).data()


def click_row(table: QTableView, row: int, *, double: bool = False) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_the_tab_lists_clusters_and_a_clusters_appearances_in_time_order(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ids = fill(main_window.catalogue)
    view = open_clusters_tab(qtbot, main_window)
    table, shown = view.table, view.appearance_table
    assert view.model.rowCount() == 2
    assert [cell(table, CLUSTER_COLUMNS, r, "claims") for r in (0, 1)] == [3, 2]
    assert cell(table, CLUSTER_COLUMNS, 0, "speaker") == "Ильхам Алиев"
    assert cell(table, CLUSTER_COLUMNS, 0, "first") == "2024-07-01"
    assert cell(table, CLUSTER_COLUMNS, 0, "status") == "Unchecked"
    # the first cluster is chosen at once; its appearances below, the first marked
    assert [cell(shown, APPEARANCE_COLUMNS, r, "outlet") for r in range(3)] == [
        "ТАСС",
        "Спутник",
        "Блог",
    ]
    assert [cell(shown, APPEARANCE_COLUMNS, r, "first") for r in range(3)] == ["★", "", ""]
    assert cell(shown, APPEARANCE_COLUMNS, 2, "published") == "(no date)"
    click_row(table, 1)
    assert [cell(shown, APPEARANCE_COLUMNS, r, "speaker") for r in range(2)] == [
        "Александр Новак",
        "Александр Новак",
    ]
    assert cell(shown, APPEARANCE_COLUMNS, 0, "published") == "2024-05-02"
    assert ids["gas1"] == view.appearances.row_value(0).claim_id


def second_cluster_given(
    qtbot: QtBot, window: MainWindow, status: str, **verdict: str
) -> ClustersView:
    """The sample clusters, the second given the verdict ``status`` (one undo step) and chosen
    in the Clusters tab."""
    catalogue = window.catalogue
    fill(catalogue)
    view = open_clusters_tab(qtbot, window)
    second = view.model.row_value(1).id
    window.ctx.undo_stack.run(lambda: catalogue.set_verdict(second, status, **verdict))
    click_row(view.table, 1)
    return view


def test_a_long_explanation_shows_a_few_lines_as_typed_and_leaves_the_appearances_room(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """An explanation of 20,000 characters filled the tab and pushed the cluster's appearances
    out of it; one holding "<b>" was drawn bold."""
    main_window.resize(1024, 700)
    explanation = "<b>Газ</b> шёл по графику. " + "Поставки не прерывались. " * 800
    view = second_cluster_given(qtbot, main_window, "false", explanation=explanation[:20_000])
    qtbot.waitUntil(lambda: "<b>Газ</b> шёл по графику." in view.detail.text())
    assert view.detail.textFormat() == Qt.TextFormat.PlainText
    assert len(view.detail.text()) < 500 and view.detail.text().endswith("…")
    assert view.detail.toolTip().startswith("<b>Газ</b>") and len(view.detail.toolTip()) <= 2001
    assert view.detail.height() < 160  # a few lines
    table = view.appearance_table
    assert table.viewport().height() >= 2 * table.verticalHeader().defaultSectionSize()


def test_a_cluster_not_yet_reviewed_names_its_reviewer_without_a_review(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A verdict in progress with a reviewer and no date read "reviewed by Ирина on —"."""
    view = second_cluster_given(qtbot, main_window, "in_progress", reviewer="Ирина")
    qtbot.waitUntil(lambda: "reviewer: Ирина" in view.detail.text())
    assert "reviewed by" not in view.detail.text() and "—" not in view.detail.text()


def test_a_verdict_shows_after_the_edit_and_the_filter_keeps_its_clusters(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    catalogue = main_window.catalogue
    fill(catalogue)
    view = open_clusters_tab(qtbot, main_window)
    gas = view.model.row_value(1).id
    main_window.ctx.undo_stack.run(
        lambda: catalogue.set_verdict(
            gas, "false", review_url="https://factcheck.example/газ", reviewer="Ирина"
        )
    )
    qtbot.waitUntil(lambda: cell(view.table, CLUSTER_COLUMNS, 1, "status") == "False")
    assert view.selected_cluster_id() == view.model.row_value(0).id  # the choice is kept
    click_row(view.table, 1)
    assert "reviewed by Ирина" in view.detail.text()
    assert "https://factcheck.example/газ" in view.detail.text()
    # the verdict filter, by keys: from "All verdicts" down to "Unchecked"
    view.status.setFocus()
    QTest.keyClick(view.status, Qt.Key.Key_Down)
    assert view.status.currentText() == "Unchecked"
    assert view.model.rowCount() == 1 and view.model.row_value(0).id != gas
    for _ in range(6):  # past In progress, True, Mostly true, Mixed and Mostly false
        QTest.keyClick(view.status, Qt.Key.Key_Down)
    assert view.status.currentText() == "False"
    assert [view.model.row_value(r).id for r in range(view.model.rowCount())] == [gas]
    size = view.model.row_value(0).size
    assert view.summary.text() == f"1 cluster, {size} claim{'' if size == 1 else 's'}"
    # undone in the window: the filter shows nothing now
    main_window.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)


def test_a_double_click_or_enter_on_an_appearance_opens_it_in_its_article(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ids = fill(main_window.catalogue)
    view = open_clusters_tab(qtbot, main_window)
    click_row(view.appearance_table, 1, double=True)
    qtbot.waitUntil(lambda: main_window.tabs.currentIndex() == 0)
    assert main_window.reader.article_id == ids["late_article"]
    view = open_clusters_tab(qtbot, main_window)
    click_row(view.appearance_table, 2)
    QTest.keyClick(view.appearance_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.tabs.currentIndex() == 0)
    assert main_window.reader.article_id == ids["undated_article"]


def test_a_hidden_tab_reads_the_clusters_again_when_shown(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    catalogue = main_window.catalogue
    fill(catalogue)
    view = open_clusters_tab(qtbot, main_window)
    first = view.model.row_value(0).id
    bar = main_window.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    main_window.ctx.undo_stack.run(lambda: catalogue.set_verdict(first, "mostly_true"))
    assert cell(view.table, CLUSTER_COLUMNS, 0, "status") == "Unchecked"  # not read while hidden
    view = open_clusters_tab(qtbot, main_window)
    assert cell(view.table, CLUSTER_COLUMNS, 0, "status") == "Mostly true"


def more_clusters(catalogue: Catalogue) -> None:
    """Besides ``fill``'s clusters of three and two: two more of two (one dated before the
    other pair, one undated: the ties are broken by the first appearance's date) and one of
    four with a verdict, so the listing spans several pages of two."""
    groups = (
        ("2024-03-09", "2024-08-01"),
        (None, None),
        ("2023-11-05", None, "2024-01-20", "2023-11-05"),
    )
    for number, dates in enumerate(groups):
        quote = f"Выборы пройдут в срок, заявил он в {number + 1}-й раз"
        claims = []
        for n, published in enumerate(dates):
            article = catalogue.add_article(
                f"Издание {n} 🙂\n\nОн заявил: «{quote}». Конец.",
                title=f"Статья {number}-{n}",
                outlet=f"Издание {n}",
                published=published,
            ).id
            speaker = "" if n == 0 and number == 2 else "Мария Захарова"
            claims.append(catalogue.attribute_quote(article, quote, speaker or None).id)
        for a, b in itertools.pairwise(claims):
            catalogue.link_claims(a, b, "same")
    catalogue.gather_clusters(almost_certain=False)
    largest = catalogue.list_clusters()[0]
    catalogue.set_verdict(largest.id, "false")
    catalogue.confirm_cluster(largest.id)


def shown_rows(view: ClustersView) -> list[list[object]]:
    table = view.table
    return [
        [cell(table, CLUSTER_COLUMNS, row, column) for column in CLUSTER_COLUMNS]
        for row in range(view.model.rowCount())
    ]


def listing_rows(catalogue: Catalogue) -> list[list[object]]:
    """The rows the tab must show, from the catalogue's full listing."""
    return [
        [
            c.id,
            c.size,
            c.status.label + (" ✓" if c.confirmed else ""),
            c.first.published or "(no date)",
            c.first.speaker_name or "(unattributed)",
            " ".join(c.first.quote.split()),
        ]
        for c in catalogue.list_clusters()
    ]


def test_read_a_page_at_a_time_the_tab_shows_the_whole_listing_and_follows_edits(
    qtbot: QtBot,
    main_window: MainWindow,
    catalogue_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pages of two rows, so five clusters take three pages (raising=False: code before the
    # paging read every cluster at once, and must show the same)
    monkeypatch.setattr(clusters_view, "PAGE_SIZE", 2, raising=False)
    catalogue = main_window.catalogue
    fill(catalogue)
    more_clusters(catalogue)
    view = open_clusters_tab(qtbot, main_window)
    want = listing_rows(catalogue)
    assert len(want) == 5 and [row[1] for row in want] == [4, 3, 2, 2, 2]
    assert [row[3] for row in want][2:] == ["2024-03-09", "2024-05-02", "(no date)"]
    assert shown_rows(view) == want
    assert view.summary.text() == "5 clusters, 13 claims"
    # the last row (the last page) chosen by a click: its appearances, the first marked
    click_row(view.table, 4)
    last = catalogue.list_clusters()[4]
    assert view.selected_cluster_id() == last.id
    shown = view.appearance_table
    assert cell(shown, APPEARANCE_COLUMNS, 0, "first") == "★"
    assert view.appearances.row_value(0).claim_id == last.first.claim_id
    # an edit in the window: a merge changes sizes and the order
    gas, undated = catalogue.list_clusters()[3].id, last.id
    main_window.ctx.undo_stack.run(lambda: catalogue.merge_clusters(gas, [undated]))
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    assert shown_rows(view) == listing_rows(catalogue)
    assert view.summary.text() == "4 clusters, 13 claims"
    # a colleague's edit, seen by polling: a verdict on the last cluster listed
    main_window.bridge.poll()
    final = catalogue.list_clusters()[3].id
    with Catalogue.open(catalogue_path) as colleague:
        colleague.set_verdict(final, "mostly_true")
    main_window.bridge.poll()
    qtbot.waitUntil(lambda: cell(view.table, CLUSTER_COLUMNS, 3, "status") == "Mostly true")
    assert shown_rows(view) == listing_rows(catalogue)
    # the verdict filter lists the filtered clusters the same way
    view.status.setCurrentIndex(view.status.findData("false"))
    assert shown_rows(view) == [row for row in listing_rows(catalogue) if row[2] == "False ✓"]


def test_an_appearances_kind_is_named_in_the_interfaces_language(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """The kind column named kinds by their stored English values ("direct") in Russian."""
    fill(main_window.catalogue)
    view = open_clusters_tab(qtbot, main_window)
    shown = view.appearance_table
    assert cell(shown, APPEARANCE_COLUMNS, 0, "kind") == "direct"
    with speaking(compile_translation(ts_files("ru"), tmp_path / "ru.qm")):
        assert cell(shown, APPEARANCE_COLUMNS, 0, "kind") == "прямая цитата"


def test_buttons_on_two_rows_stand_in_a_grid(qtbot: QtBot, main_window: MainWindow) -> None:
    """At 1024x700 the buttons take two rows; they stood ragged, each as wide as its text, so
    the second row's did not line up with the first's."""
    main_window.resize(1024, 700)
    main_window.show()
    qtbot.waitExposed(main_window)
    view = open_clusters_tab(qtbot, main_window)
    buttons = [b for b in view.findChildren(QToolButton) if b.defaultAction() is not None]
    rows: dict[int, list[QToolButton]] = {}
    for button in buttons:
        rows.setdefault(button.y(), []).append(button)
    assert len(rows) >= 2, "at 1024 pixels the buttons wrap"
    first, *others = (sorted(r, key=lambda b: b.x()) for _y, r in sorted(rows.items()))
    widths = {b.width() for row in (first, *others) for b in row}
    assert len(widths) == 1  # one column width for all
    for row in others:
        assert [b.x() for b in row] == [b.x() for b in first[: len(row)]]
    assert all(b.width() >= b.sizeHint().width() for b in buttons)  # no text cut


def test_buttons_on_one_row_are_each_as_wide_as_their_text(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.resize(1900, 1000)
    main_window.show()
    qtbot.waitExposed(main_window)
    view = open_clusters_tab(qtbot, main_window)
    buttons = [b for b in view.findChildren(QToolButton) if b.defaultAction() is not None]
    assert len({b.y() for b in buttons}) == 1
    assert all(b.width() == b.sizeHint().width() for b in buttons)
