"""The Catalogue and Speakers tabs from the keyboard: Ctrl+3/Ctrl+4 land in their tables, Ctrl+F
in their search fields, and Ctrl+E exports what the Catalogue tab shows."""

from __future__ import annotations

from dialog_helpers import press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow

TEXT = (
    "Мария Захарова заявила: «Ёлка стоит на площади».\n"
    "По словам Захаровой, ёлку привезли из Сибири 🙂. Захарова добавила: «Ель красивая».\n"
)
CTRL = Qt.KeyboardModifier.ControlModifier


def open_text(window: MainWindow, text: str = TEXT) -> int:
    article_id = window.articles.add_article_text(text, ask=False)
    assert article_id is not None
    return article_id


def test_ctrl_f_on_the_catalogue_and_speakers_tabs_goes_to_their_search(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Ctrl+3 lands in the claims table, Ctrl+F then in the search above it, where typing
    searches; the same on the Speakers tab. Before, focus stayed nowhere after Ctrl+3 and
    Ctrl+F went back to the reader."""
    window = main_window
    open_text(window)
    press(window.reader, Qt.Key.Key_3, CTRL)
    catalogue = window.browse.catalogue_view
    assert QApplication.focusWidget() is catalogue.table
    press(catalogue.table, Qt.Key.Key_F, CTRL)
    assert window.tabs.currentWidget() is not window.tabs.widget(0)
    search = catalogue.filter_bar.text_edit
    assert QApplication.focusWidget() is search
    type_text(search, "ёлка")
    assert search.text() == "ёлка"

    press(search, Qt.Key.Key_4, CTRL)
    speakers = window.browse.speakers_view
    assert QApplication.focusWidget() is speakers.table
    press(speakers.table, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is speakers.filter_edit

    # on the Reader it still finds in the article
    press(speakers.filter_edit, Qt.Key.Key_2, CTRL)
    press(window.reader, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.find_bar.edit


def test_ctrl_f_with_no_article_says_what_to_do(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    assert window.reader.article_id is None
    press(window.reader, Qt.Key.Key_F, CTRL)
    assert not window.find_bar.isVisible()
    assert "Open an article" in window.statusBar().currentMessage()


def test_export_from_the_catalogue_tab_starts_from_its_search(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Searching the Catalogue tab, then Ctrl+E: the export dialog offers the claims shown, not
    the whole catalogue (it started with no filter)."""
    window = main_window
    article_id = open_text(window)
    text = window.reader.positions.text
    for quote in ("Ёлка стоит на площади", "Ель красивая"):
        start = text.index(quote)
        window.catalogue.attribute_span(
            article_id, start, start + len(quote), new_speaker="Мария Захарова"
        )
    press(window.reader, Qt.Key.Key_3, CTRL)
    catalogue = window.browse.catalogue_view
    press(catalogue.table, Qt.Key.Key_F, CTRL)
    type_text(catalogue.filter_bar.text_edit, "КРАСИВАЯ")
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 1)

    def look(dialog: QWidget) -> None:
        assert dialog.filter_bar.text_edit.text() == "КРАСИВАЯ"  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: "1 claim " in dialog.match_label.text())  # type: ignore[attr-defined]
        dialog.reject()  # type: ignore[attr-defined]

    exported = when_modal("exportDialog", look)
    press(catalogue.table, Qt.Key.Key_E, CTRL)
    exported.check()
