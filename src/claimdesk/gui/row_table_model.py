"""A table model over a Python list of records, and the look of every read-only record table.

Subclasses name their columns and answer ``data()``; this class holds the rows, counts them,
labels the header (in the user's language) and finds a row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RowsTableModel(QAbstractTableModel, Generic[R]):
    columns: tuple[str, ...] = ()
    column_tips: tuple[str, ...] = ()
    columns_context = ""
    """The translation context ``columns`` and ``column_tips`` are marked in (with
    ``QT_TRANSLATE_NOOP(context, "…")``); empty: the subclass's name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_value(self, row: int) -> R:
        return self._rows[row]

    def find_row(self, matches: Callable[[R], bool]) -> int | None:
        return next((row for row, value in enumerate(self._rows) if matches(value)), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        context = self.columns_context or type(self).__name__
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(context, self.columns[section])
        if role == Qt.ItemDataRole.ToolTipRole and self.column_tips:
            return QCoreApplication.translate(context, self.column_tips[section])
        return None


def style_record_table(view: QTableView, *, several: bool = False) -> None:
    """Whole rows, read-only, striped, one line each, no row numbers; ``several`` rows may be
    selected at once (for deleting), else one."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    # Tab moves on to the next control, as everywhere else; the arrow keys move between rows.
    # (A table's Tab goes from cell to cell by default: a keyboard user could not leave it.)
    view.setTabKeyNavigation(False)


def fit_headers(view: QTableView) -> None:
    """Widen the columns of ``view`` whose header would be cut off, so each title shows whole in
    the user's language ("Впервые появилось" is longer than "First appeared"), with room for
    the sort arrow; the last column is left to stretch. Reads the headers only, no rows."""
    model = view.model()
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(model.columnCount() - 1):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        wanted = metrics.horizontalAdvance(str(title or "")) + 30
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)


FITTED_MOST = 320
"""The widest a column is made to show its cells whole (a long name is still cut there, so
the last column, the text, keeps its room)."""


class ColumnFitter(QObject):
    """Keeps the columns of ``view`` (all but the last, which stretches) wide enough for their
    header and for the cells on screen, up to :data:`FITTED_MOST` pixels, each time the rows are
    replaced or sorted and when the table is first shown; it only widens, so a column the user
    widened stays so. Sized to the header alone, the Clusters tab cut "Mostly false" and a
    speaker's name while the last column stretched over empty space."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        model = view.model()
        model.modelReset.connect(self._fit_soon)
        model.layoutChanged.connect(self._fit_soon)
        model.rowsInserted.connect(self._fit_soon)
        view.installEventFilter(self)
        fit_headers(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show:
            self._fit_soon()
        return super().eventFilter(watched, event)

    def _fit_soon(self) -> None:
        # once the view has laid out its new rows (the cells on screen are what is measured)
        QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        view = self._view
        header = view.horizontalHeader()
        fit_headers(view)
        for column in range(view.model().columnCount() - 1):
            if view.isColumnHidden(column):
                continue
            wanted = min(view.sizeHintForColumn(column), FITTED_MOST)
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)


class WidthsUntilResized(QObject):
    """Sizes the columns of ``view`` with ``fit`` each time its viewport changes size, until
    the user resizes a column (then their widths stay theirs). ``fit`` reads the viewport's
    width and resizes sections; its own resizes are not taken for the user's."""

    def __init__(self, view: QTableView, fit: Callable[[QHeaderView, int], None]) -> None:
        # the viewport's child: gone with it, so no event of a view being destroyed reaches it
        viewport = view.viewport()
        super().__init__(viewport)
        self._view = view
        self._viewport = viewport
        self._fit = fit
        self._fitting = False
        self.chosen = False
        """The user resized a column."""
        view.horizontalHeader().sectionResized.connect(self._resized)
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return super().eventFilter(watched, event)

    def _resized(self, *_sizes: int) -> None:
        if not self._fitting:
            self.chosen = True

    def fit(self) -> None:
        if self.chosen:
            return
        self._fitting = True
        try:
            self._fit(self._view.horizontalHeader(), self._viewport.width())
        finally:
            self._fitting = False


class EnterOpensTable(QTableView):
    """A table whose Enter asks to open the current row (``open_requested``); the view that
    owns it connects its double-click to the same."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class RowKeys(QObject):
    """A table of whole rows used from the keyboard as a list. Home and End (with or without
    Ctrl) go to its first and last row: a table's own go to the first and last column of the
    row, which a table of whole rows does not show, so the keys seemed dead (and Ctrl+End, to
    a hidden last column, left no row chosen). Shift extends the selection where several rows
    may be chosen. Coming to the table with the keyboard, with no row chosen, chooses the
    current one (the first): its focus frame showed on a row that was not chosen, the buttons
    for it stayed disabled, and with one row no arrow key could choose it."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FocusIn:
            self._choose_current()
        if watched is not self.view or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if event.key() not in (Qt.Key.Key_Home, Qt.Key.Key_End) or modifiers not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            return super().eventFilter(watched, event)
        model = self.view.model()
        while event.key() == Qt.Key.Key_End and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        rows = model.rowCount()
        if not rows:
            return True
        current = self.view.currentIndex()
        column = current.column() if current.isValid() else self._first_shown_column()
        index = model.index(0 if event.key() == Qt.Key.Key_Home else rows - 1, column)
        flags = QItemSelectionModel.SelectionFlag.Rows
        if modifiers & Qt.KeyboardModifier.ShiftModifier and (
            self.view.selectionMode() != QAbstractItemView.SelectionMode.SingleSelection
        ):
            anchor = current.row() if current.isValid() else 0
            selection = QItemSelection(model.index(anchor, column), index)
            self.view.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | flags
            )
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate
            )
        else:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | flags
            )
        self.view.scrollTo(index)
        return True

    def _choose_current(self) -> None:
        selection = self.view.selectionModel()
        model = self.view.model()
        if selection is None or selection.hasSelection() or not model.rowCount():
            return
        current = self.view.currentIndex()
        if not current.isValid():
            current = model.index(0, self._first_shown_column())
        selection.setCurrentIndex(
            current,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _first_shown_column(self) -> int:
        for column in range(self.view.model().columnCount()):
            if not self.view.isColumnHidden(column):
                return column
        return 0
