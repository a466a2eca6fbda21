"""What the Clusters menu does (issue 19): edit the chosen cluster's verdict, confirm it, split
the selected appearances off, merge it into another cluster, export its ClaimReview, and gather
clusters.

Every edit is one undo step through the window's undo stack, made with the version of the
cluster the user saw, so a colleague's change since is a readable conflict, not overwritten.
Gathering looks for claims that almost certainly say the same off the GUI thread (a few hundred
claims a second), with its progress and Cancel; what it found is then stored as one edit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from claimdesk.core.domain.clusters import ClusterInfo, GatherResult
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.context import WindowContext
from claimdesk.gui.errors import open_message
from claimdesk.gui.file_dialogs import save_file_name
from claimdesk.gui.keep_input import accepted
from claimdesk.gui.settings import export_folder, remember_export_folder
from claimdesk.gui.widths import fit_title

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.gui.browse_tabs import BrowseTabs
    from claimdesk.gui.clusters_view import ClustersView

T = TypeVar("T")
log = logging.getLogger("claimdesk.gui.clusters")
CLAIM_REVIEW_SUFFIX = ".jsonld"
CLUSTER_BUTTONS = (
    "edit_verdict",
    "confirm_cluster",
    "split_cluster",
    "merge_cluster",
    "export_claim_review",
    "cluster_timeline",
    "gather_clusters",
)
"""The Clusters actions the Clusters tab shows as buttons, in order."""


class GatherThread(QThread):
    """Looks for the pairs of claims that almost certainly say the same (reading only). Its
    signals arrive on the GUI thread: ``progressed(done, total)``, then ``found(pairs)``,
    ``cancelled()`` or ``failed(message)``."""

    progressed = Signal(int, int)
    found = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            pairs = self.catalogue.almost_certain_pairs(progress=self._progress)
        except ClaimDeskError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: said readably, never a traceback in a dialog
            log.exception("looking for claims that say the same failed")
            self.failed.emit(
                self.tr("Gathering clusters failed: {reason}").format(
                    reason=f"{type(error).__name__}: {error}"
                )
            )
        else:
            if pairs is None:
                self.cancelled.emit()
            else:
                self.found.emit(pairs)


class ClusterController(QObject):
    """The Clusters menu's commands, on the cluster chosen in the Clusters tab."""

    def __init__(self, ctx: WindowContext, browse: BrowseTabs) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.browse = browse
        self.gathering: GatherThread | None = None
        self.progress: QProgressDialog | None = None

    def _chosen(self) -> tuple[ClustersView, ClusterInfo] | None:
        view = self.browse.shown_clusters_view()
        cluster = view.chosen_cluster() if view is not None else None
        return (view, cluster) if view is not None and cluster is not None else None

    def _run(self, edit: Callable[[], T]) -> T | None:
        """One undo step; a refusal (a conflict, a claim gone) is shown and changes nothing."""
        ctx = self.ctx
        return ctx.try_reporting(lambda: ctx.undo_stack.run(edit))

    # -- the verdict ---------------------------------------------------------------------------

    def edit_verdict(self) -> None:
        """Clusters › Edit verdict: the dialog; OK saves it as one undo step."""
        chosen = self._chosen()
        if chosen is None:
            return
        from claimdesk.gui.verdict_dialog import VerdictDialog  # noqa: PLC0415

        _view, cluster = chosen
        catalogue = self.ctx.catalogue
        labels = self.ctx.try_reporting(catalogue.verdict_labels)
        if labels is None:
            return
        dialog = VerdictDialog(cluster, labels, catalogue.user_name, self.ctx.parent_widget)
        try:
            self.ctx.save_keeping_input(
                lambda: dialog.values() if accepted(dialog) else None,
                lambda values: catalogue.set_verdict(
                    cluster.id, expected_version=cluster.version, **values
                ),
                dialog.show_problem,
            )
        finally:
            dialog.deleteLater()

    def edit_verdict_labels(self) -> None:
        """Clusters › Verdict labels…: each change in the dialog is one undo step."""
        from claimdesk.gui.verdict_labels_dialog import VerdictLabelsDialog  # noqa: PLC0415

        dialog = VerdictLabelsDialog(
            self.ctx.catalogue, self.ctx.undo_stack.run, self.ctx.parent_widget
        )
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # -- confirm, split, merge ------------------------------------------------------------------

    def confirm_cluster(self) -> None:
        """Clusters › Confirm cluster: the user has checked its members."""
        chosen = self._chosen()
        if chosen is None:
            return
        _view, cluster = chosen
        catalogue = self.ctx.catalogue
        self._run(lambda: catalogue.confirm_cluster(cluster.id, expected_version=cluster.version))

    def split_cluster(self) -> None:
        """Clusters › Split off: the appearances selected go into a new cluster."""
        chosen = self._chosen()
        if chosen is None:
            return
        view, cluster = chosen
        claim_ids = view.claims_to_split()
        if not claim_ids:
            return
        catalogue = self.ctx.catalogue
        new = self._run(
            lambda: catalogue.split_cluster(cluster.id, claim_ids, expected_version=cluster.version)
        )
        if new is not None:
            self.ctx.status(
                self.tr("%Ln claim(s) split off into cluster {id}.", "", len(claim_ids)).format(
                    id=new.id
                ),
                8000,
            )

    def merge_cluster(self) -> None:
        """Clusters › Merge into…: choose the cluster the chosen one goes into."""
        chosen = self._chosen()
        if chosen is None:
            return
        from claimdesk.gui.merge_clusters_dialog import MergeClustersDialog  # noqa: PLC0415

        view, cluster = chosen
        catalogue = self.ctx.catalogue
        others = self.ctx.try_reporting(catalogue.list_clusters)
        if others is None:
            return
        others = [c for c in others if c.id != cluster.id]
        dialog = MergeClustersDialog(cluster, others, self.ctx.parent_widget)
        try:
            target = dialog.chosen() if accepted(dialog) else None
        finally:
            dialog.deleteLater()
        if target is None:
            return
        versions = {target.id: target.version, cluster.id: cluster.version}
        merged = self._run(
            lambda: catalogue.merge_clusters(target.id, [cluster.id], expected_versions=versions)
        )
        if merged is not None:
            view.choose_cluster(merged.id)
            self.ctx.status(
                self.tr("Cluster {merged} merged into cluster {target}.").format(
                    merged=cluster.id, target=merged.id
                ),
                8000,
            )

    # -- ClaimReview ------------------------------------------------------------------------

    def export_claim_review(self) -> None:
        """Clusters › Export ClaimReview: refused at once (the core's message) while the verdict
        lacks what a ClaimReview needs; else a file is chosen and written whole."""
        chosen = self._chosen()
        if chosen is None:
            return
        _view, cluster = chosen
        catalogue = self.ctx.catalogue
        if self.ctx.try_reporting(lambda: catalogue.cluster_claim_review(cluster.id)) is None:
            return
        suggested = export_folder() / f"claimreview-cluster-{cluster.id}{CLAIM_REVIEW_SUFFIX}"
        name = save_file_name(
            self.ctx.parent_widget,
            self.tr("Export ClaimReview"),
            str(suggested),
            self.tr("ClaimReview JSON-LD (*.jsonld *.json);;All files (*)"),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(CLAIM_REVIEW_SUFFIX)
        try:
            catalogue.export_claim_review(cluster.id, path)
        except ClaimDeskError as error:
            self.ctx.report_error(error)
            return
        remember_export_folder(path)
        self.ctx.status(
            self.tr("Exported the ClaimReview of cluster {id} to {path}.").format(
                id=cluster.id, path=path
            ),
            10_000,
        )

    # -- gathering -------------------------------------------------------------------------

    def gather_clusters(self) -> None:
        """Clusters › Gather clusters: the claims "same claim" links tie and the ones that almost
        certainly say the same go into clusters (those placed stay where they are)."""
        if self.gathering is not None:
            return
        catalogue = self.ctx.catalogue
        thread = GatherThread(catalogue, self)
        progress = QProgressDialog(
            self.tr("Looking for claims that almost certainly say the same…"),
            self.tr("Cancel"),
            0,
            0,
            self.ctx.parent_widget,
        )
        progress.setObjectName("gatherProgress")
        progress.setWindowTitle(self.tr("Gather clusters"))
        fit_title(progress)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.canceled.connect(thread.cancel)
        thread.progressed.connect(self._show_progress)
        thread.found.connect(lambda pairs: self._store(catalogue, pairs))
        thread.cancelled.connect(
            lambda: self.ctx.status(self.tr("Gathering cancelled: nothing changed."), 8000)
        )
        thread.failed.connect(self.ctx.report_error)
        thread.finished.connect(self._gathering_done)
        self.gathering, self.progress = thread, progress
        progress.show()
        thread.start()

    def gather_linked_clusters(self) -> None:
        """Clusters › Gather linked claims only: the "same claim" links alone, at once."""
        if self.gathering is not None:
            return
        catalogue = self.ctx.catalogue
        self._report(self._run(lambda: catalogue.gather_clusters(almost_certain=False)))

    def _report(self, done: GatherResult | None) -> None:
        if done is not None and done.claims_added == 0:
            # said in a box: the status bar's note was gone at once, replaced by the hovered
            # button's tip as the progress dialog closed, and the empty list said nothing
            open_message(
                self.ctx.parent_widget,
                self.tr(
                    "No claims were gathered: no claims outside a cluster are linked as the "
                    "same claim or almost certainly say the same.\n\nTo put two claims in one "
                    "cluster, choose one of them in the reader, then the other in the Similar "
                    "claims panel, and press “Same claim”."
                ),
                "gatherNothingMessage",
                icon=QMessageBox.Icon.Information,
                title=self.tr("Gather clusters"),
            )
        if done is not None:
            self.ctx.status(
                self.tr("Gathered %Ln claim(s): {created}, {grown}.", "", done.claims_added).format(
                    created=self.tr("%Ln new cluster(s)", "", len(done.created)),
                    grown=self.tr("%Ln grown", "", len(done.extended)),
                ),
                10_000,
            )

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is None:
            return
        progress.setMaximum(total)
        progress.setLabelText(
            self.tr(
                "Looking for claims that almost certainly say the same: {done} of {total}…"
            ).format(done=f"{done:,}", total=f"{total:,}")
        )
        # last: a modal progress dialog handles waiting events in setValue, which may end the
        # search (and close the dialog) before it returns
        progress.setValue(done)

    def _store(self, catalogue: Catalogue, pairs: list[tuple[int, int]]) -> None:
        self._close_progress()
        if not self.ctx.has_catalogue or self.ctx.catalogue is not catalogue:
            return  # another catalogue was opened meanwhile
        self._report(
            self._run(lambda: catalogue.gather_clusters(almost_certain=False, pairs=pairs))
        )

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.close()
            progress.deleteLater()

    def _gathering_done(self) -> None:
        self._close_progress()
        thread, self.gathering = self.gathering, None
        if thread is not None:
            thread.deleteLater()

    def stop(self) -> None:
        """The window closes or switches catalogue: a search under way stops, unstored."""
        thread = self.gathering
        if thread is not None:
            thread.cancel()
            thread.wait()
