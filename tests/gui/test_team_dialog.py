"""File > Connect to team catalogue…: the URL it builds holds no password; the window opens it
(on a throwaway PostgreSQL server). File > Copy catalogue to…: a copy in a new file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dialog_helpers import menu_action, type_text, when_modal, when_modal_where
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.settings import AppSettings
from claimdesk.gui.team_dialog import TeamCatalogueDialog

if TYPE_CHECKING:
    from pgserver import PostgresServer

pytest_plugins = ["team_fixtures"]


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


def replace_text(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)


def test_the_file_menu_connects_to_a_team_catalogue(
    qtbot: QtBot, main_window: MainWindow, team_server: PostgresServer
) -> None:
    team_server.create_database("claimdesk_gui_connect")
    built: list[str] = []

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, TeamCatalogueDialog)
        replace_text(dialog.host_edit, str(team_server.socket_dir))
        dialog.port_spin.setFocus()
        dialog.port_spin.selectAll()
        QTest.keyClicks(dialog.port_spin, str(team_server.port))
        replace_text(dialog.database_edit, "claimdesk_gui_connect")
        replace_text(dialog.user_edit, "postgres")
        built.append(dialog.url())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None and ok.isEnabled()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    handler = when_modal("teamCatalogueDialog", fill_in)
    menu_action(main_window, "&File", "Connect to &team catalogue…").trigger()
    handler.check()

    assert built == [
        f"postgresql+psycopg://postgres@/claimdesk_gui_connect"
        f"?host={str(team_server.socket_dir).replace('/', '%2F')}&port={team_server.port}"
    ]
    # the window now works on the team catalogue, and remembers it
    assert main_window.catalogue.location == built[0]
    assert AppSettings().last_catalogue == built[0]
    assert "claimdesk_gui_connect" in main_window.windowTitle()
    main_window.articles.add_article_text("Министр заявил, что переговоры продолжаются.", ask=False)
    with Catalogue.open(team_server.url("claimdesk_gui_connect")) as team:
        assert [a.title for a in team.list_articles()] == [
            "Министр заявил, что переговоры продолжаются."
        ]


def test_the_file_menu_copies_the_catalogue_into_a_new_one(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    main_window.articles.add_article_text("Министр заявил, что переговоры продолжаются.", ask=False)
    target = tmp_path / "copy.sqlite"
    asked: list[str] = []

    def give_the_target(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        edit = dialog.findChild(QLineEdit)
        assert isinstance(edit, QLineEdit)
        type_text(edit, str(target))
        (ok,) = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "OK"]
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    handler = when_modal_where(
        lambda dialog: (
            isinstance(dialog, QInputDialog) and dialog.windowTitle() == "Copy catalogue to"
        ),
        "the copy target question",
        give_the_target,
    )
    menu_action(main_window, "&File", "Co&py catalogue to…").trigger()
    handler.check()
    assert asked and asked[0].startswith("Copy every article, speaker and claim")
    with Catalogue.open(target) as copy:
        assert [a.title for a in copy.list_articles()] == [
            "Министр заявил, что переговоры продолжаются."
        ]
    with qtbot.waitSignal(main_window.error_shown) as shown:  # never over an existing catalogue
        assert not main_window.catalogues.copy_catalogue_dialog(str(target))
    assert "not empty" in shown.args[0]


def test_a_server_that_refuses_brings_the_dialog_back_as_typed(
    qtbot: QtBot, main_window: MainWindow, error_boxes: list[str]
) -> None:
    """OK on a server where nothing answers: a message says what to check, then the dialog
    comes back with the name and port typed, to correct them; Cancel keeps the catalogue."""
    before = main_window.catalogue.location

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, TeamCatalogueDialog)
        assert dialog.width() >= dialog.fontMetrics().horizontalAdvance("x") * 60
        replace_text(dialog.host_edit, "127.0.0.1")
        dialog.port_spin.setFocus()
        dialog.port_spin.selectAll()
        QTest.keyClicks(dialog.port_spin, "1")
        replace_text(dialog.user_edit, "анна")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen_again: list[tuple[str, int, str]] = []

    def look_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, TeamCatalogueDialog)
        seen_again.append(
            (dialog.host_edit.text(), dialog.port_spin.value(), dialog.user_edit.text())
        )
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)

    first = when_modal("teamCatalogueDialog", fill_in)
    again = when_modal_where(
        lambda d: d.objectName() == "teamCatalogueDialog" and bool(error_boxes),
        "the team dialog after the error",
        look_and_cancel,
        timeout_ms=30_000,
    )
    menu_action(main_window, "&File", "Connect to &team catalogue…").trigger()
    first.check()
    again.check()
    assert seen_again == [("127.0.0.1", 1, "анна")]
    assert len(error_boxes) == 1 and error_boxes[0].startswith("Nothing answers at 127.0.0.1:1")
    assert main_window.catalogue.location == before
    # the dialog is gone once answered, not kept among the window's children
    qtbot.waitUntil(lambda: not main_window.findChildren(TeamCatalogueDialog))
