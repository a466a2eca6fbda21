"""Article › Edit text…: the article's text in a plain-text editor, saved as a new version.

Ctrl+Enter saves; Escape (or Cancel) closes, asking first when the text was changed, so a
stray key does not throw away an edit. The text is read back as typed: non-breaking spaces
and other characters Qt's plain-text export would turn into spaces are kept.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.gui.keep_input import ProblemLabel

PARAGRAPH_SEPARATOR = "\u2029"
"""What QTextDocument.toRawText() has between paragraphs."""


class ArticleTextDialog(QDialog):
    """The text of one article to edit; :meth:`text` is what the user saved."""

    def __init__(self, text: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleTextDialog")
        self.setWindowTitle(
            self.tr("Edit text — {title}").format(title=title) if title else self.tr("Edit text")
        )
        self.resize(760, 560)
        self._original = text
        self._discard_asked = False
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Saving keeps the present text as an earlier version (Article › Versions…) and "
                "moves the claims with the words they quote. Ctrl+Enter saves; Escape cancels."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.problem = ProblemLabel("articleTextProblem", self)
        layout.addWidget(self.problem)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("articleTextEditor")
        self.editor.setAccessibleName(self.tr("Article text"))
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        font = QFont(self.editor.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.1)
        self.editor.setFont(font)
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("articleTextButtons")
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("articleTextSave")
        save.setToolTip(self.tr("Save as a new version (Ctrl+Enter)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.accept)
        self.editor.setFocus()

    def text(self) -> str:
        """The edited text, every character as typed, paragraphs on lines of their own."""
        return self.editor.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")

    def changed(self) -> bool:
        return self.text() != self._original

    def show_problem(self, message: str) -> None:
        """Why the dialog is open again (the team server was lost while saving)."""
        self.problem.show_problem(message)

    def reject(self) -> None:
        """Cancel or Escape: an edited text is thrown away only once the user says so."""
        if self.changed() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard changes?"),
            self.tr("The text was changed. Discard the changes?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("discardTextChanges")
        discard = box.addButton(self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardTextChangesButton")
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepEditingButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard
