"""Running catalogue edits: on the GUI thread for a SQLite file, off it for a team server.

Every edit the GUI makes reaches the catalogue through :class:`OperationRunner` (the undo stack's
``run`` and its undo and redo go through it), as Anki's ``CollectionOp`` does for its collection.
A SQLite edit takes milliseconds, so it runs where it is asked for, synchronously, as it always
has. An edit of a catalogue on a server (PostgreSQL) waits on the network and on colleagues'
locks, so it runs on a worker thread, which takes its own connection from the catalogue's pool
(every edit opens its own, see ``CatalogueBase._edit``), while the window goes on painting and its
timers run; the caller still gets the result, or the error, back when the edit is done, so no
call site changes.

While an edit runs off the thread the window is busy: the status bar says so, the cursor turns to
a wait cursor if it takes longer than a moment, and the user's keys and clicks wait in Qt's queue
until it is done (a second edit cannot start under the first). An edit asked for meanwhile by
code (a timer) waits for the first to finish, then runs. A window closed meanwhile (Quit, or its
title bar's close button) closes once the edit is saved, so its catalogue is never closed under
an edit.

What an edit changed is not reported here: the catalogue announces every committed edit as a
:class:`~claimdesk.core.domain.records.CatalogueChange`, which the bridge
(:mod:`claimdesk.gui.bridge`) delivers on the GUI thread as its one ``changed`` signal, before the
caller gets the result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QStatusBar, QWidget

from claimdesk.gui.translations import QT_TRANSLATE_NOOP

T = TypeVar("T")

BUSY_MESSAGE = QT_TRANSLATE_NOOP("OperationRunner", "Saving to the team server…")
"""The status bar's note while an edit is on its way to the server (the English source text;
shown translated)."""
WAIT_CURSOR_DELAY_MS = 400
"""An edit that takes longer than this shows the wait cursor (a quick one does not flicker it)."""

_WAIT = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
"""How the window waits for an edit: painting, timers and signals go on; keys and clicks are
kept for when it is done."""


class _Operation(Generic[T]):
    """One edit handed to the worker thread, and what came of it."""

    def __init__(self, work: Callable[[], T], done: Callable[[T], None] | None) -> None:
        self.work = work
        self.done = done
        self.finished = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self.loop = QEventLoop()


class _Relay(QObject):
    finished = Signal(object)  # the _Operation


class _Task(QRunnable):
    def __init__(self, operation: _Operation[T], relay: _Relay) -> None:
        super().__init__()
        self.operation = operation
        self.relay = relay

    def run(self) -> None:
        operation = self.operation
        try:
            operation.result = operation.work()
        except BaseException as error:  # given back to the caller, on its thread, to raise
            operation.error = error
        self.relay.finished.emit(operation)


class OperationRunner(QObject):
    """Runs catalogue edits one at a time: off the GUI thread when ``off_thread`` (a catalogue on
    a server), else where they are asked for. ``busy_changed`` says when an edit off the thread
    starts and ends; ``status_bar``, if given, shows :data:`BUSY_MESSAGE` meanwhile."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        off_thread: bool,
        parent: QObject | None = None,
        *,
        status_bar: QStatusBar | None = None,
    ) -> None:
        super().__init__(parent)
        self.off_thread = off_thread
        self.status_bar = status_bar
        self.busy = False
        self._gui_thread = threading.get_ident()
        self._current: _Operation[object] | None = None
        self._waiting: list[QEventLoop] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        # queued: the worker emits it, the runner (on the GUI thread) takes it from the queue
        # after the catalogue's own change notices, so views refresh before the caller goes on
        self._relay.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(WAIT_CURSOR_DELAY_MS)
        self._cursor_timer.timeout.connect(self._show_wait_cursor)
        self._wait_cursor = False
        self._window: QWidget | None = None
        self._close_when_done = False

    @staticmethod
    def _busy_message() -> str:
        return QCoreApplication.translate("OperationRunner", BUSY_MESSAGE)

    def hold_close_of(self, window: QWidget) -> None:
        """Keep ``window`` (the one whose catalogue the edits change) open while an edit runs
        off the thread; asked to close meanwhile, it closes once the edit is done."""
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close and self.busy:
            event.ignore()
            self._close_when_done = True
            return True
        return super().eventFilter(watched, event)

    def run(self, work: Callable[[], T], done: Callable[[T], None] | None = None) -> T:
        """Run ``work`` (a catalogue edit) and return what it returns, or raise what it raised.
        ``done``, if given, is called with the result on the GUI thread as soon as ``work``
        finishes, before any other edit starts (the undo stack records the step there, so steps
        are recorded in the order the catalogue made them)."""
        if not self.off_thread or threading.get_ident() != self._gui_thread:
            result = work()
            if done is not None:
                done(result)
            return result
        self._wait_until_idle()
        operation = _Operation(work, done)
        self._current = cast(_Operation[object], operation)
        self._set_busy(True)
        self.pool.start(_Task(operation, self._relay))
        while not operation.finished:
            operation.loop.exec(_WAIT)
        if operation.error is not None:
            raise operation.error
        return cast(T, operation.result)

    def _wait_until_idle(self) -> None:
        # an edit asked for while another runs (by a timer, say): it waits its turn, the window
        # still painting meanwhile
        while self._current is not None:
            loop = QEventLoop()
            self._waiting.append(loop)
            try:
                loop.exec(_WAIT)
            finally:
                self._waiting.remove(loop)

    @Slot(object)
    def _finish(self, operation: _Operation[object]) -> None:
        operation.finished = True
        self._current = None
        try:
            if operation.error is None and operation.done is not None:
                operation.done(operation.result)
        except BaseException as error:  # given to the caller with the rest
            operation.error = error
        finally:
            operation.loop.quit()
            for loop in self._waiting:
                loop.quit()
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy == self.busy:
            return
        self.busy = busy
        if busy:
            if self.status_bar is not None:
                self.status_bar.showMessage(self._busy_message())
            self._cursor_timer.start()
        else:
            self._cursor_timer.stop()
            if self._wait_cursor:
                self._wait_cursor = False
                QApplication.restoreOverrideCursor()
            if (
                self.status_bar is not None
                and self.status_bar.currentMessage() == self._busy_message()
            ):
                self.status_bar.clearMessage()
            if self._close_when_done and self._window is not None:
                self._close_when_done = False
                # once the caller has its result (the edit's own loop has quit by then)
                QTimer.singleShot(0, self._window, self._window.close)
        self.busy_changed.emit(busy)

    def _show_wait_cursor(self) -> None:
        if self.busy and not self._wait_cursor:
            self._wait_cursor = True
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
