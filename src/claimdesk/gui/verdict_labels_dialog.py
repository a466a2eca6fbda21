"""Clusters › Verdict labels… (issue 19): the catalogue's verdict statuses, renamed, added,
reordered and removed.

Each change is saved at once as one undo step (``run`` is the window's undo stack), so Edit ›
Undo takes back the last one; what the catalogue refuses (a status in use, a label taken, a
colleague's change since) is said in the dialog above the list, and nothing changes. Keyboard:
the list has the focus; F2 or Rename takes the label typed in the field, Alt+Up and Alt+Down
move the chosen status, Delete removes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.catalogue import Catalogue, status_key_for
from claimdesk.core.domain.clusters import STATUS_LABEL_CHARS, VerdictLabel, VerdictStatus
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.focus_order import set_tab_order
from claimdesk.gui.keep_input import ProblemLabel
from claimdesk.gui.kind_labels import status_label

T = TypeVar("T")
Runner = Callable[[Callable[[], Any]], Any]
Index = QModelIndex | QPersistentModelIndex


class VerdictLabelsModel(QAbstractListModel):
    """The statuses in the catalogue's order: each shown as its label, its key and how many
    clusters have it in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[VerdictLabel] = []

    def set_labels(self, labels: list[VerdictLabel]) -> None:
        self.beginResetModel()
        self.labels = list(labels)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.labels)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        label = self.labels[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return status_label(label.key, label.label)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("Key: {key}. %Ln cluster(s) have it.", "", label.clusters).format(
                key=label.key
            )
            if not label.rated:
                tip += " " + self.tr("Not a finding: no ClaimReview is published for it.")
            return tip
        return None


class StatusList(QListView):
    """The list of statuses; its ``keys`` (key, with Alt) act on the chosen status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys: dict[tuple[Qt.Key, bool], Callable[[], None]] = {}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        action = self.keys.get((Qt.Key(event.key()), alt))
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        action()


class VerdictLabelsDialog(QDialog):
    """The statuses of ``catalogue``; every change goes through ``run`` (one undo step)."""

    def __init__(self, catalogue: Catalogue, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictLabelsDialog")
        self.setWindowTitle(self.tr("Verdict labels"))
        self.catalogue = catalogue
        self.run = run
        self.problem = ProblemLabel("verdictLabelsProblem", self)

        self.model = VerdictLabelsModel(self)
        self.list = StatusList(self)
        self.list.setObjectName("verdictLabelsList")
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Verdict statuses"))
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("verdictLabelEdit")
        self.label_edit.setMaxLength(STATUS_LABEL_CHARS)
        self.label_edit.setPlaceholderText(self.tr("The label shown for the status"))
        # the key a status added now would get (what claimdesk-cli and the files name it by)
        self.new_key = QLabel(self)
        self.new_key.setObjectName("verdictLabelNewKey")
        self.finding = QCheckBox(
            self.tr("A new status is a &finding (a ClaimReview can be published)"), self
        )
        self.finding.setObjectName("verdictLabelFinding")
        self.finding.setChecked(True)

        self.rename_button = self._button("renameVerdictLabel", self.tr("&Rename"), self.rename)
        self.add_button = self._button("addVerdictLabel", self.tr("&Add as new status"), self.add)
        self.up_button = self._button("moveVerdictLabelUp", self.tr("Move &up"), self.move_up)
        self.down_button = self._button(
            "moveVerdictLabelDown", self.tr("Move &down"), self.move_down
        )
        self.remove_button = self._button("removeVerdictLabel", self.tr("Re&move"), self.remove)
        self.list.keys = {
            (Qt.Key.Key_F2, False): self.rename,
            (Qt.Key.Key_Up, True): self.move_up,
            (Qt.Key.Key_Down, True): self.move_down,
            (Qt.Key.Key_Delete, False): self.remove,
        }

        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label_edit)
        form.addRow("", self.finding)
        form.addRow("", self.new_key)
        edit_row = QHBoxLayout()
        for button in (self.rename_button, self.add_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        order_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            order_row.addWidget(button)
        order_row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        # Enter in the label field renames; it must not close the dialog too
        close.setAutoDefault(False)
        close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 1)
        layout.addLayout(order_row)
        layout.addLayout(form)
        layout.addLayout(edit_row)
        layout.addWidget(self.buttons)
        # Tab in the order the controls show: the list, its order buttons, the label, its buttons
        set_tab_order(
            self.list,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.label_edit,
            self.finding,
            self.rename_button,
            self.add_button,
            self.buttons,
        )

        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.label_edit.returnPressed.connect(self.rename)
        self.label_edit.textChanged.connect(self._show_new_key)
        self.reload()
        if self.model.labels:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.resize(440, 420)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.list.setFocus()  # the keys work on the list from the start

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- reading ---------------------------------------------------------------------------

    def reload(self, chosen_key: str | None = None) -> None:
        """Read the statuses again, choosing ``chosen_key`` (else the one chosen before)."""
        key = chosen_key or self.chosen_key()
        self.model.set_labels(self.catalogue.verdict_labels())
        keys = [label.key for label in self.model.labels]
        if key in keys:
            self.list.setCurrentIndex(self.model.index(keys.index(key), 0))
        self._chosen()

    def chosen(self) -> VerdictLabel | None:
        index = self.list.currentIndex()
        return self.model.labels[index.row()] if index.isValid() else None

    def chosen_key(self) -> str | None:
        chosen = self.chosen()
        return chosen.key if chosen is not None else None

    def _chosen(self) -> None:
        chosen = self.chosen()
        row = self.list.currentIndex().row()
        self.label_edit.setText(
            status_label(chosen.key, chosen.label) if chosen is not None else ""
        )
        self.rename_button.setEnabled(chosen is not None)
        # new clusters start with "unchecked": it can be renamed, not removed
        first = chosen is not None and chosen.key == VerdictStatus.UNCHECKED.value
        self.remove_button.setEnabled(chosen is not None and not first)
        self.remove_button.setToolTip(
            self.tr("New clusters start with this status: rename it if you like.") if first else ""
        )
        self.up_button.setEnabled(chosen is not None and row > 0)
        self.down_button.setEnabled(chosen is not None and row < len(self.model.labels) - 1)

    def _show_new_key(self) -> None:
        text = self.label_edit.text().strip()
        taken = [label.key for label in self.model.labels]
        self.new_key.setText(
            self.tr("Added as a new status, it gets the key “{key}”.").format(
                key=status_key_for(text, taken)
            )
            if text
            else ""
        )

    # -- changing (each one undo step) -----------------------------------------------------

    def _save(
        self,
        edit: Callable[[], Any],
        chosen_key: str | None = None,
        *,
        about: VerdictLabel | None = None,
    ) -> bool:
        """Run ``edit`` as one undo step; a refusal is said above the list, naming the status
        ``about`` as the list shows it (a default label in the user's language, not as
        stored). The list is read again either way (a colleague's change shows)."""
        try:
            result = self.run(edit)
        except ClaimDeskError as error:
            if about is not None and error.values.get("label") == about.label:
                error.values = {**error.values, "label": status_label(about.key, about.label)}
            self.problem.show_problem(str(error))
            self.reload()
            return False
        self.problem.hide()
        if chosen_key is None and isinstance(result, VerdictLabel):
            chosen_key = result.key
        self.reload(chosen_key)
        return True

    def rename(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        text = self.label_edit.text()
        if text.strip() in (chosen.label, status_label(chosen.key, chosen.label)):
            return  # unchanged (a default label is shown in the user's language)
        self._save(
            lambda: self.catalogue.rename_verdict_label(
                chosen.key, text, expected_version=chosen.version
            )
        )
        self.list.setFocus()

    def add(self) -> None:
        text = self.label_edit.text()
        rated = self.finding.isChecked()
        self._save(lambda: self.catalogue.add_verdict_label(text, rated=rated))
        self.list.setFocus()

    def _move(self, step: int) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        keys = [label.key for label in self.model.labels]
        row = keys.index(chosen.key)
        if not 0 <= row + step < len(keys):
            return
        keys[row], keys[row + step] = keys[row + step], keys[row]
        seen = {label.key: label.version for label in self.model.labels}
        self._save(
            lambda: self.catalogue.reorder_verdict_labels(keys, expected_versions=seen),
            chosen.key,
        )

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def remove(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        row = self.list.currentIndex().row()
        if (
            self._save(
                lambda: self.catalogue.remove_verdict_label(
                    chosen.key, expected_version=chosen.version
                ),
                about=chosen,
            )
            and self.model.labels
        ):
            self.list.setCurrentIndex(self.model.index(min(row, len(self.model.labels) - 1), 0))
