"""Building or loading the open catalogue's matching indexes off the GUI thread, with the status
bar's "Indexing… n%" note: the window starts it for each catalogue it gets, and lets it run once
the window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel

from claimdesk.gui.context import WindowContext
from claimdesk.gui.similar_panel import SimilarClaimsPanel
from claimdesk.gui.workers import IndexBuilder


class IndexingController(QObject):
    """Runs one :class:`IndexBuilder` per catalogue; ``status`` shows its progress and
    ``similar_panel`` why matching is unavailable if it fails. ``index_cache`` gives, for a
    catalogue's location, the file that keeps its index between sessions (None: the user's
    cache folder)."""

    def __init__(
        self,
        ctx: WindowContext,
        *,
        status: QLabel,
        similar_panel: SimilarClaimsPanel,
        index_cache: Callable[[str], Path] | None = None,
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.status = status
        self.similar_panel = similar_panel
        self.index_cache = index_cache
        self.builder: IndexBuilder | None = None

    def prepare(self, *, start_now: bool) -> None:
        """Make the builder for the catalogue now open, showing "Indexing…"; it runs at once
        if ``start_now`` (the window is on screen), else when :meth:`start` is called."""
        catalogue = self.ctx.catalogue
        index_cache = self.index_cache
        if index_cache is None:
            from claimdesk.core.catalogue import cache_file_for  # noqa: PLC0415  (the core is loaded)

            index_cache = cache_file_for
        catalogue.index.use_cache_file(index_cache(catalogue.location))
        builder = IndexBuilder(catalogue, self)
        builder.progress.connect(self._on_progress)
        builder.ready.connect(self._on_ready)
        builder.failed.connect(self._on_failed)
        self.status.setText(self.tr("Indexing…"))
        self.status.show()
        self.builder = builder
        # Loading the index holds Python's lock for long stretches: it starts once the window is
        # on screen, and after what the window reads as it gets its catalogue (the list of
        # articles, the first article)
        if start_now:
            QTimer.singleShot(0, self, self.start)

    def start(self) -> None:
        """Let the builder run (once the window is on screen)."""
        builder = self.builder
        if builder is not None and not builder.isRunning() and not builder.isFinished():
            builder.start()

    def stop(self) -> None:
        """Wait for the builder (the catalogue closes or is switched)."""
        builder, self.builder = self.builder, None
        if builder is not None:
            # nothing it still reports reaches this controller once the catalogue is closing
            for signal in (builder.progress, builder.ready, builder.failed):
                signal.disconnect()
            builder.wait()
            builder.deleteLater()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total:
            percent = min(100, done * 100 // total)
            self.status.setText(self.tr("Indexing… {percent}%").format(percent=percent))

    @Slot(int)
    def _on_ready(self, claims: int) -> None:
        self.status.setText(self.tr("Matching ready (%Ln claim(s))", "", claims))
        QTimer.singleShot(4000, self.status, self.status.hide)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Matching unavailable"))
        self.status.setToolTip(message)
        self.similar_panel.show_message(message)
