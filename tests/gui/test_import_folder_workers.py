"""Importing a big folder in the window, as a person does (File › Import folder…, the folder
chosen in the real file dialog): files read by worker processes, stored in file order a few
dozen per transaction, the whole import one undo step, near-duplicates within the folder found
across its parts, progress shown, and Cancel stopping the workers at once."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from pathlib import Path

from dialog_helpers import answer_file_dialog, menu_action, press, when_modal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue.article_batch import STORE_EVERY
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


def import_folder(window: MainWindow, folder: Path, then: Callable[[], None] | None = None) -> None:
    chooser = when_modal("QFileDialog", answer_file_dialog(folder, then=then))
    menu_action(window, "File", "Import folder…").trigger()  # returns when the import is done
    chooser.check()


def summary(window: MainWindow) -> ImportSummaryDialog:
    dialog = window.articles.import_summary
    assert isinstance(dialog, ImportSummaryDialog) and dialog.isVisible()
    return dialog


STORY = (
    "Министр иностранных дел Азербайджана Джейхун Байрамов заявил во вторник, что переговоры "
    "с армянской стороной продолжатся в ближайшие недели, а рабочая группа по границе соберётся "
    "в Баку. По его словам, стороны договорились обменяться предложениями до конца месяца."
)


def test_a_big_folder_goes_in_in_file_order_as_one_undo_step(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    count = STORE_EVERY + 2 * POOL_FROM_FILES  # more than one part
    paths = write_folder(tmp_path / "big", count)
    # a story early in the folder, and its syndicated copy in a later part
    (tmp_path / "big" / "000-story.txt").write_text(STORY, encoding="utf-8")
    copy = STORY.replace("во вторник", "в среду").replace("в Баку", "в Баку (Sputnik)")
    (tmp_path / "big" / "999-copy.txt").write_text(copy, encoding="utf-8")
    catalogue = main_window.catalogue
    pushes = catalogue.history.push_count
    import_folder(main_window, tmp_path / "big")
    articles = sorted(catalogue.list_articles(), key=lambda a: a.id)
    names = ["000-story.txt", *(p.name for p in paths), "999-copy.txt"]
    assert [a.source_name for a in articles] == names  # file order
    texts = [catalogue.get_article_text(a.id) for a in articles]
    assert texts[2] == "Министр 1: «переговоры продолжатся».\n"  # Windows-1251
    assert texts[3] == "Министр 2: «переговоры продолжатся».\n"  # UTF-16
    assert texts[4] == "Minister 3: the café stays open.\n"  # Latin-1
    text = summary(main_window).label.text()
    assert text.startswith(f"{count + 2} imported, 0 already there, 1 failed.")
    assert "zz-broken.docx" in text
    assert f'999-copy.txt ≈ <a href="article:{articles[0].id}">' in text
    assert multiprocessing.active_children() == []  # the workers ended with the import
    assert catalogue.history.push_count == pushes + 1  # stored in parts, one step
    summary(main_window).close()
    edit_menu = next(a.menu() for a in main_window.menuBar().actions() if "Edit" in a.text())
    assert isinstance(edit_menu, QMenu)
    undo = next(a for a in edit_menu.actions() if a.text().replace("&", "").startswith("Undo"))
    assert undo.isEnabled() and undo.text().replace("&", "") == "Undo Import folder “big”"
    # one Ctrl+Z takes the whole import back, Ctrl+Shift+Z brings it all back
    press(main_window.centralWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert catalogue.list_articles() == []
    qtbot.waitUntil(lambda: main_window.reader.article_id is None)  # the welcome page
    press(
        main_window.centralWidget(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert sorted(a.id for a in catalogue.list_articles()) == [a.id for a in articles]
    # the reader shows one of them again, not the welcome page beside a full list
    qtbot.waitUntil(lambda: main_window.reader.article_id in {a.id for a in articles})


def test_cancel_in_the_progress_dialog_stops_the_workers(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    # Enough files that even a fast machine is still importing when the progress dialog shows
    # (after PROGRESS_DELAY_MS). Writing them takes a fraction of a second, and the import is
    # cancelled long before it could end.
    count = 5000
    write_folder(tmp_path / "many", count)
    seen: dict[str, int] = {}
    over = False

    def cancel_once_some_are_in() -> None:
        # the user watches the progress dialog and presses its Cancel once a few are in
        if over:  # never left polling into the tests that follow
            return
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

    try:
        import_folder(main_window, tmp_path / "many", then=cancel_once_some_are_in)
    finally:
        over = True
    assert seen, "the import ended before its progress dialog showed"
    assert seen["maximum"] == count + 1  # every file counted, the progress shown
    stored = main_window.catalogue.list_articles()
    assert seen["value when cancelled"] <= len(stored) < count
    assert multiprocessing.active_children() == []  # terminated, not left running
    dialog = summary(main_window)
    assert dialog.windowTitle() == "Import cancelled"
    assert dialog.label.text().startswith(f"{len(stored)} imported")
    assert "import cancelled" in dialog.label.text()
