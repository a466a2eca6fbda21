"""Edit › Preferences…: what the preferences are (:class:`Preferences`, kept in
:class:`~claimdesk.gui.settings.AppSettings`), and applying them to the running app at once —
the name recorded on claims, the theme and highlight colours, the reader's font size. The
language is stored for the next start, where the translation is loaded.

The dialog itself is :class:`~claimdesk.gui.preferences_dialog.PreferencesDialog`.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QWidget

from claimdesk.gui.colours import HighlightPalette
from claimdesk.gui.context import WindowContext
from claimdesk.gui.reader import ArticleReader
from claimdesk.gui.settings import AppSettings
from claimdesk.gui.theme import Theme, apply_theme


@dataclass(frozen=True, slots=True)
class Preferences:
    """The user's preferences, as the dialog edits them."""

    user_name: str = ""
    """Recorded as who added and changed claims ("Added by"); "" for the OS user's name."""
    language: str = "system"
    excel_bom: bool = True
    reader_font_size: int | None = None
    """None: the reader's default size."""
    highlight_palette: HighlightPalette = HighlightPalette.SOFT
    theme: Theme = Theme.SYSTEM

    @classmethod
    def load(cls, settings: AppSettings) -> Preferences:
        return cls(
            user_name=settings.user_name,
            language=settings.ui_language,
            excel_bom=settings.csv_excel_bom,
            reader_font_size=settings.reader_font_size,
            highlight_palette=HighlightPalette(settings.highlight_palette),
            theme=Theme(settings.theme),
        )

    def save(self, settings: AppSettings) -> None:
        settings.user_name = self.user_name
        settings.ui_language = self.language
        settings.csv_excel_bom = self.excel_bom
        settings.reader_font_size = self.reader_font_size
        settings.highlight_palette = self.highlight_palette.value
        settings.theme = self.theme.value
        settings.sync()


def apply_appearance(settings: AppSettings) -> bool:
    """Give the application the theme and highlight palette in ``settings`` (at start-up);
    whether the theme is dark."""
    return apply_theme(Theme(settings.theme), HighlightPalette(settings.highlight_palette))


def os_user_name() -> str:
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
        self.applied: list[Callable[[Preferences], None]] = []
        """Called after preferences were applied (the window refreshes what it shows)."""
        if ctx.settings.reader_font_size is not None:
            reader.set_font_size(ctx.settings.reader_font_size)

    def open_dialog(self) -> None:
        from claimdesk.gui.preferences_dialog import PreferencesDialog  # noqa: PLC0415

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
        for callback in self.applied:
            callback(preferences)
        for widget in QApplication.topLevelWidgets():
            widget.update()
