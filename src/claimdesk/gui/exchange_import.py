"""File › Import annotations… and Import REFI-QDA project…: claims from other tools into the open
catalogue, each import one undo step, or nothing stored and the reason said in one message.

The core reads and checks the whole file before it stores anything
(:meth:`Catalogue.import_annotations`, :meth:`Catalogue.import_qdpx`); the views refresh from the
catalogue's change notice, and the status bar says what came in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.context import WindowContext
from claimdesk.gui.file_dialogs import open_file_name
from claimdesk.gui.settings import open_folder, remember_open_folder

ANNOTATION_FILTER = str(
    QT_TRANSLATE_NOOP("ExchangeImports", "W3C Web Annotations (*.jsonld *.json);;All files (*)")
)
QDPX_FILTER = str(QT_TRANSLATE_NOOP("ExchangeImports", "REFI-QDA projects (*.qdpx);;All files (*)"))


class ExchangeImports(QObject):
    """The two imports, for the window's action table."""

    def __init__(self, ctx: WindowContext, show_an_article: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.show_an_article = show_an_article
        """Shows an article if the reader has none (it went on showing "Start with an article"
        beside the articles an import brought)."""

    def import_annotations_dialog(self) -> None:
        path = open_file_name(
            self.ctx.parent_widget,
            self.tr("Import W3C Web Annotations"),
            str(open_folder()),
            self.tr(ANNOTATION_FILTER),
        )
        if not path:
            return
        remember_open_folder(path)
        catalogue = self.ctx.catalogue

        def said() -> str:
            done = catalogue.import_annotations(path)
            details = [self.tr("%Ln new speaker(s)", "", done.new_speakers)]
            if done.new_articles:
                details.insert(0, self.tr("%Ln new article(s)", "", done.new_articles))
            if done.skipped:
                details.append(self.tr("%Ln already there", "", done.skipped))
            return self._imported(len(done.claims), path, details)

        self._run(said)

    def import_qdpx_dialog(self) -> None:
        path = open_file_name(
            self.ctx.parent_widget,
            self.tr("Import a REFI-QDA project"),
            str(open_folder()),
            self.tr(QDPX_FILTER),
        )
        if not path:
            return
        remember_open_folder(path)
        catalogue = self.ctx.catalogue

        def said() -> str:
            done = catalogue.import_qdpx(path)
            details = [
                self.tr("%Ln new article(s)", "", done.articles_created),
                self.tr("%Ln new speaker(s)", "", done.speakers_created),
            ]
            if done.links:
                details.append(self.tr("%Ln link(s)", "", done.links))
            if done.claims_skipped:
                details.append(self.tr("%Ln already there", "", done.claims_skipped))
            return self._imported(done.claims, path, details)

        self._run(said)

    def _imported(self, claims: int, path: str, details: list[str]) -> str:
        """What the status bar says after an import: the claims, then what came with them."""
        return self.tr("%Ln claim(s) imported from {file} ({details})", "", claims).format(
            file=Path(path).name, details=", ".join(details)
        )

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
        # once the article list has the new articles (it refreshes from the change notice)
        QTimer.singleShot(0, self, self.show_an_article)
