"""Help › Keyboard shortcuts: every shortcut of the window, read from its actions as made."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
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
from claimdesk.gui.translations import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


class ShortcutsModel(RowsTableModel[ShortcutRow]):
    columns = (
        QT_TRANSLATE_NOOP("ShortcutsModel", "Keys"),
        QT_TRANSLATE_NOOP("ShortcutsModel", "What it does"),
        QT_TRANSLATE_NOOP("ShortcutsModel", "Where"),
    )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        label = super().headerData(section, orientation, role)
        # the column names are marked above, and translated as shown
        return (
            QCoreApplication.translate("ShortcutsModel", label) if isinstance(label, str) else label
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.row_value(index.row())
        return (row.keys, _from_actions(row.description), _from_actions(row.where))[index.column()]


def _from_actions(text: str) -> str:
    """A description or place from the action table (marked there in the "Actions" context), in
    the app's language (text already translated, or not in the table, comes back as it is)."""
    return QCoreApplication.translate("Actions", text)


def _searched(row: ShortcutRow) -> str:
    """What the filter box looks in: the row as shown (in the app's language)."""
    return f"{row.keys} {_from_actions(row.description)} {_from_actions(row.where)}".casefold()


KEYS_WIDEST = 190
"""Pixels the keys column takes at most at first (a longer text wraps; the column can be
widened)."""
WHERE_WIDEST = 150
"""Pixels the "where" column takes at most at first."""


class ShortcutsDialog(QDialog):
    """A searchable table of shortcuts; typing in the filter box narrows it."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._all = rows
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Type to filter by key or action…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter shortcuts"))
        self.model = ShortcutsModel(self)
        self.model.set_rows(rows)
        self.table = QTableView(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the table
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # the description gets the room and wraps whole (its rows as tall as it needs); the keys
        # and "where" fit their contents up to a limit (a few long ones took half the width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, most in ((0, KEYS_WIDEST), (2, WHERE_WIDEST)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), most))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        self.model.set_rows([row for row in self._all if not needle or needle in _searched(row)])

    def shown_rows(self) -> list[ShortcutRow]:
        return [self.model.row_value(r) for r in range(self.model.rowCount())]
