"""The dialog that connects to a team catalogue on a PostgreSQL server (File > Connect to team
catalogue…).

It asks for the server, database and user, or a libpq service name, and builds a
``postgresql+psycopg://`` URL with no password in it: the URL is remembered in the settings as the
last catalogue, so the password comes from libpq's own ~/.pgpass or service file instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from claimdesk.core.catalogue import TeamServer

DEFAULT_PORT = 5432


class TeamCatalogueDialog(QDialog):
    """Asks where the team catalogue is; :meth:`url` is the database URL to open."""

    def __init__(self, previous: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamCatalogueDialog")
        self.setWindowTitle(self.tr("Connect to team catalogue"))
        # wide enough for its title and a server's name (it opened at about 250 px)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)

        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText(self.tr("db.newsroom.example or /run/postgresql"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit("claimdesk", self)
        self.user_edit = QLineEdit(self)
        self.service_edit = QLineEdit(self)
        self.service_edit.setPlaceholderText(
            self.tr("a name from ~/.pg_service.conf (instead of the above)")
        )
        note = QLabel(
            self.tr(
                "ClaimDesk does not store passwords. Put yours in ~/.pgpass "
                "(host:port:database:user:password, mode 600) or in a PostgreSQL service file."
            ),
            self,
        )
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("Ser&vice:"), self.service_edit)
        form.addRow(note)
        form.addRow(self.buttons)
        for edit in (self.host_edit, self.database_edit, self.service_edit):
            edit.textChanged.connect(self._update_ok)
        if previous:
            self._fill(previous)
        self._update_ok()

    def _fill(self, previous: str) -> None:
        """Start from the team catalogue opened last, if the previous catalogue was one."""
        server = TeamServer.from_url(previous)
        if server is None:
            return
        self.host_edit.setText(server.host)
        self.port_spin.setValue(server.port)
        self.database_edit.setText(server.database)
        self.user_edit.setText(server.user)
        self.service_edit.setText(server.service)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.service_edit.text().strip() or self.database_edit.text().strip()))

    def url(self) -> str:
        """The catalogue's URL, without any password."""
        return TeamServer(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            service=self.service_edit.text().strip(),
        ).url()
