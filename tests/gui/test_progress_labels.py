"""A file's name in a progress label: whole when it fits, without its middle when it is long
(a progress dialog widens to its label, so a name of a few hundred characters would take it
past the screen's edge)."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from claimdesk.gui.widths import NAME_WIDTH, short_name


def test_a_short_name_is_shown_whole(qtbot: QtBot) -> None:
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    assert short_name(dialog, "посол-россии.html") == "посол-россии.html"


def test_a_long_name_loses_its_middle_and_keeps_both_ends(qtbot: QtBot) -> None:
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    name = "Байрамов-принял-посла-" + "очень-длинное-имя-" * 20 + "конец.html"
    shown = short_name(dialog, name)
    assert "…" in shown
    assert shown.startswith("Байрамов") and shown.endswith("конец.html")
    assert dialog.fontMetrics().horizontalAdvance(shown) <= NAME_WIDTH
