"""The windows of findings (issue 19), driven as a person does: View › Statistics with its
tables and bar charts, a speaker's profile from the Speakers tab (Profile…) whose claims open in
their articles, and a cluster's timeline from the Clusters tab (Timeline…) by outlet or by
speaker; charts saved through the real file dialog as PNG and SVG; everything fits 1024×700."""

from __future__ import annotations

import os
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from dialog_helpers import menu_action, when_modal
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_clusters_view import click_row, fill, open_clusters_tab
from translation_helpers import compile_translation, speaking, ts_files

from claimdesk.core.domain.clusters import Appearance, Count
from claimdesk.gui import charts
from claimdesk.gui.bar_chart import MOST_BARS, BarChart
from claimdesk.gui.cluster_timeline_dialog import ClusterTimelineDialog
from claimdesk.gui.clusters_view import ClustersView
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.speaker_profile_dialog import CLAIM_COLUMNS, SpeakerProfileDialog
from claimdesk.gui.statistics_dialog import StatisticsDialog, share_text
from claimdesk.gui.timeline_chart import TimelineChart

SMALL = (1024, 700)


def top_level(kind: type[QWidget]) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, f"{kind.__name__}: {found}"
    return found[0]


def click(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def save_through_dialog(button: QAbstractButton, path: Path) -> None:
    """Click a Save button and answer the real file dialog: the path typed, then Enter."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        name.setText(str(path))
        QTest.keyClick(name, Qt.Key.Key_Return)

    chooser = when_modal("QFileDialog", answer)
    click(button)  # returns when the dialog is answered and the file written
    chooser.check()


@pytest.fixture(autouse=True)
def short_saved_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """The note saying where a chart was saved goes back to the counts sooner than 8 s."""
    monkeypatch.setattr(charts, "SAVED_NOTE_MS", 300)


def check_pictures(
    qtbot: QtBot, png: QAbstractButton, svg: QAbstractButton, folder: Path, note: QLabel
) -> None:
    """Save the chart as PNG (typed without its suffix) and SVG; both files are real pictures,
    and the chart's note says where each went (saving said nothing)."""
    counts = note.text()
    save_through_dialog(png, folder / "chart")
    picture = folder / "chart.png"
    qtbot.waitUntil(picture.exists)
    assert note.text() == "Saved as chart.png" and note.toolTip() == str(picture)
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(picture))
    assert not image.isNull() and image.width() > 200 and image.height() > 100
    save_through_dialog(svg, folder / "chart.svg")
    drawing = folder / "chart.svg"
    root = ET.fromstring(drawing.read_bytes())  # raises if it is not XML
    assert root.tag.endswith("svg")
    assert len(list(root.iter())) > 20  # drawn, not an empty page
    assert note.text() == "Saved as chart.svg"
    qtbot.waitUntil(lambda: note.text() == counts, timeout=5000)  # then the counts again
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary left
    # readable as any new file is (they were saved for their owner alone, -rw-------)
    mask = os.umask(0)
    os.umask(mask)
    for saved in (picture, drawing):
        assert stat.S_IMODE(saved.stat().st_mode) == 0o666 & ~mask, saved


def fits_small_screen(window: QWidget) -> None:
    """Within 1024×700, and every button of the window inside it."""
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], hint
    window.resize(min(window.width(), SMALL[0]), min(window.height(), SMALL[1] - 40))
    QApplication.processEvents()
    assert window.width() <= SMALL[0] and window.height() <= SMALL[1]
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            corner = button.mapTo(window, button.rect().bottomRight())
            assert window.rect().contains(corner), button.text()


def test_statistics_show_the_cores_figures_as_tables_and_charts_and_save_them(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    catalogue = main_window.catalogue
    fill(catalogue)
    main_window.resize(*SMALL)
    menu_action(main_window, "View", "Statistics…").trigger()
    dialog = top_level(StatisticsDialog)
    assert isinstance(dialog, StatisticsDialog)
    qtbot.waitExposed(dialog)
    stats = catalogue.statistics()
    assert f"{stats.claims:,} claims" in dialog.summary.text()
    bar = dialog.tabs.tabBar()
    for index, field in enumerate(("by_speaker", "by_outlet", "by_tag", "by_kind", "by_month")):
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        page = dialog.pages[field]
        qtbot.waitUntil(page.isVisible)
        expected = getattr(stats, field)
        table = page.findChild(QTableView)
        assert isinstance(table, QTableView)
        shown = [
            (table.model().index(r, 0).data(), table.model().index(r, 1).data())
            for r in range(table.model().rowCount())
        ]
        assert shown == [(c.label, c.claims) for c in expected]
        chart = page.findChild(BarChart)
        assert isinstance(chart, BarChart)  # drawn once its page is shown
        assert chart.shown == [(c.label, c.claims) for c in expected][:MOST_BARS]
    # months in time order: the undated last
    assert [c.label for c in stats.by_month] == ["2024-05", "2024-06", "2024-07", "(no date)"]
    fits_small_screen(dialog)
    chart = dialog.pages["by_month"].findChild(BarChart)
    assert isinstance(chart, BarChart)
    check_pictures(qtbot, chart.save_png, chart.save_svg, tmp_path, chart.note)
    # an edit is counted again in the open window
    new_speaker = "Александр Новак"
    article = catalogue.list_articles()[0].id
    quote = catalogue.get_article_text(article).split("«")[1].split("»")[0]
    main_window.ctx.undo_stack.run(
        lambda: catalogue.attribute_quote(article, quote[:20], new_speaker)
    )
    qtbot.waitUntil(lambda: f"{stats.claims + 1:,} claims" in dialog.summary.text())


def test_the_summary_counts_no_outlet_as_none(qtbot: QtBot, main_window: MainWindow) -> None:
    """Claims of articles without an outlet are a row "(no outlet)", not one more outlet."""
    catalogue = main_window.catalogue
    for outlet in ("ТАСС", ""):
        text = f"{outlet or 'Блог'}: «Переговоры продолжатся в Баку» — сказал министр ({outlet})."
        article = catalogue.add_article(text, outlet=outlet).id
        catalogue.attribute_quote(article, "Переговоры продолжатся в Баку", "Джейхун Байрамов")
    menu_action(main_window, "View", "Statistics…").trigger()
    dialog = top_level(StatisticsDialog)
    assert isinstance(dialog, StatisticsDialog)
    qtbot.waitExposed(dialog)
    assert sorted(c.label for c in catalogue.statistics().by_outlet) == ["(no outlet)", "ТАСС"]
    assert dialog.summary.text() == "2 claims by 1 speaker in 1 outlet; 0 tags."


def open_speakers_profile(
    qtbot: QtBot, window: MainWindow, speaker_id: int
) -> SpeakerProfileDialog:
    """Ctrl+4, click the speaker's row, click Profile…"""
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.browse.speakers_view
    qtbot.waitUntil(view.isVisible)
    row = view.model.row_of(speaker_id)
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    QTest.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    click(view.profile_button)
    dialog = top_level(SpeakerProfileDialog)
    assert isinstance(dialog, SpeakerProfileDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_speakers_profile_shows_its_column_titles_whole_in_russian(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """ "Опубликовано" read "публикован" in a column made for "Published"."""
    ids = fill(main_window.catalogue)
    speaker = main_window.catalogue.get_claim(ids["late"]).speaker_id
    assert speaker is not None
    with speaking(compile_translation(ts_files("ru"), tmp_path / "ru.qm")):
        dialog = open_speakers_profile(qtbot, main_window, speaker)
        table = dialog.table
        metrics = table.horizontalHeader().fontMetrics()
        titles = [
            str(table.model().headerData(c, Qt.Orientation.Horizontal))
            for c in range(table.model().columnCount())
        ]
        assert "Опубликовано" in titles
        cut = [
            title
            for column, title in enumerate(titles[:-1])  # the last stretches
            if table.columnWidth(column) < metrics.horizontalAdvance(title)
        ]
        assert cut == []
        dialog.reject()


def test_a_speakers_profile_lists_their_claims_and_opens_them_in_their_articles(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    catalogue = main_window.catalogue
    ids = fill(catalogue)
    main_window.resize(*SMALL)
    speaker = catalogue.get_claim(ids["late"]).speaker_id
    assert speaker is not None
    dialog = open_speakers_profile(qtbot, main_window, speaker)
    profile = catalogue.speaker_profile(speaker)
    assert dialog.speaker_id == speaker
    table = dialog.table
    column = CLAIM_COLUMNS.index("published")
    assert [table.model().index(r, column).data() for r in range(2)] == [
        "2024-07-28",
        "(no date)",
    ]
    assert [dialog.model.row_value(r).claim_id for r in range(2)] == [ids["late"], ids["undated"]]
    assert [a.claim_id for a in profile.appearances] == [ids["late"], ids["undated"]]
    cluster = catalogue.cluster_of_claim(ids["late"])
    cluster_column = CLAIM_COLUMNS.index("cluster")
    assert table.model().index(0, cluster_column).data() == cluster
    summary = dialog.summary.text()
    assert "Джейхун Байрамов" in summary and "first appeared 2024-07-28" in summary
    assert "Спутник (1)" in summary and "Блог (1)" in summary and "1 in undated" in summary
    chart = dialog.findChild(TimelineChart)
    assert isinstance(chart, TimelineChart)
    assert chart.rows == ["Спутник"] and chart.undated == 1
    fits_small_screen(dialog)
    # a double-click shows the claim in its article; the profile stays open
    click_row(table, 1, double=True)
    qtbot.waitUntil(lambda: main_window.reader.article_id == ids["undated_article"])
    assert main_window.claims_panel.current_claim_id() == ids["undated"]
    assert dialog.isVisible()
    # Enter on another claim does the same
    dialog.activateWindow()
    click_row(table, 0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.reader.article_id == ids["late_article"])
    assert main_window.claims_panel.current_claim_id() == ids["late"]
    # the main window comes to the front with the claim: the profile is a window of its own,
    # not a dialog kept above the main window (where the claim shown was out of sight)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    assert dialog.windowType() == Qt.WindowType.Window
    # asked again, the same window comes back rather than a second one
    menu_action(main_window, "View", "Speaker profile…").trigger()
    assert top_level(SpeakerProfileDialog) is dialog
    check_pictures(qtbot, chart.save_png, chart.save_svg, tmp_path, chart.note)


def timeline_button(view: ClustersView) -> QToolButton:
    """The Clusters tab's Timeline… button (the window's Clusters › Timeline… action)."""
    found = view.findChild(QToolButton, "buttonClusterTimeline")
    assert isinstance(found, QToolButton)
    return found


def test_a_speaker_quoted_only_in_undated_articles_is_not_said_to_appear_on_a_dash(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """ "1 claim; first appeared —, last —; 1 in undated articles" (in Russian "первое появление
    — —") for a speaker whose articles have no date."""
    catalogue = main_window.catalogue
    article = catalogue.add_article("«Археология — наука людей богатых», — сказала Уварова.").id
    claim = catalogue.attribute_quote(article, "Археология — наука людей богатых", "Уварова")
    assert claim.speaker_id is not None
    dialog = open_speakers_profile(qtbot, main_window, claim.speaker_id)
    summary = dialog.summary.text()
    assert "1 claim, not in a dated article" in summary
    assert "—," not in summary and "first appeared" not in summary
    # the timeline says why it is empty in the chart itself (it showed a bare axis)
    chart = dialog.chart
    assert chart.empty_label.isVisible() and not chart.plot.isVisible()
    assert not chart.save_png.isEnabled() and not chart.save_svg.isEnabled()
    assert chart.empty_label.text() == chart.empty_text
    assert chart.empty_text.startswith("No appearance has a date.")
    dialog.close()


def test_a_clusters_timeline_by_outlet_or_speaker_is_saved_as_png_and_svg(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    catalogue = main_window.catalogue
    fill(catalogue)
    main_window.resize(*SMALL)
    view = open_clusters_tab(qtbot, main_window)
    click_row(view.table, 0)
    cluster = view.selected_cluster_id()
    assert cluster is not None
    click(timeline_button(view))
    dialog = top_level(ClusterTimelineDialog)
    assert isinstance(dialog, ClusterTimelineDialog)
    qtbot.waitExposed(dialog)
    assert dialog.cluster_id == cluster
    chart = dialog.chart
    detail = catalogue.get_cluster(cluster)
    # a row per outlet in order of first appearance; the undated one counted, not drawn
    assert chart.rows == ["ТАСС", "Спутник"]
    assert [(p.row, p.day, p.claims) for p in chart.points] == [
        ("Спутник", "2024-07-28", 1),
        ("ТАСС", "2024-07-01", 1),
    ]
    assert chart.undated == 1 == sum(1 for a in detail.appearances if a.published is None)
    assert "1 without a date" in chart.note.text()
    # by speaker, chosen with the keys
    chart.grouping.setFocus()
    QTest.keyClick(chart.grouping, Qt.Key.Key_Down)
    assert chart.grouping.currentText() == "Speaker"
    assert chart.rows == ["Ильхам Алиев", "Джейхун Байрамов"]
    fits_small_screen(dialog)
    QApplication.processEvents()
    check_pictures(qtbot, chart.save_png, chart.save_svg, tmp_path, chart.note)


def test_a_chart_that_cannot_be_saved_says_so_and_leaves_nothing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, error_boxes: list[str]
) -> None:
    fill(main_window.catalogue)
    view = open_clusters_tab(qtbot, main_window)
    click(timeline_button(view))
    dialog = top_level(ClusterTimelineDialog)
    assert isinstance(dialog, ClusterTimelineDialog)
    missing = tmp_path / "no such folder" / "chart.png"
    save_through_dialog_anyway(dialog.chart.save_png, missing)
    qtbot.waitUntil(lambda: bool(error_boxes))
    assert "Cannot write to the folder" in error_boxes[-1]
    assert not missing.parent.exists()


def save_through_dialog_anyway(button: QAbstractButton, path: Path) -> None:
    """As save_through_dialog, for a folder that does not exist: the dialog's own check is
    passed by choosing the file name in a folder that is then removed."""
    path.parent.mkdir()

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        name.setText(str(path))
        path.parent.rmdir()
        QTest.keyClick(name, Qt.Key.Key_Return)

    chooser = when_modal("QFileDialog", answer)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    chooser.check()


def drawn_bottom_labels(
    chart: BarChart | TimelineChart, side: str = "bottom"
) -> list[tuple[str, QRect]]:
    """The labels the chart's axis at ``side`` draws (pyqtgraph's own drawing specification),
    each with where it lands in the chart's plot, in the plot's pixels."""
    axis = chart.plot_item.getAxis(side)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [
        (text, chart.plot.mapFromScene(axis.mapRectToScene(rect)).boundingRect())
        for rect, _flags, text in texts
    ]


def months(count: int) -> list[Count]:
    return [
        Count(f"{2023 + m // 12}-{m % 12 + 1:02d}", f"{2023 + m // 12}-{m % 12 + 1:02d}", 40 * m)
        for m in range(count)
    ]


def test_a_bar_charts_first_and_last_labels_are_drawn_whole(qtbot: QtBot) -> None:
    """The bottom axis's end labels overhang the plot by half their width: the first month
    (whose label pyqtgraph left out past 15 pixels) and the largest count are drawn, inside the
    chart, at the width the statistics window gives a chart at 1024×700 and at half that."""
    for in_time, counts, first, last in (
        (True, months(31), "2023-01", "2025-05"),  # every fourth month
        (False, [Count(n, f"Спикер {n}", 1000 - n) for n in range(30)], "0", "1000"),
    ):
        chart = BarChart("Claims", "claims", in_time=in_time)
        qtbot.addWidget(chart)
        for width in (560, 280):
            chart.resize(width, 470)
            chart.show()
            qtbot.waitExposed(chart)
            chart.set_counts(counts)
            QApplication.processEvents()
            drawn = drawn_bottom_labels(chart)
            texts = [text for text, _where in drawn]
            assert texts[0] == first and texts[-1] == last, (width, texts)
            inside = chart.plot.viewport().rect()
            for text, where in drawn:
                assert inside.contains(where), (width, text, where, inside)


def test_a_charts_counts_are_whole_numbers_in_the_interfaces_language(qtbot: QtBot) -> None:
    """One claim is not ticked 0.2, 0.4 … 1.0: a count axis has whole numbers only, and a large
    count is grouped as the interface's language groups it."""
    before = QLocale()
    try:
        for locale, thousands in (("en_GB", "12,000"), ("ru_RU", "12\u00a0000")):
            QLocale.setDefault(QLocale(locale))
            for in_time, side in ((False, "bottom"), (True, "left")):
                chart = BarChart("Claims", "claims", in_time=in_time)
                qtbot.addWidget(chart)
                chart.resize(560, 470)
                chart.show()
                qtbot.waitExposed(chart)
                for counts, expected in (([1], ["0", "1"]), ([2, 3], ["0", "1", "2", "3"])):
                    chart.set_counts(
                        [Count(f"{n}", f"Спикер {n}", c) for n, c in enumerate(counts)]
                    )
                    QApplication.processEvents()
                    drawn = [text for text, _where in drawn_bottom_labels(chart, side)]
                    assert sorted(drawn, key=float) == expected, (locale, in_time, drawn)
                chart.set_counts([Count("a", "Спикер", 12_000)])
                QApplication.processEvents()
                drawn = [text for text, _where in drawn_bottom_labels(chart, side)]
                assert thousands in drawn, (locale, in_time, drawn)
    finally:
        QLocale.setDefault(before)


def test_the_months_chart_draws_the_months_without_claims_between(qtbot: QtBot) -> None:
    """2015-11 and 2020-07 stood side by side, the years between them hidden."""
    chart = BarChart("Claims", "claims", in_time=True)
    qtbot.addWidget(chart)
    counts = [Count("2015-11", "2015-11", 3), Count("2016-02", "2016-02", 1)]
    chart.set_counts([*counts, Count(None, "(no date)", 2)])
    assert chart.shown == [
        ("2015-11", 3), ("2015-12", 0), ("2016-01", 0), ("2016-02", 1), ("(no date)", 2)
    ]  # fmt: skip
    assert chart.note.text() == "3 in all"  # the months with claims, as the table lists them
    # a span longer than fifty years (a date typed wrong) is drawn as its months with claims
    far = [Count("1503-01", "1503-01", 1), Count("2024-03", "2024-03", 5)]
    chart.set_counts(far)
    assert chart.shown == [("1503-01", 1), ("2024-03", 5)]


def appearance(number: int, published: str | None) -> Appearance:
    return Appearance(
        number, "Цены не вырастут", "direct", 1, "Антон Силуанов", number, "Статья", "ТАСС",
        published, "",
    )  # fmt: skip


def test_a_timelines_dates_name_their_month_and_year_in_the_interfaces_language(
    qtbot: QtBot,
) -> None:
    """Days of one month were labelled "13" to "22" (which month?), months "Apr" in Russian too,
    and a timeline of undated claims only was labelled "00.100" to "00.900"."""
    before = QLocale()
    try:
        for locale, within_a_month, months in (
            ("en_GB", ["13 Mar", "18 Mar", "23 Mar"], ["Apr 2024", "May 2024", "Jun 2024"]),
            ("ru_RU", ["13 мар.", "18 мар.", "23 мар."], ["апр. 2024", "май 2024", "июнь 2024"]),
        ):
            QLocale.setDefault(QLocale(locale))
            for days, expected in (
                (["2024-03-13", "2024-03-22"], within_a_month),
                (["2024-03-13", "2024-07-22"], months),
                ([None, None], []),
            ):
                chart = TimelineChart(
                    [appearance(n, day) for n, day in enumerate(days)], title="Т", name="t"
                )
                qtbot.addWidget(chart)
                chart.resize(700, 300)
                chart.show()
                qtbot.waitExposed(chart)
                drawn = [text for text, _where in drawn_bottom_labels(chart)]
                assert drawn[: len(expected)] == expected, (locale, days, drawn)
                assert bool(drawn) == bool(expected), (locale, days, drawn)
    finally:
        QLocale.setDefault(before)


def test_shares_are_written_in_the_interfaces_language_and_a_tiny_one_is_not_zero() -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_GB"))
        assert share_text(1, 8) == "12.5 %"
        assert share_text(1, 100_000) == "< 0.1 %"
        assert share_text(0, 100) == "0.0 %"
        assert share_text(5, 0) == ""
        QLocale.setDefault(QLocale("ru_RU"))
        assert share_text(1, 8) == "12,5 %"
        assert share_text(1, 100_000) == "< 0,1 %"
    finally:
        QLocale.setDefault(before)
