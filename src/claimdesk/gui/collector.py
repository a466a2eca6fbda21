"""Python's cyclic garbage collector, run on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate when a generation's
count passes its threshold. A worker thread (a catalogue count, similar-claim matching) could
then free a cycle holding a Qt widget or model that is gone from the screen, and Qt objects
deleted off the GUI thread left a table view painting a model already freed: a crash, now and
then, depending on when the collector ran. While a :class:`GuiThreadCollector` is installed
the automatic collector is off and a timer on the GUI thread does the same work: it collects
the generations whose counts passed Python's own thresholds, as Python would have. Reference
counting, which frees nearly everything, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250
"""How often the counts are looked at: cycles wait for a quarter of a second at most."""


class GuiThreadCollector(QObject):
    """Runs the cyclic garbage collector from a timer of the thread it lives in (the GUI's)
    while installed; :meth:`uninstall` gives collection back to Python."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = False
        self._installed = False
        self.collections = 0
        """Collections run (for tests)."""

    @property
    def installed(self) -> bool:
        return self._installed

    def install(self) -> None:
        if self._installed:
            return
        self._installed = True
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def pause(self) -> None:
        """Collect nothing until :meth:`uninstall` (Python's collector stays off meanwhile):
        the caller first has Qt delete the widgets it is done with, so no collection frees
        them with Qt still holding them."""
        self._timer.stop()

    def uninstall(self) -> None:
        """Collect what is due now, on this thread, and let Python collect again."""
        if not self._installed:
            return
        self._installed = False
        self._timer.stop()
        self.collect_due()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold (and the younger
        ones with it), as Python's automatic collector does; the generation, or None."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = None
        for generation, (count, threshold) in enumerate(zip(counts, thresholds, strict=False)):
            if threshold <= 0 or count <= threshold:
                break
            due = generation
        if due is not None:
            gc.collect(due)
            self.collections += 1
        return due
