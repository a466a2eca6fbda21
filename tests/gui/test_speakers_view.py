"""The speakers view: claim counts, filter, edits, aliases, merge and delete, all undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.records import ClaimFilter, SpeakerInfo
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.merge_speakers_dialog import MergeSpeakersDialog
from claimdesk.gui.speaker_edit_dialog import SpeakerEditDialog
from claimdesk.gui.speakers_model import SPEAKER_COLUMNS
from claimdesk.gui.speakers_view import SpeakersView
from claimdesk.gui.undo import CatalogueUndoStack

if TYPE_CHECKING:
    from catalogue_fixtures import SampleCatalogue

pytest_plugins = ["catalogue_fixtures"]


def make_view(qtbot: QtBot, catalogue: Catalogue) -> SpeakersView:
    bridge = CatalogueBridge(catalogue)
    undo_stack = CatalogueUndoStack(catalogue)
    view = SpeakersView(catalogue, bridge, undo_stack)
    bridge.setParent(view)
    undo_stack.setParent(view)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(view: SpeakersView, row: int, column: str) -> object:
    return view.model.index(row, SPEAKER_COLUMNS.index(column)).data()


def rows_by_name(view: SpeakersView) -> dict[str, int]:
    return {str(cell(view, row, "name")): row for row in range(view.model.rowCount())}


def select(view: SpeakersView, *speaker_ids: int) -> None:
    view.select_speakers(list(speaker_ids), speaker_ids[0])
    assert view.selected_speaker_ids() == sorted(speaker_ids, key=view.model.row_of)


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


def test_edit_dialog_changes_details_undoably(qtbot: QtBot, b_sample: SampleCatalogue) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    seen: list[SpeakerInfo] = []

    def fill_dialog(dialog: SpeakerEditDialog) -> dict[str, str]:
        seen.append(dialog.speaker)
        dialog.role_edit.setText("Spokeswoman of the Russian MFA")
        dialog.note_edit.setPlainText("Official representative since 2015")
        return dialog.changes()

    view.ask_edit = fill_dialog
    select(view, b_sample.zakharova)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)

    assert [s.id for s in seen] == [b_sample.zakharova]
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


def test_merge_moves_claims_and_undo_restores_both(qtbot: QtBot, b_sample: SampleCatalogue) -> None:
    catalogue = b_sample.catalogue
    duplicate = catalogue.attribute_quote(
        b_sample.en_article, "Foreign Minister Jeyhun Bayramov", "Дж. Байрамов", kind="claim"
    ).speaker_id
    assert duplicate is not None
    catalogue.add_alias(duplicate, "Глава МИД Азербайджана")
    view = make_view(qtbot, catalogue)
    asked: list[tuple[str, str]] = []

    def choose(first: SpeakerInfo, second: SpeakerInfo) -> tuple[int, int] | None:
        asked.append((first.name, second.name))
        dialog = MergeSpeakersDialog(first, second)
        qtbot.addWidget(dialog)
        # the speaker with more claims is offered as the one to keep
        assert dialog.keep_id() == b_sample.bayramov
        return dialog.keep_id(), dialog.merge_id()

    view.ask_merge = choose
    select(view, b_sample.bayramov, duplicate)
    assert view.merge_button.isEnabled()
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)

    assert sorted(asked[0]) == ["Дж. Байрамов", "Джейхун Байрамов"]
    kept = catalogue.get_speaker(b_sample.bayramov)
    assert kept.claim_count == 4
    assert {"Дж. Байрамов", "Глава МИД Азербайджана", "Байрамов"} <= set(kept.aliases)
    assert catalogue.find_speaker("Дж. Байрамов") == kept
    assert catalogue.count_claims(ClaimFilter(speaker_id=b_sample.bayramov)) == 4
    assert "Дж. Байрамов" not in rows_by_name(view)
    assert view.model.rowCount() == 3
    assert view.selected_speaker_ids() == [b_sample.bayramov]

    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.bayramov).claim_count == 3
    restored = catalogue.get_speaker(duplicate)
    assert restored.name == "Дж. Байрамов"
    assert restored.claim_count == 1
    assert restored.aliases == ("Глава МИД Азербайджана",)
    assert "Дж. Байрамов" not in catalogue.get_speaker(b_sample.bayramov).aliases
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=2000)


def test_merge_needs_two_speakers_and_can_be_declined(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    view.ask_merge = lambda first, second: None
    select(view, b_sample.smith)
    assert not view.merge_button.isEnabled()
    select(view, b_sample.smith, b_sample.zakharova)
    view.merge_selected()
    assert len(catalogue.list_speakers()) == 3
    assert view.undo_stack.count() == 0


def test_delete_speaker_leaves_claims_unattributed_and_undo_restores(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    view.confirm_delete = lambda speaker: speaker.id == b_sample.zakharova
    select(view, b_sample.zakharova)
    view.table.selectionModel().setCurrentIndex(
        view.model.index(view.model.row_of(b_sample.zakharova), 0),
        QItemSelectionModel.SelectionFlag.NoUpdate,
    )
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "Мария Захарова" not in rows_by_name(view)
    assert catalogue.count_claims(ClaimFilter(unattributed=True)) == 4

    view.undo_stack.undo()
    assert catalogue.get_speaker(b_sample.zakharova).claim_count == 3
    qtbot.waitUntil(lambda: "Мария Захарова" in rows_by_name(view), timeout=2000)


def test_delete_key_in_the_table_deletes_the_current_speaker(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    catalogue = b_sample.catalogue
    view = make_view(qtbot, catalogue)
    asked: list[str] = []
    view.confirm_delete = lambda speaker: asked.append(speaker.name) is None
    select(view, b_sample.smith)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == ["John Smith"]
    assert [s.name for s in catalogue.list_speakers()] == ["Джейхун Байрамов", "Мария Захарова"]
