"""The core's errors in the Russian window (issue 21): a message the catalogue raises is shown
in Russian, in the message box a user answers, not only in the window's own texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from dialog_helpers import press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.article_dialog import ArticleDialog
from claimdesk.gui.main_window import MainWindow

TEXT = (
    "Байрамов о переговорах\n"
    "Министр Джейхун Байрамов заявил: «Азербайджан не участвует в переговорах ради "
    "переговоров».\n"
)


@pytest.mark.usefixtures("russian_ui")
def test_a_conflict_raised_by_the_catalogue_reads_in_russian(
    qtbot: QtBot, main_window: MainWindow, catalogue_path: Path, error_boxes: list[str]
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None

    def fill_while_a_colleague_edits(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        with Catalogue.open(catalogue_path, user_name="colleague") as colleague:
            colleague.update_article(article_id, outlet="Их издание")
        dialog.date_edit.setFocus()
        type_text(dialog.date_edit, "2024-03-15")
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    handler = when_modal("articleDialog", fill_while_a_colleague_edits)
    with qtbot.waitSignal(window.error_shown, timeout=10_000) as shown:
        press(window.reader, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    handler.check()
    russian = (
        "Пока статья была открыта, её изменил кто-то другой; ничего не сохранено. Теперь "
        "показана их версия: проверьте её и внесите изменение снова."
    )
    assert shown.args[0] == russian
    qtbot.waitUntil(lambda: bool(error_boxes), timeout=5_000)
    assert russian in error_boxes[0]
    assert window.catalogue.get_article(article_id).published is None
