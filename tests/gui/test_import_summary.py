"""The summary at the end of a batch import: a message box's look (an icon that says whether
anything failed, the text from the top, no empty frame around one line), and a long list of
failures scrolls within half the screen."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QScrollArea, QStyle
from pytestqt.qtbot import QtBot

from claimdesk.gui.import_batch import ImportOutcome, ImportSummaryDialog


def icon_image(dialog: ImportSummaryDialog) -> QImage:
    icon = dialog.findChild(QLabel, "importSummaryIcon")
    assert icon is not None and icon.isVisible()
    return icon.pixmap().toImage()


def standard_image(dialog: ImportSummaryDialog, kind: QStyle.StandardPixmap) -> QImage:
    style = dialog.style()
    size = style.pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, dialog)
    return style.standardIcon(kind, None, dialog).pixmap(size, size).toImage()


def test_a_clean_import_says_so_in_one_line_without_a_frame(qtbot: QtBot) -> None:
    outcomes = [ImportOutcome(f"а{i}.html", article_id=i + 1, created=True) for i in range(3)]
    dialog = ImportSummaryDialog(outcomes, cancelled=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.label.text() == "3 imported, 0 already there, 0 failed."
    area = dialog.findChild(QScrollArea)
    assert area is not None
    assert area.frameShape() == QScrollArea.Shape.NoFrame
    assert area.verticalScrollBar().maximum() == 0  # the whole text shows
    # and no empty stretch under it: as tall as the line with a line to spare, or the icon
    line = dialog.fontMetrics().lineSpacing()
    text = dialog.label.heightForWidth(area.viewport().width())
    assert area.height() <= max(text + line, icon_image(dialog).height())
    info = QStyle.StandardPixmap.SP_MessageBoxInformation
    assert icon_image(dialog) == standard_image(dialog, info)
    # the text starts at the top beside the icon, not in the middle of an empty box
    assert dialog.label.mapTo(dialog, dialog.label.rect().topLeft()).y() <= 2 * (
        dialog.layout().contentsMargins().top()
    )


def test_failures_get_the_warning_icon_and_a_long_list_scrolls(qtbot: QtBot) -> None:
    outcomes = [ImportOutcome("ok.txt", article_id=1, created=True)] + [
        ImportOutcome(f"пусто{i}.txt", error=f"пусто{i}.txt is empty.") for i in range(200)
    ]
    dialog = ImportSummaryDialog(outcomes, cancelled=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    warning = QStyle.StandardPixmap.SP_MessageBoxWarning
    assert icon_image(dialog) == standard_image(dialog, warning)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height()
    area = dialog.findChild(QScrollArea)
    assert area is not None and area.verticalScrollBar().maximum() > 0
    assert "пусто199.txt is empty." in dialog.label.text()


def test_a_cancelled_import_gets_the_warning_icon(qtbot: QtBot) -> None:
    outcomes = [ImportOutcome("ok.txt", article_id=1, created=True)]
    dialog = ImportSummaryDialog(outcomes, cancelled=True, not_tried=4)
    qtbot.addWidget(dialog)
    dialog.show()
    warning = QStyle.StandardPixmap.SP_MessageBoxWarning
    assert icon_image(dialog) == standard_image(dialog, warning)
    assert dialog.windowTitle() == "Import cancelled"
