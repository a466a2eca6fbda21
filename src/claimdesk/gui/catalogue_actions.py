"""The main window's catalogue controller: the File menu's commands on whole catalogues — a new
one, another file, a team catalogue on a server, a copy of this one — and switching the window
to the catalogue they open. It works through a :class:`~claimdesk.gui.context.WindowContext`;
the window itself is told to adopt the catalogue opened (it rebuilds every view over it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.context import WindowContext
from claimdesk.gui.file_dialogs import new_file_name, open_file_name

if TYPE_CHECKING:
    from claimdesk.core.catalogue import Catalogue

# The catalogue module (SQLAlchemy and the matching modules) is imported where it is used: the
# main window is built and shown before the core is loaded (gui/startup.py).


class CatalogueController(QObject):
    """Opening, creating, connecting to and copying catalogues. ``adopt`` makes a catalogue
    just opened the window's (and closes the one before)."""

    def __init__(self, ctx: WindowContext, adopt: Callable[[Catalogue], None]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._adopt = adopt

    def switch_catalogue(self, location: str) -> bool:
        """Open the catalogue at ``location`` (a file or a server URL) and switch to it; it is
        the one opened at the next start. False (the error shown) if it cannot be opened."""
        try:
            from claimdesk.core.catalogue import Catalogue  # noqa: PLC0415  (see the imports)

            catalogue = Catalogue.open(location)
        except ClaimDeskError as error:
            self.ctx.report_error(error)
            return False
        self._adopt(catalogue)
        self.ctx.status(
            self.tr("Opened the catalogue {location}").format(location=catalogue.location), 5000
        )
        return True

    def new_catalogue_dialog(self) -> None:
        """File › New catalogue…: a new file, switched to."""
        path = new_file_name(
            self.ctx.parent_widget,
            self.tr("New catalogue"),
            str(Path.home() / "claims.sqlite"),
            self.tr("Catalogues ({patterns})").format(patterns="*.sqlite"),
            self.tr(
                "{name} already exists. Give the new catalogue another name (or open that one "
                "with File › Open catalogue)."
            ),
        )
        if path:
            self.switch_catalogue(path)

    def open_catalogue_dialog(self) -> None:
        """File › Open catalogue…: another catalogue file, switched to."""
        path = open_file_name(
            self.ctx.parent_widget,
            self.tr("Open catalogue"),
            str(Path(self.ctx.catalogue.location).parent),
            self.tr("Catalogues ({patterns})").format(patterns="*.sqlite *.db")
            + ";;"
            + self.tr("All files (*)"),
        )
        if path:
            self.switch_catalogue(path)

    def copy_catalogue_dialog(self, target: str | None = None) -> bool:
        """File › Copy catalogue to…: this catalogue into a new file or an empty server one."""
        from claimdesk.gui.copy_dialog import ask_copy_target, copy_with_progress  # noqa: PLC0415

        parent = self.ctx.parent_widget
        target = target or ask_copy_target(parent)
        if not target:
            return False
        try:
            result = copy_with_progress(parent, self.ctx.catalogue.location, target)
        except ClaimDeskError as error:
            self.ctx.report_error(error)
            return False
        self.ctx.status(
            self.tr("Copied %Ln record(s) to {target}", "", result.total).format(
                target=result.target
            ),
            8000,
        )
        return True

    def connect_team_catalogue_dialog(self) -> None:
        """File › Connect to team catalogue…: a PostgreSQL catalogue, remembered like a file."""
        from claimdesk.gui.team_dialog import TeamCatalogueDialog  # noqa: PLC0415

        dialog = TeamCatalogueDialog(self.ctx.catalogue.location, self.ctx.parent_widget)
        try:
            # a server that cannot be reached is said in a message, then the dialog comes back
            # with what was typed, to correct the name or port rather than type it all again
            while dialog.exec() == TeamCatalogueDialog.DialogCode.Accepted:
                if self.switch_catalogue(dialog.url()):
                    return
        finally:
            dialog.deleteLater()  # else each use left a dialog among the window's children
