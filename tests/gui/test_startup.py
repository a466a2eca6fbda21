"""Starting the app: the window is up at once saying "Opening catalogue…", answers keys while the
catalogue opens behind it, then the main window takes its place; a catalogue that cannot be
opened still gets its question (recovering a damaged one), asked with the window up."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from dialog_helpers import when_modal
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui import app as app_module
from claimdesk.gui.main_window import MainWindow


class KeyLog(QObject):
    """Notes each key press a watched widget receives, in the order of ``events``."""

    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.events.append(f"key {event.text()}")
        return False


def test_the_window_says_it_is_opening_then_shows_the_catalogue(
    qtbot: QtBot, tmp_path: Path, settings_dir: Path, sample_article_path: Path
) -> None:
    db = tmp_path / "Каталог.sqlite"
    with Catalogue.open(db) as catalogue:
        article = catalogue.add_article(
            sample_article_path.read_text(encoding="utf-8"), title="Байрамов о встрече"
        ).id
    events: list[str] = []
    startup = app_module.start_window(str(db))
    startup.done.connect(lambda: events.append("ready"))
    opening = startup.opening
    # up at once, before the catalogue is open, and saying so
    assert opening.isVisible() and not startup.finished
    assert opening.windowTitle() == "ClaimDesk — opening Каталог.sqlite…"
    assert opening.statusBar().currentMessage() == "Opening catalogue…"
    assert opening.message.text() == "Opening Каталог.sqlite…"
    # a key pressed now is answered before the catalogue is ready: nothing holds the event loop
    keys = KeyLog(events)
    opening.installEventFilter(keys)
    QApplication.postEvent(
        opening, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )
    qtbot.waitUntil(lambda: startup.finished, timeout=60_000)
    assert events == ["key a", "ready"]

    window = startup.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        # the opening window is gone: hidden, or already deleted (deleteLater) when other
        # events ran meanwhile (the first Russian article's suggestions are read off the thread)
        assert window.isVisible()
        assert not shiboken6.isValid(opening) or not opening.isVisible()
        assert window.catalogue.location == str(db)
        # the first article is shown, as before, once the window is on screen
        qtbot.waitUntil(lambda: window.reader.article_id == article)
        assert "Каталог.sqlite" in window.windowTitle()
    finally:
        window.close()


def _damage(path: Path) -> None:
    """Overwrite one page in the middle of the catalogue file ``path`` with noise."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    at = (len(data) // page // 2) * page
    data[at : at + page] = bytes(range(256)) * (page // 256)
    path.write_bytes(bytes(data))


def test_a_damaged_catalogue_gets_its_question_with_the_window_up_and_quit_ends_the_app(
    tmp_path: Path, settings_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the log file
    damaged = tmp_path / "claims.sqlite"
    with Catalogue.open(damaged) as catalogue:
        for number in range(30):
            catalogue.add_article(f"Статья {number}. " + "Министр заявил, что всё идёт. " * 200)
    _damage(damaged)
    seen: list[str] = []

    def quit_(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        opening = [w for w in QApplication.topLevelWidgets() if w.objectName() == "openingWindow"]
        seen.extend(w.findChild(QWidget, "openingMessage").text() for w in opening if w.isVisible())
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        assert "Recover what is readable…" in buttons  # the damaged file's own question
        chosen = buttons["Quit"]
        assert isinstance(chosen, QAbstractButton)
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    handler = when_modal("cannotOpenCatalogueMessage", quit_, timeout_ms=60_000)
    # the whole start, event loop and all, as the launcher runs it
    assert app_module.main(["claimdesk", "--db", str(damaged)]) == 1
    handler.check()
    assert len(seen) == 2
    assert f"The catalogue {damaged} is damaged" in seen[0]
    assert seen[1] == "The catalogue could not be opened."  # the window behind the question
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if w.objectName() == "openingWindow"
    )
    # nothing of that run is left queued: the process's next event loop runs until it is told
    # to end (a quit left posted would end it at once, and every modal dialog after it)
    QApplication.processEvents()  # as the next test's set-up would
    loop = QEventLoop()
    QTimer.singleShot(100, lambda: loop.exit(5))
    assert loop.exec() == 5
