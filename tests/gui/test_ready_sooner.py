"""The main window is built with little and fills in once it is on screen: the first article is
read after the window's first frame (a key pressed meanwhile is answered first), the Catalogue and
Speakers tabs are built the first time they are shown, and the matching index is loaded after the
window shows, saying "Indexing…" until then."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from dialog_helpers import press
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.app import build_main_window
from claimdesk.gui.errors import SERVER_LOST_MESSAGE
from claimdesk.gui.main_window import MainWindow

if TYPE_CHECKING:
    from team_fixtures import TeamDesk

pytest_plugins = ["team_fixtures"]

QUOTE = "Переговоры продолжаются без посредников"
TEXT = f"Министр Иванов заявил: «{QUOTE}». Эксперт отметил, что стороны близки к соглашению."
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def filled(catalogue_path: Path) -> tuple[Path, int]:
    """A catalogue of one Russian article with one claim by "Министр Иванов"; its path and the
    article's id."""
    with Catalogue.open(catalogue_path) as catalogue:
        article = catalogue.add_article(TEXT, title="Иванов о переговорах").id
        catalogue.attribute_quote(article, QUOTE, "Министр Иванов")
    return catalogue_path, article


@pytest.fixture
def window(
    qtbot: QtBot,
    filled: tuple[Path, int],
    settings_dir: Path,
    error_boxes: list[str],
    russian_parser_loaded: None,
) -> Iterator[MainWindow]:
    """The main window over ``filled``, built but not shown yet."""
    built = build_main_window(str(filled[0]))
    qtbot.addWidget(built)
    yield built
    built.close()


def _show(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)


def test_the_first_article_is_read_once_the_window_is_on_screen(
    qtbot: QtBot, window: MainWindow, filled: tuple[Path, int]
) -> None:
    _, article = filled
    # built: the list of articles is there, the article itself not read yet
    assert window.article_panel.model.rowCount() == 1
    assert window.reader.article_id is None
    # saying so where the article will be, not the "start with an article" page
    assert window.article_header.text() == "Opening the article…"
    assert window.reader_stack.currentWidget() is window.reader_stack.reader_page
    _show(qtbot, window)
    qtbot.waitUntil(lambda: window.reader.article_id == article)
    assert window.article_panel.current_article_id == article
    assert [claim.quote for claim in window.reader.claims] == [QUOTE]
    assert window.claims_panel.current_claim_id() is None  # nothing chosen for the user
    assert window.article_header.text() != "Opening the article…"
    assert "Иванов о переговорах" in window.article_header.text()


class KeyAtFirstFrame(QObject):
    """Posts Ctrl+3 (View › Catalogue) to the window the moment its first frame is on screen, as
    a person's first key would arrive, and notes which article the reader showed when the
    window's action answered it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.posted = False
        self.reader_had: list[int | None] = []
        window.actions_.get("show_catalogue").triggered.connect(
            lambda: self.reader_had.append(window.reader.article_id)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handle = self.window.windowHandle()
        if event.type() == QEvent.Type.Expose and watched is handle and not self.posted:
            assert isinstance(handle, QWindow) and handle.isExposed()
            self.posted = True
            # as the window system delivers a key: to the window, which routes it (a shortcut)
            QApplication.postEvent(handle, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_3, CTRL, "3"))
        return False


def test_a_key_pressed_as_the_window_appears_is_answered_before_the_first_article_is_read(
    qtbot: QtBot, window: MainWindow, filled: tuple[Path, int]
) -> None:
    _, article = filled
    watch = KeyAtFirstFrame(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    try:
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: bool(watch.reader_had))
    finally:
        app.removeEventFilter(watch)
    assert watch.reader_had == [None]  # answered first: the article was not read yet
    # the key did its work (the Catalogue tab, filled) and the article followed
    assert window.tabs.currentIndex() == 1
    assert window.findChild(QWidget, "catalogueView") is window.browse.catalogue_view
    qtbot.waitUntil(lambda: window.reader.article_id == article)


def test_the_catalogue_and_speakers_tabs_are_built_when_first_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    _show(qtbot, window)
    assert window.findChild(QWidget, "catalogueView") is None
    assert window.findChild(QWidget, "speakersView") is None
    press(window.reader, Qt.Key.Key_3, CTRL)
    view = window.findChild(QWidget, "catalogueView")
    assert view is not None and view.isVisible()
    model = window.browse.catalogue_view.table.model()
    assert model.rowCount() == 1
    assert any(QUOTE in str(model.index(0, column).data()) for column in range(model.columnCount()))
    assert window.findChild(QWidget, "speakersView") is None  # not shown yet: not built
    press(window.browse.catalogue_view, Qt.Key.Key_4, CTRL)
    speakers = window.findChild(QWidget, "speakersView")
    assert speakers is not None and speakers.isVisible()
    names = [
        str(window.browse.speakers_view.model.index(row, 0).data())
        for row in range(window.browse.speakers_view.model.rowCount())
    ]
    assert any("Иванов" in name for name in names)
    # built once: going back and forth keeps the same views
    press(window.browse.speakers_view, Qt.Key.Key_3, CTRL)
    assert window.findChild(QWidget, "catalogueView") is view


def test_another_catalogue_opened_on_the_catalogue_tab_fills_it_with_its_claims(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "другой.sqlite"
    with Catalogue.open(other) as catalogue:
        article = catalogue.add_article("Посол сказал: «Визит состоится осенью».").id
        catalogue.attribute_quote(article, "Визит состоится осенью", "Посол Петров")
    _show(qtbot, window)
    press(window.reader, Qt.Key.Key_3, CTRL)
    assert window.tabs.currentIndex() == 1
    assert window.catalogues.switch_catalogue(str(other))
    assert window.tabs.currentIndex() == 1  # still on the Catalogue tab, now over the other one
    model = window.browse.catalogue_view.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    cells = [str(model.index(0, column).data()) for column in range(model.columnCount())]
    assert any("Визит состоится осенью" in cell for cell in cells)
    assert window.browse.catalogue_view.isVisible()
    # the first article of a catalogue opened from the menu is read at once, as before
    assert window.reader.article_id == article


def test_the_matching_index_loads_once_the_window_is_on_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.index_status.text() == "Indexing…"
    assert window.index_status.isVisibleTo(window)
    _show(qtbot, window)
    qtbot.waitUntil(lambda: window.index_status.text().startswith("Matching ready"))
    assert window.index_status.text() == "Matching ready (1 claim)"


def test_the_catalogue_tab_first_opened_while_the_team_server_is_away_fills_once_it_is_back(
    qtbot: QtBot, team_desk: TeamDesk, error_boxes: list[str]
) -> None:
    window = team_desk.window
    window.catalogue.add_article(TEXT, title="Иванов о переговорах")
    messages: list[str] = []
    window.error_shown.connect(messages.append)
    team_desk.stop_server()
    press(window.reader, Qt.Key.Key_3, CTRL)
    # the tab shows, empty, and the window says why (no crash, no half-built view)
    assert window.tabs.currentIndex() == 1
    assert window.findChild(QWidget, "catalogueView") is None
    qtbot.waitUntil(lambda: SERVER_LOST_MESSAGE in messages)
    team_desk.start_server()
    press(window.tabs, Qt.Key.Key_2, CTRL)
    press(window.reader, Qt.Key.Key_3, CTRL)
    view = window.findChild(QWidget, "catalogueView")
    assert view is not None and view.isVisible()
