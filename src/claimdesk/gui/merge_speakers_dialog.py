"""The dialog that asks which of two speakers to keep when merging them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.records import SpeakerInfo


class MergeSpeakersDialog(QDialog):
    """Two choices (radio buttons ``keepSpeaker0`` and ``keepSpeaker1``), the speaker with more
    claims chosen first (with as many, the one whose name has more letters); :meth:`keep_id`
    and :meth:`merge_id` say what the user picked."""

    def __init__(
        self, first: SpeakerInfo, second: SpeakerInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeSpeakersDialog")
        self.setWindowTitle(self.tr("Merge speakers"))
        self._speakers = (first, second)
        intro = QLabel(
            self.tr(
                "Which speaker do you keep? The other one's claims and aliases move to it and "
                "its name becomes an alias. You can undo this."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for n, speaker in enumerate(self._speakers):
            button = QRadioButton(self._keep_text(speaker), self)
            button.setObjectName(f"keepSpeaker{n}")
            self.group.addButton(button, n)
            layout.addWidget(button)
        # more claims first; as many: the fuller name ("Hillary Clinton", not "H. Clinton")
        weight = [(s.claim_count, sum(c.isalpha() for c in s.name)) for s in self._speakers]
        preferred = 0 if weight[0] >= weight[1] else 1
        self.group.button(preferred).setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _keep_text(self, speaker: SpeakerInfo) -> str:
        details = ", ".join(p for p in (speaker.role, speaker.organisation) if p)
        claims = speaker.claim_count
        if details:
            said = self.tr("Keep {name} ({details}) — %Ln claim(s)", "", claims)
            return said.format(name=speaker.name, details=details)
        return self.tr("Keep {name} — %Ln claim(s)", "", claims).format(name=speaker.name)

    def keep_id(self) -> int:
        return self._speakers[self.group.checkedId()].id

    def merge_id(self) -> int:
        return self._speakers[1 - self.group.checkedId()].id
