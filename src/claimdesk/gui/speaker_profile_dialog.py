"""A speaker's profile (issue 19), in its own window: who they are, their first and last
appearance, the outlets and tags of their claims and the clusters those are in, every claim in
time order, and the timeline. Enter or a double-click on a claim shows it in its article (the
main window's navigation, as the Catalogue tab does); the profile stays open beside it.

Opened from the Speakers tab (Profile…) or View › Speaker profile; the figures come from the
door in one call (``Catalogue.speaker_profile``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.clusters import Appearance, Count
from claimdesk.core.domain.profiles import SpeakerProfile
from claimdesk.gui.kind_labels import KIND_WORDS, kind_word
from claimdesk.gui.row_table_model import (
    EnterOpensTable,
    Index,
    RowsTableModel,
    fit_headers,
    style_record_table,
)
from claimdesk.gui.timeline_chart import TimelineChart

CLAIM_COLUMNS = ("published", "outlet", "article", "kind", "cluster", "quote")
SHOWN_COUNTS = 8
"""Outlets, tags and clusters named in the summary; the rest are counted."""


class ProfileClaimsModel(RowsTableModel[Appearance]):
    columns = (
        str(QT_TRANSLATE_NOOP("ProfileClaimsModel", "Published")),
        str(QT_TRANSLATE_NOOP("ProfileClaimsModel", "Outlet")),
        str(QT_TRANSLATE_NOOP("ProfileClaimsModel", "Article")),
        str(QT_TRANSLATE_NOOP("ProfileClaimsModel", "Kind")),
        str(QT_TRANSLATE_NOOP("ProfileClaimsModel", "Cluster")),
        str(QT_TRANSLATE_NOOP("ProfileClaimsModel", "Claim")),
    )

    def __init__(self, cluster_of: dict[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cluster_of = cluster_of

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        a = self.row_value(index.row())
        column = CLAIM_COLUMNS[index.column()]
        if column == "published":
            return a.published or self.tr("(no date)")
        if column == "outlet":
            return a.outlet
        if column == "article":
            return a.article_title
        if column == "kind":
            return kind_word(a.kind)
        if column == "cluster":
            cluster = self.cluster_of.get(a.claim_id)
            return "" if cluster is None else cluster
        return " ".join(a.quote.split())


class SpeakerProfileDialog(QDialog):
    """One speaker's profile; ``open_claim_requested`` (article id, claim id) asks the main
    window to show a claim in its article."""

    open_claim_requested = Signal(int, int)

    def __init__(self, profile: SpeakerProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerProfileDialog")
        self.profile = profile
        self.speaker_id = profile.speaker.id
        self.setWindowTitle(self.tr("Profile of {name}").format(name=profile.speaker.name))
        self.summary = QLabel(self._summary_html(profile), self)
        self.summary.setObjectName("speakerProfileSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = ProfileClaimsModel(profile.cluster_of, self)
        self.model.set_rows(profile.appearances)
        self.table = EnterOpensTable(self)
        self.table.setObjectName("speakerProfileClaims")
        self.table.setAccessibleName(self.tr("The speaker's claims"))
        self.table.setModel(self.model)
        style_record_table(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        # the kind as wide as its longest word in the user's language: 70 px cut "косвенная
        # цитата" to "косвен…"
        metrics = self.table.fontMetrics()
        kind_width = max(metrics.horizontalAdvance(kind_word(k)) for k in KIND_WORDS) + 16
        widths = {"published": 90, "outlet": 120, "article": 200, "kind": max(70, kind_width)}
        for column, width in widths.items():
            self.table.setColumnWidth(CLAIM_COLUMNS.index(column), width)
        fit_headers(self.table)  # each title whole in the user's language ("Опубликовано")
        hint = QLabel(self.tr("Enter or a double-click shows a claim in its article."), self)

        self.chart = TimelineChart(
            profile.appearances,
            title=profile.speaker.name,
            name=f"speaker-{profile.speaker.id}-timeline",
            parent=self,
        )
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(upper)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)  # the claims get more room than the timeline
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.table.doubleClicked.connect(lambda _index: self._open_current())
        self.table.open_requested.connect(self._open_current)
        if profile.appearances:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.resize(960, 640)

    def _counts_text(self, counts: tuple[Count, ...], *, clusters: bool = False) -> str:
        """ "ТАСС (3), РБК (1)" — the first few, then how many more; ``clusters``: the counts are
        of clusters, named "Cluster 12" in the user's language."""
        if not counts:
            return self.tr("none")
        shown = ", ".join(
            f"{self._count_label(c, clusters)} ({c.claims})" for c in counts[:SHOWN_COUNTS]
        )
        more = len(counts) - SHOWN_COUNTS
        if more > 0:
            return self.tr("{shown} and %Ln more", "", more).format(shown=shown)
        return shown

    def _count_label(self, count: Count, cluster: bool) -> str:
        """The core names a cluster and the claims without an outlet in English."""
        if cluster and count.key is not None:
            return self.tr("Cluster {id}").format(id=count.key)
        if count.key is None:
            return self.tr("(no outlet)")
        return count.label

    def _summary_html(self, profile: SpeakerProfile) -> str:
        """The speaker's figures above the table (rich text)."""
        s = profile.speaker
        who = ", ".join(part for part in (s.role, s.organisation) if part)
        claims = len(profile.appearances)
        if profile.first_published is None:  # no dated article: "first appeared —, last —"
            appeared = self.tr("%Ln claim(s), none in a dated article", "", claims)
        else:
            appeared = self.tr(
                "%Ln claim(s); first appeared {first}, last {last}", "", claims
            ).format(
                first=escape(profile.first_published),
                last=escape(profile.last_published or profile.first_published),
            )
        if profile.undated and profile.first_published is not None:
            appeared += "; " + self.tr("%Ln in undated articles", "", profile.undated)
        lines = [
            f"<b>{escape(s.name)}</b>" + (f" — {escape(who)}" if who else ""),
            appeared,
            self.tr("Outlets: {outlets}").format(
                outlets=escape(self._counts_text(profile.outlets))
            ),
            self.tr("Tags: {tags}").format(tags=escape(self._counts_text(profile.tags))),
            self.tr("Clusters: {clusters}").format(
                clusters=escape(self._counts_text(profile.clusters, clusters=True))
            ),
        ]
        if s.aliases:
            lines.insert(
                1,
                self.tr("Also called: {aliases}").format(aliases=escape(", ".join(s.aliases))),
            )
        return "<br>".join(lines)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            a = self.model.row_value(index.row())
            self.open_claim_requested.emit(a.article_id, a.claim_id)
