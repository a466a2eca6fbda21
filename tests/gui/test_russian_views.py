"""The Catalogue and Speakers tabs and the speaker picker in Russian (issue 21): with the
Russian translation of their part (resources/translations/claimdesk_ru.ts, compiled by
lrelease) installed, the real widgets show Russian captions, column headers and kind names,
counts in Russian's three plural forms, and Alt letters that stay unique."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from dialog_helpers import type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from translation_helpers import TRANSLATIONS, compile_translation, speaking

from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.catalogue_view import CatalogueView
from claimdesk.gui.claims_table_model import COLUMNS
from claimdesk.gui.speaker_picker import SpeakerPicker
from claimdesk.gui.speakers_view import SpeakersView
from claimdesk.gui.undo import CatalogueUndoStack

if TYPE_CHECKING:
    from catalogue_fixtures import SampleCatalogue

    from claimdesk.core.catalogue import Catalogue

pytest_plugins = ["catalogue_fixtures"]


@pytest.fixture
def russian(tmp_path: Path) -> Iterator[None]:
    """The part's Russian translation installed while the test runs."""
    qm = compile_translation([TRANSLATIONS / "claimdesk_ru.ts"], tmp_path / "ru.qm")
    with speaking(qm):
        yield


def shown(qtbot: QtBot, view: QWidget) -> QWidget:
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def with_stack(view_type: type[CatalogueView | SpeakersView], catalogue: Catalogue) -> QWidget:
    bridge = CatalogueBridge(catalogue)
    undo_stack = CatalogueUndoStack(catalogue)
    view = view_type(catalogue, bridge, undo_stack)
    bridge.setParent(view)
    undo_stack.setParent(view)
    return view


def mnemonics(widget: QWidget) -> list[str]:
    """The Alt letters of the buttons and buddied labels in ``widget``."""
    texts = [b.text() for b in widget.findChildren(QAbstractButton)]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    found = (re.search(r"(?<!&)&([^&\s])", t.replace("&&", "")) for t in texts)
    return [m.group(1).casefold() for m in found if m]


def repeated(letters: list[str]) -> list[str]:
    return [letter for letter, n in Counter(letters).items() if n > 1]


def test_the_catalogue_tab_speaks_russian_with_three_plural_forms(
    qtbot: QtBot, b_sample: SampleCatalogue, russian: None
) -> None:
    view = shown(qtbot, with_stack(CatalogueView, b_sample.catalogue))
    assert isinstance(view, CatalogueView)
    model, bar = view.model, view.filter_bar
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(COLUMNS))]
    assert headers[:7] == [
        "Спикер", "Тип", "Цитата", "Издание", "Опубликовано", "Статья", "Метки"
    ]  # fmt: skip
    rows = {
        model.data(model.index(row, COLUMNS.index("quote"))): row for row in range(model.rowCount())
    }
    kind = model.data(model.index(rows["санкции не работают"], COLUMNS.index("kind")))
    assert kind == "Прямая цитата"
    assert [bar.kind_combo.itemText(n) for n in range(bar.kind_combo.count())] == [
        "Все типы", "Прямая цитата", "Косвенная цитата", "Утверждение"
    ]  # fmt: skip
    assert bar.speaker_combo.itemText(1) == "(без спикера)"
    captions = [label.text() for label in bar.findChildren(QLabel) if label.buddy() is not None]
    assert "Изда&ние:" in captions and "&От:" in captions
    assert bar.orphaned_check.text() == "Тре&бует проверки"
    assert not repeated(mnemonics(bar)), mnemonics(bar)
    assert view.count_label.text() == "8 утверждений"

    # narrowed from the keyboard: one claim tagged «санкции», two of the kind «Утверждение»,
    # five published since 2024
    bar.tag_combo.setFocus()
    type_text(bar.tag_combo, "сан")
    qtbot.waitUntil(lambda: view.count_label.text() == "1 утверждение")
    QTest.keyClick(bar.tag_combo, Qt.Key.Key_Home)
    bar.kind_combo.setFocus()
    type_text(bar.kind_combo, "Утв")
    qtbot.waitUntil(lambda: view.count_label.text() == "2 утверждения")
    QTest.keyClick(bar.kind_combo, Qt.Key.Key_Home)
    qtbot.keyClicks(bar.since_edit, "2024")
    qtbot.keyClick(bar.since_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.count_label.text() == "5 утверждений")


def test_the_catalogues_columns_fit_their_russian_headers_and_kinds(
    qtbot: QtBot, b_sample: SampleCatalogue, russian: None
) -> None:
    """Russian words are longer: "Опубликовано" and "Косвенная цитата" are shown whole."""
    view = shown(qtbot, with_stack(CatalogueView, b_sample.catalogue))
    assert isinstance(view, CatalogueView)
    table, model = view.table, view.model
    header = table.horizontalHeader()
    for name in ("published", "kind", "outlet", "tags", "created"):
        column = COLUMNS.index(name)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(title), title
    kind = COLUMNS.index("kind")
    assert model.headerData(kind, Qt.Orientation.Horizontal) == "Тип"
    assert table.columnWidth(kind) > table.fontMetrics().horizontalAdvance("Косвенная цитата")


def test_the_speakers_tab_asks_in_russian_before_deleting(
    qtbot: QtBot, b_sample: SampleCatalogue, russian: None
) -> None:
    view = shown(qtbot, with_stack(SpeakersView, b_sample.catalogue))
    assert isinstance(view, SpeakersView)
    headers = [view.model.headerData(n, Qt.Orientation.Horizontal) for n in range(5)]
    assert headers == ["Имя", "Другие имена", "Должность", "Организация", "Утверждения"]
    assert view.profile_button.text() == "Профи&ль…"
    assert not repeated(mnemonics(view)), mnemonics(view)

    row = view.model.row_of(b_sample.zakharova)
    index = view.model.index(row, 0)
    QTest.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        button = box.button(QMessageBox.StandardButton.Cancel)
        assert button is not None
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    handler = when_modal("deleteSpeakerQuestion", cancel)
    QTest.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    handler.check()
    assert asked == [
        "Удалить спикера «Мария Захарова»? 3 утверждения этого спикера останутся в каталоге "
        "без спикера. Это можно отменить: «Правка › Отменить»."
    ]
    assert b_sample.catalogue.get_speaker(b_sample.zakharova).claim_count == 3


def test_the_speaker_picker_speaks_russian(
    qtbot: QtBot, b_sample: SampleCatalogue, russian: None
) -> None:
    picker = SpeakerPicker(b_sample.catalogue, "санкции не работают")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    assert picker.windowTitle() == "Указать спикера"
    assert picker.quote_label.text() == "«санкции не работают»"
    assert picker.kind_combo.currentText() == "Прямая цитата"
    assert not repeated(mnemonics(picker)), mnemonics(picker)
    type_text(picker.name_edit, "Новый Человек")
    choice = picker.current_choice()
    assert choice is not None and choice.label == "➕ Новый спикер «Новый Человек»"
