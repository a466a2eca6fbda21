"""The suggestions panel: suggested attributions for the article in the reader, one a row.

Enter accepts the current suggestion, Delete rejects it; "Accept all ≥" accepts every suggestion
at or above the chosen confidence. The panel only asks: :mod:`claimdesk.gui.suggestions` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.values import DEFAULT_MIN_CONFIDENCE, confidence_text
from claimdesk.gui.actions import key_in_prose
from claimdesk.gui.focus_order import set_tab_order
from claimdesk.gui.kind_labels import kind_word

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Suggestion

Index = QModelIndex | QPersistentModelIndex


def shown_confidence(confidence: float) -> str:
    """A confidence as the list shows it (cut to two decimals, see ``confidence_text``), in the
    interface's language: 0,62 in Russian, as the spin box beside the list writes it."""
    return QLocale().toString(float(confidence_text(confidence)), "f", 2)


QUOTE_MARKS = '«»“”„‟"‹›「」『』'
"""Double quotation marks, which a listed quote loses at its edges (its single ones may be
apostrophes)."""


class SuggestionsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestions: list[Suggestion] = []

    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.beginResetModel()
        self.suggestions = list(suggestions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.suggestions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        s = self.suggestions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # the list puts the quote in its own marks: the text's own, at its edges, go
            quote = " ".join(s.text.split()).strip(QUOTE_MARKS)
            values = {
                "confidence": shown_confidence(s.confidence),
                "who": s.speaker or "?",
                "kind": kind_word(s.kind),
                "quote": quote if len(quote) <= 90 else quote[:89] + "…",
            }
            if s.speaker_unknown:
                row = self.tr("{confidence}  {who} (who?) — {kind}: “{quote}”")
            elif s.speaker_id is not None or not s.speaker:
                row = self.tr("{confidence}  {who} — {kind}: “{quote}”")
            else:
                row = self.tr("{confidence}  {who} (new) — {kind}: “{quote}”")
            return row.format(**values)
        if role == Qt.ItemDataRole.ToolTipRole:
            who = s.speaker or self.tr("Unknown speaker")
            return self.tr("{who} (from “{mention}”)").format(who=who, mention=s.mention) + (
                f"\n{s.text}"
            )
        return None


class SuggestionsList(QListView):
    """Enter accepts the current row; Delete rejects it."""

    accept_requested = Signal()
    reject_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.accept_requested.emit()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.reject_requested.emit()
            return
        super().keyPressEvent(event)


class SuggestionsPanel(QWidget):
    """``current_changed`` carries the current row (-1 for none)."""

    current_changed = Signal(int)
    accept_requested = Signal()
    reject_requested = Signal()
    accept_all_requested = Signal(float)
    look_requested = Signal()
    restore_requested = Signal()
    """The user asked for the suggestions of an article too long to read for them unasked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.setAccessibleName(self.tr("Suggested attributions"))
        self.model = SuggestionsModel(self)
        self.list = SuggestionsList(self)
        self.list.setObjectName("suggestionsList")
        self.list.setAccessibleName(self.tr("Suggested attributions"))
        self.list.setAccessibleDescription(
            self.tr(
                "Enter accepts, Delete rejects, {next} and {previous} move to the next and previous"
            ).format(
                next=key_in_prose("next_suggestion"), previous=key_in_prose("previous_suggestion")
            )
        )
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # long rows end in "…" (the tooltip has the whole quote) rather than scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel(self)
        self.status.setObjectName("suggestionsStatus")
        self.status.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Acce&pt"), self)
        self.accept_button.setObjectName("acceptSuggestionButton")
        self.reject_button = QPushButton(self.tr("Re&ject"), self)
        self.reject_button.setObjectName("rejectSuggestionButton")
        self.min_confidence = QDoubleSpinBox(self)
        self.min_confidence.setObjectName("suggestionsMinConfidence")
        self.min_confidence.setAccessibleName(self.tr("Least confidence to accept all"))
        self.min_confidence.setRange(0.0, 1.0)
        self.min_confidence.setSingleStep(0.05)
        self.min_confidence.setDecimals(2)
        self.min_confidence.setValue(DEFAULT_MIN_CONFIDENCE)
        self._default_min_confidence = DEFAULT_MIN_CONFIDENCE
        self.accept_all_button = QPushButton(self.tr("Accept all ≥"), self)
        self.accept_all_button.setObjectName("acceptAllSuggestionsButton")
        self.look_button = QPushButton(self.tr("&Look for suggestions"), self)
        self.look_button.setObjectName("lookForSuggestionsButton")
        self.look_button.setToolTip(
            self.tr("Read this long article for quotes (in the background)")
        )
        self.look_button.hide()
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreRejectedButton")
        self.restore_button.setToolTip(
            self.tr("List again the suggestions rejected in this article (a mistaken Delete)")
        )
        self.restore_button.hide()
        self.show_all = QCheckBox(self.tr("Sho&w all"), self)
        self.show_all.setObjectName("showAllSuggestions")
        self.show_all.setToolTip(
            self.tr(
                "Also list the less certain suggestions (below the confidence at which nine in "
                "ten were right when measured)"
            )
        )

        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.accept_button)
        self._buttons.addWidget(self.reject_button)
        self._buttons.addWidget(self.show_all)
        self._buttons.addStretch(1)
        self._second_row = QHBoxLayout()
        self._second_row.addStretch(1)
        self.compact = True
        self.set_compact(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.look_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self._buttons)
        layout.addLayout(self._second_row)
        # Tab as the panel reads: the list, then its row of buttons left to right
        set_tab_order(
            self.look_button,
            self.list,
            self.accept_button,
            self.reject_button,
            self.show_all,
            self.accept_all_button,
            self.min_confidence,
            self.restore_button,
        )

        self.list.accept_requested.connect(self.accept_requested)
        self.list.reject_requested.connect(self.reject_requested)
        self.list.activated.connect(lambda _index: self.accept_requested.emit())
        self.accept_button.clicked.connect(self.accept_requested)
        self.look_button.clicked.connect(self.look_requested)
        self.reject_button.clicked.connect(self.reject_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.accept_all_button.clicked.connect(
            lambda: self.accept_all_requested.emit(self.min_confidence.value())
        )
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(
                current.row() if current.isValid() else -1
            )
        )
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._enable_buttons())
        self.set_suggestions([])

    def set_suggestions(
        self, suggestions: list[Suggestion], row: int = -1, *, hidden: int = 0, rejected: int = 0
    ) -> None:
        """Show ``suggestions``; none is current unless ``row`` says which (F8 starts).
        ``hidden`` less certain ones are left out (Show all brings them); ``rejected`` ones
        were rejected in this article (a button brings them back)."""
        self.look_button.hide()
        self.restore_button.setText(self.tr("Bring back %Ln rejected", "", rejected))
        self.restore_button.setVisible(rejected > 0)
        self.model.set_suggestions(suggestions)
        if suggestions and row >= 0:
            self.set_current_row(max(0, min(row, len(suggestions) - 1)))
        count = len(suggestions)
        text = (
            self.tr("%Ln suggestion(s): Enter accepts, Delete rejects, {next} next.", "", count)
            if count
            else self.tr("No suggestions for this article.")
        ).format(next=key_in_prose("next_suggestion"))
        if hidden:
            text += " " + self.tr("%Ln less certain hidden (Show all).", "", hidden)
        self.status.setText(text)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        """Accept and Reject act on the current suggestion: on only while one is current (a
        click on them with none did nothing); Accept all ≥ while there are any."""
        chosen = self.current_row() >= 0
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)
        self.accept_all_button.setEnabled(bool(self.model.suggestions))

    def set_compact(self, compact: bool) -> None:
        """Put "Accept all ≥" and its box on a row of their own (``compact``), so the panel,
        and the window's right-hand column with it, can be narrower and leave the reader a
        readable line on a small screen; or beside the other buttons."""
        if compact == self.compact:
            return
        self.compact = compact
        row, other = (
            (self._second_row, self._buttons) if compact else (self._buttons, self._second_row)
        )
        for widget in (self.accept_all_button, self.min_confidence):
            other.removeWidget(widget)
            row.addWidget(widget)

    @property
    def default_min_confidence(self) -> float:
        """The least confidence listed without Show all (the article language's)."""
        return self._default_min_confidence

    def set_default_min_confidence(self, value: float) -> None:
        """The article's language has ``value`` as its default least confidence: the "Accept
        all ≥" box starts there (a value the user chose is kept while the default stays)."""
        if abs(value - self._default_min_confidence) > 1e-9:
            self._default_min_confidence = value
            self.min_confidence.setValue(value)

    def show_busy(self) -> None:
        """A long article's suggestions are being looked for (the list stays until they come)."""
        self.look_button.hide()
        self.status.setText(self.tr("Looking for quotes in this long article…"))

    def offer_to_look(self, characters: int) -> None:
        """An article too long to read for suggestions unasked: say so, and offer the button."""
        self.set_suggestions([])
        self.status.setText(
            self.tr(
                "This article is long (%Ln character(s)): suggestions are looked for only when "
                "you ask.",
                "",
                characters,
            )
        )
        self.look_button.show()

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def current(self) -> Suggestion | None:
        row = self.current_row()
        return self.model.suggestions[row] if 0 <= row < len(self.model.suggestions) else None

    def set_current_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row, 0))
