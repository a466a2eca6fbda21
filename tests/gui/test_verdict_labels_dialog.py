"""Clusters › Verdict labels… and the verdict status in the claim filters (issue 19), driven as a
person does: the real menu action, keys in the dialog's list and fields, its real buttons, the
filter bar's list chosen with keys, Ctrl+E and the export dialog's own fields and button."""

from __future__ import annotations

import csv
from pathlib import Path

from dialog_helpers import menu_action, press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_cluster_actions import button, click, go_to_clusters_by_key
from test_clusters_view import fill

from claimdesk.gui.clusters_view import CLUSTER_COLUMNS
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.verdict_dialog import VerdictDialog
from claimdesk.gui.verdict_labels_dialog import VerdictLabelsDialog

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def labels_in(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_rename_add_reorder_and_remove_statuses_each_one_undo_step(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    ids = fill(catalogue)
    gas = catalogue.cluster_of_claim(ids["gas1"])
    assert gas is not None
    catalogue.set_verdict(gas, "false")
    view = go_to_clusters_by_key(qtbot, window)
    steps = window.undo_stack.count()
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, VerdictLabelsDialog)
        listing = dialog.list
        assert dialog.focusWidget() is listing  # the keys work on the list from the start
        for _ in range(6):  # Unchecked → … → False
            QTest.keyClick(listing, Qt.Key.Key_Down)
        assert dialog.label_edit.text() == "False"
        dialog.label_edit.setFocus()
        dialog.label_edit.selectAll()
        type_text(dialog.label_edit, "Ложь")
        QTest.keyClick(dialog.label_edit, Qt.Key.Key_Return)  # renames
        seen["renamed"] = dialog.chosen().label if dialog.chosen() else None
        # a status of the desk's own, added at the end and moved up one by Alt+Up
        dialog.label_edit.selectAll()
        type_text(dialog.label_edit, "Вырвано из контекста")
        seen["new key"] = dialog.new_key.text()
        click(dialog.add_button)
        seen["added"] = dialog.chosen().label if dialog.chosen() else None
        QTest.keyClick(listing, Qt.Key.Key_Up, ALT)
        seen["order"] = [v.label for v in dialog.model.labels]
        # "Unchecked" is what new clusters start with (and two clusters have it)
        QTest.keyClick(listing, Qt.Key.Key_Home)
        QTest.keyClick(listing, Qt.Key.Key_Delete)
        seen["refused"] = dialog.problem.isVisible() and dialog.problem.text()
        # "Ложь" is given to a cluster
        for _ in range(6):
            QTest.keyClick(listing, Qt.Key.Key_Down)
        assert dialog.chosen() is not None and dialog.chosen().label == "Ложь"  # type: ignore[union-attr]
        QTest.keyClick(listing, Qt.Key.Key_Delete)
        seen["in use"] = dialog.problem.text()
        QTest.keyClick(listing, Qt.Key.Key_Up)
        QTest.keyClick(listing, Qt.Key.Key_Up)  # Mixed, given to none
        assert dialog.chosen() is not None and dialog.chosen().key == "mixed"  # type: ignore[union-attr]
        click(dialog.remove_button)
        seen["after remove"] = [v.key for v in dialog.model.labels]
        seen["problem hidden"] = not dialog.problem.isVisible()
        dialog.buttons.button(dialog.buttons.StandardButton.Close).click()

    handler = when_modal("verdictLabelsDialog", answer)
    menu_action(window, "Clusters", "Verdict labels…").trigger()
    handler.check()

    assert seen["renamed"] == "Ложь" and seen["added"] == "Вырвано из контекста"
    assert seen["order"] == [
        "Unchecked",
        "In progress",
        "True",
        "Mostly true",
        "Mixed",
        "Mostly false",
        "Ложь",
        "Вырвано из контекста",
        "Unverifiable",
    ]
    assert seen["new key"] == "Added as a new status, it gets the key “вырвано_из_контекста”."
    assert "вырвано_из_контекста" in [v.key for v in catalogue.verdict_labels()]
    assert "new clusters start with it" in str(seen["refused"])
    assert "“Ложь” cannot be removed: 1 cluster has it" in str(seen["in use"])
    assert "mixed" not in seen["after remove"]  # type: ignore[operator]
    assert seen["problem hidden"]
    # rename, add, move, remove: four undo steps
    assert window.undo_stack.count() == steps + 4
    assert "Вырвано из контекста" in labels_in(view.status)
    row = view.model.row_of(gas)
    assert row is not None
    shown = view.model.index(row, CLUSTER_COLUMNS.index("status")).data()
    assert shown == "Ложь"

    press(view.table, Qt.Key.Key_Z, CTRL)  # the removal undone: Mixed is back
    assert "mixed" in [v.key for v in catalogue.verdict_labels()]
    qtbot.waitUntil(lambda: "Mixed" in labels_in(view.status))

    # the verdict editor offers the catalogue's labels in its order
    view.choose_cluster(gas)

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, VerdictDialog)
        seen["editor"] = labels_in(dialog.status)
        seen["editor chosen"] = dialog.status.currentText()
        dialog.reject()

    editor = when_modal("verdictDialog", look)
    click(button(view, "buttonEditVerdict"))
    editor.check()
    assert seen["editor"] == seen["order"]
    assert seen["editor chosen"] == "Ложь"


def test_the_catalogue_filters_and_exports_by_verdict_status(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    window = main_window
    catalogue = window.catalogue
    ids = fill(catalogue)
    gas = catalogue.cluster_of_claim(ids["gas1"])
    assert gas is not None
    catalogue.add_verdict_label("Вырвано из контекста", "context")
    catalogue.set_verdict(gas, "context")
    press(window.reader, Qt.Key.Key_3, CTRL)
    view = window.browse.catalogue_view
    qtbot.waitUntil(view.isVisible)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    combo = view.filter_bar.status_combo
    assert labels_in(combo)[-1] == "Вырвано из контекста"
    press(view.table, Qt.Key.Key_D, ALT)  # Ver&dict:
    assert combo.hasFocus()
    for _ in range(combo.count() - 1):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Вырвано из контекста"
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)

    target = tmp_path / "вырвано.csv"
    seen: dict[str, object] = {}

    def export(dialog: QWidget) -> None:
        bar_combo = dialog.findChild(QComboBox, "statusFilter")
        assert isinstance(bar_combo, QComboBox)
        seen["status"] = bar_combo.currentText()
        path_edit = dialog.findChild(QLineEdit, "exportPathEdit")
        assert isinstance(path_edit, QLineEdit)
        path_edit.setFocus()
        path_edit.selectAll()
        type_text(path_edit, str(target))
        start = dialog.findChild(QPushButton, "exportStartButton")
        assert isinstance(start, QPushButton)
        click(start)

    exported = when_modal("exportDialog", export, timeout_ms=10_000)
    press(view.table, Qt.Key.Key_E, CTRL)
    exported.check()
    assert seen["status"] == "Вырвано из контекста"
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=10_000
    )
    done = QApplication.activeModalWidget()
    assert isinstance(done, QMessageBox) and done.text().startswith("2 claims written to")
    ok = done.buttons()[0]
    assert isinstance(ok, QAbstractButton)
    click(ok)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(int(r["claim_id"]) for r in rows) == sorted([ids["gas1"], ids["gas2"]])

    # a verdict changed elsewhere changes what the filtered tab lists
    catalogue.set_verdict(gas, "false")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
