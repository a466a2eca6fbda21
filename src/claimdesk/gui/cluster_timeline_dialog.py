"""The timeline of one claim cluster (issue 19), in its own window: when each appearance was
published, a row per outlet or per speaker; opened from the Clusters tab (Timeline…) or View ›
Cluster timeline. The window stays open beside the main window (it is not modal)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from claimdesk.core.domain.clusters import ClusterDetail
from claimdesk.gui.kind_labels import status_label
from claimdesk.gui.timeline_chart import TimelineChart


class ClusterTimelineDialog(QDialog):
    """A cluster's appearances over time."""

    def __init__(self, detail: ClusterDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        cluster = detail.cluster
        self.setObjectName("clusterTimelineDialog")
        self.setWindowTitle(self.tr("Timeline of cluster {id}").format(id=cluster.id))
        self.cluster_id = cluster.id
        first = cluster.first
        quote = " ".join(first.quote.split())
        summary = QLabel(
            self.tr(
                "«{quote}» — first said by {speaker} ({outlet}, {date}); %Ln appearance(s), "
                "{status}.",
                "",
                cluster.size,
            ).format(
                quote=quote,
                speaker=first.speaker_name or self.tr("(unattributed)"),
                outlet=first.outlet or self.tr("no outlet"),
                date=first.published or self.tr("no date"),
                status=status_label(cluster.status, cluster.status_label).lower(),
            ),
            self,
        )
        summary.setObjectName("clusterTimelineSummary")
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = TimelineChart(
            detail.appearances,
            title=self.tr("Cluster {id}").format(id=cluster.id),
            name=f"cluster-{cluster.id}-timeline",
            parent=self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.chart, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
