"""The colour theme (Preferences): the system's own look, or Fusion with a light or a dark palette.

:func:`apply_theme` sets the application's style and palette and the highlight colours that go
with it (gui/colours.py), and recolours the charts; the first call keeps the system's style and
palette, so choosing "System" again brings them back without a restart.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from claimdesk.gui.charts import set_chart_colours
from claimdesk.gui.colours import (
    DARK_TEXT,
    LIGHT_TEXT,
    SELECTED_TEXT,
    HighlightPalette,
    HighlightScheme,
    set_scheme,
)
from claimdesk.gui.focus_style import FocusStyle

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


class Theme(StrEnum):
    """The themes offered in Preferences."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @property
    def label(self) -> str:
        """The theme's name as Preferences lists it (translated)."""
        return QCoreApplication.translate("Theme", THEME_LABELS[self])


THEME_LABELS = {
    Theme.SYSTEM: str(QT_TRANSLATE_NOOP("Theme", "System")),
    Theme.LIGHT: str(QT_TRANSLATE_NOOP("Theme", "Light")),
    Theme.DARK: str(QT_TRANSLATE_NOOP("Theme", "Dark")),
}

_system: list[tuple[str, QPalette]] = []
"""The style name and palette the application had before a theme was first applied."""


def light_palette() -> QPalette:
    """Fusion's light palette, with the selection the highlight scheme checks."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    palette.setColor(_Role.Text, LIGHT_TEXT)
    _set_selection(palette, HighlightScheme(dark=False).selection)
    return palette


def dark_palette() -> QPalette:
    """A dark palette for Fusion: dark greys, light text, a blue selection."""
    palette = QPalette()
    window = QColor("#2b2b2b")
    base = QColor("#1e1e1e")
    for role, colour in (
        (_Role.Window, window),
        (_Role.WindowText, DARK_TEXT),
        (_Role.Base, base),
        (_Role.AlternateBase, QColor("#262626")),
        (_Role.ToolTipBase, QColor("#3a3a3a")),
        (_Role.ToolTipText, DARK_TEXT),
        (_Role.PlaceholderText, QColor("#9a9a9a")),
        (_Role.Text, DARK_TEXT),
        (_Role.Button, QColor("#353535")),
        (_Role.ButtonText, DARK_TEXT),
        (_Role.BrightText, QColor("#ff6b6b")),
        (_Role.Light, QColor("#4a4a4a")),
        (_Role.Midlight, QColor("#3e3e3e")),
        (_Role.Mid, QColor("#5a5a5a")),
        (_Role.Dark, QColor("#a0a0a0")),
        (_Role.Shadow, QColor("#000000")),
        (_Role.Link, QColor("#8ab4f8")),
        (_Role.LinkVisited, QColor("#c58af9")),
    ):
        palette.setColor(role, colour)
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        palette.setColor(_Group.Disabled, role, QColor("#7a7a7a"))
    _set_selection(palette, HighlightScheme(dark=True).selection)
    return palette


def _set_selection(palette: QPalette, colour: QColor) -> None:
    for group in (_Group.Active, _Group.Inactive):
        palette.setColor(group, _Role.Highlight, colour)
        palette.setColor(group, _Role.HighlightedText, SELECTED_TEXT)


def _base_name(style: QStyle) -> str:
    """The name of ``style``, or of the style it wraps."""
    return style.baseStyle().name() if isinstance(style, QProxyStyle) else style.name()


def _use_style(app: QApplication, name: str) -> None:
    """Give the application the style ``name``, wrapped so that focus shows in tables and
    lists (:class:`~claimdesk.gui.focus_style.FocusStyle`); nothing if it has it already."""
    current = app.style()
    if isinstance(current, FocusStyle) and current.baseStyle().name().lower() == name.lower():
        return
    app.setStyle(FocusStyle(name))


def palette_is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on dark ground."""
    return palette.color(_Role.Base).lightness() < 128


def apply_theme(theme: Theme, highlights: HighlightPalette) -> bool:
    """Give the application ``theme`` and the ``highlights`` palette that goes with it; whether
    the result is dark (for the system theme, whether the system's palette is)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not _system:
        _system.append((_base_name(app.style()), QPalette(app.palette())))
    style_name, system_palette = _system[0]
    if theme is Theme.SYSTEM:
        _use_style(app, style_name)
        app.setPalette(system_palette)
        dark = palette_is_dark(system_palette)
    else:
        _use_style(app, "fusion")
        dark = theme is Theme.DARK
        app.setPalette(dark_palette() if dark else light_palette())
    set_scheme(HighlightScheme(highlights, dark))
    set_chart_colours(dark)
    return dark
