"""File › Open URL…: the small dialog that asks for a web page's address.

An address typed without a scheme (``ria.ru/…``) gets https://; one the importer would refuse
(``ftp:``, ``file:``, not an address at all) is said in the dialog, which stays open with what
was typed. A web address on the clipboard is offered, selected, so typing replaces it.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.gui.field_checks import select_all_from_start
from claimdesk.gui.keep_input import ProblemLabel


class UrlDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("urlDialog")
        self.setWindowTitle(self.tr("Open web page"))
        self.setMinimumWidth(520)
        self._address = ""
        layout = QVBoxLayout(self)
        self.problem = ProblemLabel("urlProblem", self)
        layout.addWidget(self.problem)
        label = QLabel(self.tr("&Address of the article's web page:"), self)
        layout.addWidget(label)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setPlaceholderText("https://…")
        self.url_edit.setClearButtonEnabled(True)
        label.setBuddy(self.url_edit)
        layout.addWidget(self.url_edit)
        note = QLabel(
            self.tr(
                "ClaimDesk fetches the page, keeps a copy of it as fetched, and reads its article "
                "as it reads a saved web page; the page's final address becomes the article's URL."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Fetch"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.url_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.url_edit.setText(address or _address_on_clipboard())
        ok.setEnabled(bool(self.url_edit.text().strip()))
        select_all_from_start(self.url_edit)  # a long address shows where it goes

    def accept(self) -> None:
        # loaded here: the main window imports this module before the core is loaded
        from claimdesk.core.importers.web import web_address  # noqa: PLC0415

        try:
            self._address = web_address(self.url_edit.text(), assume_https=True)
        except ImportFileError as error:
            self.problem.show_problem(str(error))
            self.url_edit.setFocus()
            return
        super().accept()

    def address(self) -> str:
        """The address to fetch (normalised), once accepted."""
        return self._address


def _address_on_clipboard() -> str:
    text = QGuiApplication.clipboard().text().strip()
    is_address = text.lower().startswith(("http://", "https://"))
    return text if is_address and len(text) < 2000 and not any(c.isspace() for c in text) else ""
