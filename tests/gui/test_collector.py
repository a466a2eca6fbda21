"""Reference cycles are freed on the GUI thread only (a Qt model freed by a worker thread's
collection crashed a view that painted it later)."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimdesk.gui.collector import GuiThreadCollector


class _Holder:
    """An object in a cycle with a Qt object: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()


def test_a_worker_never_collects_and_the_gui_thread_frees_the_cycles(
    qtbot: QtBot, qapp: QApplication
) -> None:
    collector = GuiThreadCollector(qapp, interval_ms=20)
    collecting_threads: list[str] = []

    def note(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            collecting_threads.append(threading.current_thread().name)

    enabled_before = gc.isenabled()  # off in a Qt test: conftest collects on this thread too
    gc.callbacks.append(note)
    try:
        collector.install()
        assert not gc.isenabled()
        holder = _Holder()
        freed = weakref.ref(holder)
        del holder

        def allocate() -> None:  # far past the first generation's threshold of allocations
            cycles = []
            for _ in range(5 * gc.get_threshold()[0]):
                pair: list[Any] = []
                pair.append(pair)
                cycles.append(pair)

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert "worker" not in collecting_threads
        assert freed() is not None  # nothing collected it yet
        qtbot.waitUntil(lambda: freed() is None, timeout=3000)
        assert collector.collections >= 1
        assert set(collecting_threads) == {threading.main_thread().name}
    finally:
        collector.uninstall()
        gc.callbacks.remove(note)
        collector.deleteLater()
    assert gc.isenabled() == enabled_before  # as it was, once uninstalled


def test_paused_it_collects_nothing_until_uninstalled(qtbot: QtBot, qapp: QApplication) -> None:
    collector = GuiThreadCollector(qapp, interval_ms=10)
    enabled_before = gc.isenabled()
    try:
        collector.install()
        collector.pause()
        assert collector.installed and not gc.isenabled()
        holder = _Holder()
        freed = weakref.ref(holder)
        del holder
        qtbot.wait(100)  # ten intervals
        assert freed() is not None and collector.collections == 0
    finally:
        collector.uninstall()
        collector.deleteLater()
    assert not collector.installed and gc.isenabled() == enabled_before
