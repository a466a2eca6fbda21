"""Dialogs never close on input the catalogue would refuse: the attribute and claim edit dialogs
with a speaker name or a tag too long, pasted as a tester did, stay open with everything typed,
say what is wrong with the excess selected, store nothing, and store the claim once it is fixed;
the speakers view's alias field and Add alias button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from dialog_helpers import press, select_span, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.speaker_picker import SpeakerPicker
from claimdesk.gui.speakers_view import SpeakersView
from claimdesk.gui.undo import CatalogueUndoStack

if TYPE_CHECKING:
    from catalogue_fixtures import SampleCatalogue

pytest_plugins = ["catalogue_fixtures"]

TEXT = "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах».\n"
QUOTE = "Азербайджан не участвует в переговорах"
CTRL = Qt.KeyboardModifier.ControlModifier
LONG_NAME = "Джейхун Байрамов " + "Я" * 300  # 317 characters: 17 past the limit
LONG_TAG = "т" * 201


def paste(edit: QLineEdit, text: str) -> None:
    """Paste ``text`` into ``edit`` from the clipboard with Ctrl+V, as the tester did."""
    QApplication.clipboard().setText(text)
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_V, CTRL)


def click_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_picker(dialog: SpeakerPicker, too_long: str) -> None:
    """Every field filled; the speaker's name or a tag pasted too long."""
    dialog.name_edit.clear()
    if too_long == "name":
        paste(dialog.name_edit, LONG_NAME)
    else:
        type_text(dialog.name_edit, "Михаил Бочарников")
    dialog.role_edit.clear()  # (the article's role for him may be proposed already)
    type_text(dialog.role_edit, "министр")
    type_text(dialog.organisation_edit, "МИД Азербайджана")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("claim"))
    dialog.tags_edit.clear()
    type_text(dialog.tags_edit, "переговоры, ")
    if too_long == "tag":
        paste(dialog.tags_edit, LONG_TAG)
    type_text(dialog.note_edit, "проверить")


def refused_then_fixed(
    dialog: SpeakerPicker, too_long: str, stored: Callable[[], object], boxes: list[str]
) -> None:
    """OK with the field too long keeps the dialog and all it holds; Backspace (the excess is
    selected) fixes it and OK closes it."""
    click_ok(dialog)
    assert dialog.isVisible(), "the dialog closed on input the catalogue refuses"
    assert dialog.name_edit.text() == (LONG_NAME if too_long == "name" else "Михаил Бочарников")
    assert dialog.role_edit.text() == "министр"
    assert dialog.organisation_edit.text() == "МИД Азербайджана"
    assert dialog.kind_combo.currentData() == "claim"
    assert dialog.tags_edit.text() == "переговоры, " + (LONG_TAG if too_long == "tag" else "")
    assert dialog.note_edit.text() == "проверить"
    problem = dialog.problem_label
    assert problem.isVisible()
    if too_long == "name":
        assert "The speaker's name is longer than 300 characters." in problem.text()
        field, excess = dialog.name_edit, LONG_NAME[300:]
    else:
        assert "A tag may be at most 200 characters long." in problem.text()
        field, excess = dialog.tags_edit, "т"
    assert "shorten" in problem.text()
    assert dialog.focusWidget() is field
    assert field.selectedText() == excess
    assert stored() is None and boxes == []  # nothing stored, no message behind the dialog
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    click_ok(dialog)
    assert not dialog.isVisible()


@pytest.mark.parametrize("too_long", ["name", "tag"])
def test_the_attribute_dialog_keeps_a_too_long_name_or_tag_until_fixed(
    qtbot: QtBot, main_window: MainWindow, error_boxes: list[str], too_long: str
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    start = TEXT.index(QUOTE)
    select_span(window, start, start + len(QUOTE))

    def stored() -> object:
        return window.catalogue.claims_for_article(article_id) or None

    def attribute(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        fill_picker(dialog, too_long)
        refused_then_fixed(dialog, too_long, stored, error_boxes)

    handler = when_modal("speakerPicker", attribute)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    handler.check()
    (claim,) = window.catalogue.claims_for_article(article_id)
    name = LONG_NAME[:300] if too_long == "name" else "Михаил Бочарников"
    assert (claim.speaker_name, claim.kind, claim.note) == (name, "claim", "проверить")
    assert sorted(claim.tags) == sorted(["переговоры", *([LONG_TAG[:200]] * (too_long == "tag"))])
    speaker = window.catalogue.find_speaker(name)
    assert speaker is not None
    assert (speaker.role, speaker.organisation) == ("министр", "МИД Азербайджана")
    assert error_boxes == []


@pytest.mark.parametrize("too_long", ["name", "tag"])
def test_the_claim_edit_dialog_keeps_a_too_long_name_or_tag_until_fixed(
    qtbot: QtBot, main_window: MainWindow, error_boxes: list[str], too_long: str
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    catalogue = window.catalogue
    claim = catalogue.attribute_quote(article_id, QUOTE, "Байрамов")
    window.claims_panel.select_claim(claim.id)

    def stored() -> object:
        edited = catalogue.get_claim(claim.id)
        return None if edited.version == claim.version else edited

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        assert dialog.windowTitle() == "Edit claim"
        fill_picker(dialog, too_long)
        refused_then_fixed(dialog, too_long, stored, error_boxes)

    handler = when_modal("speakerPicker", edit)
    press(window.claims_panel, Qt.Key.Key_F2)
    handler.check()
    edited = catalogue.get_claim(claim.id)
    name = LONG_NAME[:300] if too_long == "name" else "Михаил Бочарников"
    assert (edited.speaker_name, edited.kind, edited.note) == (name, "claim", "проверить")
    assert "переговоры" in edited.tags
    assert error_boxes == []


def test_add_alias_waits_for_an_alias_and_marks_one_too_long(
    qtbot: QtBot, b_sample: SampleCatalogue, b_type_text: Callable[[QWidget, str], None]
) -> None:
    catalogue = b_sample.catalogue
    from test_speakers_view import make_view, select

    view = make_view(qtbot, catalogue)
    assert isinstance(view, SpeakersView) and isinstance(view.undo_stack, CatalogueUndoStack)
    select(view, b_sample.zakharova)
    b_type_text(view.alias_edit, "   ")
    assert not view.add_alias_button.isEnabled(), "Add alias is offered for only spaces"

    view.alias_edit.clear()
    paste(view.alias_edit, "Захарова " + "М" * 300)
    assert view.add_alias_button.isEnabled()
    QTest.mouseClick(view.add_alias_button, Qt.MouseButton.LeftButton)
    assert view.last_error == "The speaker's alias is longer than 300 characters. " + (
        "What is past the limit is selected: shorten the text and try again."
    )
    assert view.alias_edit.text() == "Захарова " + "М" * 300
    assert view.alias_edit.hasFocus() or view.focusWidget() is view.alias_edit
    assert view.alias_edit.selectedText() == "М" * 9
    assert catalogue.get_speaker(b_sample.zakharova).aliases == ()
