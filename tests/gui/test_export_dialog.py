"""The export dialog: filters, Excel BOM, formula neutralising, cancelling and errors."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from dialog_helpers import type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.gui.export_dialog import ExportDialog

if TYPE_CHECKING:
    from catalogue_fixtures import SampleCatalogue

    from claimdesk.core.export.reader import Batch

pytest_plugins = ["catalogue_fixtures"]

BOM = b"\xef\xbb\xbf"


@pytest.fixture(autouse=True)
def fresh_settings(settings_dir: Path) -> None:
    """Each test in fresh QSettings: the dialog remembers the last Excel choice."""


def make_dialog(
    qtbot: QtBot,
    catalogue: Catalogue,
    claim_filter: ClaimFilter | None = None,
    parent: QWidget | None = None,
) -> ExportDialog:
    dialog = ExportDialog(catalogue, parent, claim_filter=claim_filter)
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def visible_boxes(widget: QWidget, name: str) -> list[QMessageBox]:
    return [b for b in widget.findChildren(QMessageBox, name) if b.isVisible()]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_defaults_and_prefilled_filters(qtbot: QtBot, b_sample: SampleCatalogue) -> None:
    dialog = make_dialog(
        qtbot, b_sample.catalogue, ClaimFilter(speaker_id=b_sample.bayramov, kind="direct")
    )
    assert dialog.objectName() == "exportDialog"
    assert Path(dialog.path_edit.text()).name == f"claims-{date.today().isoformat()}.csv"
    assert dialog.neutralise_check.isChecked()
    assert dialog.excel_check.isChecked()  # Excel reads Cyrillic only with the BOM
    assert dialog.claim_filter() == ClaimFilter(speaker_id=b_sample.bayramov, kind="direct")
    assert dialog.filter_bar.speaker_combo.currentText() == "Джейхун Байрамов"
    assert dialog.match_label.text().startswith("1 claim match")

    dialog.filter_bar.kind_combo.setCurrentIndex(0)
    assert dialog.match_label.text().startswith("3 claims match")

    # dates typed the wrong way round: the count says why there is nothing to export
    bar = dialog.filter_bar
    bar.since_edit.setFocus()
    qtbot.keyClicks(bar.since_edit, "2025")
    bar.until_edit.setFocus()
    qtbot.keyClicks(bar.until_edit, "2024")  # (Enter would export: the dialog's default)
    qtbot.waitUntil(
        lambda: (
            dialog.match_label.text()
            == "No claims: the Until date is before the From date (swap them?)."
        )
    )


def test_export_writes_the_filtered_claims(
    qtbot: QtBot, b_sample: SampleCatalogue, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, b_sample.catalogue, ClaimFilter(speaker_id=b_sample.zakharova))
    dialog.excel_check.setChecked(False)
    target = tmp_path / "zakharova.csv"
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000) as blocker:
        dialog.start_export(target)
    assert blocker.args == [3, str(target)]
    rows = read_rows(target)
    assert [r["speaker"] for r in rows] == ["Мария Захарова"] * 3
    assert {r["quote"] for r in rows} == {
        "Москва внимательно следит за ситуацией",
        "Moscow was watching the region closely",
        "Запад вмешивается в дела региона",
    }
    assert not target.read_bytes().startswith(BOM)
    message = f"3 claims written to {target}"
    assert dialog.status_label.text() == message
    boxes = visible_boxes(dialog, "exportDoneMessage")
    assert [b.text() for b in boxes] == [message]
    boxes[0].close()
    assert not dialog.is_running


def test_filters_changed_in_the_dialog_apply(
    qtbot: QtBot, b_sample: SampleCatalogue, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, b_sample.catalogue)
    bar = dialog.filter_bar
    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData("переговоры"))
    bar.since_edit.setText("2024")
    bar.apply_now()
    target = tmp_path / "tagged.csv"
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.start_export(target)
    rows = read_rows(target)
    assert [r["quote"] for r in rows] == ["Мы готовы к переговорам без условий"]
    assert rows[0]["tags"] == "переговоры"


def test_excel_option_adds_a_bom_and_closes_into_the_parent(
    qtbot: QtBot, b_sample: SampleCatalogue, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = make_dialog(qtbot, b_sample.catalogue, parent=window)
    dialog.excel_check.setChecked(True)
    target = tmp_path / "excel.csv"
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.start_export(target)
    data = target.read_bytes()
    assert data.startswith(BOM)
    assert "Джейхун Байрамов".encode() in data
    assert len(read_rows(target)) == 8
    assert not dialog.isVisible()
    boxes = visible_boxes(window, "exportDoneMessage")
    assert [b.text() for b in boxes] == [f"8 claims written to {target}"]
    boxes[0].close()


@pytest.mark.parametrize(
    ("neutralise", "expected"), [(True, "'=SUM(A1:A9)"), (False, "=SUM(A1:A9)")]
)
def test_formula_neutralising_follows_the_checkbox(
    qtbot: QtBot, b_catalogue: Catalogue, tmp_path: Path, neutralise: bool, expected: str
) -> None:
    article = b_catalogue.add_article("=SUM(A1:A9) — так написал аноним.", title="Формулы").id
    b_catalogue.attribute_quote(article, "=SUM(A1:A9)", "Аноним")
    dialog = make_dialog(qtbot, b_catalogue)
    assert dialog.neutralise_check.isChecked()
    dialog.neutralise_check.setChecked(neutralise)
    target = tmp_path / "formula.csv"
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.start_export(target)
    assert read_rows(target)[0]["quote"] == expected


def test_cancelling_leaves_no_file(
    qtbot: QtBot,
    b_catalogue: Catalogue,
    b_bulk_claims: Callable[[Catalogue, int], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    b_bulk_claims(b_catalogue, 1_500)
    gate = threading.Event()
    reached = threading.Event()
    original = b_catalogue.iter_export_lines

    def gated(claim_filter: ClaimFilter | None = None, **options: Any) -> Iterator[Batch]:
        # hold the export after its first batch of rows (past its first progress report) until
        # the test has pressed Cancel, so the cancel lands mid-export every time
        for n, batch in enumerate(original(claim_filter, **options)):
            if n == 1:
                reached.set()
                gate.wait(10)
            yield batch

    monkeypatch.setattr(b_catalogue, "iter_export_lines", gated)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "claims.csv"
    dialog = make_dialog(qtbot, b_catalogue)
    finished: list[object] = []
    dialog.finished_export.connect(lambda *args: finished.append(args))
    dialog.start_export(target)
    assert dialog.is_running
    assert reached.wait(10)
    assert dialog.progress is not None
    with qtbot.waitSignal(dialog.cancelled, timeout=10_000):
        dialog.progress.findChild(QPushButton).click()  # the progress dialog's Cancel
        gate.set()
    assert not target.exists()
    assert leftovers(folder) == []
    assert finished == []
    assert "cancelled" in dialog.status_label.text()
    assert not dialog.is_running
    assert dialog.export_button.isEnabled()


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_an_unwritable_destination_shows_an_error_and_writes_nothing(
    qtbot: QtBot, b_sample: SampleCatalogue, tmp_path: Path, where: str
) -> None:
    if where == "missing folder":
        target = tmp_path / "no such folder" / "claims.csv"
    else:
        target = tmp_path / "claims.csv"
        target.mkdir()  # a directory where the file should go: the final rename fails
    dialog = make_dialog(qtbot, b_sample.catalogue)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
        dialog.start_export(target)
    message = str(blocker.args[0])
    assert message.startswith("Cannot write")
    assert "Traceback" not in message
    assert dialog.status_label.text() == message
    boxes = visible_boxes(dialog, "exportErrorMessage")
    assert [b.text() for b in boxes] == [message]
    boxes[0].close()
    assert not target.is_file()
    assert leftovers(tmp_path) == []
    assert dialog.isVisible()  # the user can pick another file and try again
    assert dialog.export_button.isEnabled()


def typed_and_exported(dialog: ExportDialog, target: Path) -> None:
    """Type ``target`` as the file and click Export, as a person does."""
    dialog.path_edit.selectAll()
    type_text(dialog.path_edit, str(target))
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "already exists" in box.text()
        clicked = box.button(button)
        assert clicked is not None
        QTest.mouseClick(clicked, Qt.MouseButton.LeftButton)

    return press


def test_a_typed_file_that_exists_is_replaced_only_when_the_user_agrees(
    qtbot: QtBot, b_sample: SampleCatalogue, tmp_path: Path
) -> None:
    """Typed into the dialog, an existing file was replaced without a word."""
    notes = tmp_path / "notes.txt"
    notes.write_text("my important notes", encoding="utf-8")
    dialog = make_dialog(qtbot, b_sample.catalogue)
    asked = when_modal("exportReplaceQuestion", answer(QMessageBox.StandardButton.Cancel))
    typed_and_exported(dialog, notes)
    asked.check()
    assert notes.read_text(encoding="utf-8") == "my important notes"
    assert not dialog.is_running and dialog.export_button.isEnabled()
    asked = when_modal("exportReplaceQuestion", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        typed_and_exported(dialog, notes)
    asked.check()
    assert read_rows(notes)[0]["claim_id"]
    for box in visible_boxes(dialog, "exportDoneMessage"):
        box.close()


def test_the_open_catalogue_is_never_exported_over(qtbot: QtBot, tmp_path: Path) -> None:
    """Exporting to the catalogue's own file turned it into a CSV file: a user lost it all."""
    path = tmp_path / "каталог.sqlite"
    with Catalogue.open(path) as catalogue:
        article = catalogue.add_article("Он заявил: «Переговоры продолжатся в Баку».").id
        catalogue.attribute_quote(article, "Переговоры продолжатся в Баку", "Джейхун Байрамов")
        before = path.read_bytes()
        dialog = make_dialog(qtbot, catalogue)
        # said at once, not asked about first: there is no replacing it
        typed_and_exported(dialog, path)
        boxes = visible_boxes(dialog, "exportErrorMessage")
        assert len(boxes) == 1 and "which an export never replaces" in boxes[0].text()
        assert dialog.status_label.text() == boxes[0].text()
        assert (
            not dialog.is_running
            and dialog.findChildren(QMessageBox, "exportReplaceQuestion") == []
        )
        boxes[0].close()
        assert path.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
        assert [c.quote for c in catalogue.list_claims()] == ["Переговоры продолжатся в Баку"]
        assert leftovers(tmp_path) == []


def test_the_next_export_starts_where_and_as_the_last_one_was_written(
    qtbot: QtBot, b_sample: SampleCatalogue, tmp_path: Path
) -> None:
    """Each export started in Documents as CSV again, whatever the last one was."""
    folder = tmp_path / "выгрузки"
    folder.mkdir()
    dialog = make_dialog(qtbot, b_sample.catalogue)
    combo = dialog.format_combo
    combo.setCurrentIndex(combo.findData("jsonl"))
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        typed_and_exported(dialog, folder / "claims.jsonl")
    for box in visible_boxes(dialog, "exportDoneMessage"):
        box.close()
    again = make_dialog(qtbot, b_sample.catalogue)
    assert again.export_format().value == "jsonl"
    shown = Path(again.path_edit.text())
    assert shown.parent == folder and shown.suffix == ".jsonl"


def test_a_speaker_name_longer_than_its_field_shows_from_its_start(
    qtbot: QtBot, b_sample: SampleCatalogue
) -> None:
    """At 1024×700 the dialog's speaker field read "l speakers": the end of "All speakers"."""
    dialog = make_dialog(qtbot, b_sample.catalogue)
    combo = dialog.filter_bar.speaker_combo
    line = combo.lineEdit()
    assert line is not None
    assert combo.currentText() == "All speakers" and line.cursorPosition() == 0
    combo.setCurrentIndex(combo.findData(b_sample.zakharova))
    assert combo.currentText() == "Мария Захарова" and line.cursorPosition() == 0


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_search_field_shows_what_it_searches(
    qtbot: QtBot, request: pytest.FixtureRequest, tmp_path: Path, language: str
) -> None:
    """In a new catalogue (no long outlet or speaker name to widen the dialog) the dialog opened
    with a search field a dozen characters wide beside three lists: it now opens as wide as the
    field's whole placeholder, in the user's language."""
    if language == "ru":
        request.getfixturevalue("russian_ui")
    catalogue = Catalogue.open(tmp_path / "new.sqlite")
    try:
        dialog = make_dialog(qtbot, catalogue)
        edit = dialog.filter_bar.text_edit
        placeholder = edit.placeholderText()
        assert placeholder.startswith("Search" if language == "en" else "Поиск")
        room = edit.width() - edit.textMargins().left() - edit.textMargins().right() - 8
        assert edit.fontMetrics().horizontalAdvance(placeholder) <= room, (
            edit.width(),
            placeholder,
        )
        dialog.reject()
    finally:
        catalogue.close()
