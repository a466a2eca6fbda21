"""Issue 21, accessibility of the dialogs: each dialog the app has, opened as a person opens it
(the window's action from gui/actions.py's table, or the button that opens it), names every
control for assistive technology, and Tab from its first control reaches every control once,
in reading order, and comes back round. A modal dialog is looked at through
QApplication.activeModalWidget() and closed with Escape's reject, as a person leaves it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from accessibility_checks import object_path, tab_order_problems, tab_stops, unnamed_controls
from dialog_helpers import select_span, when_modal_where
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QInputDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_clusters_view import fill

from claimdesk.gui.actions import ACTIONS
from claimdesk.gui.main_window import MainWindow

Setup = Callable[[QtBot, MainWindow, dict[str, int]], None]

FILE_DIALOGS = {
    "open",
    "import_folder",
    "import_annotations",
    "import_qdpx",
    "new_catalogue",
    "open_catalogue",
    "export_claim_review",
}
"""Actions that open Qt's own file dialog first (Qt names its controls; nothing of ours)."""

NO_DIALOG = {
    "quit",
    "undo",
    "redo",
    "find_in_article",  # the find bar: tests/gui/test_accessibility.py
    "find_next",
    "find_previous",
    "filter_articles",
    "check_newer_version",  # asks only once a web page has changed: test_newer_version.py
    "move_claim",
    "review_orphans",
    "delete_claims",
    "link_same",
    "next_suggestion",
    "previous_suggestion",
    "show_articles",
    "show_reader",
    "show_catalogue",
    "show_speakers",
    "show_clusters",
    "confirm_cluster",
    "split_cluster",
    "gather_clusters",
    "gather_linked_clusters",
    "open_sample",
    "paste_article_unused",
}
"""Actions that open no dialog of their own."""


def reading_first(window: QWidget) -> QWidget:
    """The control a person reads first in ``window``: the top one, the leftmost of a row."""

    def place(widget: QWidget) -> tuple[int, int]:
        corner = widget.mapTo(window, widget.rect().topLeft())
        return (corner.y(), corner.x())

    stops = tab_stops(window)
    assert stops, f"{object_path(window)} has no control Tab reaches"
    return min(stops, key=place)


def problems_of(dialog: QWidget) -> list[str]:
    """What is wrong in ``dialog`` as it opened, and on each page of its tabs."""
    problems = unnamed_controls(dialog) + tab_order_problems(dialog, reading_first(dialog))
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            where = f"on the tab {tabs.tabText(index)!r}: "
            more = unnamed_controls(dialog) + tab_order_problems(dialog, reading_first(dialog))
            problems += [where + problem for problem in more if problem not in problems]
    return problems


# -- what each dialog needs before it opens ---------------------------------------------------


def nothing(qtbot: QtBot, window: MainWindow, ids: dict[str, int]) -> None:
    pass


def clipboard_text(qtbot: QtBot, window: MainWindow, ids: dict[str, int]) -> None:
    QGuiApplication.clipboard().setText("Мария Захарова заявила: «Ёлка стоит на площади».")


def selected_text(qtbot: QtBot, window: MainWindow, ids: dict[str, int]) -> None:
    text = window.reader.positions.text
    start = text.index("Конец")
    select_span(window, start, start + len("Конец"))


def chosen_claim(qtbot: QtBot, window: MainWindow, ids: dict[str, int]) -> None:
    panel = window.claims_panel
    index = panel.model().index(0, 1)
    QTest.mouseClick(
        panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: panel.current_claim_id() is not None)


def chosen_cluster(qtbot: QtBot, window: MainWindow, ids: dict[str, int]) -> None:
    window.actions_.get("show_clusters").trigger()
    view = window.browse.clusters_view
    qtbot.waitUntil(lambda: view.chosen_cluster() is not None)


def chosen_speaker(qtbot: QtBot, window: MainWindow, ids: dict[str, int]) -> None:
    window.actions_.get("show_speakers").trigger()
    table = window.browse.speakers_view.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 1)
    index = table.model().index(0, 0)
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def two_speakers(qtbot: QtBot, window: MainWindow, ids: dict[str, int]) -> None:
    chosen_speaker(qtbot, window, ids)
    table = window.browse.speakers_view.table
    index = table.model().index(1, 0)
    QTest.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        table.visualRect(index).center(),
    )
    qtbot.waitUntil(lambda: len(table.selectionModel().selectedRows()) == 2)


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda dialog: dialog.objectName() == name


def message_box(dialog: QWidget) -> bool:
    return isinstance(dialog, QMessageBox)


def input_box(dialog: QWidget) -> bool:
    return isinstance(dialog, QInputDialog)


MODAL: dict[str, tuple[Setup, Callable[[QWidget], bool]]] = {
    "paste_article": (clipboard_text, named("articleDialog")),
    "open_url": (nothing, named("urlDialog")),
    "connect_team": (nothing, named("teamCatalogueDialog")),
    "copy_catalogue": (nothing, input_box),
    "export_csv": (nothing, named("exportDialog")),
    "edit_article": (nothing, named("articleDialog")),
    "edit_text": (nothing, named("articleTextDialog")),
    "article_versions": (nothing, named("versionsDialog")),
    "delete_article": (nothing, message_box),
    "attribute": (selected_text, named("speakerPicker")),
    "attribute_exact": (selected_text, named("speakerPicker")),
    "reattribute": (chosen_claim, named("speakerPicker")),
    "edit_claim": (chosen_claim, named("speakerPicker")),
    "accept_suggestions": (nothing, named("acceptSuggestionsDialog")),
    "edit_verdict": (chosen_cluster, named("verdictDialog")),
    "merge_cluster": (chosen_cluster, named("mergeClustersDialog")),
    "preferences": (nothing, named("preferencesDialog")),
    "verdict_labels": (nothing, named("verdictLabelsDialog")),
    "keyboard_shortcuts": (nothing, named("shortcutsDialog")),
    "about": (nothing, message_box),
}
"""The window's actions that open a modal dialog: what they need first, and the dialog."""

WINDOWS: dict[str, tuple[Setup, str]] = {
    "show_statistics": (nothing, "statisticsDialog"),
    "speaker_profile": (chosen_speaker, "speakerProfileDialog"),
    "cluster_timeline": (chosen_cluster, "clusterTimelineDialog"),
}
"""The window's actions that open a window of their own (not modal)."""


def test_every_action_of_the_table_is_walked() -> None:
    walked = set(MODAL) | set(WINDOWS) | FILE_DIALOGS | NO_DIALOG
    missing = {spec.id for spec in ACTIONS} - walked
    assert not missing, f"actions that may open a dialog this test does not open: {missing}"


@pytest.fixture
def window(qtbot: QtBot, main_window: MainWindow) -> tuple[MainWindow, dict[str, int]]:
    ids = fill(main_window.catalogue)
    main_window.articles.show_article(ids["late_article"])
    qtbot.waitUntil(lambda: main_window.claims_panel.model().rowCount() > 0)
    return main_window, ids


@pytest.mark.parametrize("action_id", sorted(MODAL))
def test_a_modal_dialog_is_named_and_reached_by_tab_in_order(
    qtbot: QtBot, window: tuple[MainWindow, dict[str, int]], action_id: str
) -> None:
    main, ids = window
    setup, matches = MODAL[action_id]
    setup(qtbot, main, ids)
    action = main.actions_.get(action_id)
    assert action.isEnabled(), f"{action_id} is not enabled after its set-up"
    found: list[str] = []

    def look(dialog: QWidget) -> None:
        found.append(object_path(dialog))  # (a dialog deleted on close has no path after)
        found.extend(problems_of(dialog))
        assert isinstance(dialog, QDialog)
        dialog.reject()

    handler = when_modal_where(matches, action_id, look)
    action.trigger()
    handler.check()
    assert found[1:] == [], f"{action_id}, {found[0]}:\n" + "\n".join(found[1:])


@pytest.mark.parametrize("action_id", sorted(WINDOWS))
def test_a_window_is_named_and_reached_by_tab_in_order(
    qtbot: QtBot, window: tuple[MainWindow, dict[str, int]], action_id: str
) -> None:
    main, ids = window
    setup, name = WINDOWS[action_id]
    setup(qtbot, main, ids)
    main.actions_.get(action_id).trigger()
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == name and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    shown = next(w for w in QApplication.topLevelWidgets() if w.objectName() == name)
    qtbot.waitExposed(shown)
    found = problems_of(shown)
    shown.close()
    assert not found, f"{action_id}:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("button", "setup", "name"),
    [
        ("editSpeakerButton", chosen_speaker, "speakerEditDialog"),
        ("mergeSpeakersButton", two_speakers, "mergeSpeakersDialog"),
    ],
)
def test_the_speakers_tabs_dialogs_are_named_and_reached_by_tab_in_order(
    qtbot: QtBot,
    window: tuple[MainWindow, dict[str, int]],
    button: str,
    setup: Setup,
    name: str,
) -> None:
    main, ids = window
    setup(qtbot, main, ids)
    clicked = main.browse.speakers_view.findChild(QAbstractButton, button)
    assert clicked is not None and clicked.isEnabled()
    found: list[str] = []

    def look(dialog: QWidget) -> None:
        found.append(object_path(dialog))  # (a dialog deleted on close has no path after)
        found.extend(problems_of(dialog))
        assert isinstance(dialog, QDialog)
        dialog.reject()

    handler = when_modal_where(named(name), name, look)
    QTest.mouseClick(clicked, Qt.MouseButton.LeftButton, pos=QRect(clicked.rect()).center())
    handler.check()
    assert found[1:] == [], f"{found[0]}:\n" + "\n".join(found[1:])
