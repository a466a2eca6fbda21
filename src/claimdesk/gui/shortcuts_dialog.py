"""Help › Keyboard shortcuts: every shortcut of the window, read from its actions as made."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.gui.actions import ShortcutRow
from claimdesk.gui.row_table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class ShortcutsModel(RowsTableModel[ShortcutRow]):
    columns = ("Keys", "What it does", "Where")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.row_value(index.row())
        return (row.keys, row.description, row.where)[index.column()]


class ShortcutsDialog(QDialog):
    """A searchable table of shortcuts; typing in the filter box narrows it."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        self._all = rows
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setPlaceholderText("Type to filter by key or action…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter shortcuts")
        self.model = ShortcutsModel(self)
        self.model.set_rows(rows)
        self.table = QTableView(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the table
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.resize(760, 560)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        self.model.set_rows(
            [
                row
                for row in self._all
                if not needle or needle in f"{row.keys} {row.description} {row.where}".casefold()
            ]
        )

    def shown_rows(self) -> list[ShortcutRow]:
        return [self.model.row_value(r) for r in range(self.model.rowCount())]
