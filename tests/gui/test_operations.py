"""Edits run through one operation runner: at once on the window's thread for a SQLite file, off
it for a team server, where the window goes on (painting, timers) while the server is slow, says it
is busy, keeps a second edit waiting, refreshes its views from the change the catalogue reports,
and shows the server's errors as readable messages.

The server is made slow the way a colleague's long transaction would: another connection holds
the catalogue's change-counter row, which every edit updates as it commits. Where each edit ran is
seen from the catalogue's own write hook (called inside each edit's transaction).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from dialog_helpers import press, type_text
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.pool import NullPool

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.records import CatalogueChange
from claimdesk.core.storage.history import Edit
from claimdesk.gui.errors import SERVER_LOST_MESSAGE
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.operations import BUSY_MESSAGE, WAIT_CURSOR_DELAY_MS
from claimdesk.gui.speakers_view import SpeakersView

if TYPE_CHECKING:
    from team_fixtures import TeamDesk

pytest_plugins = ["team_fixtures"]

TEXT = (
    "Министр Джейхун Байрамов заявил: «Переговоры продолжаются без посредников».\n"
    "Эксперт отметил, что стороны близки к соглашению.\n"
)
FIRST, SECOND = "Переговоры продолжаются", "стороны близки к соглашению"
CTRL = Qt.KeyboardModifier.ControlModifier
DELETE_FIRST, DELETE_SECOND = f"Delete claim “{FIRST}”", f"Delete claim “{SECOND}”"


class Journal:
    """What the catalogue did, in order, seen from its write hook (inside each edit's transaction,
    on the thread that runs it) and its change notices (after each commit)."""

    def __init__(self, window: MainWindow) -> None:
        self.events: list[str] = []
        self.threads: list[int] = []
        window.catalogue.add_write_hook(self._written)
        window.catalogue.subscribe(self._committed)

    def _written(self, _connection: Connection, edit: Edit, reverse: bool) -> None:
        self.threads.append(threading.get_ident())
        self.events.append(f"{'undo' if reverse else 'write'} {edit.description}")

    def _committed(self, change: CatalogueChange) -> None:
        self.events.append(f"committed {change.description}")


def open_claims(qtbot: QtBot, window: MainWindow) -> tuple[int, int, int]:
    """An article in the reader with two claims; their ids."""
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    first = window.catalogue.attribute_quote(article_id, FIRST, "Джейхун Байрамов")
    second = window.catalogue.attribute_quote(article_id, SECOND, "Эксперт")
    qtbot.waitUntil(lambda: window.claims_panel.claims_model.rowCount() == 2)
    qtbot.waitUntil(lambda: window.index_status.text().startswith("Matching ready"))
    return article_id, first.id, second.id


def click_claim(window: MainWindow, claim_id: int) -> None:
    """Click the claim's row in the claims panel, as a user choosing it."""
    panel = window.claims_panel
    row = panel.claims_model.row_of(claim_id)
    assert row is not None
    rect = panel.visualRect(panel.claims_model.index(row, 0))
    QTest.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected_claim_ids() == [claim_id]


def name_cells(view: SpeakersView) -> list[QModelIndex]:
    return [view.model.index(row, 0) for row in range(view.model.rowCount())]


def claims_shown(window: MainWindow) -> list[int]:
    model = window.claims_panel.claims_model
    return [model.claim(row).id for row in range(model.rowCount())]


class CounterLock:
    """Another connection holding the catalogue's change-counter row (as a colleague's long
    transaction would): every edit waits for it as it commits. Released by :meth:`release`, or
    after ``give_up_s`` from a plain thread, so that code which waits for the edit on the
    window's thread (and so cannot release it) fails its test instead of hanging."""

    def __init__(self, location: str, give_up_s: float = 6.0) -> None:
        self.engine = create_engine(location, poolclass=NullPool)
        self.connection = self.engine.connect()
        self.transaction = self.connection.begin()
        held = self.connection.execute(
            text("SELECT changes FROM catalogue_state WHERE id = 1 FOR UPDATE")
        ).scalar()
        assert held is not None
        self._guard = threading.Lock()
        self.released = False
        self.gave_up = False
        self._give_up = threading.Timer(give_up_s, self._release_at_last)
        self._give_up.start()

    def _release_at_last(self) -> None:
        self.gave_up = True
        self.release()

    def release(self) -> None:
        with self._guard:
            if not self.released:
                self.released = True
                self.transaction.commit()
                self.connection.close()

    def close(self) -> None:
        self._give_up.cancel()
        self.release()
        self.engine.dispose()

    def end_waiting_edits(self) -> int:
        """Have the server end the sessions waiting for the lock (as an administrator or a server
        restart would); how many it ended."""
        with self.engine.connect() as admin:
            ended = admin.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar()
            admin.commit()
        return int(ended or 0)


@contextmanager
def slow_server(window: MainWindow) -> Iterator[CounterLock]:
    lock = CounterLock(window.catalogue.location)
    try:
        yield lock
    finally:
        lock.close()


def at(msecs: int, action: Callable[[], None]) -> None:
    QTimer.singleShot(msecs, action)


def test_on_a_sqlite_catalogue_an_edit_runs_at_once_on_the_windows_thread(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    _, first, second = open_claims(qtbot, window)
    journal = Journal(window)
    busy: list[bool] = []
    window.undo_stack.runner.busy_changed.connect(busy.append)

    click_claim(window, first)
    press(window.claims_panel, Qt.Key.Key_Delete)

    # done by the time the key's handler returned, on this thread, with no busy state
    assert journal.threads == [threading.get_ident()]
    assert journal.events == [f"write {DELETE_FIRST}", f"committed {DELETE_FIRST}"]
    assert claims_shown(window) == [second]
    assert busy == []
    press(window.reader, Qt.Key.Key_Z, CTRL)
    assert journal.threads == [threading.get_ident()] * 2
    assert sorted(claims_shown(window)) == sorted([first, second])


def test_on_a_team_server_edits_run_off_the_windows_thread_one_at_a_time(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    article_id, first, second = open_claims(qtbot, window)
    journal = Journal(window)
    steps = window.undo_stack.count()
    during: list[tuple[object, ...]] = []

    with slow_server(window) as lock:

        def server_free() -> None:
            cursor = QApplication.overrideCursor()
            during.append(("free", cursor.shape() if cursor else None, list(journal.events)))
            lock.release()

        def second_delete(polls: int = 0) -> None:
            if not journal.events and polls < 100:  # the first edit is not at the server yet
                at(50, lambda: second_delete(polls + 1))
                return
            # the first edit waits for the server: the window still runs its timers
            during.append(("tick", list(journal.events), window.statusBar().currentMessage()))
            at(WAIT_CURSOR_DELAY_MS + 200, server_free)
            click_claim(window, second)
            press(window.claims_panel, Qt.Key.Key_Delete)  # waits for the first to finish
            during.append(("second done", claims_shown(window)))

        at(50, second_delete)
        click_claim(window, first)
        press(window.claims_panel, Qt.Key.Key_Delete)

    main_thread = threading.get_ident()
    assert journal.threads and main_thread not in journal.threads
    assert not lock.gave_up  # the window's own timer freed the server
    assert during[0] == ("tick", [f"write {DELETE_FIRST}"], BUSY_MESSAGE)
    # the wait cursor once it took a while, and the second edit had not started
    assert during[1] == ("free", Qt.CursorShape.WaitCursor, [f"write {DELETE_FIRST}"])
    # the second edit began only once the first was committed
    assert journal.events == [
        f"write {DELETE_FIRST}",
        f"committed {DELETE_FIRST}",
        f"write {DELETE_SECOND}",
        f"committed {DELETE_SECOND}",
    ]
    assert during[2] == ("second done", [])
    # both done when the key's handler returned; the views refreshed from the change
    assert window.catalogue.claims_for_article(article_id) == []
    assert claims_shown(window) == []
    assert window.reader.claim_selections() == []
    assert window.undo_stack.count() == steps + 2
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() != BUSY_MESSAGE

    # undo goes through the same runner: off the thread too, and the views follow
    press(window.reader, Qt.Key.Key_Z, CTRL)
    assert journal.events[-2:] == [f"undo {DELETE_SECOND}", f"committed {DELETE_SECOND}"]
    assert main_thread not in journal.threads
    assert claims_shown(window) == [second]
    assert window.undo_stack.count() == steps + 2 and window.undo_stack.index() == steps + 1


def test_an_error_on_the_team_server_during_an_edit_is_shown_and_nothing_is_changed(
    qtbot: QtBot, team_desk: TeamDesk, error_boxes: list[str]
) -> None:
    window = team_desk.window
    article_id, first, second = open_claims(qtbot, window)
    journal = Journal(window)
    steps = window.undo_stack.count()
    messages: list[str] = []
    window.error_shown.connect(messages.append)
    ended: list[int] = []

    with slow_server(window) as lock:

        def end_the_edit() -> None:
            ended.append(lock.end_waiting_edits())
            if not ended[-1] and len(ended) < 50:
                at(100, end_the_edit)  # not waiting for the lock yet

        at(200, end_the_edit)
        click_claim(window, first)
        press(window.claims_panel, Qt.Key.Key_Delete)

    assert not lock.gave_up and ended[-1] == 1
    assert journal.threads and threading.get_ident() not in journal.threads
    assert messages == [SERVER_LOST_MESSAGE]
    assert error_boxes == [SERVER_LOST_MESSAGE]  # the message box the user read and closed
    # nothing was deleted, nothing to undo, and the window is not left busy
    assert sorted(c.id for c in window.catalogue.claims_for_article(article_id)) == sorted(
        [first, second]
    )
    assert sorted(claims_shown(window)) == sorted([first, second])
    assert window.undo_stack.count() == steps
    assert not window.undo_stack.runner.busy and QApplication.overrideCursor() is None
    # the server is there: the next look says so, and the same edit now goes through
    window.bridge.poll()
    assert not window.server_status.isVisible()
    click_claim(window, first)
    press(window.claims_panel, Qt.Key.Key_Delete)
    assert claims_shown(window) == [second]


def test_quitting_while_an_edit_waits_for_the_server_closes_the_window_once_it_is_saved(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    article_id, first, second = open_claims(qtbot, window)
    location = window.catalogue.location
    open_when_quit: list[bool] = []

    with slow_server(window) as lock:

        def quit_now() -> None:
            press(window.reader, Qt.Key.Key_Q, CTRL)
            open_when_quit.append(window.isVisible())
            lock.release()

        at(300, quit_now)
        click_claim(window, first)
        press(window.claims_panel, Qt.Key.Key_Delete)

    assert not lock.gave_up
    assert open_when_quit == [True]  # not closed under the edit
    qtbot.waitUntil(lambda: not window.isVisible())  # closed once it was saved
    with Catalogue.open(location) as colleague:
        assert [c.id for c in colleague.claims_for_article(article_id)] == [second]


def test_renaming_a_speaker_in_place_on_a_slow_team_server(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    """An in-place edit saves from inside the table's editor: the table waits for the server
    with the editor closing, then shows the new name (refreshed from the change)."""
    window = team_desk.window
    open_claims(qtbot, window)
    journal = Journal(window)
    press(window.reader, Qt.Key.Key_4, CTRL)
    view = window.browse.speakers_view
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    names = [view.model.speaker_at(r) for r in range(view.model.rowCount())]
    row = next(r for r, speaker in enumerate(names) if speaker and speaker.name == "Эксперт")
    index = view.model.index(row, 0)
    point = view.table.visualRect(index).center()
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = view.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Эльчин Амирбеков")
    with slow_server(window) as lock:
        at(300, lock.release)
        QTest.keyClick(editor, Qt.Key.Key_Return)  # the table saves it once back in its loop
        qtbot.waitUntil(lambda: bool(journal.threads))  # saving, the server slow
        qtbot.waitUntil(lambda: lock.released)
    assert not lock.gave_up
    assert journal.threads and threading.get_ident() not in journal.threads
    qtbot.waitUntil(lambda: "Эльчин Амирбеков" in [cell.data() for cell in name_cells(view)])
    assert view.table.state() != QAbstractItemView.State.EditingState
    assert {s.name for s in window.catalogue.list_speakers()} == {
        "Джейхун Байрамов",
        "Эльчин Амирбеков",
    }


def test_the_speakers_view_refreshes_from_the_change_an_edit_on_the_server_reports(
    qtbot: QtBot, team_desk: TeamDesk
) -> None:
    window = team_desk.window
    open_claims(qtbot, window)
    journal = Journal(window)
    press(window.reader, Qt.Key.Key_4, CTRL)
    view = window.browse.speakers_view
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    row = next(r for r, cell in enumerate(name_cells(view)) if cell.data() == "Эксперт")
    QTest.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.table.visualRect(view.model.index(row, 0)).center(),
    )
    type_text(view.alias_edit, "аналитик Центра")
    with slow_server(window) as lock:
        at(300, lock.release)
        QTest.mouseClick(view.add_alias_button, Qt.MouseButton.LeftButton)
    assert not lock.gave_up
    assert journal.threads and threading.get_ident() not in journal.threads
    # shown when the click's handler returned: reloaded from the change, nothing else
    assert view.alias_model.stringList() == ["аналитик Центра"]
    assert view.alias_edit.text() == ""
    press(window.reader, Qt.Key.Key_Z, CTRL)  # undone off the thread too, and shown
    assert view.alias_model.stringList() == []
    press(window.reader, Qt.Key.Key_Y, CTRL)  # and redone
    assert view.alias_model.stringList() == ["аналитик Центра"]
    assert len(journal.threads) == 3 and threading.get_ident() not in journal.threads
