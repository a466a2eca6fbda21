"""The whole workflow as a person does it: paste the sample article, select a quote with the
keyboard, press Ctrl+Enter, type part of a speaker's name, accept, see the highlight, undo, redo,
export, and check what the catalogue and the CSV hold."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from dialog_helpers import press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.export.csv_file import export_claims_csv
from claimdesk.gui.article_dialog import ArticleDialog
from claimdesk.gui.colours import speaker_colour
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.positions import PositionMap
from claimdesk.gui.speaker_picker import SpeakerPicker

QUOTE = (
    "многоплановые азербайджано-российские отношения, развивающиеся на уровне стратегического "
    "партнерства, важны в интересах обеих стран и в целом для стабильности региона, а также "
    "открытия новых возможностей для прогресса"
)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def fill_article_dialog(dialog: QWidget) -> None:
    assert isinstance(dialog, ArticleDialog)
    # guesses from the text: the lede after the dateline as title, the dateline's agency
    assert dialog.title_edit.text().startswith("Министр иностранных дел Азербайджана")
    assert dialog.outlet_edit.text() == "Sputnik"
    dialog.title_edit.setText("Байрамов принял посла России")
    dialog.outlet_edit.clear()
    type_text(dialog.outlet_edit, "Sputnik Азербайджан")
    QTest.keyClicks(dialog.date_edit, "2020-07-28")
    QTest.keyClick(dialog.date_edit, Qt.Key.Key_Return)


def test_paste_select_attribute_undo_redo_export(
    qtbot: QtBot, main_window: MainWindow, sample_article_path: Path, tmp_path: Path
) -> None:
    window = main_window
    catalogue = window.catalogue
    bayramov = catalogue.add_speaker(
        "Джейхун Байрамов",
        role="министр иностранных дел",
        organisation="МИД Азербайджана",
        aliases=["Байрамов"],
    )
    catalogue.add_speaker("Михаил Бочарников", role="посол России в Азербайджане")
    sample = sample_article_path.read_text(encoding="utf-8")

    # paste the article: Ctrl+Shift+V, then the details dialog
    QGuiApplication.clipboard().setText(sample)
    assert action(window, "actionPasteArticle").shortcut() == QKeySequence("Ctrl+Shift+V")
    details = when_modal("articleDialog", fill_article_dialog)
    press(window, Qt.Key.Key_V, CTRL | SHIFT)
    details.check()
    (article,) = catalogue.list_articles()
    assert (article.title, article.outlet, article.published) == (
        "Байрамов принял посла России",
        "Sputnik Азербайджан",
        "2020-07-28",
    )
    assert window.reader.article_id == article.id
    assert window.reader.toPlainText() == catalogue.get_article_text(article.id)
    assert window.article_panel.model.rowCount() == 1

    # select from the space before the quote to the middle of its last word, with the keyboard
    text = catalogue.get_article_text(article.id)
    start = text.index(QUOTE)
    end = start + len(QUOTE)
    positions = PositionMap(text)
    cursor = window.reader.textCursor()
    cursor.setPosition(positions.to_qt(start - 1))
    window.reader.setTextCursor(cursor)
    window.reader.setFocus()
    for _ in range(positions.to_qt(end - 3) - positions.to_qt(start - 1)):
        QTest.keyClick(window.reader, Qt.Key.Key_Right, SHIFT)
    assert window.reader.textCursor().selectedText() == " " + QUOTE[:-3]

    # Ctrl+Enter: the picker opens focused, pre-filled with the nearest mentioned speaker
    seen: dict[str, str] = {}

    def pick_speaker(dialog: QWidget) -> None:
        assert isinstance(dialog, SpeakerPicker)
        name_edit = dialog.findChild(QLineEdit, "speakerNameEdit")
        assert name_edit is not None
        assert dialog.focusWidget() is name_edit
        seen["suggested"] = name_edit.text()
        name_edit.selectAll()
        type_text(name_edit, "байрам")
        seen["first match"] = dialog.matches.choices[0].label
        QTest.keyClick(name_edit, Qt.Key.Key_Return)

    picked = when_modal("speakerPicker", pick_speaker)
    press(window.reader, Qt.Key.Key_Return, CTRL)
    picked.check()
    assert seen["suggested"] == "Джейхун Байрамов"
    assert seen["first match"].startswith("Джейхун Байрамов — министр иностранных дел")

    # the catalogue holds the snapped span, word for word
    (claim,) = catalogue.claims_for_article(article.id)
    assert claim.quote == QUOTE
    assert (claim.start, claim.end) == (start, end)
    assert claim.speaker_id == bayramov.id
    assert claim.kind == "indirect"  # "Байрамов отметил, что …": the picker guessed it

    # and the reader highlights it in the speaker's colour
    (highlight,) = window.reader.claim_selections()
    assert highlight.cursor.selectedText() == QUOTE
    assert highlight.format.background().color() == speaker_colour(bayramov.id)
    assert window.claims_panel.current_claim_id() == claim.id

    # undo names what it undoes; Ctrl+Z removes claim and highlight
    undo = action(window, "actionUndo")
    assert "Attribute" in undo.text() and "Джейхун Байрамов" in undo.text()
    press(window.reader, Qt.Key.Key_Z, CTRL)
    assert catalogue.claims_for_article(article.id) == []
    assert window.reader.claim_selections() == []
    assert window.claims_panel.model().rowCount() == 0

    # Ctrl+Shift+Z brings it back
    press(window.reader, Qt.Key.Key_Z, CTRL | SHIFT)
    (again,) = catalogue.claims_for_article(article.id)
    assert (again.quote, again.speaker_id) == (QUOTE, bayramov.id)
    assert len(window.reader.claim_selections()) == 1
    assert window.claims_panel.model().rowCount() == 1

    # export and read the CSV back
    assert action(window, "actionExportCsv").shortcut() == QKeySequence("Ctrl+E")
    target = tmp_path / "claims.csv"
    assert export_claims_csv(catalogue, target) == 1
    with target.open(encoding="utf-8", newline="") as stream:
        (row,) = list(csv.DictReader(stream))
    assert row["quote"] == QUOTE
    assert row["speaker"] == "Джейхун Байрамов"
    assert row["outlet"] == "Sputnik Азербайджан"
    assert row["published"] == "2020-07-28"


@pytest.mark.parametrize(
    "junk",
    [
        "PK\x03\x04\x00\x00\x08\x00" + "текст" * 3,  # NUL bytes
        "".join(chr(code) for code in range(1, 256)) * 4,  # control characters, no NUL
    ],
    ids=["nul", "controls"],
)
def test_pasted_binary_data_is_refused_before_its_details_are_asked(
    qtbot: QtBot, main_window: MainWindow, error_boxes: list[str], junk: str
) -> None:
    """Binary data pasted: the details dialog opened, and only its OK said the text was binary
    (the same data without NUL bytes went in as an article in "pl"). Now one message at once,
    no dialog, nothing stored."""
    asked: list[QWidget] = []

    def refuse(dialog: QWidget) -> None:  # (the old way: the details asked for first)
        asked.append(dialog)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal("articleDialog", refuse, timeout_ms=3000)  # never seen: nothing to check
    QGuiApplication.clipboard().setText(junk)
    press(main_window, Qt.Key.Key_V, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(error_boxes) or bool(asked))
    assert asked == []
    assert "probably" in error_boxes[0] and "not an article" in error_boxes[0]
    assert main_window.catalogue.list_articles() == []
