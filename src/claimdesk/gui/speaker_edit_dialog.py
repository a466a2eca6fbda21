"""The dialog that edits one speaker's name, role, organisation and note.

If saving fails because the team server was lost, the dialog opens again with what was typed
and a note above the fields (:meth:`SpeakerEditDialog.show_problem`). What the catalogue would
refuse (a name, role or organisation too long) is said there before the dialog closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from claimdesk.core.domain.records import SpeakerInfo
from claimdesk.gui.field_checks import passes, speaker_checks
from claimdesk.gui.keep_input import ProblemLabel


class SpeakerEditDialog(QDialog):
    """Edits a speaker's details; :meth:`changes` gives only the fields the user changed, as
    keyword arguments for ``Catalogue.update_speaker``."""

    def __init__(self, speaker: SpeakerInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerEditDialog")
        self.setWindowTitle(self.tr("Edit speaker — {name}").format(name=speaker.name))
        self.speaker = speaker
        self.problem_label = ProblemLabel("speakerEditProblem", self)

        self.name_edit = QLineEdit(speaker.name, self)
        self.name_edit.setObjectName("speakerEditName")
        self.role_edit = QLineEdit(speaker.role, self)
        self.role_edit.setObjectName("speakerEditRole")
        self.organisation_edit = QLineEdit(speaker.organisation, self)
        self.organisation_edit.setObjectName("speakerEditOrganisation")
        self.note_edit = QPlainTextEdit(speaker.note, self)
        self.note_edit.setObjectName("speakerEditNote")
        self.note_edit.setTabChangesFocus(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.problem_label)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("No&te:"), self.note_edit)
        form.addRow(self.buttons)

        self.name_edit.textChanged.connect(self._update_ok)
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        """OK: closes only with a name, role and organisation the catalogue takes."""
        checks = speaker_checks(self.name_edit, self.role_edit, self.organisation_edit)
        if passes(checks, self.show_problem):
            super().accept()

    def show_problem(self, text: str) -> None:
        """A note above the fields: why the dialog is open again."""
        self.problem_label.show_problem(text)

    def changes(self) -> dict[str, str]:
        values = {
            "name": " ".join(self.name_edit.text().split()),
            "role": self.role_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
            "note": self.note_edit.toPlainText(),
        }
        return {k: v for k, v in values.items() if v != getattr(self.speaker, k)}
