"""The catalogue view: every claim in one sortable, filterable table.

Rows come from :class:`~claimdesk.gui.claims_table_model.ClaimsTableModel`, which pages them in
from the service layer, so the view stays quick with 100,000 claims. Double-click or Enter asks
the main window to open the claim's article; Delete removes the selected claims as one undoable
edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.records import CatalogueChange, ClaimFilter, ClaimKind
from claimdesk.core.domain.search_text import MAX_SEARCH_TERMS, words_left_out
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.claim_filter_bar import ClaimFilterBar
from claimdesk.gui.claims_table_model import COLUMNS, ClaimsTableModel
from claimdesk.gui.errors import ask_yes, open_message
from claimdesk.gui.kind_labels import kind_label
from claimdesk.gui.row_table_model import WidthsUntilResized, fit_headers, style_record_table
from claimdesk.gui.undo import CatalogueUndoStack

# Changes to these tables can add or remove speakers, tags or outlets the filters offer.
_CHOICE_TABLES = frozenset({"speaker", "claim_tag", "article", "verdict_status"})
_COLUMN_WIDTHS = {
    "speaker": 170,
    "kind": 110,
    "quote": 420,
    "outlet": 120,
    "published": 90,
    "article": 220,
    "tags": 120,
    "created": 130,
}


class ClaimsTable(QTableView):
    """A table that reports Enter and Delete instead of leaving them to the item view."""

    open_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CatalogueView(QWidget):
    """All claims, filtered and sorted by the database; emits ``open_claim_requested``
    (article id, claim id) when the user opens one."""

    open_claim_requested = Signal(int, int)
    claims_deleted = Signal(int)
    """How many claims Delete just removed (one undo step)."""

    def __init__(
        self,
        catalogue: Catalogue,
        bridge: CatalogueBridge,
        undo_stack: CatalogueUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueView")
        self.setAccessibleName(self.tr("Catalogue"))
        self.catalogue = catalogue
        self.bridge = bridge
        self.undo_stack = undo_stack
        self.last_error = ""

        self.filter_bar = ClaimFilterBar(catalogue, self)
        # a common pair of words is counted off the GUI thread: its first page shows at once
        self.model = ClaimsTableModel(catalogue, self, count_in_background=True)
        self.table = ClaimsTable(self)
        self.table.setObjectName("catalogueTable")
        self.table.setAccessibleName(self.tr("Claims"))
        self.table.setModel(self.model)
        style_record_table(self.table, several=True)
        # Fixed row heights: sizing rows to contents would read every row of the catalogue.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the quote takes the room to spare, not the last column (at 1920 px "Changed by"
        # stretched across the table while the quotes were cut short)
        header.setStretchLastSection(False)
        for column, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(COLUMNS.index(column), width)
        fit_headers(self.table)  # their titles whole in the user's language ("Опубликовано")
        # and the kinds' names, whole ("Косвенная цитата" is longer than "Indirect quote")
        kind_width = max(
            self.table.fontMetrics().horizontalAdvance(kind_label(kind.value)) + 16
            for kind in ClaimKind
        )
        kind_column = COLUMNS.index("kind")
        if kind_width > self.table.columnWidth(kind_column):
            self.table.setColumnWidth(kind_column, kind_width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._quote_width = self.table.columnWidth(COLUMNS.index("quote"))
        """The quote column's least width while it takes the room to spare."""
        WidthsUntilResized(self.table, self._quote_takes_the_room)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("catalogueCountLabel")

        self.delete_action = QAction(self.tr("Delete claims"), self)
        self.delete_action.setObjectName("actionDeleteClaims")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.open_action = QAction(self.tr("Open in article"), self)
        self.open_action.setObjectName("actionOpenClaim")
        self.open_action.triggered.connect(self.open_current)
        self.table.addActions([self.open_action, self.delete_action])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.filter_bar.filter_changed.connect(self.set_filter)
        self.table.doubleClicked.connect(self.open_current)
        self.table.open_requested.connect(self.open_current)
        self.table.delete_requested.connect(self.delete_selected)
        bridge.changed.connect(self._on_catalogue_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.model.counting_changed.connect(self._update_count)
        self._update_count()

    # -- columns ------------------------------------------------------------------------

    def _quote_takes_the_room(self, header: QHeaderView, width: int) -> None:
        """The quote column as wide as the table's ``width`` leaves, never narrower than at
        first (until the user resizes a column: :class:`WidthsUntilResized`)."""
        quote = COLUMNS.index("quote")
        others = sum(
            header.sectionSize(n)
            for n in range(header.count())
            if n != quote and not header.isSectionHidden(n)
        )
        wanted = max(self._quote_width, width - others)
        if wanted != header.sectionSize(quote):
            header.resizeSection(quote, wanted)

    # -- filtering ----------------------------------------------------------------------

    def claim_filter(self) -> ClaimFilter:
        """The filter now applied (for "Export…" to start from)."""
        return self.model.claim_filter

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        if self.filter_bar.claim_filter() != claim_filter:
            self.filter_bar.set_claim_filter(claim_filter)
        self.model.set_filter(claim_filter)

    def _on_catalogue_changed(self, change: CatalogueChange) -> None:
        if change.tables & _CHOICE_TABLES:
            self.filter_bar.reload_choices()
        self.model.on_catalogue_changed(change)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.counting:  # the first rows are shown; how many match is on its way
            self.count_label.setText(self.tr("%Ln+ claim(s), counting…", "", count))
        elif self.model.more_to_count:  # counted no further: the first rows are what is wanted
            self.count_label.setText(self.tr("%Ln+ claim(s)", "", count))
        elif count == 0 and (why := self.filter_bar.none_because(self.model.claim_filter)):
            # an empty list with no reason given looked like a catalogue that lost its claims
            self.count_label.setText(why)
        else:
            self.count_label.setText(self.tr("%Ln claim(s)", "", count))
        if left_out := words_left_out(self.model.claim_filter.text):
            # a pasted paragraph is searched for its first words: say so, not as if all were
            cut = self.tr("only the first %Ln word(s) are searched", "", MAX_SEARCH_TERMS)
            self.count_label.setText(f"{self.count_label.text()} ({cut})")
            self.count_label.setToolTip(
                self.tr("%Ln word(s) further on are not looked for.", "", left_out)
            )
        else:
            self.count_label.setToolTip("")

    # -- acting on rows -----------------------------------------------------------------

    def selected_claim_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        claims = (self.model.claim_at(row) for row in rows)
        return [claim.id for claim in claims if claim is not None]

    def choose_row(self, row: int) -> None:
        """Make ``row`` the current, selected row (if there is one), ready for Enter."""
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, COLUMNS.index("quote"))
            self.table.setCurrentIndex(index)  # selects the row too (the table selects rows)
            self.table.scrollTo(index)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        claim = self.model.claim_at(index.row()) if index.isValid() else None
        if claim is not None:
            self.open_claim_requested.emit(claim.article_id, claim.id)

    def delete_selected(self) -> None:
        ids = self.selected_claim_ids()
        if not ids or (len(ids) > 1 and not self._confirm_delete(len(ids))):
            return
        try:
            self.undo_stack.run(lambda: self.catalogue.delete_claims(ids))
        except ClaimDeskError as error:
            self.show_error(str(error))
            return
        self.table.clearSelection()
        self.claims_deleted.emit(len(ids))  # the window says so, with the way back

    def _confirm_delete(self, count: int) -> bool:
        """Asked before deleting more than one claim, in the modal box ``deleteClaimsQuestion``;
        True if the user pressed Yes."""
        return ask_yes(
            self,
            self.tr("Delete claims"),
            self.tr("Delete %Ln claim(s)? You can undo this with Edit › Undo.", "", count),
            "deleteClaimsQuestion",
        )

    def show_error(self, message: str) -> None:
        """A readable, non-blocking message box (``last_error`` keeps the text)."""
        self.last_error = message
        open_message(self, message, "catalogueErrorMessage")
