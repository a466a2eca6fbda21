"""The reader with no article open shows what ClaimDesk does and how to begin: try the sample
article that ships with the app (one click, no dialog, never twice), paste, open, drop."""

from __future__ import annotations

from pathlib import Path

from dialog_helpers import press, when_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.article_dialog import ArticleDialog
from claimdesk.gui.empty_state import SAMPLE_HINT, sample_article_text
from claimdesk.gui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def showing_empty_page(window: MainWindow) -> bool:
    return window.empty_page.isVisible() and not window.reader.isVisible()


def test_the_shipped_sample_is_the_projects_sample_article(sample_article_path: Path) -> None:
    assert sample_article_text() == sample_article_path.read_text(encoding="utf-8")


def test_a_fresh_window_shows_the_empty_page_and_the_sample_opens_in_one_click(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    assert showing_empty_page(window)
    assert window.empty_page.sample_button.isVisible()
    assert "Ctrl+Shift+V" in window.empty_page.paste_button.text()
    assert "Ctrl+O" in window.empty_page.open_button.text()

    click(window.empty_page.sample_button)
    (article,) = window.catalogue.list_articles()
    assert (article.outlet, article.published, article.language) == (
        "Sputnik Азербайджан",
        "2020-07-28",
        "ru",
    )
    assert article.title.startswith("Байрамов принял посла России")
    assert window.reader.article_id == article.id
    assert window.reader.toPlainText() == sample_article_text()
    assert window.article_panel.model.rowCount() == 1
    assert not window.empty_page.isVisible()
    assert window.reader.isVisible()
    assert QApplication.focusWidget() is window.reader
    assert window.statusBar().currentMessage() == SAMPLE_HINT

    # undo takes it away again: the last article is gone, the empty page is back
    press(window.reader, Qt.Key.Key_Z, CTRL)
    assert window.catalogue.list_articles() == []
    assert showing_empty_page(window)


def test_the_sample_button_opens_the_sample_instead_of_adding_a_copy(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    click(window.empty_page.sample_button)
    (sample,) = catalogue.list_articles()
    # another article is opened, then deleted: no article in the reader, the sample remains
    other = window.articles.add_article_text("Другая статья.\nСовсем короткая.\n", ask=False)
    assert other is not None
    assert window.reader.article_id == other
    window.undo_stack.run(lambda: catalogue.delete_article(other))
    assert window.reader.article_id is None
    assert showing_empty_page(window)

    click(window.empty_page.sample_button)
    assert [a.id for a in catalogue.list_articles()] == [sample.id]
    assert window.reader.article_id == sample.id
    assert window.reader.isVisible()
    # Help › Try the sample article does the same
    window.actions_.open_sample.trigger()
    assert [a.id for a in catalogue.list_articles()] == [sample.id]


def test_paste_and_open_buttons_trigger_the_real_actions(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    QGuiApplication.clipboard().setText("Вставленная статья.\nМария Захарова заявила: «Да».\n")

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        dialog.accept()

    details = when_modal("articleDialog", accept)
    click(window.empty_page.paste_button)
    details.check()
    (article,) = window.catalogue.list_articles()
    assert window.reader.article_id == article.id
    assert not window.empty_page.isVisible()

    window.undo_stack.run(lambda: window.catalogue.delete_article(article.id))
    assert showing_empty_page(window)
    for button in (window.empty_page.open_button, window.empty_page.drop_button):
        chooser = when_modal("QFileDialog", _reject)
        click(button)
        chooser.check()
    assert window.catalogue.list_articles() == []


def _reject(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.reject()
