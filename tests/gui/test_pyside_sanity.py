"""The installed PySide6 must not lose references to None (PySide6 6.12.0 on Python 3.11 did:
every void Qt call took one, and the interpreter aborted after enough calls)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer


def test_void_qt_calls_keep_the_reference_count_of_none() -> None:
    obj = QObject()
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        obj.setObjectName("x")
        timer.setInterval(5)
    # the count may move a little with garbage collection, but not by one per call
    assert abs(sys.getrefcount(None) - before) < 100
