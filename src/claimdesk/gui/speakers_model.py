"""A Qt table model of speakers with their aliases and claim counts.

Speakers are few next to claims (thousands, not hundreds of thousands), so the model holds the
list ``Catalogue.list_speakers`` returns and sorts it in memory. Name, role and organisation can be
edited in place; each edit goes through the undo stack as one undoable catalogue edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.records import SpeakerInfo
from claimdesk.gui.undo import CatalogueUndoStack

ModelIndex = QModelIndex | QPersistentModelIndex

SPEAKER_COLUMNS = ("name", "aliases", "role", "organisation", "claims")
SPEAKER_HEADERS = {
    "name": str(QT_TRANSLATE_NOOP("SpeakersTableModel", "Name")),
    "aliases": str(QT_TRANSLATE_NOOP("SpeakersTableModel", "Aliases")),
    "role": str(QT_TRANSLATE_NOOP("SpeakersTableModel", "Role")),
    "organisation": str(QT_TRANSLATE_NOOP("SpeakersTableModel", "Organisation")),
    "claims": str(QT_TRANSLATE_NOOP("SpeakersTableModel", "Claims")),
}
"""Each column's header in English, translated where shown."""
EDITABLE = frozenset({"name", "role", "organisation"})
SPEAKER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _sort_key(column: str) -> Any:
    if column == "claims":
        return lambda s: (s.claim_count, fold(s.name), s.id)
    if column == "aliases":
        return lambda s: (fold(", ".join(s.aliases)), fold(s.name), s.id)
    return lambda s: (fold(getattr(s, column)), s.id)


NAME_FORMS_UP_TO = 200
"""Filter text up to this long is also read as a name in another grammatical case (longer text
names no one, and the speaker index is not asked to match it)."""


class SpeakersTableModel(QAbstractTableModel):
    """Speakers whose name or alias contains the filter text; ``error`` carries a readable
    message when an in-place edit is refused, and ``name_taken`` (the speaker, the name typed,
    the other speaker) an in-place rename to another speaker's name, which is not saved: the
    view asks what to do once the editor is closed."""

    error = Signal(str)
    name_taken = Signal(object, str, object)

    def __init__(
        self, catalogue: Catalogue, undo_stack: CatalogueUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.undo_stack = undo_stack
        self._text = ""
        self._sort = ("name", False)
        self._speakers: list[SpeakerInfo] = []
        self.saving_in_place = False
        """True while an in-place edit is saved from inside the table's editor (views that
        reload on the change must wait until the editor is done with)."""
        self.reload()

    @property
    def filter_text(self) -> str:
        return self._text

    def set_filter_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.reload()

    def reload(self) -> None:
        speakers = self.catalogue.list_speakers(self._text)  # before the reset: it may fail
        if not speakers and 0 < len(self._text.strip()) <= NAME_FORMS_UP_TO:
            speakers = self._in_another_case(self._text)
        self.beginResetModel()
        self._speakers = speakers
        self._apply_sort()
        self.endResetModel()

    def _in_another_case(self, text: str) -> list[SpeakerInfo]:
        """The speakers ``text`` names in another grammatical case ("Лаврову", "Лаврова"):
        among the closest matches of the speaker index, those each word typed is a form of a
        word of their name or an alias."""
        from claimdesk.core.catalogue import named_in_any_case  # noqa: PLC0415

        found = [
            match.speaker
            for match in self.catalogue.match_speakers(text, limit=20)
            if named_in_any_case(text, [match.speaker.name, *match.speaker.aliases])
        ]
        return list({s.id: s for s in found}.values())

    def speaker_at(self, row: int) -> SpeakerInfo | None:
        return self._speakers[row] if 0 <= row < len(self._speakers) else None

    def row_of(self, speaker_id: int) -> int:
        for row, speaker in enumerate(self._speakers):
            if speaker.id == speaker_id:
                return row
        return -1

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._speakers)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SPEAKER_COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(SPEAKER_COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(
                    "SpeakersTableModel", SPEAKER_HEADERS[SPEAKER_COLUMNS[section]]
                )
            return None
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        speaker = self.speaker_at(index.row()) if index.isValid() else None
        if speaker is None:
            return None
        column = SPEAKER_COLUMNS[index.column()]
        if role == SPEAKER_ID_ROLE:
            return speaker.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "aliases":
                return ", ".join(speaker.aliases)
            if column == "claims":
                return speaker.claim_count
            return getattr(speaker, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name" and speaker.note:
            return speaker.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "claims":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and SPEAKER_COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        speaker = self.speaker_at(index.row()) if index.isValid() else None
        column = SPEAKER_COLUMNS[index.column()] if index.isValid() else ""
        if speaker is None or role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        text = str(value)
        if text == getattr(speaker, column):
            return False
        other = self.named_already(text, speaker.id) if column == "name" else None
        if other is not None:
            # asked once the editor is gone (a question opened from inside it would outlive it)
            QTimer.singleShot(0, self, lambda: self.name_taken.emit(speaker, text, other))
            return False
        if self.undo_stack.runner.off_thread:
            # Saving to a team server waits for it while the window's events go on, and the
            # reload that follows closes the table's editor: save once the editor that calls
            # this is done with, not from inside it (a deleted editor would be used after).
            QTimer.singleShot(0, self, lambda: self._save(speaker, column, text))
            return True
        self.saving_in_place = True
        try:
            return self._save(speaker, column, text)
        finally:
            self.saving_in_place = False

    def named_already(self, name: str, speaker_id: int) -> SpeakerInfo | None:
        """Another speaker whose name or alias is ``name`` (case, ё/е and spacing aside)."""
        if not name.strip():
            return None
        try:
            other = self.catalogue.find_speaker(name)
        except ClaimDeskError:
            return None  # the save that follows says what is wrong
        return other if other is not None and other.id != speaker_id else None

    def _save(self, speaker: SpeakerInfo, column: str, text: str) -> bool:
        try:
            # The catalogue's change notice reloads the model; nothing to patch here.
            self.undo_stack.run(
                lambda: self.catalogue.update_speaker(
                    speaker.id, expected_version=speaker.version, **{column: text}
                )
            )
        except ClaimDeskError as error:
            self.error.emit(str(error))
            return False
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SPEAKER_COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._speakers)
        self._sort = (SPEAKER_COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self._apply_sort()
        rows = {s.id: row for row, s in enumerate(self._speakers)}
        old = self.persistentIndexList()
        new = [
            self.index(rows[before[i.row()].id], i.column()) if i.row() < len(before) else i
            for i in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, descending = self._sort
        self._speakers.sort(key=_sort_key(column), reverse=descending)
