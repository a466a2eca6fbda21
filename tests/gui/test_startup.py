"""Starting the app: the main window is up at once saying "Opening catalogue…", answers keys while
the catalogue opens behind it (without loading the core first), then gets the catalogue; a
catalogue that cannot be opened still gets its question (recovering a damaged one), asked with the
window up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from dialog_helpers import type_text, when_modal
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui import app as app_module
from claimdesk.gui.main_window import MainWindow


class KeyLog(QObject):
    """Notes each key press a watched widget receives, in the order of ``events``, with whether
    ``window`` had its catalogue then."""

    def __init__(self, events: list[str], window: MainWindow) -> None:
        super().__init__()
        self.events = events
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            state = "open" if self.window.catalogue_open else "opening"
            self.events.append(f"key {event.text()} ({state})")
        return False


def _shown_main_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_the_main_window_shows_at_once_answers_keys_then_gets_its_catalogue(
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
    # the main window itself is up at once, before the catalogue is open, and says so
    shown = _shown_main_windows()
    assert len(shown) == 1 and not startup.finished
    window = shown[0]
    qtbot.addWidget(window)
    assert not window.catalogue_open
    assert window.windowTitle() == "ClaimDesk — opening Каталог.sqlite…"
    assert window.statusBar().currentMessage() == "Opening catalogue…"
    assert window.article_header.text() == "Opening Каталог.sqlite…"
    # what needs the catalogue waits for it; quitting does not
    actions = window.actions_
    assert not actions.paste_article.isEnabled() and not actions.open.isEnabled()
    assert not actions.export_csv.isEnabled() and not actions.open_catalogue.isEnabled()
    assert actions.quit.isEnabled()
    # a key typed into the reader now is answered before the catalogue is ready: nothing holds
    # the event loop, and the reader is there to take it
    keys = KeyLog(events, window)
    window.reader.installEventFilter(keys)
    QApplication.postEvent(
        window.reader,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
    )
    qtbot.waitUntil(lambda: startup.finished, timeout=60_000)
    assert events == ["key a (opening)", "ready"]

    try:
        # the same window, now over the catalogue: its actions enabled, its first article shown
        assert startup.window is window and window.isVisible()
        assert window.catalogue_open and window.catalogue.location == str(db)
        assert actions.paste_article.isEnabled() and actions.open.isEnabled()
        assert actions.export_csv.isEnabled() and actions.open_catalogue.isEnabled()
        assert window.statusBar().currentMessage() != "Opening catalogue…"
        qtbot.waitUntil(lambda: window.reader.article_id == article)
        assert "Каталог.sqlite" in window.windowTitle() and "opening" not in window.windowTitle()
        assert window.article_header.text() != "Opening Каталог.sqlite…"
        assert _shown_main_windows() == [window]
    finally:
        window.close()


def test_a_filter_typed_while_the_catalogue_opens_applies_once_it_is_open(
    qtbot: QtBot, tmp_path: Path, settings_dir: Path
) -> None:
    db = tmp_path / "claims.sqlite"
    with Catalogue.open(db) as catalogue:
        catalogue.add_article("Министр Лавров заявил о переговорах.", title="Лавров о переговорах")
        catalogue.add_article("Глава МИД Байрамов принял посла.", title="Байрамов принял посла")
    startup = app_module.start_window(str(db))
    (window,) = _shown_main_windows()
    qtbot.addWidget(window)
    try:
        assert not window.catalogue_open
        type_text(window.article_panel.filter_edit, "лавров")  # before the list is there
        qtbot.waitUntil(lambda: startup.finished, timeout=60_000)
        model = window.article_panel.model
        # the newest article that the filter lists is the one shown; the filter stays
        qtbot.waitUntil(lambda: window.reader.article_id is not None)
        assert [model.article(row).title for row in range(model.rowCount())] == [
            "Лавров о переговорах"
        ]
        assert window.reader.article_id == model.article(0).id
        qtbot.wait(300)  # the filter's typing delay has passed: it is still there
        assert window.article_panel.filter_edit.text() == "лавров"
        assert model.rowCount() == 1
    finally:
        window.close()


def test_closing_the_window_while_the_catalogue_opens_gives_up_and_closes_the_catalogue(
    qtbot: QtBot, tmp_path: Path, settings_dir: Path
) -> None:
    db = tmp_path / "claims.sqlite"
    Catalogue.open(db).close()
    startup = app_module.start_window(str(db))
    (window,) = _shown_main_windows()
    assert not window.catalogue_open
    # File › Quit, before the event loop has run again: the opened catalogue is still on its way
    assert window.actions_.quit.isEnabled()
    window.actions_.quit.trigger()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: startup.finished, timeout=60_000)
    assert startup.window is None  # nothing to show: the app ends
    assert not window.catalogue_open  # the catalogue that opened meanwhile was not given to it
    assert not _shown_main_windows()


def test_the_window_needs_no_database_or_matching_modules_to_show() -> None:
    """What the launcher imports before the window shows loads neither SQLAlchemy nor the
    matching modules (they load on the catalogue opener's thread)."""
    heavy = ("sqlalchemy", "sqlmodel", "alembic", "numpy", "rapidfuzz", "pymorphy3")
    script = (
        "import sys; import claimdesk.gui.app, claimdesk.gui.startup, claimdesk.gui.main_window;"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert found == "[]"


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
        seen.extend(w.article_header.text() for w in _shown_main_windows())
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
    assert not _shown_main_windows()
    # nothing of that run is left queued: the process's next event loop runs until it is told
    # to end (a quit left posted would end it at once, and every modal dialog after it)
    QApplication.processEvents()  # as the next test's set-up would
    loop = QEventLoop()
    QTimer.singleShot(100, lambda: loop.exit(5))
    assert loop.exec() == 5
