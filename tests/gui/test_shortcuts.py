"""Help › Keyboard shortcuts and the README's keyboard table come from the one action table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from dialog_helpers import press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.actions import (
    ACTIONS,
    MENUS,
    declared_shortcut_rows,
    shortcut_rows,
    shortcuts_markdown,
)
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.shortcuts_dialog import ShortcutsDialog

README = Path(__file__).resolve().parents[2] / "README.md"


def test_f1_opens_every_shortcut_of_the_window(qtbot: QtBot, main_window: MainWindow) -> None:
    seen: list[list[str]] = []

    def read_and_filter(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        seen.append([row.keys for row in dialog.shown_rows()])
        type_text(dialog.filter_edit, "отмен")  # nothing matches a Russian word: empty table
        assert dialog.shown_rows() == []
        dialog.filter_edit.clear()
        type_text(dialog.filter_edit, "undo")
        assert {row.keys for row in dialog.shown_rows()} >= {"Ctrl+Z"}
        close = dialog.findChild(QDialogButtonBox)
        assert close is not None
        close.button(QDialogButtonBox.StandardButton.Close).click()

    handler = when_modal("shortcutsDialog", read_and_filter)
    press(main_window.reader, Qt.Key.Key_F1)
    dialog = handler.check()
    assert isinstance(dialog, QDialog)
    # every window action with a key is listed with exactly the keys it answers to
    listed = set(seen[0])
    for action in main_window.findChildren(QAction):
        if action.data() in {spec.id for spec in ACTIONS} and action.shortcuts():
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            assert keys in listed, (action.objectName(), keys)
    assert [r.keys for r in shortcut_rows(main_window.actions_)] == seen[0]


def test_the_window_has_the_declared_keys_and_no_key_twice(main_window: MainWindow) -> None:
    assert shortcut_rows(main_window.actions_) == declared_shortcut_rows()
    keys = Counter(
        k.toString()
        for action in main_window.actions_
        for k in action.shortcuts()
        if not k.isEmpty()
    )
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_declared_action_is_in_a_menu() -> None:
    in_menus = {entry for _title, entries in MENUS for entry in entries}
    assert [spec.id for spec in ACTIONS if spec.id not in in_menus] == []


def test_readme_keyboard_table_is_generated_from_the_action_table() -> None:
    text = README.read_text(encoding="utf-8")
    assert shortcuts_markdown() in text, "run: python tools/shortcuts_table.py --write"
