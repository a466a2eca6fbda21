"""The article details dialog: title (guessed from the first line), outlet, date, URL, language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.catalogue import guess_title

PARTIAL_DATE = QRegularExpression(r"^(\d{0,4}(-\d{0,2}(-\d{0,2})?)?)$")


@dataclass(frozen=True, slots=True)
class ArticleDetails:
    title: str = ""
    outlet: str = ""
    published: str | None = None
    url: str = ""
    language: str = ""


class ArticleDialog(QDialog):
    """Asks for an article's details; the fields start from what the importer found."""

    def __init__(
        self,
        text: str,
        details: ArticleDetails | None = None,
        parent: QWidget | None = None,
        *,
        source: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleDialog")
        self.setAccessibleName("Article details")
        self.setWindowTitle("Article details")
        self.setMinimumWidth(520)
        details = details or ArticleDetails()
        self.title_edit = QLineEdit(details.title or guess_title(text), self)
        self.title_edit.setObjectName("articleTitleEdit")
        self.outlet_edit = QLineEdit(details.outlet, self)
        self.outlet_edit.setObjectName("articleOutletEdit")
        self.outlet_edit.setPlaceholderText("e.g. Sputnik Azerbaijan")
        self.date_edit = QLineEdit(details.published or "", self)
        self.date_edit.setObjectName("articleDateEdit")
        self.date_edit.setPlaceholderText("YYYY-MM-DD, YYYY-MM or YYYY")
        self.date_edit.setValidator(QRegularExpressionValidator(PARTIAL_DATE, self))
        self.url_edit = QLineEdit(details.url, self)
        self.url_edit.setObjectName("articleUrlEdit")
        self.url_edit.setPlaceholderText("https://…")
        self.language_edit = QLineEdit(details.language or guess_language(text), self)
        self.language_edit.setObjectName("articleLanguageEdit")
        self.language_edit.setPlaceholderText("e.g. ru, en")
        form = QFormLayout()
        for label, edit in (
            ("&Title:", self.title_edit),
            ("&Outlet:", self.outlet_edit),
            ("&Date:", self.date_edit),
            ("&URL:", self.url_edit),
            ("&Language:", self.language_edit),
        ):
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(_buddy(label, edit, self), edit)
        layout = QVBoxLayout(self)
        summary = f"{len(text):,} characters"
        if source:
            summary = f"{source} — {summary}"
        info = QLabel(summary, self)
        info.setObjectName("articleDialogInfo")
        layout.addWidget(info)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def details(self) -> ArticleDetails:
        return ArticleDetails(
            title=self.title_edit.text().strip(),
            outlet=self.outlet_edit.text().strip(),
            published=self.date_edit.text().strip() or None,
            url=self.url_edit.text().strip(),
            language=self.language_edit.text().strip(),
        )


def _buddy(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def guess_language(text: str) -> str:
    """Russian or Ukrainian for mostly Cyrillic text; empty (for the user to fill in) otherwise."""
    sample = [c for c in text[:4000] if c.isalpha()]
    cyrillic = [c for c in sample if "\u0400" <= c <= "\u04ff"]
    if not sample or len(cyrillic) < 0.6 * len(sample):
        return ""
    return "uk" if any(c in "іїєґІЇЄҐ" for c in cyrillic) else "ru"
