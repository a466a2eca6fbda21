"""The claims of the current article, in text order: speaker, kind, quote and tags."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from claimdesk.core.domain.records import AnchorState, ClaimInfo
from claimdesk.gui.actions import key_in_prose
from claimdesk.gui.colours import speaker_colour
from claimdesk.gui.kind_labels import kind_word
from claimdesk.gui.row_table_model import RowsTableModel, style_record_table

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    str(QT_TRANSLATE_NOOP("ClaimsModel", "Speaker")),
    str(QT_TRANSLATE_NOOP("ClaimsModel", "Kind")),
    str(QT_TRANSLATE_NOOP("ClaimsModel", "Quote")),
    str(QT_TRANSLATE_NOOP("ClaimsModel", "Tags")),
)
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SPEAKER_WIDTH = 130
ORPHAN_MARK = str(QT_TRANSLATE_NOOP("ClaimsPanel", "⚠ Not found:"))
"""Before the quote of an orphaned claim (not found in its article's new text); in English,
translated where shown."""
APPROXIMATE_MARK = "≈"
"""Before the score of a claim placed approximately in its article's new text."""
LINKED_MARK = "↔"
"""Before the quote of a claim linked to others as the same claim."""


class ClaimsModel(RowsTableModel[ClaimInfo]):
    """A table over a list of :class:`ClaimInfo` the window fetched for one article."""

    columns = COLUMNS

    def set_claims(self, claims: list[ClaimInfo]) -> None:
        self.set_rows(claims)

    def claim(self, row: int) -> ClaimInfo:
        return self.row_value(row)

    def row_of(self, claim_id: int) -> int | None:
        return self.find_row(lambda claim: claim.id == claim_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        claim = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            quote = " ".join(claim.quote.split())
            if claim.linked_claim_ids:
                quote = f"{LINKED_MARK} {quote}"
            mark = anchor_mark(claim)
            if mark and column == 2:
                quote = f"{mark} {quote}"
            kind = kind_word(claim.kind)
            return (claim.speaker_name or "—", kind, quote, ", ".join(claim.tags))[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return speaker_colour(claim.speaker_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            role_text = ", ".join(p for p in (claim.speaker_role, claim.speaker_organisation) if p)
            linked = len(claim.linked_claim_ids)
            links = (
                self.tr("{mark} Linked as the same claim to %Ln other(s)", "", linked).format(
                    mark=LINKED_MARK
                )
                if linked
                else ""
            )
            parts = [
                anchor_note(claim),
                version_note(claim),
                claim.speaker_name or self.tr("Unattributed"),
                role_text,
                claim.quote,
                claim.note,
                links,
            ]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.FontRole and _orphaned(claim):
            font = QFont()  # italic: a claim without a place, whatever the palette's colours
            font.setItalic(True)
            return font
        if role == CLAIM_ID_ROLE:
            return claim.id
        return None


def _orphaned(claim: ClaimInfo) -> bool:
    return claim.anchor_state == AnchorState.ORPHANED


def anchor_mark(claim: ClaimInfo) -> str:
    """What the quote column puts before a claim that did not follow a new text exactly:
    "⚠ Not found:" for an orphan, "≈ 83%" for one placed approximately."""
    if _orphaned(claim):
        return QCoreApplication.translate("ClaimsPanel", ORPHAN_MARK)
    if claim.anchor_state == AnchorState.APPROXIMATE:
        return f"{APPROXIMATE_MARK} {alike(claim.anchor_score)}"
    return ""


def alike(score: float) -> str:
    """How alike an approximate place is, in whole percent and never "100%" (0.997 was shown
    as "≈ 100%", which read as an exact match): a claim placed approximately changed."""
    return f"{min(99, int(score * 100))}%"


def anchor_note(claim: ClaimInfo) -> str:
    """The tooltip's line on how the claim followed the article's new text, if it needs one."""
    if _orphaned(claim):
        return QCoreApplication.translate(
            "ClaimsPanel",
            "Not found in the article's new text (version {version}'s words below). Select "
            "where it belongs and press {key}.",
        ).format(version=claim.text_version, key=key_in_prose("move_claim"))
    if claim.anchor_state == AnchorState.APPROXIMATE:
        return QCoreApplication.translate(
            "ClaimsPanel", "Placed approximately in the new text ({percent} alike): check it."
        ).format(percent=alike(claim.anchor_score))
    return ""


def version_note(claim: ClaimInfo) -> str:
    """The tooltip's line on which version of the article's text the claim was made on (and
    stands in now, if another): nothing for a claim of an article never corrected (version 1,
    placed in it)."""
    made, now = claim.made_on_version, claim.text_version
    if made == now == 1 and not _orphaned(claim):
        return ""
    # an orphan's article has a newer text, whatever versions these are
    if made == now or _orphaned(claim):
        return QCoreApplication.translate(
            "ClaimsPanel", "Made on version {made} of the text."
        ).format(made=made)
    return QCoreApplication.translate(
        "ClaimsPanel", "Made on version {made} of the text; it followed the text to version {now}."
    ).format(made=made, now=now)


class ClaimsPanel(QTableView):
    """The claims table. ``claim_selected`` carries the current claim id (or 0 for none);
    ``delete_requested`` the ids selected when Delete is pressed; ``edit_requested`` comes from
    a double-click or Enter."""

    claim_selected = Signal(int)
    delete_requested = Signal(list)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimsPanel")
        self.setAccessibleName(self.tr("Claims in this article"))
        self.setAccessibleDescription(self.tr("Claims in the current article"))
        self.claims_model = ClaimsModel(self)
        self.setModel(self.claims_model)
        style_record_table(self, several=True)
        header = self.horizontalHeader()
        # the quote gets the room: a long speaker name is elided (its tooltip has it whole)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, SPEAKER_WIDTH)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 70)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._announced: int | None = None
        """The chosen claim ``claim_selected`` last carried (None for none)."""
        self._speaker_narrowed: int | None = None
        """The width the speaker's column was narrowed to for a narrow panel, while it is so."""
        # A mouse press makes a row current and selects it after; keys select a row and make it
        # current after. The chosen claim (current and selected) is announced once both are done.
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.doubleClicked.connect(self._on_double_clicked)

    def set_claims(self, claims: list[ClaimInfo]) -> None:
        keep = self.current_claim_id()
        self.selectionModel().blockSignals(True)
        try:
            self.claims_model.set_claims(claims)
            if keep is not None:
                self._select_row(self.claims_model.row_of(keep))
        finally:
            self.selectionModel().blockSignals(False)
            self._announced = self.current_claim_id()
        self._fit_kind()

    def current_claim_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        return self.claims_model.claim(index.row()).id

    def selected_claim_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.claims_model.claim(row).id for row in rows]

    def select_claim(self, claim_id: int | None, *, emit: bool = True) -> bool:
        row = self.claims_model.row_of(claim_id) if claim_id is not None else None
        if not emit:
            self.selectionModel().blockSignals(True)
        try:
            self._select_row(row)
        finally:
            if not emit:
                self.selectionModel().blockSignals(False)
                self._announced = self.current_claim_id()
        return row is not None

    def _select_row(self, row: int | None) -> None:
        if row is None:
            self.selectionModel().clear()
            return
        index = self.claims_model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.selectionModel().isRowSelected(current.row()):
            # a click: its selection follows at once; if none does (Ctrl+arrow keys move the
            # current row alone), the row is current but not chosen
            QTimer.singleShot(0, self, self._announce)
            return
        self._announce()

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self.current_claim_id() is None and not selected.isEmpty():
            return  # another row was selected: it becomes current next, and is announced then
        self._announce()

    def announce_again(self) -> None:
        """Say which claim is chosen even though it was said before: the reader showed its
        article anew (a new version of the text, or one undone), and what follows the chosen
        claim (its span selected in the text, the similar claims) has to follow again."""
        self._announced = None
        self._announce()

    def _announce(self) -> None:
        chosen = self.current_claim_id()
        if chosen != self._announced:
            self._announced = chosen
            self.claim_selected.emit(chosen or 0)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(self.claims_model.claim(index.row()).id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # in a narrow panel (a small screen, half of one) the speaker's column gives up room to
        # the quote, which had a few letters: at most a third of the width, never under 70 px
        # (and gets it back as the panel widens, unless the user set the column's width since)
        self._fit_kind()
        header = self.horizontalHeader()
        most = max(70, self.viewport().width() // 3)
        width = header.sectionSize(0)
        if width > most:
            header.resizeSection(0, most)
            self._speaker_narrowed = most
        elif self._speaker_narrowed == width and width < min(SPEAKER_WIDTH, most):
            wider = min(SPEAKER_WIDTH, most)
            header.resizeSection(0, wider)
            self._speaker_narrowed = wider if wider < SPEAKER_WIDTH else None

    def _fit_kind(self) -> None:
        """The kind as wide as its longest word shown, but at most a quarter of a narrow panel:
        the Russian "косвенная цитата" took so much of a 290 px panel that "Цитата" read
        "итат"."""
        header = self.horizontalHeader()
        kind = min(self.sizeHintForColumn(1), max(60, self.viewport().width() // 4))
        # never narrower than its title (with no rows shown, "Kind" read "‹ind")
        kind = max(kind, header.sectionSizeFromContents(1).width())
        if header.sectionSize(1) != kind:
            header.resizeSection(1, kind)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_claim_ids():
            self.delete_requested.emit(self.selected_claim_ids())
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_claim_id() is not None:
            self.edit_requested.emit(self.current_claim_id())
            event.accept()
            return
        super().keyPressEvent(event)
