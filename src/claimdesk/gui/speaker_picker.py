"""The speaker picker: who said the selected span, and what kind of claim it is.

Keyboard first: the name field has the focus and fuzzy-completes over speakers and their aliases
as you type (Up/Down move through the matches, Enter accepts). The last row offers to create a
speaker of the typed name, with role and organisation fields right in the dialog.

If the team server cannot be reached, the picker keeps what was typed: matching waits until the
server is back (so a known speaker is not created again), and a picker whose attribution could not
be saved reopens with a note above the fields (:meth:`SpeakerPicker.show_problem`). A new
speaker's name, role and organisation and the tags are checked as the catalogue checks them before
the picker closes (:mod:`claimdesk.gui.field_checks`): the picker stays open with what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.records import ClaimKind, SpeakerInfo
from claimdesk.core.domain.row_values import TAG_MAX_CHARS, clean_tags
from claimdesk.gui.field_checks import Check, passes, speaker_checks, tags_check
from claimdesk.gui.keep_input import ProblemLabel
from claimdesk.gui.kind_labels import kind_label

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue

Index = QModelIndex | QPersistentModelIndex
MATCH_LIMIT = 8
GOOD_MATCH = 60.0
"""A match scoring at least this is chosen by Enter; below it, Enter creates a new speaker."""
MATCHING_UNAVAILABLE = str(
    QT_TRANSLATE_NOOP(
        "SpeakerPicker",
        "Speakers cannot be matched now: the team server cannot be reached. What you type is "
        "kept; matches appear again once the server is back.",
    )
)
"""In English; translated where shown."""


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    """One row of the match list: a known speaker, a new speaker, or no speaker at all."""

    speaker: SpeakerInfo | None
    matched_name: str = ""
    score: float = 100.0
    new_name: str = ""

    @property
    def label(self) -> str:
        if self.speaker is None:
            if self.new_name:
                return QCoreApplication.translate(
                    "SpeakerChoice", "➕ New speaker “{name}”"
                ).format(name=self.new_name)
            return QCoreApplication.translate("SpeakerChoice", "No speaker (unattributed)")
        text = self.speaker.name
        details = ", ".join(p for p in (self.speaker.role, self.speaker.organisation) if p)
        if details:
            text += f" — {details}"
        if self.matched_name and fold(self.matched_name) != fold(self.speaker.name):
            text += "  " + QCoreApplication.translate("SpeakerChoice", "(as “{name}”)").format(
                name=self.matched_name
            )
        return text


@dataclass(frozen=True, slots=True)
class Attribution:
    """What the picker was accepted with; ``speaker_id`` or ``new_speaker`` (or neither)."""

    speaker_id: int | None = None
    new_speaker: str | None = None
    new_speaker_role: str = ""
    new_speaker_organisation: str = ""
    kind: str = ClaimKind.DIRECT.value
    tags: list[str] = field(default_factory=list)
    note: str = ""


class SpeakerChoiceModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: list[SpeakerChoice] = []

    def set_choices(self, choices: list[SpeakerChoice]) -> None:
        self.beginResetModel()
        self.choices = choices
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        choice = self.choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return choice.label
        if role == Qt.ItemDataRole.ToolTipRole and choice.speaker is not None:
            aliases = ", ".join(choice.speaker.aliases)
            if aliases:
                return self.tr("Also known as: {aliases}").format(aliases=aliases)
            return choice.speaker.name
        return None


def find_matches(catalogue: Catalogue, text: str) -> list[SpeakerChoice]:
    """Fuzzy matches for ``text`` over names and aliases, best first."""
    matcher = getattr(catalogue, "match_speakers", None)
    if matcher is not None:
        found: list[Any] = matcher(text, limit=MATCH_LIMIT)
        return [SpeakerChoice(m.speaker, m.matched_name, float(m.score)) for m in found]
    # until the core matcher exists: names and aliases containing the text
    return [SpeakerChoice(s, s.name, 100.0) for s in catalogue.list_speakers(text)[:MATCH_LIMIT]]


class SpeakerPicker(QDialog):
    """Choose or create the speaker of a span, and set kind, tags and note."""

    def __init__(
        self,
        catalogue: Catalogue,
        quote: str,
        parent: QWidget | None = None,
        *,
        suggested: SpeakerInfo | None = None,
        kind: str = ClaimKind.DIRECT.value,
        tags: tuple[str, ...] | list[str] = (),
        note: str = "",
        title: str = "",
        speaker_only: bool = False,
        hint: str = "",
    ) -> None:
        """``suggested`` is the speaker chosen when the picker opens; ``hint`` says why (shown
        above the name while that speaker is chosen); ``title`` is "Attribute" unless given."""
        super().__init__(parent)
        self.catalogue = catalogue
        self.setObjectName("speakerPicker")
        self.setWindowTitle(title or self.tr("Attribute"))
        self.setMinimumWidth(620)

        shown = " ".join(quote.split())
        shown = shown if len(shown) <= 220 else shown[:219] + "…"
        self.quote_label = QLabel(self.tr("“{quote}”").format(quote=shown), self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setObjectName("pickerQuote")
        self.problem_label = ProblemLabel("pickerProblem", self)
        self.hint_label = QLabel(hint, self)
        self.hint_label.setObjectName("pickerHint")
        self.hint_label.setWordWrap(True)
        italic = QFont(self.hint_label.font())
        italic.setItalic(True)
        self.hint_label.setFont(italic)  # a note about the choice, not part of the quote
        self.hint_label.setVisible(bool(hint))
        self._hinted = suggested.id if suggested is not None and hint else None
        self.matching_failed = False
        """True while the last look for matches could not reach the catalogue."""

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("speakerNameEdit")
        self.name_edit.setAccessibleName(self.tr("Speaker"))
        self.name_edit.setAccessibleDescription(
            self.tr("Speaker's name or alias; Up/Down choose a match")
        )
        self.name_edit.setPlaceholderText(self.tr("Type a name or alias…"))
        self.name_edit.setClearButtonEnabled(True)
        self.matches = SpeakerChoiceModel(self)
        self.match_view = QListView(self)
        self.match_view.setObjectName("speakerMatches")
        self.match_view.setAccessibleName(self.tr("Matching speakers"))
        self.match_view.setModel(self.matches)
        self.match_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.match_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.match_view.setMaximumHeight(140)
        self.match_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.match_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.match_view.setUniformItemSizes(True)

        self.role_edit = QLineEdit(self)
        self.role_edit.setObjectName("speakerRoleEdit")
        self.role_edit.setAccessibleName(self.tr("New speaker's role"))
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setObjectName("speakerOrganisationEdit")
        self.organisation_edit.setAccessibleName(self.tr("New speaker's organisation"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("claimKindCombo")
        self.kind_combo.setAccessibleName(self.tr("Kind of claim"))
        for value in ClaimKind:
            self.kind_combo.addItem(kind_label(value.value), value.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.tags_edit = QLineEdit(", ".join(tags), self)
        self.tags_edit.setObjectName("claimTagsEdit")
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. economy, Karabakh"))
        self.note_edit = QLineEdit(note, self)
        self.note_edit.setObjectName("claimNoteEdit")
        self.note_edit.setAccessibleName(self.tr("Note"))

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Speaker:"), self.name_edit), self.name_edit)
        form.addRow("", self.match_view)
        form.addRow(self._label(self.tr("&Role:"), self.role_edit), self.role_edit)
        form.addRow(
            self._label(self.tr("&Organisation:"), self.organisation_edit), self.organisation_edit
        )
        form.addRow(self._label(self.tr("&Kind:"), self.kind_combo), self.kind_combo)
        form.addRow(self._label(self.tr("&Tags:"), self.tags_edit), self.tags_edit)
        form.addRow(self._label(self.tr("&Note:"), self.note_edit), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if speaker_only:
            for widget in (self.kind_combo, self.tags_edit, self.note_edit):
                widget.setEnabled(False)

        self._typed_role = ""
        self._typed_organisation = ""
        self._proposed: tuple[str, str] | None = None
        """The folded name and the role :meth:`propose` filled in."""
        self._role_proposed = False
        """The role shown is the one proposed, not edited by the user since."""
        """What the user typed into the role and organisation fields (a new speaker's), kept
        while a known speaker's own values are shown there instead."""
        self.role_edit.textChanged.connect(self._remember_typed)
        self.role_edit.textEdited.connect(self._role_edited)
        self.organisation_edit.textChanged.connect(self._remember_typed)
        self.name_edit.textEdited.connect(self.update_matches)
        self.name_edit.installEventFilter(self)
        self.match_view.selectionModel().currentRowChanged.connect(self._on_choice_changed)
        self.match_view.clicked.connect(lambda _index: self.name_edit.setFocus())
        self.match_view.doubleClicked.connect(lambda _index: self.accept())
        if suggested is not None:
            self.name_edit.setText(suggested.name)
            self.name_edit.selectAll()
        self.update_matches(self.name_edit.text())
        self.name_edit.setFocus()

    def propose(self, name: str, role: str = "") -> None:
        """Fill in ``name`` as the speaker (the catalogue's speaker of that name if there is
        one, else a new speaker with ``role``), selected, so typing replaces it."""
        self.name_edit.setText(name)
        self.update_matches(name)
        if role and self.role_edit.isEnabled():  # a new speaker: the article's role
            self.role_edit.setText(role)
            self._proposed = (fold(name), role)
            self._role_proposed = True
        self.name_edit.selectAll()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- matching -----------------------------------------------------------------------------

    def update_matches(self, text: str) -> None:
        name = " ".join(text.split())
        if not name:
            self.matching_failed = False
            self.matches.set_choices([SpeakerChoice(None)])
            self._set_current(0)
            return
        try:
            choices = find_matches(self.catalogue, name)
        except ClaimDeskError:
            # keep the typed name, but choose nothing for it until matches can be looked up
            self.matching_failed = True
            self.show_problem(QCoreApplication.translate("SpeakerPicker", MATCHING_UNAVAILABLE))
            self.matches.set_choices([SpeakerChoice(None, new_name=name)])
            self._set_current(0)
            return
        self.matching_failed = False
        unavailable = QCoreApplication.translate("SpeakerPicker", MATCHING_UNAVAILABLE)
        if self.problem_label.isVisible() and self.problem_label.text() == unavailable:
            # the server is back: the note that matches could not be looked up goes (it stayed
            # beside the matches found again)
            self.problem_label.hide()
        exact = any(
            fold(c.matched_name) == fold(name) or fold(c.speaker.name) == fold(name)
            for c in choices
            if c.speaker is not None
        )
        if not exact:
            choices.append(SpeakerChoice(None, new_name=name))
        self.matches.set_choices(choices)
        good = choices and choices[0].speaker is not None and choices[0].score >= GOOD_MATCH
        self._set_current(0 if good else len(choices) - 1)

    def _set_current(self, row: int) -> None:
        self.match_view.setCurrentIndex(self.matches.index(row, 0))

    def current_choice(self) -> SpeakerChoice | None:
        index = self.match_view.currentIndex()
        return self.matches.choices[index.row()] if index.isValid() else None

    def _on_choice_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Role and organisation show the chosen speaker's own (read-only), or for a new speaker
        what the user typed there; never a speaker's values carried over to another one."""
        choice = self.matches.choices[current.row()] if current.isValid() else None
        known = choice.speaker if choice is not None else None
        # the hint is about the suggested speaker: hidden while another is chosen
        self.hint_label.setVisible(
            self._hinted is not None and known is not None and known.id == self._hinted
        )
        creating = choice is not None and known is None and bool(choice.new_name)
        for edit in (self.role_edit, self.organisation_edit):
            edit.setEnabled(creating)
        if known is not None:
            self.role_edit.setText(known.role)
            self.organisation_edit.setText(known.organisation)
        elif creating and choice is not None:
            role, organisation = self._typed_role, self._typed_organisation
            proposed = self._proposed
            if (
                proposed is not None
                and self._role_proposed
                and role == proposed[1]
                and fold(choice.new_name) != proposed[0]
            ):
                # the article's role for the speaker proposed, not for another typed instead
                # ("посол" went with Бочарников's suggestion onto Байрамов); kept for the
                # proposed name typed again (not remembered as typed: no signal)
                self.role_edit.blockSignals(True)
                self.role_edit.clear()
                self.role_edit.blockSignals(False)
            else:
                self.role_edit.setText(role)
            self.organisation_edit.setText(organisation)
        else:
            self.role_edit.clear()
            self.organisation_edit.clear()

    def _role_edited(self, _text: str) -> None:
        self._role_proposed = False  # the user's own now, whatever name goes with it

    def _remember_typed(self, _text: str) -> None:
        if not self.role_edit.isEnabled():
            return  # a known speaker's values shown, or none: not what the user typed
        self._typed_role = self.role_edit.text()
        self._typed_organisation = self.organisation_edit.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.name_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()), 0)
            if step and self.matches.choices:
                row = self.match_view.currentIndex().row() + step
                self._set_current(max(0, min(row, len(self.matches.choices) - 1)))
                return True
        return super().eventFilter(watched, event)

    # -- result -------------------------------------------------------------------------------

    def show_problem(self, text: str) -> None:
        """A note above the fields: why the picker is open again, or why matches are missing."""
        self.problem_label.show_problem(text)

    def accept(self) -> None:
        if self.matching_failed:
            # The name was typed while the server was away: look it up now, and if the choice
            # changes (the speaker is known after all), let the user see it before saving.
            before = self.current_choice()
            self.update_matches(self.name_edit.text())
            if not self.matching_failed and self.current_choice() != before:
                self.show_problem(
                    self.tr(
                        "The server is back and the speaker matches are up to date: check "
                        "them, then OK."
                    )
                )
                return
        if not passes(self._checks(), self.show_problem):
            return
        super().accept()

    def _checks(self) -> list[Check]:
        """What the catalogue would refuse: a new speaker's name, role and organisation (a
        known speaker's are stored already), and the tags."""
        checks: list[Check] = []
        choice = self.current_choice()
        if (choice is None or choice.speaker is None) and self.name_edit.text().strip():
            checks += speaker_checks(self.name_edit, self.role_edit, self.organisation_edit)
        if self.tags_edit.isEnabled():
            checks.append(tags_check(self.tags_edit, clean_tags, TAG_MAX_CHARS))
        return checks

    def attribution(self) -> Attribution:
        choice = self.current_choice()
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        common: dict[str, Any] = {
            "kind": str(self.kind_combo.currentData()),
            "tags": tags,
            "note": self.note_edit.text().strip(),
        }
        if choice is not None and choice.speaker is not None:
            return Attribution(speaker_id=choice.speaker.id, **common)
        name = " ".join(self.name_edit.text().split())
        if not name:
            return Attribution(**common)
        return Attribution(
            new_speaker=name,
            new_speaker_role=self.role_edit.text().strip(),
            new_speaker_organisation=self.organisation_edit.text().strip(),
            **common,
        )
