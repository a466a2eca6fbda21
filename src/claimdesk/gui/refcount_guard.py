"""A guard against a reference-counting bug in PySide6 6.12 on Python 3.11.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt method that returns
``void`` (``QTimer.stop()``, ``QObject.setObjectName()``, …) takes one reference from ``None``
without having given it one, and some paths do the same to ``True``. Python 3.12 made these
objects immortal, so the bug is harmless there; on 3.11 the count reaches zero after some tens of
thousands of calls and the interpreter aborts ("Fatal Python error: none_dealloc") — in a long
session, or at exit. Giving the three singletons a huge reference count makes them as good as
immortal, as 3.12 does. Call :func:`protect_singletons` once at start-up, before the event loop.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def protect_singletons() -> bool:
    """Make None, True and False effectively immortal on Python < 3.12; True if it did."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    return True
