"""The article details dialog: title, outlet, date, URL, language, each starting from what the
file said or, failing that, from what the text itself suggests (dateline, language, first line).
The same dialog edits a stored article's details (then the fields show exactly what is stored).

The date is taken as typed, ISO or day first with dots ("15.03.2024"), and shown as stored
("2024-03-15") once it is read (gui/date_fields.py). If storing the article fails because the
team server was lost, the dialog opens again with what was typed and a note above the fields
(:meth:`ArticleDialog.show_problem`); a date that is not one is refused there too, before the
dialog closes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.records import ArticleInfo
from claimdesk.gui.colours import secondary_text
from claimdesk.gui.date_fields import date_field, show_as_stored
from claimdesk.gui.field_checks import core_check, passes, select_all_from_start
from claimdesk.gui.keep_input import ProblemLabel

# The importers and the article checks are imported where they are used: the main window imports
# this module (for ArticleDetails) before the core is loaded (gui/startup.py).


@dataclass(frozen=True, slots=True)
class ArticleDetails:
    title: str = ""
    outlet: str = ""
    published: str | None = None
    url: str = ""
    language: str = ""

    @classmethod
    def of(cls, article: ArticleInfo) -> ArticleDetails:
        """The details stored for ``article``."""
        return cls(article.title, article.outlet, article.published, article.url, article.language)

    def filled_from(self, other: ArticleDetails | None) -> ArticleDetails:
        """These details, with ``other``'s where these are blank."""
        if other is None:
            return self
        return ArticleDetails(
            self.title or other.title,
            self.outlet or other.outlet,
            self.published or other.published,
            self.url or other.url,
            self.language or other.language,
        )


class ArticleDialog(QDialog):
    """Asks for an article's details; the fields start from what the importer found, and blank
    ones from what the text suggests unless ``guess`` is False (editing what is stored)."""

    def __init__(
        self,
        text: str,
        details: ArticleDetails | None = None,
        parent: QWidget | None = None,
        *,
        source: str = "",
        guess: bool = True,
        title: str = "",
        note: str = "",
        version_of: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleDialog")
        self.as_version = False
        """True when the user chose to store the text as a new version of ``version_of`` (the
        article it nearly duplicates) rather than as a new article."""
        title = title or self.tr("Article details")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        # the dialog opens over an open catalogue: the core is loaded (see the imports)
        from claimdesk.core.importers import ImportedArticle, complete_metadata  # noqa: PLC0415

        details = details or ArticleDetails()
        # Only what the given details lack is guessed, so a hint ("… but no year") is only
        # given for a field still blank.
        guessed = complete_metadata(
            ImportedArticle(
                text,
                "",
                "",
                title=details.title,
                outlet=details.outlet,
                published=details.published,
                language=details.language,
            )
        )
        if guess:
            details = details.filled_from(
                ArticleDetails(
                    guessed.title, guessed.outlet, guessed.published, "", guessed.language
                )
            )
        self.title_edit = QLineEdit(details.title, self)
        self.title_edit.setObjectName("articleTitleEdit")
        self.outlet_edit = QLineEdit(details.outlet, self)
        self.outlet_edit.setObjectName("articleOutletEdit")
        self.outlet_edit.setPlaceholderText(self.tr("e.g. Sputnik Azerbaijan"))
        self.date_edit = date_field(QLineEdit(details.published or "", self))
        self.date_edit.setObjectName("articleDateEdit")
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY"))
        self.date_edit.setToolTip(
            self.tr(
                "The publication date, as 2024-03-15 or 15.03.2024 (day first), or only the "
                "month (2024-03, 03.2024) or the year; it is stored as 2024-03-15"
            )
        )
        self.url_edit = QLineEdit(details.url, self)
        self.url_edit.setObjectName("articleUrlEdit")
        self.url_edit.setPlaceholderText("https://…")
        self.language_edit = QLineEdit(details.language, self)
        self.language_edit.setObjectName("articleLanguageEdit")
        self.language_edit.setPlaceholderText(self.tr("e.g. ru, en"))
        form = QFormLayout()
        for label, edit in (
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Outlet:"), self.outlet_edit),
            (self.tr("&Date:"), self.date_edit),
            (self.tr("&URL:"), self.url_edit),
            (self.tr("&Language:"), self.language_edit),
        ):
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(_buddy(label, edit, self), edit)
        layout = QVBoxLayout(self)
        summary = self.tr("%Ln character(s)", "", len(text))
        if source:
            if source == "clipboard":  # the name the app gives a pasted text, said in words
                source = self.tr("the clipboard")
            summary = self.tr("{source} — {characters}").format(source=source, characters=summary)
        info = QLabel(f"{note}\n{summary}" if note else summary, self)
        info.setObjectName("articleDialogInfo")
        info.setWordWrap(True)
        layout.addWidget(info)
        self.problem_label = ProblemLabel("articleDialogProblem", self)
        layout.addWidget(self.problem_label)
        layout.addLayout(form)
        self.hints_label = QLabel(self)
        self.hints_label.setObjectName("articleDialogHints")
        self.hints_label.setWordWrap(True)
        hints_colour = secondary_text(self.hints_label.palette()).name()
        self.hints_label.setStyleSheet(f"color: {hints_colour};")
        layout.addWidget(self.hints_label)
        self._guessed_hints = guessed.hints
        self._hints: list[object] = []
        self.set_hints(())
        self.date_edit.textChanged.connect(lambda _text: self._show_hints())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if version_of:
            shown = version_of if len(version_of) <= 40 else version_of[:39] + "…"
            as_version = buttons.addButton(
                self.tr("Store as a new version of “{title}”").format(title=shown),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            as_version.setObjectName("storeAsVersionButton")
            as_version.setToolTip(
                self.tr(
                    "The text is nearly the same as this earlier article: store it as that "
                    "article's new version (its claims follow their words) instead of a new "
                    "article"
                )
            )
            as_version.clicked.connect(self._accept_as_version)
        layout.addWidget(buttons)
        self.title_edit.setFocus()
        select_all_from_start(self.title_edit)

    def set_hints(self, hints: Sequence[object]) -> None:
        """Notes on what was guessed ("The dateline gives 28 July but no year…"): text, or the
        core's messages, shown in the user's language. A note on the date's missing year goes
        once a date is typed."""
        self._hints = list(hints)
        self._show_hints()

    def _show_hints(self) -> None:
        from claimdesk.core.importers import NO_YEAR_HINT  # noqa: PLC0415  (see __init__)

        dated = bool(self.date_edit.text().strip())
        shown = list(
            dict.fromkeys(
                str(hint)
                for hint in [*self._hints, *self._guessed_hints]
                if not (dated and getattr(hint, "template", None) == NO_YEAR_HINT)
            )
        )
        self.hints_label.setText("\n".join(shown))
        gone = self.hints_label.isVisible() and not shown
        self.hints_label.setVisible(bool(shown))
        if gone:
            # as tall as what is left: the note's room stayed, spread as blank space between
            # the fields
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.resize(self.width(), self.sizeHint().height())

    def show_problem(self, text: str) -> None:
        """A note above the fields: why the dialog is open again."""
        self.problem_label.show_problem(text)

    def accept(self) -> None:
        """OK: closes only with a date the catalogue takes (a partial one is fine), shown as it
        is stored, a web address (http or https) or none, and a language code or none."""
        from claimdesk.core.domain.article_fields import (  # noqa: PLC0415
            check_article_url,
            check_language,
        )

        try:
            show_as_stored(self.date_edit)
        except InvalidValueError as error:
            self.show_problem(str(error))
            self.date_edit.setFocus()
            self.date_edit.selectAll()
            return
        checks = [
            core_check(self.url_edit, check_article_url),
            core_check(self.language_edit, check_language),
        ]
        if passes(checks, self.show_problem):
            super().accept()

    def _accept_as_version(self) -> None:
        """The earlier article keeps its details: nothing here needs checking."""
        self.as_version = True
        super().accept()

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
