"""The export dialog's formats, driven as a person does: search the Catalogue tab, Ctrl+E,
pick a format in the dialog's list, Browse… for a file name in the real file dialog, Export;
the file holds the claims the tab showed, in that format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dialog_helpers import press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow

TEXT = (
    "Мария Захарова заявила: «Ёлка стоит на площади».\n"
    "По словам Захаровой, ёлку привезли из Сибири 🙂. Захарова добавила: «Ель красивая».\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier
SHOWN = "Ель красивая"  # the Catalogue tab's search finds this claim only
HIDDEN = "Ёлка стоит на площади"


def click(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def save_as(path: Path, filters: list[str]) -> object:
    """Answers the file dialog Browse… opens: keeps the filters it offered, types the name
    (without a suffix), presses Save."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        filters.extend(dialog.nameFilters())
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        name.setText(str(path))  # the whole path at once, as pasted
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert isinstance(buttons, QDialogButtonBox)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(save, QAbstractButton)
        # the dialog enables Save once its file system model has read the folder (a thread of
        # its own): a user waits for it, as the test does here (once it was not yet enabled)
        for _ in range(250):  # up to 5 s
            if save.isEnabled():
                break
            QTest.qWait(20)
        click(save)

    return when_modal("QFileDialog", answer)


@pytest.mark.parametrize(
    ("steps_down", "suffix"),
    [(1, ".jsonl"), (2, ".json"), (3, ".jsonld")],
)
def test_export_in_the_chosen_format_with_the_catalogue_tabs_search(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, steps_down: int, suffix: str
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    for quote, speaker in ((HIDDEN, "Мария Захарова"), (SHOWN, "Мария Захарова")):
        start = TEXT.index(quote)
        window.catalogue.attribute_span(
            article_id, start, start + len(quote), new_speaker=speaker, kind="direct"
        )
    press(window.reader, Qt.Key.Key_3, CTRL)
    catalogue = window.browse.catalogue_view
    press(catalogue.table, Qt.Key.Key_F, CTRL)
    type_text(catalogue.filter_bar.text_edit, "КРАСИВАЯ")
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 1)

    chosen = tmp_path / "выгрузка"
    filters: list[str] = []
    seen: dict[str, object] = {}

    def export(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox, "exportFormatCombo")
        assert isinstance(combo, QComboBox)
        combo.setFocus()
        for _ in range(steps_down):
            QTest.keyClick(combo, Qt.Key.Key_Down)
        seen["format"] = combo.currentData()
        excel = dialog.findChild(QWidget, "exportExcelCheck")
        assert excel is not None
        seen["excel enabled"] = excel.isEnabled()
        handler = save_as(chosen, filters)
        browse = dialog.findChild(QPushButton, "exportBrowseButton")
        assert isinstance(browse, QPushButton)
        click(browse)  # the file dialog opens, is answered, closes
        handler.check()  # type: ignore[attr-defined]
        path_edit = dialog.findChild(QLineEdit, "exportPathEdit")
        assert isinstance(path_edit, QLineEdit)
        seen["path"] = path_edit.text()
        start = dialog.findChild(QPushButton, "exportStartButton")
        assert isinstance(start, QPushButton)
        click(start)

    exported = when_modal("exportDialog", export, timeout_ms=10_000)
    press(catalogue.table, Qt.Key.Key_E, CTRL)
    exported.check()
    target = chosen.with_suffix(suffix)
    assert seen["path"] == str(target)
    assert not seen["excel enabled"]  # the spreadsheet options are for CSV only
    assert filters[0].endswith(f"(*{suffix})")
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=10_000
    )
    done = QApplication.activeModalWidget()
    assert isinstance(done, QMessageBox) and done.objectName() == "exportDoneMessage"
    assert done.text().startswith("1 claim written to")
    click(done.buttons()[0])

    text = target.read_text("utf-8")
    if suffix == ".jsonl":
        records = [json.loads(line) for line in text.splitlines()]
        quotes = [r["quote"] for r in records]
        assert records[0]["speaker"]["name"] == "Мария Захарова"
    elif suffix == ".json":
        quotes = [c["quote"] for c in json.loads(text)["claims"]]
    else:
        items = json.loads(text)["first"]["items"]
        quotes = [a["target"]["selector"][0]["exact"] for a in items]
        start = items[0]["target"]["selector"][1]["start"]
        assert TEXT[start : start + len(SHOWN)] == SHOWN  # code points, past the emoji
    assert quotes == [SHOWN]
