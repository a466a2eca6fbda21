"""The list of articles in the catalogue (title, outlet, date, claim count) with a filter box, and
a right-click menu offering the window's Article actions for the article under the mouse."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.records import SEARCH_MAX_LENGTH, ArticleInfo
from claimdesk.gui.row_table_model import RowKeys, RowsTableModel, style_record_table
from claimdesk.gui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("ArticleList", "Title"),
    QT_TRANSLATE_NOOP("ArticleList", "Outlet"),
    QT_TRANSLATE_NOOP("ArticleList", "Date"),
    QT_TRANSLATE_NOOP("ArticleList", "Claims"),
)
"""The column titles (English source texts; the header shows them translated)."""
COLUMN_TIPS = (
    QT_TRANSLATE_NOOP("ArticleList", "Title"),
    QT_TRANSLATE_NOOP("ArticleList", "Outlet"),
    QT_TRANSLATE_NOOP("ArticleList", "Publication date"),
    QT_TRANSLATE_NOOP("ArticleList", "Number of claims"),
)
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MEASURED_ROWS = 100
NARROW_WIDTH = 320
"""Below this width the list shows titles and claim counts only (outlet and date stay in each
row's tooltip): at 1024 px the dock is about 200 px wide and the titles were cut to two letters."""
"""Rows whose date and claim count size their columns: Qt measures 1,000 by default, which
slowed the window's first show over a catalogue of thousands of articles; dates all have one
width, and the newest articles' counts are the ones in sight."""


class ArticleListModel(RowsTableModel[ArticleInfo]):
    """Rows of :meth:`Catalogue.list_articles`, newest first, filtered by title and outlet."""

    columns = COLUMNS
    column_tips = COLUMN_TIPS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        shown = super().headerData(section, orientation, role)
        return QCoreApplication.translate("ArticleList", shown) if isinstance(shown, str) else shown

    def __init__(self, catalogue: Catalogue | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        """None while the window's catalogue opens: no rows yet."""
        self.filter_text = ""

    def reload(self) -> None:
        if self.catalogue is not None:
            self.set_rows(self.catalogue.list_articles(self.filter_text))

    def set_filter(self, text: str) -> None:
        self.filter_text = text
        self.reload()

    def article(self, row: int) -> ArticleInfo:
        return self.row_value(row)

    def row_of(self, article_id: int) -> int | None:
        return self.find_row(lambda article: article.id == article_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        article = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (article.title, article.outlet, article.published or "", article.claim_count)[
                column
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [article.title, article.outlet, article.published or "", article.url]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ARTICLE_ID_ROLE:
            return article.id
        return None


class ArticleListPanel(QWidget):
    """The filter box above the article table; ``article_selected`` carries the chosen id."""

    article_selected = Signal(int)

    def __init__(self, catalogue: Catalogue | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleListModel(catalogue, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setMaxLength(SEARCH_MAX_LENGTH)  # longer is too complex for SQLite
        self.filter_edit.setObjectName("articleFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by title or outlet…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter articles"))
        self.view = QTableView(self)
        self.view.setObjectName("articleList")
        self.view.setAccessibleName(self.tr("Articles"))
        self.view.setAccessibleDescription(self.tr("Articles in the catalogue"))
        self.view.setModel(self.model)
        style_record_table(self.view)
        RowKeys(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 90)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(36)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._current_id: int | None = None
        self.context_actions: list[QAction] = []
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_context_menu)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_WIDTH
        for column in (1, 2):  # outlet and date
            if self.view.isColumnHidden(column) != narrow:
                self.view.setColumnHidden(column, narrow)

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        """The actions the right-click menu offers: the window's actions on the article shown,
        which a right-click on a row makes the article under the mouse."""
        self.context_actions = list(actions)

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid() or not self.context_actions:
            return
        # The article under the mouse becomes the one shown, so the actions (and their shortcuts
        # afterwards) apply to what the user pointed at.
        self.select_article(self.model.article(index.row()).id)
        menu = QMenu(self)
        menu.setObjectName("articleContextMenu")
        menu.addActions(self.context_actions)
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    @property
    def current_article_id(self) -> int | None:
        return self._current_id

    def reload(self) -> None:
        """Re-read the list, keeping the selected article selected if it is still listed."""
        keep = self._current_id
        self.model.reload()
        if keep is not None:
            self.select_article(keep, emit=False, clear_filter=False)

    def _apply_filter(self) -> None:
        keep = self._current_id
        self.model.set_filter(self.filter_edit.text())
        if keep is not None:  # still selected if the filter lists it; the filter stays either way
            self.select_article(keep, emit=False, clear_filter=False)

    def select_article(
        self, article_id: int, *, emit: bool = True, clear_filter: bool = True
    ) -> bool:
        """Make ``article_id`` the current row; if the filter hides it, the filter is cleared
        (the app is showing that article) unless ``clear_filter`` is False (the list is being
        refiltered or re-read: the user's filter stays, and the article is simply not listed)."""
        row = self.model.row_of(article_id)
        if row is None and self.model.filter_text and clear_filter:
            self.filter_edit.clear()
            self.model.set_filter("")
            row = self.model.row_of(article_id)
        if row is None:
            return False
        if not emit:
            self.view.selectionModel().blockSignals(True)
        try:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            if not emit:
                self.view.selectionModel().blockSignals(False)
        self._current_id = article_id
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def clear_current(self) -> None:
        """No article is chosen (the reader is empty): the next click on any row, the row
        chosen last included, shows its article."""
        self._current_id = None
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            selection.clear()
        finally:
            selection.blockSignals(False)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        article_id = self.model.article(current.row()).id
        if article_id != self._current_id:
            self._current_id = article_id
            self.article_selected.emit(article_id)
