"""A closed window is torn down without running its Python code: no Python slot while Qt deletes
its widget tree (a tab widget losing its pages may say its current tab changed), and no timer it
set going left to call a method of the deleted window (the dock sizes' timer did: "Internal C++
object (MainWindow) already deleted", raised in the Qt event loop). Both meet half-destroyed
widgets; test runs crashed now and then as windows were destroyed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from claimdesk.gui.app import build_main_window


def test_no_tab_change_is_reported_while_the_closed_window_is_destroyed(
    qtbot: QtBot, catalogue_path: Path, settings_dir: Path
) -> None:
    window = build_main_window(str(catalogue_path))
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(2)  # the Speakers tab, as when a test or a user left it there
    heard: list[int] = []
    window.tabs.currentChanged.connect(heard.append)
    window.close()
    after_close = list(heard)  # closing saves the Reader's layout: it may go back to the Reader
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert heard == after_close
