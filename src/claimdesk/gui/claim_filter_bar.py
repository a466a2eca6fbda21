"""The row of claim filters (speaker, kind, tag, outlet, the verdict status of the claim's
cluster, dates, free text, claims that need review) that the catalogue view and the export
dialog share, so both narrow claims in exactly the same way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolTip,
    QWidget,
)

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.dates import read_date
from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.records import SEARCH_MAX_LENGTH, ClaimFilter, ClaimKind
from claimdesk.gui.date_fields import date_field
from claimdesk.gui.kind_labels import kind_label, status_label

UNATTRIBUTED = -1
DEBOUNCE_MS = 250
_PAIRS_PER_ROW = (4, 2, 1)
"""How many caption-and-field pairs a row holds: as many as the width allows."""
_ROOM_TO_SPARE = 40
"""Pixels beyond the least width a row of fields needs before it holds more fields."""
_LEAST_FIELD_CHARS = 10
"""A list shrinks to this many characters in a narrow window (its popup still shows all)."""


class ClaimFilterBar(QWidget):
    """Filter widgets; ``filter_changed`` carries the new :class:`ClaimFilter` (typing in the
    text and date fields is debounced, choosing in a list applies at once). Four fields a row
    when there is room, else two or one, so a narrow window never cuts a field off."""

    filter_changed = Signal(object)  # ClaimFilter

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimFilterBar")
        self.catalogue = catalogue
        self._article_id: int | None = None
        self._emitted = ClaimFilter()

        self.text_edit = QLineEdit(self)
        self.text_edit.setMaxLength(SEARCH_MAX_LENGTH)  # longer is too complex for SQLite
        self.text_edit.setObjectName("textFilter")
        self.text_edit.setPlaceholderText(self.tr("Search quotes, speakers, titles…"))
        self.text_edit.setToolTip(
            self.tr(
                "Claims with every word typed, each in the quote, the speaker's name or aliases "
                "or the article's title (capitals and ё/е do not matter). Put words in "
                "quotation marks to find them as they stand together."
            )
        )
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setAccessibleName(self.tr("Search text"))

        self.speaker_combo = QComboBox(self)
        self.speaker_combo.setObjectName("speakerFilter")
        self.speaker_combo.setAccessibleName(self.tr("Speaker"))
        self.speaker_combo.setEditable(True)
        self.speaker_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker_combo.setMinimumContentsLength(12)
        completer = self.speaker_combo.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindFilter")
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in ClaimKind:
            self.kind_combo.addItem(kind_label(kind.value), kind.value)

        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("tagFilter")
        self.tag_combo.setAccessibleName(self.tr("Tag"))

        self.outlet_combo = QComboBox(self)
        self.outlet_combo.setObjectName("outletFilter")
        self.outlet_combo.setAccessibleName(self.tr("Outlet"))

        # the verdict status of the claim's cluster (claims in no cluster have none), with the
        # catalogue's labels in its order
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setAccessibleName(self.tr("Verdict status"))
        self.status_combo.setToolTip(
            self.tr(
                "Only claims of clusters with this verdict status (Unchecked: also the claims "
                "in no cluster)"
            )
        )

        # The fields are narrow: the placeholder shows the forms (a translation may keep only
        # the one its readers write: Russian has ДД.ММ.ГГГГ), the tooltip says the rest.
        forms = self.tr("YYYY-MM-DD, DD.MM.YYYY")
        self.since_edit = self._date_edit(
            "sinceFilter",
            self.tr("Published from"),
            forms,
            self.tr(
                "Claims of articles published on or after this date: 2024-03-15 or 15.03.2024 "
                "(day first), or a month (2024-03, 03.2024) or a year (2024) from its start"
            ),
        )
        self.until_edit = self._date_edit(
            "untilFilter",
            self.tr("Published until"),
            forms,
            self.tr(
                "Claims of articles published on or before this date: 2024-03-15 or 15.03.2024 "
                "(day first), or a month (2024-03, 03.2024) or a year (2024) to its end"
            ),
        )

        # the claims a new text of their article left without a place (Claim › Review
        # orphaned claims ticks it)
        self.orphaned_check = QCheckBox(self.tr("Needs revie&w"), self)
        self.orphaned_check.setObjectName("orphanedFilter")
        self.orphaned_check.setToolTip(
            self.tr(
                "Only claims not found in their article's new text, waiting to be placed: open "
                "one (Enter), select where it belongs and use Claim › Move claim here"
            )
        )

        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFiltersButton")

        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        cells: list[tuple[str, QWidget]] = [
            (self.tr("&Search:"), self.text_edit),
            (self.tr("S&peaker:"), self.speaker_combo),
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("&Tag:"), self.tag_combo),
            (self.tr("&Outlet:"), self.outlet_combo),
            # not Alt+V (View) nor Alt+U (Clusters): the menu bar has them
            (self.tr("Ver&dict:"), self.status_combo),
            (self.tr("F&rom:"), self.since_edit),
            (self.tr("U&ntil:"), self.until_edit),
        ]
        self._cells: list[tuple[QWidget | None, QWidget]] = []
        for caption, widget in cells:
            label = QLabel(caption, self)
            label.setBuddy(widget)
            self._cells.append((label, widget))
        self._cells.append((None, self.orphaned_check))
        self._cells.append((None, self.clear_button))
        self._grid.setColumnStretch(1, 2)
        self._pairs = 0
        self._arrange(_PAIRS_PER_ROW[0])

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit_if_changed)

        self.reload_choices()
        self._emitted = self.claim_filter()

        for combo in self._combos():
            # else a list is never narrower than its longest outlet or speaker name
            combo.setMinimumWidth(
                combo.fontMetrics().averageCharWidth() * _LEAST_FIELD_CHARS
                + combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, combo)
                + 12
            )

        for edit in (self.text_edit, self.since_edit, self.until_edit):
            edit.textChanged.connect(self._debounce.start)
            edit.returnPressed.connect(self.apply_now)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._emit_if_changed)
        self.orphaned_check.toggled.connect(self._emit_if_changed)
        speaker_line = self.speaker_combo.lineEdit()
        assert speaker_line is not None  # editable
        speaker_line.editingFinished.connect(self._restore_speaker_text)
        # a name longer than the field shows from its start, not its end ("l speakers")
        self.speaker_combo.currentIndexChanged.connect(lambda _i: speaker_line.home(False))
        speaker_line.home(False)
        self.clear_button.clicked.connect(self.clear)

    # -- the arrangement ----------------------------------------------------------------

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.speaker_combo,
            self.kind_combo,
            self.tag_combo,
            self.outlet_combo,
            self.status_combo,
        )

    def _arrange(self, pairs: int) -> None:
        """Lay the fields out ``pairs`` to a row."""
        if pairs == self._pairs:
            return
        self._pairs = pairs
        for n, (label, widget) in enumerate(self._cells):
            row, column = n // pairs, (n % pairs) * 2
            if label is not None:
                self._grid.addWidget(label, row, column)
            self._grid.addWidget(widget, row, column + 1)

    def _least_width(self, widget: QWidget | None) -> int:
        """The least width the grid gives ``widget``."""
        if widget is None:
            return 0
        item = self._grid.itemAt(self._grid.indexOf(widget))
        return item.minimumSize().width() if item is not None else 0

    def _width_for(self, pairs: int) -> int:
        """The least width of the grid with ``pairs`` fields to a row."""
        spacing = max(self._grid.horizontalSpacing(), 0)
        width = spacing * (2 * pairs - 1)
        for column in range(pairs):
            in_column = self._cells[column::pairs]
            width += max(self._least_width(label) for label, _ in in_column)
            width += max(self._least_width(widget) for _, widget in in_column)
        return width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # In a scroll area the bar is never narrower than its arrangement needs: stuck at that
        # least width, it has no room to spare, so it takes fewer to a row.
        width = event.size().width()
        fits = [p for p in _PAIRS_PER_ROW if self._width_for(p) + _ROOM_TO_SPARE <= width]
        self._arrange(fits[0] if fits else _PAIRS_PER_ROW[-1])

    def _date_edit(self, name: str, accessible: str, placeholder: str, tip: str) -> QLineEdit:
        """A date field that takes the date as typed (gui/date_fields.py)."""
        edit = date_field(_DateEdit(placeholder, self))
        edit.setObjectName(name)
        edit.setProperty("dateTip", tip)
        edit.setToolTip(tip)
        edit.setAccessibleName(accessible)
        edit.setAccessibleDescription(tip)
        return edit

    # -- the filter ---------------------------------------------------------------------

    def claim_filter(self) -> ClaimFilter:
        """The filter the widgets show now (dates not yet valid are left out)."""
        speaker = self.speaker_combo.currentData()
        kind = self.kind_combo.currentData()
        tag = self.tag_combo.currentData()
        outlet = self.outlet_combo.currentData()
        found = ClaimFilter(
            speaker_id=speaker if isinstance(speaker, int) and speaker > 0 else None,
            unattributed=speaker == UNATTRIBUTED,
            article_id=self._article_id,
            outlet=outlet or "",
            kind=kind or None,
            tag=tag or None,
            status=self.status_combo.currentData() or None,
            since=self._date(self.since_edit),
            until=self._date(self.until_edit),
            text=self.text_edit.text().strip(),
            orphaned=self.orphaned_check.isChecked(),
        )
        if found.dates_inverted:
            self._mark(
                self.until_edit,
                self.tr(
                    "The Until date is before the From date: change one of them (or swap them)."
                ),
            )
        return found

    def none_because(self, claim_filter: ClaimFilter) -> str:
        """Why ``claim_filter`` finds no claims, where the filter itself is the reason (a count
        of 0 says it instead of "0 claims"), else ""."""
        if claim_filter.dates_inverted:
            return self.tr("No claims: the Until date is before the From date (swap them?).")
        return ""

    def set_claim_filter(self, claim_filter: ClaimFilter) -> None:
        """Show ``claim_filter`` in the widgets (without emitting ``filter_changed``)."""
        self.blockSignals(True)
        try:
            self._article_id = claim_filter.article_id
            speaker = UNATTRIBUTED if claim_filter.unattributed else claim_filter.speaker_id
            self._select(self.speaker_combo, speaker, self.tr("Speaker #{id}").format(id=speaker))
            self._select(self.kind_combo, claim_filter.kind or None, claim_filter.kind or "")
            self._select(self.tag_combo, claim_filter.tag or None, claim_filter.tag or "")
            self._select(self.outlet_combo, claim_filter.outlet or None, claim_filter.outlet)
            self._select(self.status_combo, claim_filter.status or None, claim_filter.status or "")
            self.since_edit.setText(claim_filter.since or "")
            self.until_edit.setText(claim_filter.until or "")
            self.text_edit.setText(claim_filter.text)
            self.orphaned_check.setChecked(claim_filter.orphaned)
            self._debounce.stop()
            self._emitted = self.claim_filter()
        finally:
            self.blockSignals(False)

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected to type over (Ctrl+F)."""
        self.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_edit.selectAll()

    def clear(self) -> None:
        self._article_id = None
        for combo in self._combos():
            combo.setCurrentIndex(0)
        for edit in (self.text_edit, self.since_edit, self.until_edit):
            edit.clear()
        self.orphaned_check.blockSignals(True)  # one new filter, not two
        self.orphaned_check.setChecked(False)
        self.orphaned_check.blockSignals(False)
        self.apply_now()

    def apply_now(self) -> None:
        """Apply typed text at once instead of waiting for the debounce."""
        self._debounce.stop()
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        current = self.claim_filter()
        if current != self._emitted:
            self._emitted = current
            self.filter_changed.emit(current)

    def _date(self, edit: QLineEdit) -> str | None:
        """The date ``edit`` holds as ISO; one it cannot read is left out of the filter, and
        the field is marked, its tooltip saying why (never changed into another date)."""
        try:
            value = read_date(edit.text())
        except InvalidValueError as error:
            self._mark(edit, str(error))
            return None
        tip = str(edit.property("dateTip"))
        edit.setToolTip(tip)
        edit.setAccessibleDescription(tip)
        edit.setStyleSheet("")
        return value

    @staticmethod
    def _mark(edit: QLineEdit, problem: str) -> None:
        """Mark a date field whose date is left out of the filter or makes no sense in it, its
        tooltip saying why."""
        edit.setToolTip(problem)
        edit.setAccessibleDescription(problem)
        edit.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }")

    # -- the choices --------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Re-read speakers, tags and outlets, keeping what is chosen."""
        blocked = self.blockSignals(True)
        try:
            self._fill(
                self.speaker_combo,
                [(self.tr("All speakers"), None), (self.tr("(unattributed)"), UNATTRIBUTED)]
                + [(s.name, s.id) for s in self.catalogue.list_speakers()],
            )
            self._fill(
                self.tag_combo,
                [(self.tr("All tags"), None)] + [(t, t) for t in self.catalogue.list_tags()],
            )
            self._fill(
                self.outlet_combo,
                [(self.tr("All outlets"), None)] + [(o, o) for o in self.catalogue.list_outlets()],
            )
            self._fill(
                self.status_combo,
                [(self.tr("All verdicts"), None)]
                + [(status_label(v.key, v.label), v.key) for v in self.catalogue.verdict_labels()],
            )
        finally:
            self.blockSignals(blocked)
        self._emit_if_changed()

    @staticmethod
    def _fill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    @staticmethod
    def _select(combo: QComboBox, data: object, fallback_text: str) -> None:
        if data is None:
            combo.setCurrentIndex(0)
            return
        index = combo.findData(data)
        if index < 0:
            combo.addItem(fallback_text, data)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _restore_speaker_text(self) -> None:
        # Part of a name ("бекмам", as the completer lists "Тимур Бекмамбетов") chooses the
        # first speaker listed for it; text that names no speaker must not look like a filter
        # that is not applied.
        combo = self.speaker_combo
        typed = combo.currentText()
        index = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index < 0 and fold(typed).strip():
            wanted = fold(typed).strip()
            index = next(
                (i for i in range(1, combo.count()) if wanted in fold(combo.itemText(i))), -1
            )
            if index < 0:  # a name in another grammatical case: "Лаврову" for "Сергей Лавров"
                index = next(
                    (i for i in range(1, combo.count()) if _names(typed, combo.itemText(i))), -1
                )
            if index < 0:  # said, not silently put back as if a filter were on
                QToolTip.showText(
                    combo.mapToGlobal(combo.rect().bottomLeft()),
                    self.tr("No speaker is called “{name}”.").format(name=typed.strip()),
                    combo,
                )
        if index >= 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(combo.itemText(combo.currentIndex()))


def _names(typed: str, name: str) -> bool:
    """Whether every word ``typed`` is a word of ``name`` in some grammatical case."""
    # loaded when first needed (the matching modules are not loaded at start-up)
    from claimdesk.core.catalogue import named_in_any_case  # noqa: PLC0415

    return bool(named_in_any_case(typed, [name]))


class _DateEdit(QLineEdit):
    """A date filter field that asks for the width of its placeholder (the row gives it that
    when there is room; a narrow window may shrink it), and never more."""

    def __init__(self, placeholder: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        margins = self.textMargins()
        # the frame, and the 2 px a side QLineEdit keeps between it and the text
        frame = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self)
        text = self.fontMetrics().horizontalAdvance(placeholder)
        self._fit = max(120, text + margins.left() + margins.right() + frame + 4 + 4)
        self.setMaximumWidth(self._fit)

    def sizeHint(self) -> QSize:
        return QSize(self._fit, super().sizeHint().height())
