"""The first Russian article of a session: its suggestions wait for the parser to load (a second
or more) off the window's thread, with the panel saying it is looking, and then fill in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from claimdesk.core.suggest import ready_at_once, russian_nlp
from claimdesk.gui.main_window import MainWindow

TEXT = (
    "Министр Анна Лебедева заявила: «Мост через реку откроют весной».\n"
    "Её заместитель Олег Фролов отметил, что ремонт дороги закончат к лету.\n"
)


def test_first_russian_article_is_read_off_the_window_thread(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    # a process that has not read Russian yet (the session's parser comes back afterwards)
    monkeypatch.setattr(russian_nlp, "_loaded", [])
    assert not ready_at_once(TEXT)
    assert ready_at_once("The pier stays shut, the harbour board said.")

    window.articles.add_article_text(TEXT, ask=False)
    panel = window.suggestions.panel
    assert "Looking for quotes" in panel.status.text()
    assert window.suggestions.suggestions == []
    QTest.keyClick(window.reader, Qt.Key.Key_End)  # the window answers meanwhile
    qtbot.waitUntil(lambda: len(window.suggestions.suggestions) == 2, timeout=60_000)
    assert {s.speaker for s in window.suggestions.suggestions} == {"Анна Лебедева", "Олег Фролов"}
    assert "Looking for quotes" not in panel.status.text()
    assert ready_at_once(TEXT)
