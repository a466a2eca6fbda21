"""File › Import annotations… and Import REFI-QDA project…: claims from other tools into the open
catalogue, each import one undo step, or nothing stored and the reason said in one message.

The core reads and checks the whole file before it stores anything
(:meth:`Catalogue.import_annotations`, :meth:`Catalogue.import_qdpx`); the views refresh from the
catalogue's change notice, and the status bar says what came in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.context import WindowContext

ANNOTATION_FILTER = "W3C Web Annotations (*.jsonld *.json);;All files (*)"
QDPX_FILTER = "REFI-QDA projects (*.qdpx);;All files (*)"


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


class ExchangeImports(QObject):
    """The two imports, for the window's action table."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def import_annotations_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.ctx.parent_widget,
            "Import W3C Web Annotations",
            str(Path.home()),
            ANNOTATION_FILTER,
        )
        if not path:
            return
        catalogue = self.ctx.catalogue

        def said() -> str:
            done = catalogue.import_annotations(path)
            skipped = f", {done.skipped:,} already there" if done.skipped else ""
            articles = _count(done.new_articles, "new article") + ", " if done.new_articles else ""
            return (
                f"{_count(len(done.claims), 'claim')} imported from {Path(path).name} "
                f"({articles}{_count(done.new_speakers, 'new speaker')}{skipped})"
            )

        self._run(said)

    def import_qdpx_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.ctx.parent_widget, "Import a REFI-QDA project", str(Path.home()), QDPX_FILTER
        )
        if not path:
            return
        catalogue = self.ctx.catalogue

        def said() -> str:
            done = catalogue.import_qdpx(path)
            skipped = f", {done.claims_skipped:,} already there" if done.claims_skipped else ""
            links = f", {_count(done.links, 'link')}" if done.links else ""
            return (
                f"{_count(done.claims, 'claim')} imported from {Path(path).name} "
                f"({_count(done.articles_created, 'new article')}, "
                f"{_count(done.speakers_created, 'new speaker')}{links}{skipped})"
            )

        self._run(said)

    def _run(self, work: Callable[[], str]) -> None:
        """Run an import as one undo step with a wait cursor; say what it did, or why not."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            message = self.ctx.undo_stack.run(work)
        except ClaimDeskError as error:
            QGuiApplication.restoreOverrideCursor()
            self.ctx.report_error(error)
            return
        QGuiApplication.restoreOverrideCursor()
        self.ctx.status(message, 10_000)
