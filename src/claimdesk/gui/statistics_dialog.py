"""The catalogue's statistics (issue 19), in their own window: claims per speaker, outlet, tag,
kind and month, each on a page with its table and its bar chart. The figures come from the
door (``Catalogue.statistics``, counted in SQL); a page's chart is drawn when the page is first
shown, and every figure is read again after an edit (a moment later, so a burst of edits reads
once). Opened by View › Statistics; it stays open beside the main window.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.clusters import CatalogueStatistics, Count
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.records import CatalogueChange
from claimdesk.gui.bar_chart import BarChart
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.kind_labels import kind_label
from claimdesk.gui.row_table_model import Index, RowsTableModel, style_record_table

PAGES = (
    (
        "by_speaker",
        str(QT_TRANSLATE_NOOP("StatisticsDialog", "&Speakers")),
        str(QT_TRANSLATE_NOOP("CountsModel", "Speaker")),
        str(QT_TRANSLATE_NOOP("StatisticsDialog", "Claims per speaker")),
    ),
    (
        "by_outlet",
        str(QT_TRANSLATE_NOOP("StatisticsDialog", "&Outlets")),
        str(QT_TRANSLATE_NOOP("CountsModel", "Outlet")),
        str(QT_TRANSLATE_NOOP("StatisticsDialog", "Claims per outlet")),
    ),
    (
        "by_tag",
        str(QT_TRANSLATE_NOOP("StatisticsDialog", "&Tags")),
        str(QT_TRANSLATE_NOOP("CountsModel", "Tag")),
        str(QT_TRANSLATE_NOOP("StatisticsDialog", "Claims per tag")),
    ),
    (
        "by_kind",
        str(QT_TRANSLATE_NOOP("StatisticsDialog", "&Kinds")),
        str(QT_TRANSLATE_NOOP("CountsModel", "Kind")),
        str(QT_TRANSLATE_NOOP("StatisticsDialog", "Claims per kind")),
    ),
    (
        "by_month",
        str(QT_TRANSLATE_NOOP("StatisticsDialog", "&Months")),
        str(QT_TRANSLATE_NOOP("CountsModel", "Month")),
        str(QT_TRANSLATE_NOOP("StatisticsDialog", "Claims per month")),
    ),
)
"""Each page: the statistics' field, the tab's text, the table's first column and the chart's
title (in English, translated where shown)."""
NO_KEY = {
    "by_speaker": str(QT_TRANSLATE_NOOP("StatisticsDialog", "(no speaker)")),
    "by_outlet": str(QT_TRANSLATE_NOOP("StatisticsDialog", "(no outlet)")),
    "by_month": str(QT_TRANSLATE_NOOP("StatisticsDialog", "(no date)")),
}
"""What the figure of claims without a speaker, an outlet or a date is called: the core names
it in English."""
WATCHED_TABLES = frozenset({"claim", "claim_tag", "article", "speaker"})
RELOAD_AFTER_MS = 400


def shown_label(field: str, count: Count) -> str:
    """What a figure is called in the user's language: a kind by its translated name, the
    figure of claims without a speaker, an outlet or a date by the words for that."""
    if field == "by_kind" and count.key is not None:
        return kind_label(str(count.key))
    if count.key is None and field in NO_KEY:
        return QCoreApplication.translate("StatisticsDialog", NO_KEY[field])
    return count.label


class CountsModel(RowsTableModel[Count]):
    """Figures with their share of every claim; the columns in English (context CountsModel),
    translated in the header."""

    def __init__(self, first_column: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            first_column,
            str(QT_TRANSLATE_NOOP("CountsModel", "Claims")),
            str(QT_TRANSLATE_NOOP("CountsModel", "Share")),
        )
        self.total = 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        c = self.row_value(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            return c.label
        if index.column() == 1:
            return c.claims
        return share_text(c.claims, self.total)


def share_text(claims: int, total: int) -> str:
    """``claims`` as a share of ``total``, in tenths of a percent, in the interface's language
    ("10.2 %", "10,2 %"); a share too small for a tenth is "< 0.1 %", never "0.0 %"."""
    if not total:
        return ""
    share = 100 * claims / total
    locale = QLocale()
    if 0 < share < 0.05:  # half a tenth: what would round to 0.0
        return f"< {locale.toString(0.1, 'f', 1)} %"
    return f"{locale.toString(share, 'f', 1)} %"


class _Page(QWidget):
    """One figure's table above its chart (the chart made when first shown)."""

    def __init__(self, field: str, title: str, first_column: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"statistics_{field}")
        self.field = field
        self.title = title
        self.model = CountsModel(first_column, self)
        self.table = QTableView(self)
        self.table.setObjectName(f"statisticsTable_{field}")
        self.table.setAccessibleName(title)  # "Claims per speaker", as the chart is titled
        self.table.setModel(self.model)
        style_record_table(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if field != "by_month":
            # fitted to the rows in view, not to the first thousand (each asked for every role:
            # two thirds of the window's opening at 100,000 claims); these rows come largest
            # count first, so the widest numbers are the ones in view (months come in date order)
            header.setResizeContentsPrecision(0)
        self.chart: BarChart | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def set_counts(self, counts: tuple[Count, ...], total: int) -> None:
        counts = tuple(replace(c, label=shown_label(self.field, c)) for c in counts)
        self.model.total = total
        self.model.set_rows(counts)
        if self.chart is not None:
            self.chart.set_counts(counts)

    def make_chart(self) -> BarChart:
        if self.chart is None:
            self.chart = BarChart(
                self.title,
                f"claims-{self.field.removeprefix('by_')}",
                in_time=self.field == "by_month",
                parent=self,
            )
            self.splitter.addWidget(self.chart)
            self.splitter.setSizes([380, 560])
            rows = range(self.model.rowCount())
            self.chart.set_counts(tuple(self.model.row_value(r) for r in rows))
        return self.chart


class StatisticsDialog(QDialog):
    """Claims per speaker, outlet, tag, kind and month."""

    def __init__(
        self, catalogue: Catalogue, bridge: CatalogueBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsDialog")
        self.setWindowTitle(self.tr("Catalogue statistics"))
        self.catalogue = catalogue
        self.statistics: CatalogueStatistics | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("statisticsSummary")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statisticsTabs")
        self.pages: dict[str, _Page] = {}
        for field, tab_text, first_column, title in PAGES:
            page = _Page(
                field,
                QCoreApplication.translate("StatisticsDialog", title),
                first_column,  # translated by the table's model
                self,
            )
            self.pages[field] = page
            self.tabs.addTab(page, QCoreApplication.translate("StatisticsDialog", tab_text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_AFTER_MS)
        self._reload_timer.timeout.connect(self._reload_reporting)
        self.reload()
        self.tabs.currentChanged.connect(self._page_shown)
        bridge.changed.connect(self._catalogue_changed)
        self.resize(960, 600)

    def reload(self) -> None:
        """Read the figures again (raises a ClaimDeskError if they cannot be read)."""
        stats = self.catalogue.statistics()
        self.statistics = stats
        # the claims without a speaker or an outlet are a row of their own, not one more of them
        speakers = sum(1 for c in stats.by_speaker if c.key is not None)
        outlets = sum(1 for c in stats.by_outlet if c.key is not None)
        # one count to a phrase, each with its own plural; the sentence around them translated
        self.summary.setText(
            self.tr("{claims} by {speakers} in {outlets}; {tags}.").format(
                claims=self.tr("%Ln claim(s)", "", stats.claims),
                speakers=self.tr("%Ln speaker(s)", "", speakers),
                outlets=self.tr("%Ln outlet(s)", "", outlets),
                tags=self.tr("%Ln tag(s)", "", len(stats.by_tag)),
            )
        )
        for field, page in self.pages.items():
            page.set_counts(getattr(stats, field), stats.claims)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._page_shown(self.tabs.currentIndex())

    def _page_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, _Page):
            page.make_chart()

    def _catalogue_changed(self, change: CatalogueChange) -> None:
        if change.tables & WATCHED_TABLES and self.isVisible():
            self._reload_timer.start()

    def _reload_reporting(self) -> None:
        try:
            self.reload()
        except ClaimDeskError as error:
            self.summary.setText(
                self.tr("The figures could not be read again: {reason}").format(reason=error)
            )
