"""Dates typed as people write them in the article details dialog (Paste article, Ctrl+Shift+V):
"15.03.2024" is stored as 2024-03-15, not cut to "1503" by a validator dropping the dots (and
stored as the year 1503); what is not a date keeps the dialog open, saying why, with every field
as it was typed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from dialog_helpers import press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.article_dialog import ArticleDialog
from claimdesk.gui.main_window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TEXT = (
    "Переговоры в Баку\n"
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради "
    "переговоров».\n"
)


def click_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def paste_article(window: MainWindow, fill: Callable[[QWidget], None]) -> None:
    """Paste TEXT as an article (Ctrl+Shift+V) and answer its details dialog with ``fill``."""

    def activated(dialog: QWidget) -> None:
        dialog.activateWindow()  # as a window manager does once the dialog is up (Tab works)
        QApplication.processEvents()
        assert QApplication.activeWindow() is dialog
        fill(dialog)

    QGuiApplication.clipboard().setText(TEXT)
    handler = when_modal("articleDialog", activated)
    press(window.reader, Qt.Key.Key_V, CTRL_SHIFT)
    handler.check()


@pytest.mark.parametrize(
    ("typed", "stored"), [("15.03.2024", "2024-03-15"), ("15 марта 2024 г.", "2024-03-15")]
)
def test_a_day_first_date_typed_is_stored_as_that_day(
    qtbot: QtBot, main_window: MainWindow, typed: str, stored: str
) -> None:
    window = main_window
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        dialog.date_edit.setFocus()
        dialog.date_edit.selectAll()
        type_text(dialog.date_edit, typed)
        seen["typed"] = dialog.date_edit.text()
        click_ok(dialog)

    paste_article(window, fill)
    assert seen["typed"] == typed  # every key taken
    [article] = window.catalogue.list_articles()
    assert article.published == stored


def test_a_read_date_is_shown_as_stored_once_typed(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        dialog.date_edit.setFocus()
        dialog.date_edit.selectAll()
        QTest.keyClicks(dialog.date_edit, " 5.3.2024")
        QTest.keyClick(dialog.date_edit, Qt.Key.Key_Tab)  # on to the address
        seen["shown"] = dialog.date_edit.text()
        QTest.keyClicks(dialog.url_edit, "https://example.org/baku")
        click_ok(dialog)

    paste_article(window, fill)
    assert seen["shown"] == "2024-03-05"
    [article] = window.catalogue.list_articles()
    assert (article.published, article.url) == ("2024-03-05", "https://example.org/baku")


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("15/03/2024", "“15/03/2024” is not a date: write it as YYYY-MM-DD, DD.MM.YYYY"),
        ("31.02.2024", "“31.02.2024” is not a real date (2024-02 has 29 days)."),
    ],
)
def test_a_date_that_cannot_be_read_keeps_the_dialog_open_with_everything_typed(
    qtbot: QtBot, main_window: MainWindow, typed: str, problem: str
) -> None:
    window = main_window
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        dialog.title_edit.selectAll()
        type_text(dialog.title_edit, "Байрамов о переговорах")
        dialog.outlet_edit.setFocus()
        type_text(dialog.outlet_edit, "Sputnik Азербайджан")
        dialog.url_edit.setFocus()
        QTest.keyClicks(dialog.url_edit, "https://example.org/baku")
        dialog.date_edit.setFocus()
        dialog.date_edit.selectAll()
        type_text(dialog.date_edit, typed)
        QTest.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
        seen["after tab"] = dialog.date_edit.text()
        click_ok(dialog)
        seen["open"] = dialog.isVisible()
        seen["problem"] = dialog.problem_label.text() if dialog.problem_label.isVisible() else ""
        seen["fields"] = (
            dialog.title_edit.text(),
            dialog.outlet_edit.text(),
            dialog.date_edit.text(),
            dialog.url_edit.text(),
        )
        seen["focus"] = dialog.focusWidget() is dialog.date_edit
        QTest.keyClicks(dialog.date_edit, "01.03.2024")  # typed over the selected date
        click_ok(dialog)

    paste_article(window, fill)
    assert seen["after tab"] == typed  # left as typed, never changed into another date
    assert seen["open"] is True
    assert str(seen["problem"]).startswith(problem)
    assert seen["fields"] == (
        "Байрамов о переговорах",
        "Sputnik Азербайджан",
        typed,
        "https://example.org/baku",
    )
    assert seen["focus"] is True
    [article] = window.catalogue.list_articles()
    assert (article.title, article.outlet, article.published) == (
        "Байрамов о переговорах",
        "Sputnik Азербайджан",
        "2024-03-01",
    )


@pytest.mark.usefixtures("russian_ui")
def test_the_russian_dialog_names_the_day_first_form(qtbot: QtBot, main_window: MainWindow) -> None:
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        seen["placeholder"] = dialog.date_edit.placeholderText()
        dialog.date_edit.setFocus()
        dialog.date_edit.selectAll()
        QTest.keyClicks(dialog.date_edit, "2024/03/15")
        click_ok(dialog)
        seen["problem"] = dialog.problem_label.text()
        dialog.date_edit.selectAll()
        QTest.keyClicks(dialog.date_edit, "15.03.2024")
        click_ok(dialog)

    paste_article(main_window, fill)
    assert seen["placeholder"] == "ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ"
    assert seen["problem"] == (
        "«2024/03/15» — не дата: запишите её как ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ."
    )
    [article] = main_window.catalogue.list_articles()
    assert article.published == "2024-03-15"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_date_filters_show_their_whole_placeholder_at_1024_by_700(
    qtbot: QtBot, request: pytest.FixtureRequest, language: str
) -> None:
    """The tester saw «От (ГГГГ, ГГГГ-...» cut off: each date filter is as wide as the forms
    its placeholder names, and the row still holds four fields."""
    if language == "ru":
        request.getfixturevalue("russian_ui")
    window: MainWindow = request.getfixturevalue("main_window")
    window.resize(1024, 700)
    press(window.reader, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the Catalogue
    bar = window.browse.catalogue_view.filter_bar
    qtbot.waitUntil(bar.since_edit.isVisible)
    QApplication.processEvents()
    for edit in (bar.since_edit, bar.until_edit):
        placeholder = edit.placeholderText()
        assert "MM.YYYY" in placeholder or "ММ.ГГГГ" in placeholder
        room = edit.width() - edit.textMargins().left() - edit.textMargins().right() - 8
        assert edit.fontMetrics().horizontalAdvance(placeholder) <= room, placeholder
        assert "DD.MM.YYYY" in edit.toolTip() or "15.03.2024" in edit.toolTip()
    rows = {bar.since_edit.y(), bar.until_edit.y(), bar.status_combo.y(), bar.outlet_combo.y()}
    assert len(rows) == 1  # still four to a row
