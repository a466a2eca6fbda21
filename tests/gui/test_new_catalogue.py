"""File › New catalogue… as a person uses it: a name that is taken is refused in one message
and the file dialog comes back with a free name like it (the dialog's own "replace it?" was
answered yes for a file the app then refused, two contradicting questions); the catalogue made
is the one named."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from dialog_helpers import ModalHandler, menu_action, when_modal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.main_window import MainWindow


def name_field(dialog: QWidget) -> QLineEdit:
    assert isinstance(dialog, QFileDialog)
    field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(field, QLineEdit)
    return field


def close_if_open(dialog: QWidget) -> None:
    if shiboken6.isValid(dialog) and dialog.isVisible() and isinstance(dialog, QFileDialog):
        dialog.reject()


def click_save(dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert isinstance(buttons, QDialogButtonBox)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None and save.isEnabled()
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)


def test_a_taken_name_is_refused_once_and_a_free_one_proposed(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.sqlite"
    with Catalogue.open(taken) as other:
        other.add_article("Someone else's article, not to be touched.")
    before = taken.read_bytes()
    handlers: list[ModalHandler] = []
    proposed: list[str] = []
    said: list[str] = []

    def second_dialog(dialog: QWidget) -> None:
        proposed.append(name_field(dialog).text())
        click_save(dialog)  # the free name, as proposed

    def refusal(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        handlers.append(when_modal("QFileDialog", second_dialog))
        QTest.keyClick(box, Qt.Key.Key_Return)

    def first_dialog(dialog: QWidget) -> None:
        name_field(dialog).setText(str(taken))
        handlers.append(when_modal("fileExistsMessage", refusal))
        # were another question to open instead, its handler closes it; this then closes the
        # file dialog left open, so the test fails rather than waits for ever
        QTimer.singleShot(8000, lambda: close_if_open(dialog))
        click_save(dialog)

    handlers.append(when_modal("QFileDialog", first_dialog))
    menu_action(main_window, "File", "New catalogue…").trigger()
    qtbot.waitUntil(lambda: len(handlers) == 3 and bool(handlers[2].dialogs), timeout=10_000)
    for handler in handlers:
        handler.check()
    assert said == ["taken.sqlite already exists. Give the new catalogue another name (or open "
                    "that one with File › Open catalogue)."]  # fmt: skip
    assert Path(proposed[0]).name == "taken-2.sqlite"
    qtbot.waitUntil(lambda: main_window.catalogue.location.endswith("taken-2.sqlite"))
    assert (tmp_path / "taken-2.sqlite").exists()
    assert taken.read_bytes() == before  # the other catalogue untouched
