"""The guard that keeps PySide6's lost references to None from aborting the interpreter."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

from claimdesk.gui.refcount_guard import protect_singletons


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_cannot_exhaust_the_references_of_none() -> None:
    protect_singletons()
    obj = QObject()
    for _ in range(10_000):
        obj.setObjectName("x")  # a void call: PySide 6.12 drops a reference to None here
    assert sys.getrefcount(None) > 1 << 39
    assert sys.getrefcount(True) > 1 << 39
    assert sys.getrefcount(False) > 1 << 39
