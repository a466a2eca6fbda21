"""A file dialog showing the catalogue's folder must leave the catalogue's locks alone.

SQLite's locks belong to the process and go when it closes any descriptor of the file. Qt's
file dialog read the first bytes of the files it listed (``catalogue.sqlite-shm`` among them) to
guess their type, so the window's locks went the moment File › Open catalogue… showed the
catalogue's folder. ``claimdesk-cli`` run on the same catalogue then took itself for its only
user and deleted the write-ahead log as it closed; what the window saved afterwards went into the
deleted log and was gone when the window closed. Here a person does just that: opens the
dialog, looks, cancels, runs the command line, goes on working, closes, and opens the catalogue
again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dialog_helpers import press, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.main_window import MainWindow

FIRST = "Министр заявил: «Переговоры продолжатся на следующей неделе в Баку».\n"
SECOND = "Посол отметил, что сотрудничество двух стран продолжается и в этом году.\n"
CLI = "import sys; from claimdesk.cli_entry import main; sys.exit(main())"


def test_saved_work_survives_a_file_dialog_on_the_catalogues_folder_and_the_command_line(
    qtbot: QtBot, main_window: MainWindow, catalogue_path: Path
) -> None:
    window = main_window
    first = window.articles.add_article_text(FIRST, ask=False)
    assert first is not None
    shm = catalogue_path.with_name(catalogue_path.name + "-shm")
    assert shm.exists()  # the window has the catalogue open, in WAL mode

    def look_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        model = dialog.findChild(QFileSystemModel)
        assert isinstance(model, QFileSystemModel)
        # the dialog starts in the catalogue's folder and lists its working files
        qtbot.waitUntil(lambda: model.index(str(shm)).isValid())
        qtbot.wait(500)  # the icons and types of what it lists are looked up meanwhile
        dialog.reject()

    handler = when_modal("QFileDialog", look_then_cancel)
    press(
        window.reader,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    handler.check()

    # a script lists the articles meanwhile, as claimdesk-cli does
    listed = subprocess.run(
        [sys.executable, "-c", CLI, "--db", str(catalogue_path), "articles"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert "Министр заявил" in listed.stdout

    # it saw the window still holding the catalogue, and left its write-ahead log in place
    assert shm.with_name(catalogue_path.name + "-wal").exists()
    second = window.articles.add_article_text(SECOND, ask=False)
    assert second is not None
    window.close()  # the catalogue is closed with the window

    with Catalogue.open(catalogue_path) as catalogue:
        assert sorted(a.id for a in catalogue.list_articles()) == sorted([first, second])


def test_file_types_are_named_from_the_names(qtbot: QtBot, tmp_path: Path) -> None:
    """What the dialogs' Type column says, read from names alone: a name Qt knows has its
    type, another its extension ("sqlite File", not "unknown"), a folder is a folder."""
    from PySide6.QtCore import QFileInfo

    from claimdesk.gui.file_dialogs import name_only_icons

    (tmp_path / "claims.sqlite").write_bytes(b"SQLite format 3\x00")
    (tmp_path / "page.html").write_text("<p>текст</p>", encoding="utf-8")
    provider = name_only_icons()
    assert provider.type(QFileInfo(str(tmp_path / "claims.sqlite"))) == "sqlite File"
    assert provider.type(QFileInfo(str(tmp_path / "page.html"))) == "HTML document"
    assert provider.type(QFileInfo(str(tmp_path))) == "Folder"
    assert not provider.icon(QFileInfo(str(tmp_path / "claims.sqlite"))).isNull()
