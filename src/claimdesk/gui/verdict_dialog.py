"""The verdict editor (issue 19): a cluster's status, rating explanation, fact-check address,
reviewer and date, checked before OK so what the core would refuse is said in the dialog.

The dialog only collects the values (:meth:`VerdictDialog.values`); the caller saves them as
one undo step with the version of the cluster it showed, so a colleague's verdict given
meanwhile is a conflict, not overwritten.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.clusters import (
    MAX_EXPLANATION_CHARS,
    MAX_REVIEWER_CHARS,
    ClusterInfo,
    VerdictLabel,
    check_explanation,
    check_review_url,
    check_reviewer,
    read_review_date,
)
from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.gui.date_fields import date_field
from claimdesk.gui.field_checks import core_check, passes
from claimdesk.gui.keep_input import ProblemLabel
from claimdesk.gui.kind_labels import status_label
from claimdesk.gui.widths import show_whole_placeholder


def url_problem(text: str) -> str:
    """Why ``text`` is not a fact-check address (the core's reason), or "" when it is one (or
    empty)."""
    try:
        check_review_url(text)
    except InvalidValueError as error:
        return str(error)
    return ""


def date_problem(text: str) -> str:
    """Why ``text`` is not a review date (the core's reason), or "" when it is one (or
    empty): "2024-08-01" or "01.08.2024"."""
    try:
        read_review_date(text)
    except InvalidValueError as error:
        return str(error)
    return ""


class VerdictDialog(QDialog):
    """Edit the verdict of ``cluster``, offering the catalogue's statuses ``labels`` (with its
    own labels, in its order); ``reviewer`` is who the reviewer is unless the verdict names one
    (the user name the catalogue writes as "Added by")."""

    def __init__(
        self,
        cluster: ClusterInfo,
        labels: list[VerdictLabel],
        reviewer: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verdictDialog")
        self.setWindowTitle(self.tr("Verdict of cluster {id}").format(id=cluster.id))
        self.cluster = cluster
        self.problem = ProblemLabel("verdictProblem", self)

        quote = " ".join(cluster.first.quote.split())
        shown = quote[:300] + ("…" if len(quote) > 300 else "")
        said = QLabel(self.tr("“{quote}”").format(quote=shown), self)
        said.setWordWrap(True)
        said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status = QComboBox(self)
        self.status.setObjectName("verdictStatus")
        self.labels = {label.key: label for label in labels}
        for label in labels:
            self.status.addItem(status_label(label.key, label.label), label.key)
        if str(cluster.status) not in self.labels:  # a status removed since: still shown
            self.status.addItem(cluster.status_label, str(cluster.status))
        self.status.setCurrentIndex(self.status.findData(str(cluster.status)))
        self.explanation = QPlainTextEdit(cluster.explanation, self)
        self.explanation.setObjectName("verdictExplanation")
        self.explanation.setTabChangesFocus(True)
        self.explanation.setPlaceholderText(
            self.tr("What the fact-check found, in a few sentences")
        )
        self.url = QLineEdit(cluster.review_url, self)
        self.url.setObjectName("verdictUrl")
        self.url.setPlaceholderText("https://…")
        self.reviewer = QLineEdit(cluster.reviewer or reviewer, self)
        self.reviewer.setObjectName("verdictReviewer")
        self.reviewed_on = date_field(QLineEdit(cluster.reviewed_on or "", self), read_review_date)
        self.reviewed_on.setObjectName("verdictDate")
        self.reviewed_on.setPlaceholderText(
            self.tr("YYYY-MM-DD or DD.MM.YYYY (today when a finding is given)")
        )
        show_whole_placeholder(self.reviewed_on)

        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Explanation:"), self.explanation)
        form.addRow(self.tr("Fact-check &address:"), self.url)
        form.addRow(self.tr("&Reviewer:"), self.reviewer)
        form.addRow(self.tr("&Date:"), self.reviewed_on)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.url.textChanged.connect(self._check)
        self.reviewed_on.textChanged.connect(self._check)
        self.resize(520, self.sizeHint().height())
        self._check()

    def _problems(self) -> list[str]:
        found = [
            url_problem(self.url.text().strip()),
            date_problem(self.reviewed_on.text().strip()),
        ]
        return [p for p in found if p]

    def _check(self) -> None:
        """OK waits for a valid address and date; what is wrong is said above the fields."""
        problems = self._problems()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        if problems:
            self.problem.show_problem(" ".join(problems))
        else:
            self.problem.hide()

    def accept(self) -> None:
        """OK: closes only with what the catalogue takes; an explanation or reviewer past the
        core's limit keeps the dialog open with the excess selected (pasting a long text
        closed it and the save failed, losing what was typed)."""
        if self._problems():  # Enter in a field with OK greyed out
            return
        checks = [
            core_check(self.explanation, check_explanation, MAX_EXPLANATION_CHARS),
            core_check(self.reviewer, check_reviewer, MAX_REVIEWER_CHARS),
        ]
        if passes(checks, self.show_problem):
            super().accept()

    def show_problem(self, text: str) -> None:
        """Opened again after saving failed (the team server away): say why, keeping the input."""
        self.problem.show_problem(text)

    def values(self) -> dict[str, Any]:
        """The verdict as ``Catalogue.set_verdict`` takes it (status first)."""
        status = str(self.status.currentData())
        found = self.labels.get(status)
        reviewed_on = read_review_date(self.reviewed_on.text())  # read: OK waits for it
        if reviewed_on is None and found is not None and found.rated:
            reviewed_on = date.today().isoformat()  # a finding is dated
        return {
            "status": status,
            "explanation": self.explanation.toPlainText().strip(),
            "review_url": self.url.text().strip(),
            "reviewer": self.reviewer.text().strip(),
            "reviewed_on": reviewed_on,
        }
