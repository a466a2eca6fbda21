"""The window in Russian and English plurals (the action table, the main window and its
controllers): the Russian translation, installed as the app installs it, gives the real menus
Russian titles, entries and Alt letters that stay unique in each menu; an edit's undo step is
named in Russian in the Edit menu; and in English a count reads "1 claim" / "2 claims", not
"1 claim(s)" or "1 claims"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from dialog_helpers import when_modal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TEXT = (
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради переговоров».\n"
    "Посол Михаил Бочарников отметил, что сотрудничество продолжается.\n"
)


def mnemonic(text: str) -> str | None:
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.fixture
def russian_window(russian_ui: None, main_window: MainWindow) -> MainWindow:
    """The main window built with the Russian translation installed, as the app installs it
    before it builds the window."""
    return main_window


def test_the_menus_speak_russian_with_unique_alt_letters(russian_window: MainWindow) -> None:
    window = russian_window
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == [
        "&Файл",
        "&Правка",
        "&Статья",
        "&Вид",
        "&Утверждение",
        "&Кластеры",
        "Спр&авка",
    ]
    file_menu = window.findChild(QMenu, "menuFile")
    assert isinstance(file_menu, QMenu) and file_menu.title() == "&Файл"
    opening = window.actions_.open
    assert opening in file_menu.actions()
    assert opening.text() == "&Открыть…"
    assert opening.statusTip().startswith("Открыть или импортировать файлы статей")
    assert window.actions_.recent_menu.title() == "Недавние &файлы"

    letters = [mnemonic(title) for title in titles]
    assert len(set(letters)) == len(letters)
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
        taken = [letter for letter in map(mnemonic, texts) if letter is not None]
        assert taken, f"{top.text()}: no Alt letters at all"
        assert len(set(taken)) == len(taken), f"{top.text()}: an Alt letter twice in {texts}"
        assert all(re.fullmatch("[а-яё]", letter) for letter in taken), texts


def test_the_edit_menu_names_an_edit_in_russian(russian_window: MainWindow) -> None:
    window = russian_window
    assert window.articles.add_article_text(TEXT, ask=False) is not None
    undo = window.actions_.undo
    assert undo.isEnabled()
    assert undo.text().startswith("&Отменить добавление статьи «"), undo.text()
    assert undo.iconText() == "Отменить"


def test_an_english_count_is_singular_for_one_claim(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    asked: list[str] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.click()

    for quote, speaker in (
        ("Азербайджан не участвует", "Джейхун Байрамов"),
        ("сотрудничество", "Михаил Бочарников"),
    ):
        window.catalogue.attribute_quote(article_id, quote, speaker)
        asking = when_modal("deleteArticleMessage", read_and_cancel)
        window.actions_.delete_article.trigger()  # Article › Delete article…
        asking.check()

    assert "and its 1 claim?" in asked[0], asked[0]
    assert "and its 2 claims?" in asked[1], asked[1]
    assert window.catalogue.get_article(article_id).claim_count == 2  # nothing was deleted
