"""Choosing the cluster another one is merged into (issue 19): every other cluster, narrowed
by what the user types (a cluster's number, words of its first claim, its first speaker).

The dialog only chooses; the caller merges as one undo step with the versions it showed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.clusters import ClusterInfo
from claimdesk.gui.clusters_view import ClustersModel
from claimdesk.gui.row_table_model import ColumnFitter, style_record_table


def _matches(cluster: ClusterInfo, words: list[str]) -> bool:
    text = f"{cluster.id} {cluster.first.quote} {cluster.first.speaker_name}".casefold()
    return all(word in text for word in words)


class MergeClustersDialog(QDialog):
    """Choose the cluster that ``merged`` goes into, among ``others``."""

    def __init__(
        self, merged: ClusterInfo, others: list[ClusterInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeClustersDialog")
        self.setWindowTitle(self.tr("Merge cluster"))
        self._others = others
        quote = " ".join(merged.first.quote.split())
        intro = QLabel(
            self.tr(
                "Merge cluster {id} (%Ln claim(s), “{quote}”) into the cluster chosen below. The "
                "chosen cluster keeps its verdict; one still unchecked takes this one's.",
                "",
                merged.size,
            ).format(id=merged.id, quote=quote[:120]),
            self,
        )
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("mergeClusterFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Type a cluster's number, its words or speaker…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        find = QLabel(self.tr("&Find:"), self)
        find.setBuddy(self.filter_edit)
        self.model = ClustersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mergeClusterTable")
        self.table.setAccessibleName(self.tr("Clusters to merge into"))
        self.table.setModel(self.model)
        style_record_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        # each title whole in the user's language, each cell as far as it fits (the Russian
        # headers read "ервые появило" and "ервые сказал")
        ColumnFitter(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(find)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_ok())
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.filter_edit.returnPressed.connect(self.accept)
        self._apply_filter()
        self.resize(640, 380)

    def _apply_filter(self) -> None:
        words = self.filter_edit.text().casefold().split()
        self.model.set_rows([c for c in self._others if _matches(c, words)])
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)

    def chosen(self) -> ClusterInfo | None:
        """The cluster to merge into, or None while none is listed."""
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def accept(self) -> None:
        if self.chosen() is None:
            return
        super().accept()
