"""Alt+letter keys: each opens one thing. A button or label in the window that shares a menu's
letter takes Alt+letter from the menu bar (Alt+A moved to the suggestions' Accept button instead
of opening the Article menu), and two visible widgets sharing a letter make Alt+letter only cycle
between them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from dialog_helpers import press, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.translations import install_translations, remove_translations

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TEXT = "Мария Захарова заявила: «Ёлка стоит на площади».\n«Ель красивая», — сказала она.\n"


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` in ``text`` (``&&`` is a literal ampersand)."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def menu_letters(window: MainWindow) -> dict[str, str]:
    letters: dict[str, str] = {}
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        assert letter is not None, f"the menu {action.text()!r} has no Alt letter"
        assert letter not in letters, f"two menus share Alt+{letter}"
        letters[letter] = action.text()
    return letters


def visible_letters(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of the buttons and labels shown in the window itself (not in menus)."""
    found: list[tuple[str, str]] = []
    widgets: list[QWidget] = [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]
    for widget in widgets:
        if not widget.isVisible() or widget.window() is not window:
            continue
        if any(isinstance(parent, QMenu) for parent in _parents(widget)):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label without a buddy shows its "&" as text and takes no key
        text = widget.text()
        letter = mnemonic(text)
        if letter is not None:
            found.append((letter, text))
    return found


def _parents(widget: QWidget) -> list[QWidget]:
    chain: list[QWidget] = []
    parent = widget.parentWidget()
    while parent is not None:
        chain.append(parent)
        parent = parent.parentWidget()
    return chain


def assert_no_clash(window: MainWindow, where: str) -> None:
    menus = menu_letters(window)
    shown = visible_letters(window)
    assert shown, f"{where}: no Alt letters found at all (the check would be empty)"
    clashes = [(text, menus[letter]) for letter, text in shown if letter in menus]
    assert not clashes, f"{where}: widgets take a menu's Alt letter: {clashes}"
    twice = [letter for letter, n in Counter(letter for letter, _ in shown).items() if n > 1]
    sharing = [text for letter, text in shown if letter in twice]
    assert not twice, f"{where}: Alt+{twice} shared by {sharing}"


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window in English, and in Russian (its letters are the translator's choice)."""
    install_translations(request.param)
    yield request.param
    remove_translations()


def test_no_button_or_label_takes_a_menus_alt_letter(
    qtbot: QtBot, language: str, main_window: MainWindow
) -> None:
    window = main_window
    assert window.articles.add_article_text(TEXT, ask=False) is not None
    qtbot.waitUntil(lambda: window.suggestions.panel.model.rowCount() > 0)
    press(window.reader, Qt.Key.Key_F8)  # a suggestion chosen: Accept and Reject on
    qtbot.waitUntil(window.suggestions.panel.accept_button.isEnabled)
    press(window.reader, Qt.Key.Key_F, CTRL)  # the find bar, with its label, open
    assert window.find_bar.isVisible()
    assert_no_clash(window, "Reader")

    press(window.find_bar.edit, Qt.Key.Key_3, CTRL)
    assert_no_clash(window, "Catalogue")

    window.catalogue.add_speaker("Мария Захарова")
    press(window.browse.catalogue_view.table, Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(lambda: window.browse.speakers_view.model.rowCount() > 0)
    table = window.browse.speakers_view.table
    # the speaker clicked, as a person chooses one (chosen already as the table took the focus;
    # selectRow would toggle it off under the Ctrl QTest leaves held after Ctrl+4)
    QTest.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        table.visualRect(table.model().index(0, 0)).center(),
    )
    assert [index.row() for index in table.selectionModel().selectedRows()] == [0]
    assert_no_clash(window, "Speakers")

    def look(dialog: QWidget) -> None:
        shown = visible_letters(dialog)
        assert len(shown) >= 4, shown
        twice = [letter for letter, n in Counter(letter for letter, _ in shown).items() if n > 1]
        assert not twice, f"the speaker's dialog shares Alt+{twice}: {shown}"
        assert isinstance(dialog, QDialog)
        dialog.reject()

    edited = when_modal("speakerEditDialog", look)
    QTest.mouseClick(window.browse.speakers_view.edit_button, Qt.MouseButton.LeftButton)
    edited.check()


def test_alt_a_opens_the_article_menu_with_suggestions_listed(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    assert window.articles.add_article_text(TEXT, ask=False) is not None
    qtbot.waitUntil(lambda: window.suggestions.panel.model.rowCount() > 0)
    press(window.reader, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    assert popup.title().replace("&", "") == "Article"
    popup.close()


def test_preferences_dialog_letters_are_unique_and_each_reaches_its_field(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        shown = visible_letters(dialog)
        twice = [letter for letter, n in Counter(letter for letter, _ in shown).items() if n > 1]
        seen["letters"] = sorted(letter for letter, _ in shown)
        seen["twice"] = twice
        dialog.activateWindow()  # as a window manager does once the dialog is up
        QApplication.processEvents()
        assert QApplication.activeWindow() is dialog
        first = dialog.focusWidget()
        seen["first"] = first.objectName() if first is not None else ""
        reached = {}
        for letter in "nltfh":
            QTest.keyClick(dialog, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
            focus = dialog.focusWidget()
            reached[letter] = focus.objectName() if focus is not None else ""
        seen["reached"] = reached
        assert isinstance(dialog, QDialog)
        dialog.reject()

    shown = when_modal("preferencesDialog", look)
    press(window.reader, Qt.Key.Key_Comma, CTRL)
    shown.check()
    assert seen["twice"] == [], seen["letters"]
    assert len(seen["letters"]) >= 7  # type: ignore[arg-type]
    assert seen["first"] == "preferencesNameEdit"  # typing starts in the first field
    assert seen["reached"] == {
        "n": "preferencesNameEdit",
        "l": "preferencesLanguageCombo",
        "t": "preferencesThemeCombo",
        "f": "preferencesFontSize",
        "h": "preferencesPaletteCombo",
    }


def test_no_menu_lists_two_entries_that_read_the_same(
    language: str, main_window: MainWindow
) -> None:
    """The View menu read "Articles" twice (the list, and the panel's show/hide entry; in
    Russian "Статьи" twice). In each menu and submenu every entry reads differently, and within
    one menu no two entries share an Alt letter."""

    def check(menu: QMenu, where: str) -> None:
        entries = [a for a in menu.actions() if not a.isSeparator() and a.text()]
        texts = [a.text().replace("&&", "&").replace("&", "") for a in entries]
        assert len(texts) == len(set(texts)), f"{where}: {texts}"
        letters = [mnemonic(a.text()) for a in entries if mnemonic(a.text())]
        assert len(letters) == len(set(letters)), f"{where}: {letters}"
        for action in entries:
            if action.menu() is not None:
                check(action.menu(), f"{where} › {action.text()}")

    for top in main_window.menuBar().actions():
        submenu = top.menu()
        assert isinstance(submenu, QMenu)
        check(submenu, top.text())
