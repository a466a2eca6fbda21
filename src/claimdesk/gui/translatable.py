"""``QT_TRANSLATE_NOOP`` with its real type: it marks a source text for pyside6-lupdate (in a table
built at import time) and returns it unchanged, a ``str``; PySide6's stub says ``object``. Import
it from here under its own name, so lupdate still finds the literal calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str:
        """``source``, marked for translation in ``context``."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
