"""File > Connect to team catalogue…: the URL it builds holds no password; the window opens it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.team_dialog import TeamCatalogueDialog


def test_the_dialog_builds_urls_without_passwords(qtbot: QtBot) -> None:
    dialog = TeamCatalogueDialog()
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("db.newsroom.example")
    dialog.port_spin.setValue(6543)
    dialog.database_edit.setText("claims")
    dialog.user_edit.setText("anna")
    assert dialog.url() == "postgresql+psycopg://anna@db.newsroom.example:6543/claims"
    dialog.host_edit.setText("/run/postgresql")
    assert dialog.url() == "postgresql+psycopg://anna@/claims?host=%2Frun%2Fpostgresql&port=6543"
    dialog.service_edit.setText("newsroom")
    assert dialog.url() == "postgresql+psycopg://?service=newsroom"

    again = TeamCatalogueDialog("postgresql+psycopg://anna:secret@db.example:6543/claims")
    qtbot.addWidget(again)
    assert (again.host_edit.text(), again.port_spin.value()) == ("db.example", 6543)
    assert again.url() == "postgresql+psycopg://anna@db.example:6543/claims"
    for previous in ("/home/anna/claims.sqlite", "not a url"):
        blank = TeamCatalogueDialog(previous)
        qtbot.addWidget(blank)
        assert blank.host_edit.text() == ""


def test_the_file_menu_connects_to_a_team_catalogue(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(main_window, "switch_catalogue", opened.append)

    def accept(dialog: Any) -> int:
        dialog.host_edit.setText("db.example")
        dialog.database_edit.setText("claims")
        return int(TeamCatalogueDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(TeamCatalogueDialog, "exec", accept)
    titles = [a.text() for a in main_window.menuBar().actions()[0].menu().actions()]
    assert "Connect to &team catalogue…" in titles
    main_window.connect_team_catalogue_dialog()
    assert opened == ["postgresql+psycopg://db.example:5432/claims"]


def test_the_file_menu_copies_the_catalogue_into_a_new_one(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main_window.add_article_text("Министр заявил, что переговоры продолжаются.", ask=False)
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_args, **_kw: (str(target), True))
    )
    assert main_window.copy_catalogue_dialog()
    with Catalogue.open(target) as copy:
        assert [a.title for a in copy.list_articles()] == [
            "Министр заявил, что переговоры продолжаются."
        ]
    with qtbot.waitSignal(main_window.error_shown) as shown:  # never over an existing catalogue
        assert not main_window.copy_catalogue_dialog(str(target))
    assert "not empty" in shown.args[0]
