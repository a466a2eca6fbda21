"""A bridge deleted with the view that owned it, never detached, stops listening: the next
edit of the catalogue reaches only the bridges still alive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.bridge import CatalogueBridge


def test_a_deleted_bridge_is_not_called_by_the_next_edit(qtbot: QtBot, tmp_path: Path) -> None:
    with Catalogue.open(tmp_path / "c.sqlite") as catalogue:
        view = QWidget()
        gone = CatalogueBridge(catalogue, view)
        kept = CatalogueBridge(catalogue)
        heard: list[str] = []
        kept.changed.connect(lambda change: heard.append("kept"))
        gone.changed.connect(lambda change: heard.append("gone"))
        catalogue.add_speaker("Анна Сидорова")
        assert sorted(heard) == ["gone", "kept"]
        view.deleteLater()  # the view closes; its bridge goes with it
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        heard.clear()
        catalogue.add_speaker("Jane Doe")  # raised "already deleted" before
        assert heard == ["kept"]
        kept.detach()
        kept.detach()  # twice is harmless
        catalogue.add_speaker("Пётр Иванов")
        assert heard == ["kept"]
