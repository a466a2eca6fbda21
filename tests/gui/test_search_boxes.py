"""A search box takes no more than the catalogue can search: pasting 60,000 characters into the
article filter, the claim search or the speaker filter neither fails nor shows an error."""

from __future__ import annotations

from dialog_helpers import press
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from claimdesk.core.domain.records import SEARCH_MAX_LENGTH
from claimdesk.gui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def paste_into(box: QLineEdit, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    box.setFocus()
    press(box, Qt.Key.Key_V, CTRL)


def test_pasting_a_huge_search_is_cut_to_what_can_be_searched(
    qtbot: QtBot, main_window: MainWindow, error_boxes: list[str]
) -> None:
    window = main_window
    window.articles.add_article_text("Министр заявил, что переговоры продолжатся.\n", ask=False)
    huge = "переговоры " * 6_000
    errors: list[str] = []
    window.error_shown.connect(errors.append)

    paste_into(window.article_panel.filter_edit, huge)
    assert len(window.article_panel.filter_edit.text()) == SEARCH_MAX_LENGTH

    press(window.reader, Qt.Key.Key_3, CTRL)
    assert window.browse.catalogue_view is not None
    search = window.browse.catalogue_view.filter_bar.text_edit
    paste_into(search, huge)
    assert len(search.text()) == SEARCH_MAX_LENGTH

    press(window.tabs, Qt.Key.Key_4, CTRL)
    assert window.browse.speakers_view is not None
    paste_into(window.browse.speakers_view.filter_edit, huge)
    assert len(window.browse.speakers_view.filter_edit.text()) == SEARCH_MAX_LENGTH

    qtbot.wait(600)  # past every box's typing delay: the searches ran
    assert errors == [] and error_boxes == []
