"""The Clusters tab (issue 19): the catalogue's claim clusters with their verdicts, largest
first, filtered by status; the selected cluster's appearances below, in time order with the first
marked. Enter or a double-click on an appearance opens it in its article.

The rows come from the door as plain records: the clusters' order and sizes
(``cluster_order``), then the clusters a screenful at a time as the table shows them
(``clusters_by_id``; reading every cluster's first appearance took most of a second at 100,000
claims), and the chosen cluster's appearances (``get_cluster``). A committed change anywhere
reloads them, keeping the selected cluster. The buttons above the appearances
are the window's Clusters actions (gui/cluster_actions.py), so they are enabled exactly when the
menu's entries are; the view says what they can act on (``choice_changed``).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.clusters import Appearance, ClusterInfo
from claimdesk.core.domain.errors import ClaimDeskError, NotFoundError
from claimdesk.core.domain.records import CatalogueChange
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.focus_order import set_tab_order
from claimdesk.gui.kind_labels import kind_word, status_label
from claimdesk.gui.row_table_model import (
    ColumnFitter,
    EnterOpensTable,
    Index,
    RowsTableModel,
    style_record_table,
)

CLUSTER_COLUMNS = ("id", "claims", "status", "first", "speaker", "quote")
APPEARANCE_COLUMNS = ("first", "published", "speaker", "outlet", "article", "kind", "quote")


class ClustersModel(RowsTableModel[ClusterInfo]):
    """Clusters from a list (the merge dialog's choice); the tab pages its clusters in
    (:class:`ClusterPagesModel`)."""

    columns = ("Cluster", "Claims", "Verdict", "First appeared", "First said by", "Claim")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # in the user's language (``columns`` stays the English names, for the tests)
            return (
                self.tr("Cluster"),
                self.tr("Claims"),
                self.tr("Verdict"),
                self.tr("First appeared"),
                self.tr("First said by"),
                self.tr("Claim"),
            )[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return _cluster_cell(self.row_value(index.row()), CLUSTER_COLUMNS[index.column()])

    def row_of(self, cluster_id: int) -> int | None:
        return self.find_row(lambda c: c.id == cluster_id)


def _cluster_cell(c: ClusterInfo, column: str) -> object:
    """What a row of clusters shows in ``column`` (one of CLUSTER_COLUMNS)."""
    if column == "id":
        return c.id
    if column == "claims":
        return c.size
    if column == "status":
        return status_label(c.status, c.status_label) + (" ✓" if c.confirmed else "")
    if column == "first":
        return c.first.published or QCoreApplication.translate("ClustersModel", "(no date)")
    if column == "speaker":
        return c.first.speaker_name or QCoreApplication.translate("ClustersModel", "(unattributed)")
    return " ".join(c.first.quote.split())


PAGE_SIZE = 100
"""Clusters read at once: a screenful or three."""


class ClusterPagesModel(QAbstractTableModel):
    """Every cluster of the listing in its order, as :class:`ClustersModel` shows them; each
    row's cluster is read with its page of ``page_size`` rows when the table first shows (or
    asks for) it."""

    columns = ClustersModel.columns

    def __init__(
        self, catalogue: Catalogue, parent: QObject | None = None, *, page_size: int | None = None
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.page_size = page_size or PAGE_SIZE
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._claims = 0
        self._pages: dict[int, list[ClusterInfo | None]] = {}
        self.page_fetches = 0
        """How many pages were read from the catalogue (for tests and benchmarks)."""

    def set_order(self, order: list[tuple[int, int]]) -> None:
        """List the clusters of ``order`` ((cluster id, size) in the listing order); each is
        read again when next shown."""
        self.beginResetModel()
        self._ids = [cluster_id for cluster_id, _size in order]
        self._row_of = {cluster_id: row for row, cluster_id in enumerate(self._ids)}
        self._claims = sum(size for _cluster_id, size in order)
        self._pages = {}
        self.endResetModel()

    def claims(self) -> int:
        """How many claims the clusters listed hold."""
        return self._claims

    def cluster_id_at(self, row: int) -> int:
        return self._ids[row]

    def row_value(self, row: int) -> ClusterInfo | None:
        """The cluster at ``row`` (read with its page if it is not yet); None if it was removed
        since the order was read (the change that removed it reloads the view)."""
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * self.page_size : (number + 1) * self.page_size]
            found = {c.id: c for c in self.catalogue.clusters_by_id(ids)}
            page = self._pages[number] = [found.get(cluster_id) for cluster_id in ids]
            self.page_fetches += 1
        return page[row % self.page_size]

    def row_of(self, cluster_id: int) -> int | None:
        return self._row_of.get(cluster_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # the list's own headers, in the user's language (marked in ClustersModel)
            return QCoreApplication.translate("ClustersModel", self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        c = self.row_value(index.row())
        return None if c is None else _cluster_cell(c, CLUSTER_COLUMNS[index.column()])


class AppearancesModel(RowsTableModel[Appearance]):
    columns = ("", "Published", "Speaker", "Outlet", "Article", "Kind", "Claim")
    column_tips = ("The first appearance is marked ★", "", "", "", "", "", "")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                "",
                self.tr("Published"),
                self.tr("Speaker"),
                self.tr("Outlet"),
                self.tr("Article"),
                self.tr("Kind"),
                self.tr("Claim"),
            )[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The first appearance is marked ★") if section == 0 else ""
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        a = self.row_value(index.row())
        column = APPEARANCE_COLUMNS[index.column()]
        if column == "first":
            return "★" if index.row() == 0 else ""
        if column == "published":
            return a.published or self.tr("(no date)")
        if column == "speaker":
            return a.speaker_name or self.tr("(unattributed)")
        if column == "outlet":
            return a.outlet
        if column == "article":
            return a.article_title
        if column == "kind":
            return kind_word(a.kind)  # as the speaker profile's narrow column names it
        return " ".join(a.quote.split())


class ClustersView(QWidget):
    """Clusters above, the selected one's appearances below; emits ``open_claim_requested``
    (article id, claim id) to show an appearance in its article."""

    open_claim_requested = Signal(int, int)
    read_failed = Signal(object)  # ClaimDeskError: reloading after a change could not read
    choice_changed = Signal()
    """The chosen cluster, the appearances selected or the clusters listed changed."""

    def __init__(
        self, catalogue: Catalogue, bridge: CatalogueBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clustersView")
        self.catalogue = catalogue
        self._stale = False
        self._all_clusters = 0
        self.status = QComboBox()
        self.status.setObjectName("clusterStatusFilter")
        self._fill_statuses()
        # not Alt+V: that opens the View menu
        status_label = QLabel(self.tr("Verdict &status:"))
        status_label.setBuddy(self.status)
        self.summary = QLabel()
        self._status_label = status_label
        self.bar = QGridLayout()
        self.bar.setContentsMargins(0, 0, 0, 0)

        self.model = ClusterPagesModel(catalogue, self)
        self.table = QTableView()
        self.table.setObjectName("clustersTable")
        self.table.setAccessibleName(self.tr("Clusters"))
        self.table.setModel(self.model)
        style_record_table(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        ColumnFitter(self.table)
        self.appearances = AppearancesModel(self)
        self.appearance_table = EnterOpensTable()
        self.appearance_table.setObjectName("appearancesTable")
        self.appearance_table.setAccessibleName(self.tr("Appearances of the chosen cluster"))
        self.appearance_table.setModel(self.appearances)
        # several appearances are chosen to split them off
        style_record_table(self.appearance_table, several=True)
        self.appearance_table.horizontalHeader().setStretchLastSection(True)
        ColumnFitter(self.appearance_table)
        self.buttons = QGridLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons: list[QToolButton] = []
        self._columns = 0  # how many buttons a row holds (none placed yet)
        self.detail = QLabel()
        self.detail.setObjectName("clusterVerdict")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # an explanation's "<b>" as typed
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addLayout(self.buttons)
        lower_layout.addWidget(self.appearance_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = self._outer = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(splitter)

        self.status.currentIndexChanged.connect(lambda _index: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._cluster_chosen)
        self.appearance_table.doubleClicked.connect(lambda _index: self._open_current())
        self.appearance_table.open_requested.connect(self._open_current)
        self.appearance_table.selectionModel().selectionChanged.connect(
            lambda *_: self.choice_changed.emit()
        )
        bridge.changed.connect(self._catalogue_changed)
        self._arrange(columns=6)
        self.reload()

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the clusters again (the status chosen), keeping the selected one if it is
        still listed."""
        self._stale = False
        kept = self.selected_cluster_id()
        status = self.status.currentData()
        order = self.catalogue.cluster_order(status)
        # whether there is another cluster to merge into, though the filter hides it
        self._all_clusters = len(order) if status is None else self.catalogue.count_clusters()
        self.model.set_order(order)
        total = self.model.claims()
        self.summary.setText(
            self.tr("{clusters}, {claims}").format(
                clusters=self.tr("%Ln cluster(s)", "", len(order)),
                claims=self.tr("%Ln claim(s)", "", total),
            )
        )
        row = self.model.row_of(kept) if kept is not None else None
        if row is None and order:
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self._show_cluster(None)
        self.choice_changed.emit()

    def _fill_statuses(self) -> None:
        """The filter's choices: every status, with the catalogue's labels in its order; the
        status chosen stays chosen while it is there (else all)."""
        chosen = self.status.currentData()
        blocked = self.status.blockSignals(True)
        try:
            self.status.clear()
            self.status.addItem(self.tr("All verdicts"), None)
            for label in self.catalogue.verdict_labels():
                self.status.addItem(status_label(label.key, label.label), label.key)
            self.status.setCurrentIndex(max(self.status.findData(chosen), 0))
        finally:
            self.status.blockSignals(blocked)

    def _catalogue_changed(self, change: CatalogueChange) -> None:
        if "verdict_status" in change.tables:
            try:
                self._fill_statuses()
            except ClaimDeskError as error:
                self.read_failed.emit(error)
        tables = {"claim_cluster", "claim_cluster_member", "claim", "article", "speaker"}
        if change.tables & (tables | {"verdict_status"}):
            if not self.isVisible():
                # listing every cluster takes a while in a large catalogue: a hidden tab
                # reads them again when it is shown, not on every edit made elsewhere
                self._stale = True
                return
            self._reload_reporting()

    def _reload_reporting(self) -> None:
        try:
            self.reload()
        except ClaimDeskError as error:
            self._stale = True
            self.read_failed.emit(error)  # the next change or showing tries again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload_reporting()

    def selected_cluster_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.cluster_id_at(index.row()) if index.isValid() else None

    def _cluster_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_cluster(self.model.cluster_id_at(current.row()) if current.isValid() else None)

    def _show_cluster(self, cluster_id: int | None) -> None:
        if cluster_id is None:
            self.appearances.set_rows([])
            self.detail.setText("")
            self.choice_changed.emit()
            return
        try:
            detail = self.catalogue.get_cluster(cluster_id)
        except NotFoundError:
            self.appearances.set_rows([])
            self.detail.setText("")
            self.choice_changed.emit()
            return
        c = detail.cluster
        if c.confirmed:
            heading = self.tr("Cluster {id}: {status}, confirmed")
        else:
            heading = self.tr("Cluster {id}: {status}")
        parts = [heading.format(id=c.id, status=status_label(c.status, c.status_label))]
        if c.reviewed_on:
            parts.append(
                self.tr("reviewed by {reviewer} on {date}").format(
                    reviewer=c.reviewer or self.tr("unknown"), date=c.reviewed_on
                )
            )
        elif c.reviewer:  # not reviewed yet ("reviewed by … on —" said it was)
            parts.append(self.tr("reviewer: {reviewer}").format(reviewer=c.reviewer))
        if c.review_url:
            parts.append(c.review_url)
        if c.explanation:
            # a few lines of it: a long one (up to 20,000 characters) pushed the appearances
            # out of the tab; the tooltip has more, the verdict editor all of it
            parts.append(_shortened(c.explanation, EXPLANATION_SHOWN))
        self.detail.setText(" · ".join(parts))
        self.detail.setToolTip(_shortened(c.explanation, EXPLANATION_TIP) if c.explanation else "")
        self.appearances.set_rows(detail.appearances)
        self.choice_changed.emit()

    def _open_current(self) -> None:
        index = self.appearance_table.currentIndex()
        if index.isValid():
            a = self.appearances.row_value(index.row())
            self.open_claim_requested.emit(a.article_id, a.claim_id)

    # -- what the Clusters actions act on --------------------------------------------------

    def add_action_buttons(self, actions: list[QAction]) -> None:
        """A button for each of the window's ``actions`` above the appearances."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            # as wide as its column: on two rows the buttons stand in a tidy grid, not ragged
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setObjectName("button" + action.objectName().removeprefix("action"))
            self._buttons.append(button)
        self._arrange(columns=len(self._buttons))
        # Tab as the tab reads: the verdict filter, the clusters, the buttons under them, the
        # appearances
        set_tab_order(self.status, self.table, *self._buttons, self.appearance_table)

    def _arrange(self, columns: int) -> None:
        """The buttons ``columns`` to a row; the verdict filter on one row when all buttons
        fit one, else its caption, field and summary one under another (a narrow tab)."""
        columns = max(columns, 1)
        if columns == self._columns:
            return
        self._columns = columns
        for n, button in enumerate(self._buttons):
            self.buttons.addWidget(button, n // columns, n % columns)
        one_row = columns >= len(self._buttons)
        # on more than one row, every column as wide as the widest button (a grid); on one
        # row each button as wide as its own text
        widest = max((b.sizeHint().width() for b in self._buttons), default=0)
        for column in range(len(self._buttons) + 1):
            self.buttons.setColumnStretch(column, 1 if column == columns else 0)
            grid = not one_row and column < columns
            self.buttons.setColumnMinimumWidth(column, widest if grid else 0)
        self.bar.addWidget(self._status_label, 0, 0)
        if one_row:
            self.bar.addWidget(self.status, 0, 1)
            self.bar.addWidget(self.summary, 0, 3)
            self.bar.setColumnStretch(2, 1)
        else:
            self.bar.addWidget(self.status, 1, 0)
            self.bar.addWidget(self.summary, 2, 0)
            self.bar.setColumnStretch(2, 0)

    def _columns_for(self, width: int) -> int:
        """How many buttons fit a row of ``width`` (all, half, a third… down to one)."""
        if not self._buttons:
            return 6
        margins = self._outer.contentsMargins()
        spacing = max(self.buttons.horizontalSpacing(), 0)
        room = width - margins.left() - margins.right()
        widest = max(b.sizeHint().width() for b in self._buttons)
        total = len(self._buttons)
        for columns in (total, (total + 1) // 2, (total + 2) // 3, 2):
            if columns * widest + (columns - 1) * spacing <= room:
                return columns
        return 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # in a scroll area the view is never narrower than its arrangement needs: stuck at that
        # least width it takes the next narrower arrangement
        columns = self._columns_for(event.size().width())
        if event.size().width() <= self.minimumSizeHint().width() and columns >= self._columns:
            columns = max(self._columns - 1, 1)
        self._arrange(columns)

    def chosen_cluster(self) -> ClusterInfo | None:
        """The cluster chosen in the table, as it was read last."""
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def choose_cluster(self, cluster_id: int) -> None:
        """Make ``cluster_id`` the chosen cluster if it is listed."""
        row = self.model.row_of(cluster_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def claims_to_split(self) -> list[int]:
        """The claims of the appearances selected, when they are some but not all of the
        cluster's (a split leaves at least one behind); else none."""
        rows = sorted(
            {index.row() for index in self.appearance_table.selectionModel().selectedRows()}
        )
        if not rows or len(rows) >= self.appearances.rowCount():
            return []
        return [self.appearances.row_value(row).claim_id for row in rows]

    def can_merge(self) -> bool:
        """Whether a cluster is chosen and another one exists to merge it into."""
        return self.chosen_cluster() is not None and self._all_clusters > 1


EXPLANATION_SHOWN = 300
"""Characters of a verdict's explanation shown under the clusters (the rest: Edit verdict)."""
EXPLANATION_TIP = 2000
"""Characters of it in the tooltip."""


def _shortened(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut + "…"
