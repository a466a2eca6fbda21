"""The speakers view: claim counts, filter, edits, aliases, merge and delete, all undoable;
Show claims in the main window; a layout that fits a small window.

Every question is answered in the real dialog or message box that opens (``when_modal``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from dialog_helpers import ModalHandler, press, type_text, when_modal
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.catalogue_view import CatalogueView
from claimdesk.gui.claims_table_model import COLUMNS
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.merge_speakers_dialog import MergeSpeakersDialog
from claimdesk.gui.speaker_edit_dialog import SpeakerEditDialog
from claimdesk.gui.speaker_profile_dialog import SpeakerProfileDialog
from claimdesk.gui.speakers_model import SPEAKER_COLUMNS
from claimdesk.gui.speakers_view import SpeakersView
from claimdesk.gui.undo import CatalogueUndoStack

if TYPE_CHECKING:
    from catalogue_fixtures import SampleCatalogue

pytest_plugins = ["catalogue_fixtures"]


def new_view(
    catalogue: Catalogue, kind: type[SpeakersView | CatalogueView] = SpeakersView
) -> QWidget:
    """A view with its own bridge and undo stack (kept alive as long as the view)."""
    bridge = CatalogueBridge(catalogue)
    undo_stack = CatalogueUndoStack(catalogue)
    view = kind(catalogue, bridge, undo_stack)
    bridge.setParent(view)
    undo_stack.setParent(view)
    return view


def make_view(qtbot: QtBot, catalogue: Catalogue) -> SpeakersView:
    view = new_view(catalogue)
    assert isinstance(view, SpeakersView)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(view: SpeakersView, row: int, column: str) -> object:
    return view.model.index(row, SPEAKER_COLUMNS.index(column)).data()


def rows_by_name(view: SpeakersView) -> dict[str, int]:
    return {str(cell(view, row, "name")): row for row in range(view.model.rowCount())}


def click_speaker(
    view: SpeakersView,
    speaker_id: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Click the speaker's name in the table, as a person does."""
    row = view.model.row_of(speaker_id)
    assert row >= 0, f"speaker {speaker_id} is not listed"
    index = view.model.index(row, SPEAKER_COLUMNS.index("name"))
    view.table.scrollTo(index)
    point = view.table.visualRect(index).center()
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def select(view: SpeakersView, *speaker_ids: int) -> None:
    """Click the first speaker, then Ctrl+click the others."""
    click_speaker(view, speaker_ids[0])
    for speaker_id in speaker_ids[1:]:
        click_speaker(view, speaker_id, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_speaker_ids() == sorted(speaker_ids, key=view.model.row_of)


def click_button(box: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> None:
    button = box.button(which)
    assert button is not None and button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_box(box: QWidget, which: QMessageBox.StandardButton) -> None:
    assert isinstance(box, QMessageBox)
    button = box.button(which)
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_speakers_with_aliases_and_claim_counts(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    assert view.objectName() == "speakersView"
    rows = rows_by_name(view)
    assert set(rows) == {"Джейхун Байрамов", "Мария Захарова", "John Smith"}
    assert cell(view, rows["Джейхун Байрамов"], "claims") == 3
    assert cell(view, rows["Мария Захарова"], "claims") == 3
    assert cell(view, rows["John Smith"], "claims") == 1
    assert cell(view, rows["Джейхун Байрамов"], "aliases") == "Байрамов, Jeyhun Bayramov"
    assert cell(view, rows["Джейхун Байрамов"], "organisation") == "МИД Азербайджана"

    view.table.sortByColumn(SPEAKER_COLUMNS.index("claims"), Qt.SortOrder.AscendingOrder)
    assert cell(view, 0, "name") == "John Smith"


def test_filter_box_matches_names_and_aliases(
    qtbot: QtBot, b_sample: SampleCatalogue, b_type_text: Callable[[QWidget, str], None]
) -> None:
    view = make_view(qtbot, b_sample.catalogue)
    b_type_text(view.filter_edit, "ЗАХАР")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert cell(view, 0, "name") == "Мария Захарова"

    view.filter_edit.clear()
    b_type_text(view.filter_edit, "jeyhun")
    qtbot.waitUntil(lambda: view.model.filter_text == "jeyhun", timeout=3000)
    assert [cell(view, r, "name") for r in range(view.model.rowCount())] == ["Джейхун Байрамов"]

    # a name in another grammatical case (the table was empty for "Байрамову")
    for typed, named in (
        ("Байрамову", "Джейхун Байрамов"),
        ("захаровой", "Мария Захарова"),
        ("Джейхуна Байрамова", "Джейхун Байрамов"),
    ):
        view.filter_edit.clear()
        b_type_text(view.filter_edit, typed)
        qtbot.waitUntil(lambda typed=typed: view.model.filter_text == typed, timeout=3000)
        assert [cell(view, r, "name") for r in range(view.model.rowCount())] == [named], typed
    view.filter_edit.clear()
    b_type_text(view.filter_edit, "Петрову")
    qtbot.waitUntil(lambda: view.model.filter_text == "Петрову", timeout=3000)
    assert view.model.rowCount() == 0  # no one of that name in any case


def test_edit_dialog_changes_details_undoably(qtbot: QtBot, b_sample: SampleCatalogue) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)

    def fill_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerEditDialog)
        assert dialog.name_edit.text() == "Мария Захарова"
        dialog.role_edit.selectAll()
        type_text(dialog.role_edit, "Spokeswoman of the Russian MFA")
        dialog.note_edit.setFocus()
        type_text(dialog.note_edit, "Official representative since 2015")
        click_button(dialog.buttons, QDialogButtonBox.StandardButton.Ok)

    select(view, b_sample.zakharova)
    handler = when_modal("speakerEditDialog", fill_dialog)
    QTest.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    handler.check()

    speaker = catalogue.get_speaker(b_sample.zakharova)
    assert speaker.role == "Spokeswoman of the Russian MFA"
    assert speaker.note == "Official representative since 2015"
    assert speaker.name == "Мария Захарова"
    row = view.model.row_of(b_sample.zakharova)
    assert cell(view, row, "role") == "Spokeswoman of the Russian MFA"

    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.zakharova).role == "Официальный представитель МИД"
    qtbot.waitUntil(
        lambda: (
            cell(view, view.model.row_of(b_sample.zakharova), "role")
            == "Официальный представитель МИД"
        ),
        timeout=2000,
    )


def test_cancelling_the_edit_dialog_changes_nothing(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)

    def type_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerEditDialog)
        dialog.name_edit.selectAll()
        type_text(dialog.name_edit, "Someone Else")
        click_button(dialog.buttons, QDialogButtonBox.StandardButton.Cancel)

    select(view, b_sample.smith)
    handler = when_modal("speakerEditDialog", type_then_cancel)
    QTest.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    handler.check()
    assert catalogue.get_speaker(b_sample.smith).name == "John Smith"
    assert view.undo_stack.count() == 0


def test_edit_dialog_reports_only_changed_fields_and_needs_a_name(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    speaker = b_sample.catalogue.get_speaker(b_sample.bayramov)
    dialog = SpeakerEditDialog(speaker)
    qtbot.addWidget(dialog)
    assert dialog.changes() == {}
    dialog.name_edit.setText("  Джейхун   Байрамов-оглы ")
    assert dialog.changes() == {"name": "Джейхун Байрамов-оглы"}
    dialog.name_edit.setText("   ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_in_place_rename_is_undoable_and_an_empty_name_is_refused(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    index = view.model.index(view.model.row_of(b_sample.smith), SPEAKER_COLUMNS.index("name"))
    assert view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert view.model.setData(index, "John A. Smith")
    assert catalogue.get_speaker(b_sample.smith).name == "John A. Smith"
    qtbot.waitUntil(lambda: "John A. Smith" in rows_by_name(view), timeout=2000)

    index = view.model.index(view.model.row_of(b_sample.smith), SPEAKER_COLUMNS.index("name"))
    assert not view.model.setData(index, "   ")
    assert "empty" in view.last_error
    boxes = [b for b in view.findChildren(QMessageBox) if b.isVisible()]
    assert any("empty" in b.text() for b in boxes)
    for box in boxes:
        box.close()
    assert catalogue.get_speaker(b_sample.smith).name == "John A. Smith"

    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.smith).name == "John Smith"
    qtbot.waitUntil(lambda: "John Smith" in rows_by_name(view), timeout=2000)


def test_add_and_remove_alias_with_undo(
    qtbot: QtBot, b_sample: SampleCatalogue, b_type_text: Callable[[QWidget, str], None]
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    select(view, b_sample.zakharova)
    assert view.alias_model.stringList() == []
    assert not view.remove_alias_button.isEnabled()

    b_type_text(view.alias_edit, "Захарова")
    qtbot.mouseClick(view.add_alias_button, Qt.MouseButton.LeftButton)
    assert catalogue.get_speaker(b_sample.zakharova).aliases == ("Захарова",)
    assert view.alias_model.stringList() == ["Захарова"]
    assert view.alias_edit.text() == ""
    assert view.undo_stack.undoText().startswith("Add alias")

    view.alias_list.setCurrentIndex(view.alias_model.index(0))
    qtbot.mouseClick(view.remove_alias_button, Qt.MouseButton.LeftButton)
    assert catalogue.get_speaker(b_sample.zakharova).aliases == ()
    assert view.alias_model.stringList() == []

    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.zakharova).aliases == ("Захарова",)
    qtbot.waitUntil(lambda: view.alias_model.stringList() == ["Захарова"], timeout=2000)


def test_an_alias_that_names_another_speaker_is_asked_about(
    qtbot: QtBot, b_sample: SampleCatalogue, b_type_text: Callable[[QWidget, str], None]
) -> None:
    """Another speaker's name given as an alias went in silently, and both speakers then
    matched it. Now a question: Cancel keeps the text to correct, "Add all the same" adds it,
    "Merge into them" merges the two."""
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    select(view, b_sample.zakharova)
    asked: list[str] = []

    def answer(button: str) -> Callable[[QWidget], None]:
        def click(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
            QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

        return click

    b_type_text(view.alias_edit, "джейхун БАЙРАМОВ")
    handler = when_modal("aliasOfAnotherQuestion", answer("Cancel"))
    QTest.keyClick(view.alias_edit, Qt.Key.Key_Return)
    handler.check()
    assert "another speaker is called: Джейхун Байрамов" in asked[0]
    assert catalogue.get_speaker(b_sample.zakharova).aliases == ()
    assert view.alias_edit.text() == "джейхун БАЙРАМОВ"  # kept, to correct
    handler = when_modal("aliasOfAnotherQuestion", answer("Add all the same"))
    QTest.keyClick(view.alias_edit, Qt.Key.Key_Return)
    handler.check()
    assert catalogue.get_speaker(b_sample.zakharova).aliases == ("джейхун БАЙРАМОВ",)
    # the speaker's own name, or an alias of no one else: no question
    b_type_text(view.alias_edit, "М. Захарова")
    QTest.keyClick(view.alias_edit, Qt.Key.Key_Return)
    assert catalogue.get_speaker(b_sample.zakharova).aliases == (
        "джейхун БАЙРАМОВ",
        "М. Захарова",
    )
    assert len(asked) == 2


def add_duplicate_bayramov(sample: SampleCatalogue) -> int:
    """A second speaker for Bayramov, with one claim and an alias of its own."""
    duplicate = sample.catalogue.attribute_quote(
        sample.en_article, "Foreign Minister Jeyhun Bayramov", "Дж. Байрамов", kind="claim"
    ).speaker_id
    assert duplicate is not None
    sample.catalogue.add_alias(duplicate, "Глава МИД Азербайджана")
    return duplicate


def test_merge_button_opens_the_merge_dialog_and_merges_undoably(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    duplicate = add_duplicate_bayramov(b_sample)
    view = make_view(qtbot, catalogue)
    offered: list[str] = []

    def keep_the_default(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeSpeakersDialog)
        offered.extend(b.text() for b in dialog.findChildren(QRadioButton))
        # the speaker with more claims is offered as the one to keep
        assert dialog.keep_id() == b_sample.bayramov
        click_button(dialog.buttons, QDialogButtonBox.StandardButton.Ok)

    select(view, b_sample.bayramov, duplicate)
    assert view.merge_button.isEnabled()
    handler = when_modal("mergeSpeakersDialog", keep_the_default)
    QTest.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    handler.check()

    assert sorted(offered) == [
        "Keep Дж. Байрамов — 1 claim",
        "Keep Джейхун Байрамов (Министр иностранных дел, МИД Азербайджана) — 3 claims",
    ]
    kept = catalogue.get_speaker(b_sample.bayramov)
    assert kept.claim_count == 4
    assert {"Дж. Байрамов", "Глава МИД Азербайджана", "Байрамов"} <= set(kept.aliases)
    assert catalogue.find_speaker("Дж. Байрамов") == kept
    assert catalogue.count_claims(ClaimFilter(speaker_id=b_sample.bayramov)) == 4
    assert "Дж. Байрамов" not in rows_by_name(view)
    assert view.model.rowCount() == 3
    assert view.selected_speaker_ids() == [b_sample.bayramov]
    assert view.undo_stack.count() == 1

    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.bayramov).claim_count == 3
    restored = catalogue.get_speaker(duplicate)
    assert restored.name == "Дж. Байрамов"
    assert restored.claim_count == 1
    assert restored.aliases == ("Глава МИД Азербайджана",)
    assert "Дж. Байрамов" not in catalogue.get_speaker(b_sample.bayramov).aliases
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=2000)


def test_merge_needs_two_speakers_and_cancelling_it_changes_nothing(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    select(view, b_sample.smith)
    assert not view.merge_button.isEnabled()
    select(view, b_sample.smith, b_sample.zakharova)
    assert view.merge_button.isEnabled()

    def choose_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeSpeakersDialog)
        smith = next(b for b in dialog.findChildren(QRadioButton) if "John Smith" in b.text())
        QTest.mouseClick(smith, Qt.MouseButton.LeftButton)
        assert dialog.keep_id() == b_sample.smith
        click_button(dialog.buttons, QDialogButtonBox.StandardButton.Cancel)

    handler = when_modal("mergeSpeakersDialog", choose_then_cancel)
    QTest.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    handler.check()
    assert {s.name: s.claim_count for s in catalogue.list_speakers()} == {
        "Джейхун Байрамов": 3,
        "Мария Захарова": 3,
        "John Smith": 1,
    }
    assert catalogue.get_speaker(b_sample.smith).aliases == ()
    assert view.undo_stack.count() == 0
    assert set(rows_by_name(view)) == {"Джейхун Байрамов", "Мария Захарова", "John Smith"}


def test_delete_speaker_leaves_claims_unattributed_and_undo_restores(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    asked: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        answer_box(box, QMessageBox.StandardButton.Yes)

    select(view, b_sample.zakharova)
    handler = when_modal("deleteSpeakerQuestion", yes)
    QTest.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    handler.check()
    assert asked == [
        "Delete Мария Захарова? Their 3 claims stay in the catalogue, unattributed. "
        "You can undo this with Edit › Undo."
    ]
    assert "Мария Захарова" not in rows_by_name(view)
    assert catalogue.count_claims(ClaimFilter(unattributed=True)) == 4

    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.zakharova).claim_count == 3
    qtbot.waitUntil(lambda: "Мария Захарова" in rows_by_name(view), timeout=2000)


def test_delete_key_in_the_table_asks_first_and_cancel_keeps_the_speaker(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    select(view, b_sample.smith)
    view.table.setFocus()

    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        answer_box(box, QMessageBox.StandardButton.Cancel)

    handler = when_modal("deleteSpeakerQuestion", cancel)
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    handler.check()
    assert asked and asked[0].startswith("Delete John Smith? Their 1 claim stays")
    assert len(catalogue.list_speakers()) == 3
    assert view.undo_stack.count() == 0

    handler = when_modal(
        "deleteSpeakerQuestion", lambda box: answer_box(box, QMessageBox.StandardButton.Yes)
    )
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    handler.check()
    assert [s.name for s in catalogue.list_speakers()] == ["Джейхун Байрамов", "Мария Захарова"]


# -- in the main window ------------------------------------------------------------------------


RU_ARTICLE = (
    "Глава МИД Азербайджана Джейхун Байрамов заявил: «Мы готовы к переговорам без условий». "
    "Мария Захарова отметила, что «Москва внимательно следит за ситуацией». "
    "Байрамов также напомнил, что «мирный договор почти готов»."
)
EN_ARTICLE = (
    "Jeyhun Bayramov said the talks were constructive and useful. "
    "Maria Zakharova said Moscow was watching the region closely."
)


def fill_window_catalogue(catalogue: Catalogue) -> dict[str, int]:
    """Three speakers (one a second Bayramov) with claims in two articles; their ids by name."""
    ru = catalogue.add_article(RU_ARTICLE, title="Байрамов о переговорах", outlet="Sputnik").id
    en = catalogue.add_article(EN_ARTICLE, title="Talks in Baku", outlet="Reuters").id
    catalogue.attribute_quote(ru, "Мы готовы к переговорам без условий", "Джейхун Байрамов")
    catalogue.attribute_quote(ru, "Москва внимательно следит за ситуацией", "Мария Захарова")
    catalogue.attribute_quote(ru, "мирный договор почти готов", "Джейхун Байрамов")
    catalogue.attribute_quote(en, "Moscow was watching the region closely", "Мария Захарова")
    catalogue.attribute_quote(en, "the talks were constructive and useful", "Дж. Байрамов")
    return {s.name: s.id for s in catalogue.list_speakers()}


def press_in_window(window: MainWindow, key: Qt.Key) -> None:
    """Press Ctrl+``key`` in the tab shown now, as a person would."""
    page = window.tabs.currentWidget()
    assert page is not None
    press(page, key, Qt.KeyboardModifier.ControlModifier)


def go_to_speakers(window: MainWindow) -> SpeakersView:
    press_in_window(window, Qt.Key.Key_4)
    view = window.browse.speakers_view
    assert view is not None
    assert window.tabs.currentWidget().isAncestorOf(view)
    return view


def test_show_claims_opens_the_catalogue_with_that_speakers_claims(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    catalogue = main_window.catalogue
    ids = fill_window_catalogue(catalogue)
    view = go_to_speakers(main_window)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=2000)
    click_speaker(view, ids["Мария Захарова"])
    assert view.show_claims_button.isEnabled()
    QTest.mouseClick(view.show_claims_button, Qt.MouseButton.LeftButton)

    catalogue_view = main_window.browse.catalogue_view
    assert catalogue_view is not None
    assert main_window.tabs.currentWidget().isAncestorOf(catalogue_view)
    model = catalogue_view.model
    shown = [model.index(row, COLUMNS.index("quote")).data() for row in range(model.rowCount())]
    assert sorted(shown) == [
        "Moscow was watching the region closely",
        "Москва внимательно следит за ситуацией",
    ]
    assert {model.index(r, COLUMNS.index("speaker")).data() for r in range(2)} == {"Мария Захарова"}
    assert catalogue_view.claim_filter() == ClaimFilter(speaker_id=ids["Мария Захарова"])
    combo = catalogue_view.filter_bar.speaker_combo
    assert combo.currentText() == "Мария Захарова"
    assert combo.currentData() == ids["Мария Захарова"]
    assert catalogue_view.count_label.text() == "2 claims"

    # another speaker's claims, from the Speakers tab again: the filter follows
    view = go_to_speakers(main_window)
    click_speaker(view, ids["Дж. Байрамов"])
    QTest.mouseClick(view.show_claims_button, Qt.MouseButton.LeftButton)
    assert main_window.tabs.currentWidget().isAncestorOf(catalogue_view)
    assert model.rowCount() == 1
    assert combo.currentText() == "Дж. Байрамов"


def test_double_click_on_a_speaker_still_edits_the_name_in_place(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ids = fill_window_catalogue(main_window.catalogue)
    view = go_to_speakers(main_window)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=2000)
    index = view.model.index(view.model.row_of(ids["Мария Захарова"]), 0)
    point = view.table.visualRect(index).center()
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.table.state() == QAbstractItemView.State.EditingState
    assert main_window.tabs.currentWidget().isAncestorOf(view)
    QTest.keyClick(view.table.focusWidget(), Qt.Key.Key_Escape)


def test_merge_in_the_window_keeps_the_chosen_speaker_and_ctrl_z_restores_both(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    catalogue = main_window.catalogue
    ids = fill_window_catalogue(catalogue)
    bayramov, duplicate = ids["Джейхун Байрамов"], ids["Дж. Байрамов"]
    view = go_to_speakers(main_window)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=2000)
    select(view, bayramov, duplicate)

    def keep_the_short_name(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeSpeakersDialog)
        assert dialog.keep_id() == bayramov  # offered: the one with more claims
        short = next(b for b in dialog.findChildren(QRadioButton) if "Дж. Байрамов" in b.text())
        QTest.mouseClick(short, Qt.MouseButton.LeftButton)
        click_button(dialog.buttons, QDialogButtonBox.StandardButton.Ok)

    handler = when_modal("mergeSpeakersDialog", keep_the_short_name)
    QTest.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    handler.check()

    kept = catalogue.get_speaker(duplicate)
    assert kept.claim_count == 3
    assert "Джейхун Байрамов" in kept.aliases
    assert [s.name for s in catalogue.list_speakers()] == ["Дж. Байрамов", "Мария Захарова"]
    qtbot.waitUntil(lambda: set(rows_by_name(view)) == {"Дж. Байрамов", "Мария Захарова"})

    press(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert catalogue.get_speaker(bayramov).claim_count == 2
    assert catalogue.get_speaker(duplicate).claim_count == 1
    assert catalogue.get_speaker(duplicate).aliases == ()
    qtbot.waitUntil(lambda: len(rows_by_name(view)) == 3, timeout=2000)


# -- layout ----------------------------------------------------------------------------------


def outside_the_page(page: QScrollArea, widgets: list[QWidget]) -> list[str]:
    """The widgets not shown, or not wholly inside the page's visible area."""
    viewport = page.viewport()
    outside = []
    for widget in widgets:
        rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        if not widget.isVisible() or not viewport.rect().contains(rect):
            outside.append(f"{widget.objectName() or type(widget).__name__} at {rect}")
    return outside


def filter_bar_widgets(view: CatalogueView) -> list[QWidget]:
    bar = view.filter_bar
    return [w for w in bar.findChildren(QWidget) if w.parentWidget() is bar and not w.isHidden()]


def test_speakers_and_catalogue_tabs_fit_a_1024_by_700_window(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Whether the side docks are open or not (today they are, leaving the tabs some 210 px),
    # every button and filter field is on screen without scrolling.
    main_window.resize(1024, 700)
    qtbot.waitUntil(lambda: main_window.size().width() == 1024, timeout=2000)
    view = go_to_speakers(main_window)
    speakers_page = main_window.tabs.currentWidget()
    assert isinstance(speakers_page, QScrollArea)
    buttons: list[QWidget] = list(view.findChildren(QPushButton))
    assert len(buttons) == 7  # Profile… among them
    qtbot.waitUntil(lambda: not outside_the_page(speakers_page, buttons), timeout=2000)

    press_in_window(main_window, Qt.Key.Key_3)
    catalogue_view = main_window.browse.catalogue_view
    assert catalogue_view is not None
    catalogue_page = main_window.tabs.currentWidget()
    assert isinstance(catalogue_page, QScrollArea)
    assert catalogue_page.isAncestorOf(catalogue_view)
    fields = filter_bar_widgets(catalogue_view)
    assert len(fields) == 18  # eight captions, eight fields, Needs review, Clear filters
    qtbot.waitUntil(lambda: not outside_the_page(catalogue_page, fields), timeout=2000)


@pytest.mark.parametrize("kind", [SpeakersView, CatalogueView])
@pytest.mark.parametrize("width", [212, 500, 1024])
def test_views_fit_their_page_at_any_sensible_width(
    qtbot: QtBot, b_sample: SampleCatalogue, kind: type[SpeakersView | CatalogueView], width: int
) -> None:
    # 212 px is what the tabs get in a 1024 px window with the docks open at their default sizes
    view = new_view(b_sample.catalogue, kind)
    page = QScrollArea()  # as the main window shows them
    page.setWidgetResizable(True)
    page.setWidget(view)
    qtbot.addWidget(page)
    page.resize(width, 594)
    page.show()
    qtbot.waitExposed(page)
    if isinstance(view, CatalogueView):
        wanted = filter_bar_widgets(view)
    else:
        wanted = list(view.findChildren(QPushButton))
    qtbot.waitUntil(lambda: not outside_the_page(page, wanted), timeout=2000)


def test_a_name_that_looks_like_html_is_shown_as_typed(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A speaker named "<b>Bold</b> & <i>It</i> <img src=x>" was drawn in bold and italics,
    with a broken picture, above the aliases, in the profile's timeline title and in questions."""
    name = "<b>Bold</b> & <i>It</i> <img src=x>"
    catalogue = main_window.catalogue
    article = catalogue.add_article("Он заявил: «Переговоры продолжатся в Баку».").id
    speaker = catalogue.attribute_quote(article, "Переговоры продолжатся в Баку", name).speaker_id
    assert speaker is not None
    view = go_to_speakers(main_window)
    qtbot.waitUntil(lambda: view.model.row_of(speaker) >= 0)
    click_speaker(view, speaker)
    assert view.alias_title.text() == f"Aliases of {name}: none yet"
    assert view.alias_title.textFormat() == Qt.TextFormat.PlainText
    asked: list[tuple[str, Qt.TextFormat]] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append((box.text(), box.textFormat()))
        answer_box(box, QMessageBox.StandardButton.Cancel)

    handler = when_modal("deleteSpeakerQuestion", cancel)
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    handler.check()
    assert asked[0][0].startswith(f"Delete {name}?") and asked[0][1] == Qt.TextFormat.PlainText
    QTest.mouseClick(view.profile_button, Qt.MouseButton.LeftButton)
    profile = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SpeakerProfileDialog))
    qtbot.waitExposed(profile)
    title = profile.chart.plot_item.titleLabel.text
    assert "&lt;b&gt;Bold&lt;/b&gt;" in title and "<b>" not in title
    profile.reject()


def rename_to(
    view: SpeakersView, speaker_id: int, name: str, answer: Callable[[QWidget], None]
) -> list[ModalHandler]:
    """Edit…, type ``name``, OK; ``answer`` answers the question that opens."""
    handlers: list[ModalHandler] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerEditDialog)
        dialog.name_edit.selectAll()
        type_text(dialog.name_edit, name)
        handlers.append(when_modal("sameSpeakerNameQuestion", answer))
        click_button(dialog.buttons, QDialogButtonBox.StandardButton.Ok)

    select(view, speaker_id)
    editing = when_modal("speakerEditDialog", fill)
    QTest.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editing.check()
    return handlers


def clicked(text: str) -> Callable[[QWidget], None]:
    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.text().startswith("Another speaker is already called “Мария Захарова”")
        button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    return click


def test_renaming_to_another_speakers_name_asks_to_merge_or_keep_both(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    """A rename made two speakers of one name without a word."""
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    smith_claims = catalogue.get_speaker(b_sample.smith).claim_count
    zakharova_claims = catalogue.get_speaker(b_sample.zakharova).claim_count
    # keep both: two speakers of that name, as asked for
    for handler in rename_to(view, b_sample.smith, "мария ЗАХАРОВА", clicked("Keep both")):
        handler.check()
    assert catalogue.get_speaker(b_sample.smith).name == "мария ЗАХАРОВА"
    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.smith).name == "John Smith"
    # merge: Smith's claims go to Zakharova, his name becomes one of hers; one undo step
    steps = view.undo_stack.index()
    for handler in rename_to(view, b_sample.smith, "Мария Захарова", clicked("Merge into them")):
        handler.check()
    assert [s.id for s in catalogue.list_speakers()].count(b_sample.smith) == 0
    merged = catalogue.get_speaker(b_sample.zakharova)
    assert merged.claim_count == zakharova_claims + smith_claims
    assert "John Smith" in merged.aliases
    assert view.undo_stack.index() == steps + 1
    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.smith).name == "John Smith"


def test_going_back_from_the_same_name_question_keeps_what_was_typed(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    seen: list[str] = []

    def back(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)

        def again(dialog: QWidget) -> None:
            assert isinstance(dialog, SpeakerEditDialog)
            seen.append(dialog.name_edit.text())
            click_button(dialog.buttons, QDialogButtonBox.StandardButton.Cancel)

        seen_again.append(when_modal("speakerEditDialog", again))
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        assert cancel is not None and box.defaultButton() is cancel
        QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)

    seen_again: list[ModalHandler] = []
    for handler in rename_to(view, b_sample.smith, "Мария Захарова", back):
        handler.check()
    for handler in seen_again:
        handler.check()
    assert seen == ["Мария Захарова"]
    assert catalogue.get_speaker(b_sample.smith).name == "John Smith"
    assert view.undo_stack.count() == 0


def test_delete_acts_only_on_a_speaker_that_looks_chosen(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    """The table took the focus with a first row current (a focus frame, no highlight), and
    Delete offered to delete that speaker although none looked selected. Now the table chooses
    that row as it takes the focus (highlighted, its buttons enabled), and Delete asks about
    the speaker that looks chosen."""
    view = make_view(qtbot, b_sample.catalogue)
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(lambda: view.table.selectionModel().hasSelection())
    chosen = view.current_speaker()
    assert chosen is not None
    assert [i.row() for i in view.table.selectionModel().selectedRows()] == [
        view.table.currentIndex().row()
    ]
    assert view.delete_button.isEnabled() and view.edit_button.isEnabled()
    asked: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.close()

    handler = when_modal("deleteSpeakerQuestion", answer)
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    handler.check()
    assert len(asked) == 1 and chosen.name in asked[0]
    assert len(b_sample.catalogue.list_speakers()) == 3  # closed: nothing deleted
    # chosen as a person chooses one, it is the one acted on
    click_speaker(view, b_sample.smith)
    assert view.delete_button.isEnabled() and view.current_speaker() is not None


def rename_in_place(
    qtbot: QtBot, view: SpeakersView, speaker_id: int, name: str, answer: Callable[[QWidget], None]
) -> ModalHandler:
    """Double-click the speaker's name, type ``name`` over it, Enter; ``answer`` answers the
    question that opens once the editor is closed."""
    row = view.model.row_of(speaker_id)
    point = view.table.visualRect(view.model.index(row, SPEAKER_COLUMNS.index("name"))).center()
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = view.table.focusWidget()
    assert (
        isinstance(editor, QLineEdit) and view.table.state() == QAbstractItemView.State.EditingState
    )
    editor.selectAll()
    type_text(editor, name)
    handler = when_modal("sameSpeakerNameQuestion", answer)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # asked once the editor has closed: from the event loop, after the key
    qtbot.waitUntil(lambda: bool(handler.dialogs) or handler.error is not None, timeout=6000)
    return handler


def test_renaming_in_the_table_to_another_speakers_name_asks_as_the_dialog_does(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    """Typing another speaker's name over a name in the table made two speakers of one name
    without a word (the Edit dialog asked)."""
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    smith_claims = catalogue.get_speaker(b_sample.smith).claim_count
    zakharova_claims = catalogue.get_speaker(b_sample.zakharova).claim_count

    rename_in_place(qtbot, view, b_sample.smith, "мария ЗАХАРОВА", clicked("Keep both")).check()
    qtbot.waitUntil(lambda: catalogue.get_speaker(b_sample.smith).name == "мария ЗАХАРОВА")
    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.smith).name == "John Smith"
    qtbot.waitUntil(lambda: "John Smith" in rows_by_name(view))

    # back: nothing saved, the name's editor open again with what was typed
    handler = rename_in_place(qtbot, view, b_sample.smith, "Мария Захарова", clicked("Cancel"))
    handler.check()
    qtbot.waitUntil(lambda: view.table.state() == QAbstractItemView.State.EditingState)
    editor = view.table.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Мария Захарова"
    assert catalogue.get_speaker(b_sample.smith).name == "John Smith"
    QTest.keyClick(editor, Qt.Key.Key_Escape)

    steps = view.undo_stack.index()
    handler = rename_in_place(
        qtbot, view, b_sample.smith, "Мария Захарова", clicked("Merge into them")
    )
    handler.check()
    qtbot.waitUntil(lambda: b_sample.smith not in [s.id for s in catalogue.list_speakers()])
    merged = catalogue.get_speaker(b_sample.zakharova)
    assert merged.claim_count == zakharova_claims + smith_claims
    assert "John Smith" in merged.aliases and view.undo_stack.index() == steps + 1
    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.smith).name == "John Smith"


def test_aliases_typed_one_after_another_with_enter_all_go_in(
    qtbot: QtBot, b_sample: SampleCatalogue, b_type_text: Callable[[QWidget, str], None]
) -> None:
    """Enter adds the alias and leaves the field ready for the next one: the second alias
    typed straight after went nowhere (the field lost the focus while the list reloaded)."""
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    select(view, b_sample.zakharova)
    QTest.mouseClick(view.alias_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.alias_edit.hasFocus)
    for alias in ("Захарова", "М. Захарова"):
        b_type_text(QApplication.focusWidget(), alias)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda alias=alias: alias in catalogue.get_speaker(b_sample.zakharova).aliases
        )
    assert catalogue.get_speaker(b_sample.zakharova).aliases == ("Захарова", "М. Захарова")
    assert QApplication.focusWidget() is view.alias_edit and view.alias_edit.text() == ""


def test_the_profile_shows_each_kind_whole_in_russian(qtbot: QtBot, catalogue: Catalogue) -> None:
    """The Russian profile cut its kinds to "косвен…": the column was 70 px wide."""
    from claimdesk.gui.speaker_profile_dialog import CLAIM_COLUMNS
    from claimdesk.gui.translations import install_translations, remove_translations

    article = catalogue.add_article(
        "Министр заявил: «Переговоры продолжатся». Он также сказал, что встреча будет в Баку."
    ).id
    said = catalogue.attribute_quote(article, "Переговоры продолжатся", "Джейхун Байрамов")
    assert said.speaker_id is not None
    catalogue.attribute_quote(article, "встреча будет в Баку", "Джейхун Байрамов", kind="indirect")
    install_translations("ru")
    try:
        profile = SpeakerProfileDialog(catalogue.speaker_profile(said.speaker_id))
        qtbot.addWidget(profile)
        profile.show()
        qtbot.waitExposed(profile)
        table = profile.table
        column = CLAIM_COLUMNS.index("kind")
        shown = {table.model().index(row, column).data() for row in range(2)}
        assert shown == {"прямая цитата", "косвенная цитата"}
        metrics = table.fontMetrics()
        assert all(table.columnWidth(column) > metrics.horizontalAdvance(w) for w in shown)
    finally:
        remove_translations()


def test_merging_two_speakers_with_as_many_claims_keeps_the_fuller_name_first(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    """With as many claims each, the first chosen was kept: "H. Clinton" over "Hillary
    Clinton"."""
    article = catalogue.add_article("She said: “We will lead.” Later: “We must act.”").id
    short = catalogue.attribute_quote(article, "We will lead.", "H. Clinton").speaker_id
    full = catalogue.attribute_quote(article, "We must act.", "Hillary Clinton").speaker_id
    assert short is not None and full is not None
    dialog = MergeSpeakersDialog(catalogue.get_speaker(short), catalogue.get_speaker(full))
    qtbot.addWidget(dialog)
    assert (dialog.keep_id(), dialog.merge_id()) == (full, short)
    # more claims still come first, whatever the name
    catalogue.attribute_quote(article, "She said", "H. Clinton")
    dialog = MergeSpeakersDialog(catalogue.get_speaker(full), catalogue.get_speaker(short))
    qtbot.addWidget(dialog)
    assert dialog.keep_id() == short


def test_the_alias_list_says_why_it_is_empty(qtbot: QtBot, main_window: MainWindow) -> None:
    """An empty box under "Aliases" said nothing: no speaker chosen, or none given yet."""
    view = go_to_speakers(main_window)
    assert view.alias_title.text() == "Aliases (choose a speaker)"
    catalogue = main_window.catalogue
    article = catalogue.add_article("Он заявил: «Переговоры продолжатся в Баку».").id
    speaker = catalogue.attribute_quote(article, "Переговоры продолжатся в Баку", "Иван Петров")
    assert speaker.speaker_id is not None
    qtbot.waitUntil(lambda: view.model.row_of(speaker.speaker_id) >= 0)
    click_speaker(view, speaker.speaker_id)
    assert view.alias_title.text() == "Aliases of Иван Петров: none yet"
    view.alias_edit.setFocus()
    type_text(view.alias_edit, "Петров")
    QTest.keyClick(view.alias_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.alias_model.stringList() == ["Петров"])
    assert view.alias_title.text() == "Aliases of Иван Петров"
