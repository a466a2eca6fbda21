"""The export dialog and File › Import annotations… in Russian (issue 21): with the Russian
translation of their part (resources/translations/claimdesk_ru.ts, compiled by lrelease)
installed, the real dialog shows Russian captions and formats, counts in Russian's three plural
forms, Alt letters of its own that stay unique, and the import says what came in in Russian."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from dialog_helpers import answer_file_dialog, menu_action, when_modal
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel
from pytestqt.qtbot import QtBot
from translation_helpers import TRANSLATIONS, compile_translation, speaking

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.export_dialog import ExportDialog
from claimdesk.gui.main_window import MainWindow

TEXT = "Мэр Ёлкин заявил: «Мост откроют в мае». Депутат Щукина: «Не откроют»."


@pytest.fixture
def russian(tmp_path: Path) -> Iterator[None]:
    """The part's Russian translation installed while the test runs."""
    qm = compile_translation([TRANSLATIONS / "claimdesk_ru.ts"], tmp_path / "ru.qm")
    with speaking(qm):
        yield


def fill(catalogue: Catalogue, claims: int) -> None:
    article = catalogue.add_article(TEXT).id
    for start in range(claims):
        catalogue.attribute_span(article, start, start + 5)


@pytest.mark.parametrize(
    ("claims", "said"),
    [
        (1, "Этим фильтрам отвечает 1 утверждение."),
        (2, "Этим фильтрам отвечают 2 утверждения."),
        (5, "Этим фильтрам отвечают 5 утверждений."),
    ],
)
def test_the_export_dialog_speaks_russian(
    qtbot: QtBot, russian: None, tmp_path: Path, claims: int, said: str
) -> None:
    with Catalogue.open(tmp_path / "c.sqlite") as catalogue:
        fill(catalogue, claims)
        dialog = ExportDialog(catalogue)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "Экспорт утверждений"
        assert dialog.match_label.text() == said
        formats = [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())]
        assert formats[0] == "CSV, для электронных таблиц"
        assert "Веб-аннотации W3C (JSON-LD)" in formats
        assert dialog.export_button.text() == "&Экспортировать"
        # the dialog's own Alt letters (its filter bar is another part's) are Cyrillic, unique
        buttons: list[QAbstractButton] = [
            dialog.browse_button, dialog.excel_check, dialog.neutralise_check,
            dialog.export_button,
        ]  # fmt: skip
        labels = [
            w
            for w in dialog.findChildren(QLabel)
            if w.parent() is dialog or isinstance(w.parent(), QGroupBox)  # not the filter bar's
        ]
        own = [w.text() for w in (*buttons, *labels)]
        letters = [
            m.group(1).lower() for text in own if (m := re.search(r"&(\w)", text)) is not None
        ]
        assert len(letters) == 7
        assert all(re.fullmatch("[а-яё]", letter) for letter in letters), letters
        assert [k for k, n in Counter(letters).items() if n > 1] == []


def test_an_import_says_what_came_in_in_russian(
    qtbot: QtBot, russian: None, main_window: MainWindow, tmp_path: Path, error_boxes: list[str]
) -> None:
    with Catalogue.open(tmp_path / "colleague.sqlite") as colleague:
        article = colleague.add_article(TEXT).id
        for quote, speaker in (("Мост откроют в мае", "Ёлкин"), ("Не откроют", "Щукина")):
            start = TEXT.index(quote)
            colleague.attribute_span(article, start, start + len(quote), new_speaker=speaker)
        colleague.export_claims(tmp_path / "claims.jsonld", "webannotation")
    chooser = when_modal("QFileDialog", answer_file_dialog(tmp_path / "claims.jsonld"))
    menu_action(main_window, "Файл", "Импортировать аннотации…").trigger()
    chooser.check()
    assert error_boxes == []
    assert main_window.statusBar().currentMessage() == (
        "Из claims.jsonld импортировано 2 утверждения (1 новая статья, 2 новых спикера)"
    )
