"""Home and End in the window's lists of whole rows (the articles, the speakers) go to the first
and last row, with Ctrl too: they moved to the first and last column, which a row selection does
not show (the keys seemed dead), and Ctrl+End left no row chosen."""

from __future__ import annotations

from dialog_helpers import press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def chosen_rows(view: QTableView) -> list[int]:
    return sorted({index.row() for index in view.selectionModel().selectedRows()})


def walk_home_and_end(view: QTableView, rows: int) -> None:
    view.setFocus()
    for key, modifiers, row in (
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier, rows - 1),
        (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier, 0),
        (Qt.Key.Key_End, CTRL, rows - 1),
        (Qt.Key.Key_Home, CTRL, 0),
    ):
        press(view, key, modifiers)
        assert view.currentIndex().row() == row, (key, modifiers)
        assert chosen_rows(view) == [row], (key, modifiers)


def test_home_and_end_go_to_the_first_and_last_article(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    for number in range(5):
        main_window.catalogue.add_article(
            f"Статья номер {number}: текст статьи.", title=f"№{number}"
        )
    view = main_window.article_panel.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 5)
    walk_home_and_end(view, 5)


def test_home_and_end_in_the_speakers_table_shift_extends(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    for name in ("Анна", "Борис", "Вера", "Глеб"):
        main_window.catalogue.add_speaker(name)
    press(main_window, Qt.Key.Key_4, CTRL)
    view = main_window.browse.speakers_view.table
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() == 4)
    walk_home_and_end(view, 4)
    press(view, Qt.Key.Key_End, SHIFT)  # several speakers may be chosen (to merge)
    assert chosen_rows(view) == [0, 1, 2, 3]
    assert view.currentIndex().row() == 3


def test_a_lone_speaker_is_chosen_as_the_table_gets_the_focus(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """One speaker, Ctrl+4: the focus frame sat on its row, not chosen, every button for it
    disabled, and no arrow key could choose it."""
    main_window.catalogue.add_speaker("Анна Петрова")
    press(main_window, Qt.Key.Key_4, CTRL)
    view = main_window.browse.speakers_view
    qtbot.waitUntil(lambda: view.table.isVisible() and view.model.rowCount() == 1)
    view.table.setFocus()
    qtbot.waitUntil(lambda: chosen_rows(view.table) == [0])
    assert view.profile_button.isEnabled() and view.edit_button.isEnabled()
