"""Importing files and folders: a cancellable progress dialog over an :class:`ImportThread`,
and a summary at the end ("12 imported, 1 already there, 2 failed: …") with links to the
earlier articles that new ones nearly duplicate.

One file is stored on its own (through the details dialog); several files, or a folder, are
stored a part at a time (:class:`~claimdesk.core.catalogue.article_batch.ArticleBatch`, a few dozen
files per transaction), and the whole import is one undo step."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.catalogue import ArticleBatch, BatchArticle, BatchResult, NearDuplicate
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.records import NewArticle
from claimdesk.core.importers import ImportedArticle
from claimdesk.gui.import_worker import ImportThread
from claimdesk.gui.widths import fit_title, short_name

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.importers.batch import FileRead

log = logging.getLogger("claimdesk.gui.import")

ARTICLE_LINK = "article:"


@dataclass
class ImportOutcome:
    path: str
    article_id: int | None = None
    created: bool = False
    near: NearDuplicate | None = None
    error: str = ""
    skipped: bool = False
    """Read but not stored: the user cancelled the details dialog or the import."""


StoreArticle = Callable[[ImportedArticle, NearDuplicate | None], tuple[int, bool] | None]
"""Stores an article on the GUI thread; (id, created), or None when it was not stored (an
error, already reported, or the user said no)."""

StorePart = Callable[[ArticleBatch, Sequence[BatchArticle]], list[BatchResult]]
"""Stores a part of a batch on the GUI thread (through the undo stack); raises ClaimDeskError
when the part could not be written (then none of it is stored)."""


PROGRESS_DELAY_MS = 400


class ImportRun(QObject):
    """One import of ``paths``; :meth:`exec` runs it to the end (or until cancelled) while the
    window keeps repainting, and returns one outcome per file."""

    article_stored = Signal(int)  # article id, as each one goes in
    finished = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        paths: Sequence[str | Path],
        store: StoreArticle,
        parent: QWidget | None = None,
        *,
        batch: ArticleBatch | None = None,
        store_part: StorePart | None = None,
    ) -> None:
        super().__init__(parent)
        self.outcomes: list[ImportOutcome] = []
        self.cancelled = False
        self.left_out = ""
        """What the folders held that was not imported, said in the summary (or "")."""
        self._store = store
        self._store_part = store_part
        self._parent = parent
        self.batch = batch if store_part is not None else None
        self.reader_thread = ImportThread(catalogue, paths, self, batch=self.batch)
        self.reader_thread.counted.connect(self._on_counted)
        self.reader_thread.left_out.connect(self._on_left_out)
        self.reader_thread.parsed.connect(self._on_parsed)
        self.reader_thread.failed.connect(self._on_failed)
        self.reader_thread.part_read.connect(self._on_part_read)
        self.progress = QProgressDialog("", self.tr("Cancel"), 0, 0, parent)
        self.progress.setObjectName("importProgress")
        self.progress.setWindowTitle(self.tr("Importing articles"))
        one = Path(paths[0]) if len(paths) == 1 else None
        if one is not None and not one.is_dir():  # one file: its name, not a count
            self.progress.setLabelText(
                self.tr("Reading {name}…").format(name=short_name(self.progress, one.name))
            )
        else:
            self.progress.setLabelText(self.tr("Reading files…"))
        fit_title(self.progress)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        # Shown by our own timer, never by Qt's: a quick import shows no dialog at all, and while
        # the user answers a dialog of the import (an article's details) it stays out of the way.
        self.progress.setMinimumDuration(2**31 - 1)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.progress.hide()
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(PROGRESS_DELAY_MS)
        self._show_timer.timeout.connect(self._show_progress)
        self._storing = False
        self._total = 0

    def exec(self) -> list[ImportOutcome]:
        loop = QEventLoop()
        self.reader_thread.finished.connect(loop.quit)
        self.reader_thread.start()
        self._show_timer.start()
        if not self.reader_thread.isFinished():
            loop.exec()
        self.reader_thread.wait()
        # a thread that finished before the loop ran leaves its last reports queued: take them
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        self._show_timer.stop()
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        self.finished.emit()
        return self.outcomes

    @Slot(str)
    def _on_left_out(self, note: str) -> None:
        self.left_out = note

    def _show_progress(self) -> None:
        if not self._storing and not self.reader_thread.isFinished():
            self.progress.show()

    def cancel(self) -> None:
        self.cancelled = True
        self.reader_thread.cancel()

    @property
    def total(self) -> int:
        """How many files the import found to read (0 until they are counted)."""
        return self._total

    @Slot(int)
    def _on_counted(self, total: int) -> None:
        self._total = total
        # one file has no steps to count: a busy bar, not "0%" until it is read
        self.progress.setRange(0, total if total > 1 else 0)
        self.progress.setValue(0)

    def _advance(self, path: str) -> None:
        done = len(self.outcomes)
        said = self.tr("Imported {done} of %Ln: {name}", "", self._total)
        self.progress.setLabelText(
            said.format(done=done, name=short_name(self.progress, Path(path).name))
        )
        self.progress.setValue(min(done, self._total))

    @Slot(int, str, str)
    def _on_failed(self, _index: int, path: str, message: str) -> None:
        if self.cancelled:
            return
        self.outcomes.append(ImportOutcome(path, error=message))
        self._advance(path)

    @Slot(int, str, object, object)
    def _on_parsed(
        self, _index: int, path: str, imported: ImportedArticle, near: NearDuplicate | None
    ) -> None:
        try:
            if self.cancelled:
                return
            self._storing = True
            self.progress.hide()
            try:
                stored = self._store(imported, near)
            finally:
                self._storing = False
                more_to_come = len(self.outcomes) + 1 < self._total
                if more_to_come and not self._show_timer.isActive():
                    self.progress.show()
            if stored is None:
                self.outcomes.append(ImportOutcome(path, near=near, skipped=True))
            else:
                article_id, created = stored
                self.outcomes.append(
                    ImportOutcome(path, article_id, created, near if created else None)
                )
                self.article_stored.emit(article_id)
            self._advance(path)
        finally:
            self.reader_thread.written()

    @Slot(object)
    def _on_part_read(self, reads: list[FileRead]) -> None:
        """Store a part of a batch (one transaction); every file gets its outcome."""
        try:
            if self.cancelled or self.batch is None or self._store_part is None:
                return
            outcomes: list[ImportOutcome | None] = [None] * len(reads)
            items: list[BatchArticle] = []
            where: list[int] = []
            for number, read in enumerate(reads):
                if read.article is None or read.fingerprint is None:
                    outcomes[number] = ImportOutcome(str(read.path), error=str(read.error))
                    continue
                items.append(BatchArticle(new_article(read.article, read), read.fingerprint))
                where.append(number)
            try:
                results = self._store_part(self.batch, items) if items else []
            except ClaimDeskError as error:  # the write failed: none of this part is stored
                log.warning("could not store %d imported articles: %s", len(items), error)
                not_stored = self.tr("not stored: {reason}").format(reason=error)
                results = [BatchResult(error=not_stored) for _item in items]
            for number, result in zip(where, results, strict=True):
                path = str(reads[number].path)
                if result.article_id is None:
                    name = Path(path).name
                    reason = str(result.error)
                    message = reason if name in reason else f"{name}: {reason}"
                    outcomes[number] = ImportOutcome(path, error=message)
                else:
                    outcomes[number] = ImportOutcome(
                        path, result.article_id, result.created, result.near
                    )
            for outcome in outcomes:
                assert outcome is not None
                self.outcomes.append(outcome)
                if outcome.article_id is not None:
                    self.article_stored.emit(outcome.article_id)
            self._advance(str(reads[-1].path))
        finally:
            self.reader_thread.written()


def new_article(imported: ImportedArticle, read: FileRead) -> NewArticle:
    """What a batch import stores of a file: its text (normalised and hashed by the worker that
    read it) and the details the file gave."""
    return NewArticle(
        read.text,
        title=imported.title,
        outlet=imported.outlet,
        url=imported.url,
        published=imported.published,
        language=imported.language,
        source_name=imported.source_name,
        source_format=imported.source_format,
        note=(
            QCoreApplication.translate("ImportBatch", "Author: {author}").format(
                author=imported.author
            )
            if imported.author
            else ""
        ),
        text_hash=read.fingerprint.digest if read.fingerprint is not None else "",
    )


class ImportSummaryDialog(QDialog):
    """The result of a batch import; a link to an earlier article opens it."""

    article_requested = Signal(int)

    def __init__(
        self,
        outcomes: Sequence[ImportOutcome],
        cancelled: bool,
        parent: QWidget | None = None,
        left_out: str = "",
        not_tried: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(
            self.tr("Import finished") if not cancelled else self.tr("Import cancelled")
        )
        self.setMinimumWidth(520)
        self.label = QLabel(self.summary_text(outcomes, cancelled, left_out, not_tried), self)
        self.label.setObjectName("importSummaryText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.linkActivated.connect(self._on_link)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # a long list of failures scrolls; the usual one line is not put in a box of its own
        # (it sat in the middle of an empty frame, like a text field)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(self.label)
        icon = QLabel(self)
        icon.setObjectName("importSummaryIcon")
        failed = any(o.error for o in outcomes)
        kind = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if failed or cancelled
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(kind, None, self).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        # as tall as the text needs, up to half the screen (then it scrolls); never taller than
        # the text (a line's room to spare, should it wrap once more), so one line is not left
        # above an empty stretch
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        most = screen.height() // 2 if screen is not None else 480
        needed = self.label.heightForWidth(self.minimumWidth() - size)
        area.setMinimumHeight(min(needed, most))
        area.setMaximumHeight(max(needed + self.fontMetrics().lineSpacing(), size))

    def summary_text(
        self,
        outcomes: Sequence[ImportOutcome],
        cancelled: bool = False,
        left_out: str = "",
        not_tried: int = 0,
    ) -> str:
        """ "3 imported, 1 already there, 1 failed" and what failed, as rich text with links;
        ``left_out`` says what the folders held that is not an article file, ``not_tried`` how
        many files a cancelled import did not come to (it said nothing of them)."""
        imported = [o for o in outcomes if o.created]
        existing = [o for o in outcomes if o.article_id is not None and not o.created]
        failed = [o for o in outcomes if o.error]
        skipped = [o for o in outcomes if o.skipped]
        # each count a clause of its own, worded with its number
        counts = [
            self.tr("%Ln imported", "", len(imported)),
            self.tr("%Ln already there", "", len(existing)),
            self.tr("%Ln failed", "", len(failed)),
        ]
        if skipped:
            counts.append(self.tr("%Ln skipped", "", len(skipped)))
        if not_tried:
            counts.append(self.tr("%Ln not tried", "", not_tried))
        separator = self.tr(", ")
        counted = self.tr("{counts} — import cancelled.") if cancelled else self.tr("{counts}.")
        lines = [escape(counted.format(counts=separator.join(counts)))]
        if left_out:
            lines.append(escape(left_out) + ".")
        if failed:
            lines.append(self.tr("<b>Failed:</b>"))
            lines.extend(escape(o.error) for o in failed)
        near = [o for o in imported if o.near is not None]
        if near:
            lines.append(self.tr("<b>Nearly the same as an earlier article:</b>"))
            for o in near:
                assert o.near is not None
                lines.append(
                    f"{escape(Path(o.path).name)} ≈ "
                    f'<a href="{ARTICLE_LINK}{o.near.article_id}">'
                    f"{escape(o.near.describe())}</a>"
                )
        return "<br/>".join(lines)

    def _on_link(self, link: str) -> None:
        if link.startswith(ARTICLE_LINK):
            self.article_requested.emit(int(link.removeprefix(ARTICLE_LINK)))
