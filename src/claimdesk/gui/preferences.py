"""Edit › Preferences…: opening the dialog, storing what it gives in
:class:`~claimdesk.gui.settings.AppSettings`, and applying it to the running app at once — the
name recorded on claims, the theme and highlight colours, the reader's font size. The language
is stored for the next start, where the translation is loaded (the theme is applied at start-up
in gui/app.py).

The dialog and the preferences' values are in :mod:`claimdesk.gui.preferences_dialog`.
"""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import QApplication, QWidget

from claimdesk.gui.context import WindowContext
from claimdesk.gui.preferences_dialog import Preferences, PreferencesDialog
from claimdesk.gui.reader import ArticleReader
from claimdesk.gui.theme import apply_theme


def os_user_name() -> str:
    """The OS user's login name (what is recorded when no name is set); "" if unknown."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


class PreferencesController:
    """Opens the dialog (Edit › Preferences…) and applies what it gives."""

    def __init__(self, ctx: WindowContext, parent: QWidget, reader: ArticleReader) -> None:
        self.ctx = ctx
        self.parent = parent
        self.reader = reader
        if ctx.settings.reader_font_size is not None:
            reader.set_font_size(ctx.settings.reader_font_size)

    def open_dialog(self) -> None:
        dialog = PreferencesDialog(
            Preferences.load(self.ctx.settings),
            default_font_size=self.reader.default_point_size,
            user_placeholder=os_user_name(),
            parent=self.parent,
        )
        dialog.applied.connect(self.apply)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def apply(self, preferences: Preferences) -> None:
        """Store ``preferences`` and make them take effect (the language at the next start)."""
        preferences.save(self.ctx.settings)
        # the core is imported where used, as in the main window (it loads after the window)
        from claimdesk.core.catalogue import set_default_user_name  # noqa: PLC0415

        # catalogues opened from now on, and the one open now, record the new name
        set_default_user_name(preferences.user_name)
        if self.ctx.has_catalogue:
            self.ctx.catalogue.user_name = " ".join(preferences.user_name.split()) or (
                os_user_name()
            )
        apply_theme(preferences.theme, preferences.highlight_palette)
        self.reader.set_font_size(preferences.reader_font_size)
        self.reader.redraw_claims()
        for widget in QApplication.topLevelWidgets():
            widget.update()  # colours views ask for when they paint (the claims panel's dots)
