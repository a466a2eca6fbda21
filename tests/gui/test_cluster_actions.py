"""The Clusters tab's actions (issue 19), driven as a person does: Ctrl+5, the tab's buttons
(the window's Clusters actions), the real verdict editor, merge chooser and file dialog answered
through QApplication.activeModalWidget, Ctrl+Z; enabled exactly when they can act."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from dialog_helpers import menu_action, press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_action_states import assert_states_follow_the_table
from test_clusters_view import click_row, fill, open_clusters_tab
from test_speakers_view import outside_the_page

from claimdesk.core.domain.clusters import MAX_EXPLANATION_CHARS, ClusterInfo, VerdictStatus
from claimdesk.gui.clusters_view import ClustersView
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.merge_clusters_dialog import MergeClustersDialog
from claimdesk.gui.verdict_dialog import VerdictDialog

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok
URL = "https://factcheck.example/проверка-мира"


def button(view: ClustersView, name: str) -> QToolButton:
    found = view.findChild(QToolButton, name)
    assert isinstance(found, QToolButton), name
    return found


def click(widget: QAbstractButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    QTest.mouseClick(widget, LEFT, pos=widget.rect().center())


def dialog_button(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    assert isinstance(box, QDialogButtonBox)
    found = box.button(which)
    assert found is not None
    return found


def ctrl_click_row(view: ClustersView, row: int) -> None:
    table = view.appearance_table
    centre = table.visualRect(table.model().index(row, 0)).center()
    QTest.mouseClick(table.viewport(), LEFT, CTRL, centre)


def go_to_clusters_by_key(qtbot: QtBot, window: MainWindow) -> ClustersView:
    press(window.reader, Qt.Key.Key_5, CTRL)
    view = window.browse.clusters_view
    qtbot.waitUntil(view.isVisible)
    return view


def filled_clusters_tab(qtbot: QtBot, window: MainWindow) -> tuple[ClustersView, ClusterInfo]:
    """The sample clusters in the window's catalogue, the Clusters tab opened by its key, and
    the cluster it chooses first."""
    fill(window.catalogue)
    view = go_to_clusters_by_key(qtbot, window)
    cluster = view.chosen_cluster()
    assert cluster is not None
    return view, cluster


def test_the_verdict_editor_saves_one_undo_step_and_checks_the_address(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    fill(catalogue)
    view = go_to_clusters_by_key(qtbot, window)
    cluster = view.chosen_cluster()
    assert cluster is not None and cluster.size == 3

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, VerdictDialog)
        ok = dialog_button(dialog, OK)
        assert dialog.reviewer.text() == catalogue.user_name  # as "Added by" writes it
        dialog.status.setFocus()
        for _ in range(6):  # Unchecked → In progress → … → False
            QTest.keyClick(dialog.status, Qt.Key.Key_Down)
        assert dialog.status.currentText() == "False"
        type_text(dialog.explanation, "Переговоры идут: министр сам это подтвердил 🙂")
        type_text(dialog.url, "factcheck.example/мир")  # no http(s)://
        assert not ok.isEnabled() and dialog.problem.isVisible()
        assert "is not a web address" in dialog.problem.text()
        dialog.url.selectAll()
        type_text(dialog.url, "https://")  # no host yet: still not an address
        assert not ok.isEnabled() and "is not a web address" in dialog.problem.text()
        dialog.url.selectAll()
        type_text(dialog.url, URL)
        type_text(dialog.reviewed_on, "2024-08-0")
        assert not ok.isEnabled() and "not a date" in dialog.problem.text()
        type_text(dialog.reviewed_on, "1")
        assert ok.isEnabled() and not dialog.problem.isVisible()
        click(ok)

    handler = when_modal("verdictDialog", answer)
    click(button(view, "buttonEditVerdict"))
    handler.check()
    saved = catalogue.get_cluster(cluster.id).cluster
    assert saved.status is VerdictStatus.FALSE
    assert saved.review_url == URL and saved.reviewed_on == "2024-08-01"
    assert saved.explanation == "Переговоры идут: министр сам это подтвердил 🙂"
    assert saved.reviewer == catalogue.user_name
    qtbot.waitUntil(lambda: "False" in view.detail.text())

    press(view.table, Qt.Key.Key_Z, CTRL)
    undone = catalogue.get_cluster(cluster.id).cluster
    assert undone.status is VerdictStatus.UNCHECKED and undone.review_url == ""


def test_an_explanation_past_the_limit_keeps_the_dialog_open_with_the_excess_selected(
    qtbot: QtBot, main_window: MainWindow, error_boxes: list[str]
) -> None:
    """A pasted explanation longer than the catalogue takes closed the dialog, the save was
    refused and the text was gone; now OK says why, selects what is past the limit, and the
    shortened text is saved."""
    window = main_window
    catalogue = window.catalogue
    view, cluster = filled_clusters_tab(qtbot, window)
    limit = MAX_EXPLANATION_CHARS
    long_text = ("Проверка: министр это подтвердил. " * (limit // 30))[: limit + 5] + "🙂"
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, VerdictDialog)
        QApplication.clipboard().setText(long_text)
        dialog.explanation.setFocus()
        press(dialog.explanation, Qt.Key.Key_V, CTRL)
        assert dialog.explanation.toPlainText() == long_text
        click(dialog_button(dialog, OK))
        assert dialog.isVisible()  # still open, nothing lost
        assert dialog.explanation.toPlainText() == long_text
        assert dialog.explanation.hasFocus()
        seen.append(dialog.problem.text())
        selected = dialog.explanation.textCursor().selectedText()
        assert selected == long_text[limit:]  # the six characters past the limit, 🙂 whole
        press(dialog.explanation, Qt.Key.Key_Delete)
        click(dialog_button(dialog, OK))

    handler = when_modal("verdictDialog", answer)
    click(button(view, "buttonEditVerdict"))
    handler.check()
    assert "too long" in seen[0] and "20,000" in seen[0]
    assert error_boxes == []
    assert catalogue.get_cluster(cluster.id).cluster.explanation == long_text[:limit].strip()


def test_a_verdict_a_colleague_changed_meanwhile_is_a_readable_conflict(
    qtbot: QtBot, main_window: MainWindow, error_boxes: list[str]
) -> None:
    window = main_window
    catalogue = window.catalogue
    view, cluster = filled_clusters_tab(qtbot, window)

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, VerdictDialog)
        dialog.status.setFocus()
        QTest.keyClick(dialog.status, Qt.Key.Key_Down)  # In progress
        # a colleague gives a verdict while the dialog is open
        catalogue.set_verdict(
            cluster.id, "true", review_url="https://desk.example/1", reviewer="Коллега"
        )
        click(dialog_button(dialog, OK))

    handler = when_modal("verdictDialog", answer)
    click(button(view, "buttonEditVerdict"))
    handler.check()
    qtbot.waitUntil(lambda: bool(error_boxes))
    assert "changed by someone else" in error_boxes[0] and "nothing was saved" in error_boxes[0]
    kept = catalogue.get_cluster(cluster.id).cluster
    assert (kept.status, kept.reviewer) == (VerdictStatus.TRUE, "Коллега")


def test_confirm_and_split_are_enabled_only_when_they_can_act_and_undo(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    ids = fill(catalogue)
    confirm = menu_action(window, "Clusters", "Confirm cluster")
    split = menu_action(window, "Clusters", "Split off selected")
    assert not confirm.isEnabled() and not split.isEnabled()  # the Reader is shown
    assert_states_follow_the_table(window)

    view = open_clusters_tab(qtbot, window)
    cluster = view.chosen_cluster()
    assert cluster is not None
    assert confirm.isEnabled() and button(view, "buttonConfirmCluster").isEnabled()
    assert not split.isEnabled()  # no appearance selected
    assert_states_follow_the_table(window)

    click(button(view, "buttonConfirmCluster"))
    assert catalogue.get_cluster(cluster.id).cluster.confirmed
    qtbot.waitUntil(lambda: not confirm.isEnabled())  # nothing left to confirm
    assert_states_follow_the_table(window)

    # two of the three appearances (the early ТАСС one and the undated one) are split off
    click_row(view.appearance_table, 0)
    assert split.isEnabled()
    ctrl_click_row(view, 2)
    assert view.claims_to_split() == [ids["early"], ids["undated"]]
    ctrl_click_row(view, 1)  # all three: a split must leave one
    assert not split.isEnabled() and not button(view, "buttonSplitCluster").isEnabled()
    ctrl_click_row(view, 1)
    assert split.isEnabled()
    assert_states_follow_the_table(window)
    click(button(view, "buttonSplitCluster"))
    new_id = catalogue.cluster_of_claim(ids["early"])
    assert new_id not in (None, cluster.id)
    assert catalogue.cluster_of_claim(ids["undated"]) == new_id
    assert catalogue.cluster_of_claim(ids["late"]) == cluster.id
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert view.selected_cluster_id() == cluster.id

    press(view.table, Qt.Key.Key_Z, CTRL)  # the split
    assert catalogue.cluster_of_claim(ids["early"]) == cluster.id
    press(view.table, Qt.Key.Key_Z, CTRL)  # the confirmation
    assert not catalogue.get_cluster(cluster.id).cluster.confirmed
    qtbot.waitUntil(confirm.isEnabled)


def test_merge_into_a_cluster_chosen_in_the_chooser_and_ctrl_z(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    ids = fill(catalogue)
    view = open_clusters_tab(qtbot, window)
    peace = catalogue.cluster_of_claim(ids["early"])
    gas = catalogue.cluster_of_claim(ids["gas1"])
    click_row(view.table, 1)
    assert view.selected_cluster_id() == gas
    merge = menu_action(window, "Clusters", "Merge into…")
    assert merge.isEnabled()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeClustersDialog)
        assert [dialog.model.row_value(r).id for r in range(dialog.model.rowCount())] == [peace]
        type_text(dialog.filter_edit, "газ")  # matches nothing but the gas cluster itself
        assert dialog.model.rowCount() == 0
        assert not dialog_button(dialog, OK).isEnabled()
        dialog.filter_edit.clear()
        type_text(dialog.filter_edit, "никогда не")
        assert dialog.model.rowCount() == 1
        click(dialog_button(dialog, OK))

    handler = when_modal("mergeClustersDialog", choose)
    click(button(view, "buttonMergeCluster"))
    handler.check()
    assert catalogue.cluster_of_claim(ids["gas1"]) == peace
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.selected_cluster_id() == peace
    assert not merge.isEnabled()  # no other cluster left
    assert_states_follow_the_table(window)

    press(view.table, Qt.Key.Key_Z, CTRL)
    assert catalogue.cluster_of_claim(ids["gas1"]) == gas
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert merge.isEnabled()


def test_merge_is_possible_while_the_filter_hides_the_other_clusters(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    catalogue = main_window.catalogue
    ids = fill(catalogue)
    gas = catalogue.cluster_of_claim(ids["gas1"])
    assert gas is not None
    catalogue.set_verdict(gas, "false", review_url=URL, reviewer="Ирина")
    view = open_clusters_tab(qtbot, main_window)
    view.status.setCurrentIndex(view.status.findData("false"))
    assert view.model.rowCount() == 1
    assert menu_action(main_window, "Clusters", "Merge into…").isEnabled()


def test_export_claim_review_is_refused_without_a_finding_then_written_whole(
    qtbot: QtBot, main_window: MainWindow, error_boxes: list[str], tmp_path: Path
) -> None:
    window = main_window
    catalogue = window.catalogue
    fill(catalogue)
    view = open_clusters_tab(qtbot, window)
    cluster = view.chosen_cluster()
    assert cluster is not None
    export = button(view, "buttonExportClaimReview")
    click(export)  # unchecked: refused at once, with the core's words, and no file dialog
    qtbot.waitUntil(lambda: bool(error_boxes))
    assert error_boxes[0].startswith(
        f"Cluster {cluster.id} cannot be exported as a ClaimReview without a finding"
    )
    assert QApplication.activeModalWidget() is None  # no file dialog after the refusal

    window.ctx.undo_stack.run(
        lambda: catalogue.set_verdict(cluster.id, "mostly_false", review_url=URL)
    )
    folder = tmp_path / "проверки"
    folder.mkdir()
    target = folder / "отчёт"

    def save_as(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.windowTitle() == "Export ClaimReview"
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        assert name.text() == f"claimreview-cluster-{cluster.id}.jsonld"
        name.setText(str(target))
        click(dialog_button(dialog, QDialogButtonBox.StandardButton.Save))

    handler = when_modal("QFileDialog", save_as)
    click(export)
    handler.check()
    written = target.with_suffix(".jsonld")
    review = json.loads(written.read_text(encoding="utf-8"))
    assert review["@type"] == "ClaimReview" and review["url"] == URL
    assert review["reviewRating"]["alternateName"] == "Mostly false"
    assert review["author"]["name"] == catalogue.user_name
    assert len(review["itemReviewed"]["appearance"]) == 3
    assert [p.name for p in folder.iterdir()] == [written.name]  # no temporary file left

    # the next export starts in the folder of the last one (it started in the home folder)
    started: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        started.append(dialog.directory().absolutePath())
        dialog.reject()

    handler = when_modal("QFileDialog", look)
    click(export)
    handler.check()
    assert started == [str(folder)]


def test_gather_clusters_runs_off_the_window_and_ctrl_z_takes_it_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    ids = {}
    for name, outlet in (("a", "ТАСС"), ("b", "РБК")):
        article = catalogue.add_article(
            f"{outlet}\n\nМинистр заявил: «Азербайджан никогда не согласится на такие условия "
            "переговоров о мире». Конец.",
            title=f"Статья {name}",
            outlet=outlet,
        ).id
        ids[name] = catalogue.attribute_quote(
            article,
            "Азербайджан никогда не согласится на такие условия переговоров о мире",
            "Джейхун Байрамов",
        ).id
    qtbot.waitUntil(lambda: catalogue.index.indexed_claims() == 2, timeout=10_000)
    view = open_clusters_tab(qtbot, window)
    assert view.model.rowCount() == 0
    seen: list[str] = []
    handler = when_modal("gatherProgress", lambda d: seen.append(d.windowTitle()))
    window.actions_.get("gather_clusters").trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    handler.check()
    assert seen == ["Gather clusters"]
    assert catalogue.cluster_of_claim(ids["a"]) == catalogue.cluster_of_claim(ids["b"])
    assert "Gathered 2 claims" in window.statusBar().currentMessage()
    press(view.table, Qt.Key.Key_Z, CTRL)
    assert catalogue.cluster_of_claim(ids["a"]) is None
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)


def test_gathering_nothing_says_so_and_how_claims_get_into_a_cluster(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """With nothing to gather, the button seemed dead: the status bar's note was replaced at
    once by the hovered button's tip as the progress closed, and the list stayed empty."""
    window = main_window
    window.show()
    qtbot.waitExposed(window)
    catalogue = window.catalogue
    article = catalogue.add_article(
        "ТАСС\n\nМинистр заявил: «Азербайджан никогда не согласится на такие условия». Конец."
    ).id
    catalogue.attribute_quote(
        article, "Азербайджан никогда не согласится на такие условия", "Джейхун Байрамов"
    )
    view = open_clusters_tab(qtbot, window)
    button = view.findChild(QToolButton, "buttonGatherClusters")
    assert isinstance(button, QToolButton) and button.isEnabled()
    said: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    handler = when_modal("gatherNothingMessage", read_and_close, timeout_ms=10_000)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # the search runs off the window
    qtbot.waitUntil(lambda: bool(said) or handler.error is not None, timeout=10_000)
    handler.check()
    assert said[0].startswith("No claims were gathered")
    assert "“Same claim”" in said[0]
    assert view.model.rowCount() == 0
    assert window.ctx.undo_stack.count() == 0  # nothing to undo: nothing changed


def test_gather_linked_claims_only_is_quick_and_leaves_mere_matches_out(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    ids = []
    for outlet in ("ТАСС", "РБК", "Блог"):
        article = catalogue.add_article(
            f"{outlet}\n\nМинистр заявил: «Азербайджан никогда не согласится на такие условия "
            "переговоров о мире». Конец.",
            outlet=outlet,
        ).id
        ids.append(
            catalogue.attribute_quote(
                article,
                "Азербайджан никогда не согласится на такие условия переговоров о мире",
                "Джейхун Байрамов",
            ).id
        )
    catalogue.link_claims(ids[0], ids[1], "same")
    view = open_clusters_tab(qtbot, window)
    menu_action(window, "Clusters", "Gather linked claims only").trigger()
    assert QApplication.activeModalWidget() is None  # no progress: done at once
    linked = catalogue.cluster_of_claim(ids[0])
    assert linked is not None and catalogue.cluster_of_claim(ids[1]) == linked
    assert catalogue.cluster_of_claim(ids[2]) is None  # only almost certainly the same
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert "Gathered 2 claims: 1 new cluster, 0 grown." in window.statusBar().currentMessage()
    press(view.table, Qt.Key.Key_Z, CTRL)
    assert catalogue.cluster_of_claim(ids[0]) is None


def test_cancel_while_gathering_stores_nothing(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    catalogue = window.catalogue
    article = catalogue.add_article(
        "\n".join(f"Спикер {n} сказал: «Утверждение номер {n} о ценах на газ»." for n in range(150))
    ).id
    claims = [
        catalogue.attribute_quote(article, f"Утверждение номер {n} о ценах на газ", "Новак").id
        for n in range(150)
    ]
    catalogue.link_claims(claims[0], claims[1], "same")
    qtbot.waitUntil(lambda: catalogue.index.indexed_claims() == 150, timeout=10_000)
    open_clusters_tab(qtbot, window)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QProgressDialog)
        cancel_button = dialog.findChild(QAbstractButton)
        assert cancel_button is not None
        click(cancel_button)

    handler = when_modal("gatherProgress", cancel)
    window.actions_.get("gather_clusters").trigger()
    qtbot.waitUntil(lambda: window.clusters.gathering is None, timeout=20_000)
    handler.check()
    assert catalogue.list_clusters() == []  # not even the linked pair
    assert window.statusBar().currentMessage() == "Gathering cancelled: nothing changed."


def test_clusters_tab_letters_take_no_menus_alt_letter(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from test_mnemonics import assert_no_clash

    fill(main_window.catalogue)
    view = open_clusters_tab(qtbot, main_window)
    assert view.status.isVisible()
    # "&Verdict:" took Alt+V from the View menu
    assert_no_clash(main_window, "Clusters")


# -- layout ----------------------------------------------------------------------------------


def clusters_controls(view: ClustersView) -> list[QWidget]:
    return [view.status, *view.findChildren(QToolButton)]


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
def test_every_clusters_control_is_on_screen(
    qtbot: QtBot, main_window: MainWindow, size: tuple[int, int]
) -> None:
    # at 1024×700 the tabs get some 210 px beside the docks at their default sizes
    fill(main_window.catalogue)
    main_window.resize(*size)
    qtbot.waitUntil(lambda: main_window.size().width() == size[0], timeout=2000)
    view = open_clusters_tab(qtbot, main_window)
    page = main_window.tabs.currentWidget()
    assert isinstance(page, QScrollArea) and page.isAncestorOf(view)
    controls = clusters_controls(view)
    assert len(controls) == 8  # the verdict filter and seven buttons, Timeline… among them
    qtbot.waitUntil(lambda: not outside_the_page(page, controls), timeout=2000)
    # the tables keep room for a few rows each
    assert view.table.viewport().height() >= 3 * view.table.verticalHeader().defaultSectionSize()
    shown = view.appearance_table
    assert shown.viewport().height() >= 2 * shown.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("width", [212, 500])
def test_the_clusters_view_fits_a_narrow_page(
    qtbot: QtBot, main_window: MainWindow, width: int
) -> None:
    fill(main_window.catalogue)
    view = open_clusters_tab(qtbot, main_window)
    page = main_window.tabs.currentWidget()
    assert isinstance(page, QScrollArea)
    page.setMaximumWidth(width)
    qtbot.waitUntil(lambda: page.width() <= width, timeout=2000)
    qtbot.waitUntil(lambda: not outside_the_page(page, clusters_controls(view)), timeout=2000)


def test_a_finding_given_without_a_date_is_dated_today(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    catalogue = main_window.catalogue
    view, cluster = filled_clusters_tab(qtbot, main_window)

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, VerdictDialog)
        assert dialog.reviewed_on.text() == ""
        dialog.status.setFocus()
        for _ in range(2):  # Unchecked → In progress → True
            QTest.keyClick(dialog.status, Qt.Key.Key_Down)
        click(dialog_button(dialog, OK))

    handler = when_modal("verdictDialog", answer)
    press(view.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # the Clusters menu…
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    QTest.keyClick(popup, Qt.Key.Key_V)  # …its Edit verdict entry
    handler.check()
    saved = catalogue.get_cluster(cluster.id).cluster
    assert saved.status is VerdictStatus.TRUE
    assert saved.reviewed_on == date.today().isoformat()


def test_a_day_first_review_date_is_typed_and_stored_as_that_day(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    catalogue = main_window.catalogue
    view, cluster = filled_clusters_tab(qtbot, main_window)
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, VerdictDialog)
        ok = dialog_button(dialog, OK)
        dialog.status.setFocus()
        for _ in range(6):  # Unchecked → In progress → … → False
            QTest.keyClick(dialog.status, Qt.Key.Key_Down)
        dialog.reviewed_on.setFocus()
        QTest.keyClicks(dialog.reviewed_on, "08.2024")  # a month is not the day it was given
        seen["partial"] = (ok.isEnabled(), dialog.problem.text())
        dialog.reviewed_on.selectAll()
        QTest.keyClicks(dialog.reviewed_on, "01.08.2024")
        seen["typed"] = (dialog.reviewed_on.text(), ok.isEnabled(), dialog.problem.isVisible())
        click(ok)

    handler = when_modal("verdictDialog", answer)
    click(button(view, "buttonEditVerdict"))
    handler.check()
    assert seen["partial"] == (
        False,
        "The review date “08.2024” is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.",
    )
    assert seen["typed"] == ("01.08.2024", True, False)
    saved = catalogue.get_cluster(cluster.id).cluster
    assert saved.status is VerdictStatus.FALSE and saved.reviewed_on == "2024-08-01"


def cut_cells(table: QTableView) -> list[str]:
    """The cells on screen, outside the last (stretching) column, whose text does not fit."""
    metrics = table.fontMetrics()
    model = table.model()
    cut = []
    for row in range(model.rowCount()):
        if table.isRowHidden(row) or table.rowViewportPosition(row) > table.viewport().height():
            continue
        for column in range(model.columnCount() - 1):
            text = str(model.index(row, column).data() or "")
            # the delegate keeps 3 pixels each side (Fusion's focus margin and one more)
            if metrics.horizontalAdvance(text) + 6 > table.columnWidth(column):
                cut.append(text)
    return cut


def test_the_clusters_and_appearances_show_their_cells_whole(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The columns were as wide as their headers: a verdict such as "Mostly false", a
    speaker's name and the kind of a quote were cut ("Mostly f…") while the claim's column
    stretched over empty space. Each column now fits the cells on screen (names up to a limit)."""
    window = main_window
    view, cluster = filled_clusters_tab(qtbot, window)
    window.catalogue.set_verdict(cluster.id, "mostly_false")
    qtbot.waitUntil(lambda: view.chosen_cluster() is not None)
    for table in (view.table, view.appearance_table):
        qtbot.waitUntil(lambda table=table: table.model().rowCount() > 0)
        qtbot.waitUntil(lambda table=table: not cut_cells(table), timeout=2000)
