"""Importing a big folder in the window, as a person does (File › Import folder…, the folder
chosen in the real file dialog): files read by worker processes, stored in file order, one undo
step each as before, progress shown, and Cancel stopping the workers at once."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from pathlib import Path

from dialog_helpers import menu_action, press, when_modal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from claimdesk.core.importers.batch import POOL_FROM_FILES
from claimdesk.gui.import_batch import ImportSummaryDialog
from claimdesk.gui.main_window import MainWindow


def write_folder(folder: Path, count: int) -> list[Path]:
    """Short Russian and English articles (too short to be near-duplicates of each other) in
    UTF-8, Windows-1251, UTF-16 with a BOM and Latin-1, and one bad file at the end."""
    folder.mkdir()
    paths = []
    for number in range(count):
        if number % 4 == 3:
            text, encoding = f"Minister {number}: the café stays open.\n", "latin-1"
        else:
            encoding = ("utf-8", "cp1251", "utf-16")[number % 4]
            text = f"Министр {number}: «переговоры продолжатся».\n"
        path = folder / f"{number:03d}.txt"
        path.write_bytes(text.encode(encoding))
        paths.append(path)
    (folder / "zz-broken.docx").write_bytes(b"PK\x03\x04 cut short")
    return paths


def choose_folder(
    folder: Path, then: Callable[[], None] | None = None
) -> Callable[[QWidget], None]:
    """Answers the folder chooser as a person does: the path pasted, then Choose."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        name.setText(str(folder))
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert isinstance(buttons, QDialogButtonBox)
        chosen = buttons.button(QDialogButtonBox.StandardButton.Open)
        assert isinstance(chosen, QAbstractButton) and chosen.isEnabled()
        if then is not None:
            then()
        QTest.mouseClick(chosen, Qt.MouseButton.LeftButton)

    return answer


def import_folder(window: MainWindow, folder: Path, then: Callable[[], None] | None = None) -> None:
    chooser = when_modal("QFileDialog", choose_folder(folder, then))
    menu_action(window, "File", "Import folder…").trigger()  # returns when the import is done
    chooser.check()


def summary(window: MainWindow) -> ImportSummaryDialog:
    dialog = window.import_summary
    assert isinstance(dialog, ImportSummaryDialog) and dialog.isVisible()
    return dialog


def test_a_big_folder_goes_in_in_file_order_with_one_undo_step_each(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    count = 2 * POOL_FROM_FILES
    paths = write_folder(tmp_path / "big", count)
    import_folder(main_window, tmp_path / "big")
    catalogue = main_window.catalogue
    articles = sorted(catalogue.list_articles(), key=lambda a: a.id)
    assert [a.source_name for a in articles] == [p.name for p in paths]  # file order
    texts = [catalogue.get_article_text(a.id) for a in articles]
    assert texts[1] == "Министр 1: «переговоры продолжатся».\n"  # Windows-1251
    assert texts[2] == "Министр 2: «переговоры продолжатся».\n"  # UTF-16
    assert texts[3] == "Minister 3: the café stays open.\n"  # Latin-1
    text = summary(main_window).label.text()
    assert text.startswith(f"{count} imported, 0 already there, 1 failed.")
    assert "zz-broken.docx" in text
    assert multiprocessing.active_children() == []  # the workers ended with the import
    # undo as before: each article is its own step
    summary(main_window).close()
    press(main_window.centralWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(catalogue.list_articles()) == count - 1
    assert articles[-1].id not in {a.id for a in catalogue.list_articles()}


def test_cancel_in_the_progress_dialog_stops_the_workers(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    count = 12 * POOL_FROM_FILES
    write_folder(tmp_path / "many", count)
    seen: dict[str, int] = {}

    def cancel_once_some_are_in() -> None:
        # the user watches the progress dialog and presses its Cancel once a few are in
        progress = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.objectName() == "importProgress"
            ),
            None,
        )
        if progress is None or not progress.isVisible() or progress.value() < 3:
            QTimer.singleShot(20, cancel_once_some_are_in)
            return
        seen["maximum"] = progress.maximum()
        seen["value when cancelled"] = progress.value()
        button = progress.findChild(QPushButton)
        assert isinstance(button, QPushButton) and button.text() == "Cancel"
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    import_folder(main_window, tmp_path / "many", then=cancel_once_some_are_in)
    assert seen["maximum"] == count + 1  # every file counted, the progress shown
    stored = main_window.catalogue.list_articles()
    assert seen["value when cancelled"] <= len(stored) < count
    assert multiprocessing.active_children() == []  # terminated, not left running
    dialog = summary(main_window)
    assert dialog.windowTitle() == "Import cancelled"
    assert dialog.label.text().startswith(f"{len(stored)} imported")
    assert "import cancelled" in dialog.label.text()
