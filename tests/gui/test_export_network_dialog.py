"""A network for Gephi from the export dialog, as a person makes one: Ctrl+E on the Catalogue
tab, GEXF chosen in the format list with the keyboard, the network chosen (its list is only
enabled for network formats), the file name typed, Export; the file read back with networkx."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx
from dialog_helpers import press, type_text, when_modal
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_mnemonics import visible_letters

from claimdesk.core.domain.export_formats import ExportFormat
from claimdesk.gui.main_window import MainWindow

TEXT = "Анна Петрова: «Налоги не вырастут». Jane Doe: «Taxes will rise». Петрова: «Нет»."
CTRL = Qt.KeyboardModifier.ControlModifier


def click(button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_speaker_tag_network_in_gexf_from_the_export_dialog(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    window = main_window
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    petrova = window.catalogue.add_speaker("Анна Петрова").id
    doe = window.catalogue.add_speaker("Jane Doe").id
    for quote, speaker, tags in (
        ("Налоги не вырастут", petrova, ["налоги"]),
        ("Taxes will rise", doe, ["налоги", "economy"]),
        ("Нет", petrova, []),
    ):
        start = TEXT.index(quote)
        window.catalogue.attribute_span(
            article_id, start, start + len(quote), speaker_id=speaker, kind="direct", tags=tags
        )
    press(window.reader, Qt.Key.Key_3, CTRL)
    catalogue = window.browse.catalogue_view
    target = tmp_path / "сеть.gexf"
    seen: dict[str, object] = {}

    def export(dialog: QWidget) -> None:
        formats = dialog.findChild(QComboBox, "exportFormatCombo")
        network = dialog.findChild(QComboBox, "exportNetworkCombo")
        assert isinstance(formats, QComboBox) and isinstance(network, QComboBox)
        seen["network enabled for CSV"] = network.isEnabled()
        letters = Counter(letter for letter, _text in visible_letters(dialog))
        seen["Alt letters shared"] = sorted(letter for letter, n in letters.items() if n > 1)
        formats.setFocus()
        while formats.currentData() != ExportFormat.GEXF.value:
            QTest.keyClick(formats, Qt.Key.Key_Down)
        seen["network enabled for GEXF"] = network.isEnabled()
        dialog.activateWindow()  # Alt+letter works in the active window, as on a desktop
        for _ in range(100):
            if dialog.isActiveWindow():
                break
            QTest.qWait(20)
        assert dialog.isActiveWindow()
        QTest.keyClick(formats, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # &Graph
        seen["network focused"] = network.hasFocus()
        QTest.keyClick(network, Qt.Key.Key_Down)
        seen["network"] = network.currentData()
        path_edit = dialog.findChild(QLineEdit, "exportPathEdit")
        assert isinstance(path_edit, QLineEdit)
        path_edit.selectAll()
        type_text(path_edit, str(target))
        start = dialog.findChild(QPushButton, "exportStartButton")
        assert isinstance(start, QPushButton)
        click(start)

    exported = when_modal("exportDialog", export, timeout_ms=10_000)
    press(catalogue.table, Qt.Key.Key_E, CTRL)
    exported.check()
    assert seen == {
        "Alt letters shared": [],  # each of the dialog's Alt+letter keys reaches one control
        "network enabled for CSV": False,
        "network enabled for GEXF": True,
        "network focused": True,
        "network": "speaker-tag",
    }
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=10_000
    )
    done = QApplication.activeModalWidget()
    assert isinstance(done, QMessageBox) and done.objectName() == "exportDoneMessage"
    assert done.text().startswith("The network of 3 claims written to")
    click(done.buttons()[0])
    graph = nx.read_gexf(target, version="1.3")
    labels = {data["label"]: node for node, data in graph.nodes(data=True)}
    assert set(labels) == {"Анна Петрова", "Jane Doe", "налоги", "economy"}
    assert graph.edges[labels["Jane Doe"], labels["economy"]]["weight"] == 1
    assert graph.edges[labels["Анна Петрова"], labels["налоги"]]["weight"] == 1
    assert graph.degree(labels["налоги"]) == 2
