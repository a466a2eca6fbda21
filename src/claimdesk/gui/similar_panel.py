"""Claims in other articles (earlier or later) that look like the selected span or claim; those
already linked to the chosen claim as the same claim are marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.gui.row_table_model import Index, RowsTableModel, style_record_table

if TYPE_CHECKING:
    # the core's matching modules load after the window shows (gui/startup.py)
    from claimdesk.core.catalogue import SimilarClaim

COLUMNS = (
    str(QT_TRANSLATE_NOOP("SimilarClaimsModel", "Score")),
    str(QT_TRANSLATE_NOOP("SimilarClaimsModel", "Speaker")),
    str(QT_TRANSLATE_NOOP("SimilarClaimsModel", "Quote")),
    str(QT_TRANSLATE_NOOP("SimilarClaimsModel", "Outlet")),
    str(QT_TRANSLATE_NOOP("SimilarClaimsModel", "Date")),
)
LINKED_MARK = "✓"
NAME_COLUMNS = (1, 3)
"""The speaker's and the outlet's columns."""
NAME_SHARE = 0.2
"""The widest each of them is made, as a share of the table: sized to their contents, a long
name and outlet left the quote a few letters ("Наше не…")."""
HEADER_SHARE = 0.25
"""A name column is widened to show its title whole while that takes no more of the table."""


class SimilarClaimsModel(RowsTableModel["SimilarClaim"]):
    """Rows of similar-claim results, "almost certainly the same" ones first."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.linked: frozenset[int] = frozenset()

    def set_linked(self, claim_ids: frozenset[int]) -> None:
        self.linked = claim_ids
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def set_results(self, results: list[SimilarClaim]) -> None:
        self.set_rows(results)

    def result(self, row: int) -> SimilarClaim:
        return self.row_value(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        found = self._rows[index.row()]
        claim = found.claim
        column = index.column()
        linked = claim.id in self.linked
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{LINKED_MARK} {found.score:.0f}%" if linked else f"{found.score:.0f}%",
                claim.speaker_name or "—",
                " ".join(claim.quote.split()),
                claim.outlet,
                claim.published or "",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                self.tr("Already linked to the chosen claim as the same claim.") if linked else "",
                self.tr("Almost certainly the same claim.") if found.certain else "",
                claim.article_title,
                claim.quote,
            ]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.FontRole and (found.certain or linked):
            font = QFont()
            font.setBold(found.certain)
            font.setItalic(linked)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SimilarClaimsPanel(QWidget):
    """The similar-claims table with a "Same claim" button; ``link_requested`` carries the
    other claim's id."""

    link_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarClaimsPanel")
        self.setAccessibleName(self.tr("Similar claims in other articles"))
        self.setAccessibleDescription(self.tr("Claims in other articles that look similar"))
        self.model = SimilarClaimsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("similarClaimsTable")
        self.view.setAccessibleName(self.tr("Similar claims"))
        self.view.setModel(self.model)
        style_record_table(self.view)
        header = self.view.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for (
            column
        ) in NAME_COLUMNS:  # sized in set_results: a long name must not take the quote's room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.status = QLabel(self._hint(), self)
        self.status.setObjectName("similarClaimsStatus")
        self.status.setWordWrap(True)
        self.same_button = QPushButton(self.tr("Same claim"), self)
        self.same_button.setObjectName("sameClaimButton")
        self.same_button.setToolTip(self.tr("Link the chosen claim to the selected similar claim"))
        self.same_button.setEnabled(False)
        self.same_button.clicked.connect(self._on_same)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.same_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(bottom)
        self._can_link = False
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_button())

    def set_results(self, results: list[SimilarClaim]) -> None:
        self.model.set_results(results)
        self._fit_name_columns()
        if results:
            certain = sum(1 for r in results if r.certain)
            linked = sum(1 for r in results if r.claim.id in self.model.linked)
            # one count to a part: each is a phrase with its own plural
            parts = [self.tr("%Ln similar claim(s)", "", len(results))]
            if certain:
                parts.append(self.tr("%Ln almost certainly the same", "", certain))
            if linked:
                parts.append(self.tr("%Ln linked ({mark})", "", linked).format(mark=LINKED_MARK))
            self.status.setText(", ".join(parts) + ".")
        else:
            self.status.setText(self.tr("No similar claims in other articles."))
        self._update_button()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_name_columns()

    def _fit_name_columns(self) -> None:
        """The speaker and the outlet as wide as their header and cells need, up to a share
        of the table each."""
        header = self.view.horizontalHeader()
        width = self.view.viewport().width()
        most = max(48, int(width * NAME_SHARE))
        for column in NAME_COLUMNS:
            title = header.sectionSizeHint(column)
            wanted = max(self.view.sizeHintForColumn(column), title)
            # the title whole where it takes no more than a quarter ("Издание" was cut to
            # "здание" in a panel a fifth of which is narrower than the word)
            self.view.setColumnWidth(
                column, max(min(wanted, most), min(title, int(width * HEADER_SHARE)))
            )

    def set_linked(self, claim_ids: tuple[int, ...] | frozenset[int]) -> None:
        """Mark the results already linked to the chosen claim (none when no claim is)."""
        self.model.set_linked(frozenset(claim_ids))
        self._update_button()

    def reset(self) -> None:
        self.model.set_results([])
        self.status.setText(self._hint())
        self._update_button()

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Looking for similar claims…"))

    def show_message(self, message: str) -> None:
        self.model.set_results([])
        self.status.setText(message)
        self._update_button()

    def set_can_link(self, can_link: bool) -> None:
        """Linking needs a claim (not just a selected span) on this side."""
        self._can_link = can_link
        self._update_button()

    def selected_claim_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.result(rows[0].row()).claim.id if rows else None

    def _update_button(self) -> None:
        selected = self.selected_claim_id()
        already = selected is not None and selected in self.model.linked
        self.same_button.setEnabled(self._can_link and selected is not None and not already)
        if not self._can_link:
            self.same_button.setToolTip(
                self.tr("Choose a claim of this article first (attribute it)")
            )
        elif already:
            self.same_button.setToolTip(
                self.tr("Already linked to the chosen claim as the same claim.")
            )
        else:
            self.same_button.setToolTip(
                self.tr("Link the chosen claim to the selected similar claim")
            )

    def _hint(self) -> str:
        return self.tr("Select a span or a claim to see similar claims from other articles.")

    def _on_same(self) -> None:
        other = self.selected_claim_id()
        if other is not None:
            # the button is disabled once the claims are linked, and Qt would pass its focus to
            # the next widget in the window (the article filter, whose own undo took Ctrl+Z)
            self.view.setFocus()
            self.link_requested.emit(other)
