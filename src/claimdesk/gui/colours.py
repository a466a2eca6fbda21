"""Colours for speakers' highlights: stable per speaker, in the palette and theme chosen in
Preferences, and always readable: text over every highlight colour (a speaker's, the blend of
overlapping claims, the unattributed grey, the selection) reaches WCAG AA contrast (4.5:1)
against the text colour of its theme.

A colour that would fall short is lightened (light theme) or darkened (dark theme) until it is
readable (:func:`readable`), so the guarantee holds for any hue a palette produces; the tests
check it for many speaker ids in every palette and theme (tests/gui/test_highlight_contrast.py).
The scheme in use is module state set by :func:`set_scheme` (Preferences, at start-up): the
reader and the claims panel ask for colours when they draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

GOLDEN_ANGLE = 137.508
MIN_CONTRAST = 4.5
"""WCAG 2 AA for normal text."""
TARGET_CONTRAST = 4.8
"""What colours are adjusted to: a margin above AA, so rounding to 8-bit channels never drops
one below it."""

LIGHT_TEXT = QColor("#000000")
"""The text colour over highlights in the light theme (Fusion's own text colour)."""
DARK_TEXT = QColor("#e8e8e8")
"""The text colour over highlights in the dark theme (the dark palette's text colour)."""
SELECTED_TEXT = QColor("#ffffff")
"""The text colour over the selection (the current claim is shown selected)."""
UNATTRIBUTED = QColor(210, 210, 210)
"""Unattributed claims in the light theme's soft palette (kept for callers that name it)."""

OKABE_ITO = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7")
"""Okabe and Ito's colour-blind-safe hues (their grey is left for unattributed claims)."""


class HighlightPalette(StrEnum):
    """The highlight palettes offered in Preferences."""

    SOFT = "soft"
    STRONG = "strong"
    COLOUR_BLIND = "colour_blind"

    @property
    def label(self) -> str:
        """The palette's name as Preferences lists it (translated)."""
        return QCoreApplication.translate("HighlightPalette", PALETTE_LABELS[self])


PALETTE_LABELS = {
    HighlightPalette.SOFT: str(QT_TRANSLATE_NOOP("HighlightPalette", "Soft")),
    HighlightPalette.STRONG: str(QT_TRANSLATE_NOOP("HighlightPalette", "Strong")),
    HighlightPalette.COLOUR_BLIND: str(
        QT_TRANSLATE_NOOP("HighlightPalette", "Colour-blind safe (Okabe–Ito)")
    ),
}


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of ``colour`` (0 black … 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio of two colours (1 … 21)."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def readable(colour: QColor, text: QColor, target: float = TARGET_CONTRAST) -> QColor:
    """``colour`` as it is if ``text`` reads on it at ``target`` contrast, else mixed step by
    step towards white (dark text) or black (light text) until it does: the hue stays."""
    towards = QColor("#ffffff") if relative_luminance(text) < 0.5 else QColor("#000000")
    result = QColor(colour)
    step = 0
    while contrast_ratio(result, text) < target and step < 40:
        step += 1
        share = step / 40
        result = QColor(
            round(colour.red() + (towards.red() - colour.red()) * share),
            round(colour.green() + (towards.green() - colour.green()) * share),
            round(colour.blue() + (towards.blue() - colour.blue()) * share),
        )
    return result


def secondary_text(palette: QPalette) -> QColor:
    """A quieter text colour for details beside the main text (an article's outlet and date,
    the details dialog's hints): between the palette's text and its window colour, and kept at
    AA contrast (4.5:1) on the window in every theme (a fixed grey was 2.2:1 on the dark one)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    ground = palette.color(QPalette.ColorRole.Window)
    grey = QColor(
        round(text.red() * 0.6 + ground.red() * 0.4),
        round(text.green() * 0.6 + ground.green() * 0.4),
        round(text.blue() * 0.6 + ground.blue() * 0.4),
    )
    return readable(grey, ground)


@dataclass(frozen=True, slots=True)
class HighlightScheme:
    """The highlight colours of one palette in one theme (``dark`` or light)."""

    palette: HighlightPalette = HighlightPalette.SOFT
    dark: bool = False

    @property
    def text(self) -> QColor:
        """The text colour drawn over highlights."""
        return QColor(DARK_TEXT if self.dark else LIGHT_TEXT)

    @property
    def unattributed(self) -> QColor:
        grey = QColor(74, 74, 74) if self.dark else QColor(UNATTRIBUTED)
        return readable(grey, self.text)

    @property
    def selection(self) -> QColor:
        """The selection's background (the current claim is shown selected), under
        :data:`SELECTED_TEXT`."""
        base = QColor("#3a6ea5") if self.dark else QColor("#2f6bc0")
        return readable(base, SELECTED_TEXT)

    def speaker(self, speaker_id: int | None) -> QColor:
        """The colour of ``speaker_id``'s highlights; neighbouring ids get distant hues."""
        if speaker_id is None:
            return self.unattributed
        if self.palette is HighlightPalette.COLOUR_BLIND:
            base = QColor(OKABE_ITO[speaker_id % len(OKABE_ITO)])
            # a tint (light) or shade (dark) of the hue, so the text over it reads
            mix = QColor("#000000") if self.dark else QColor("#ffffff")
            share = 0.55 if self.dark else 0.45
            colour = QColor(
                round(base.red() + (mix.red() - base.red()) * share),
                round(base.green() + (mix.green() - base.green()) * share),
                round(base.blue() + (mix.blue() - base.blue()) * share),
            )
        else:
            hue = int((speaker_id * GOLDEN_ANGLE + 40) % 360)
            strong = self.palette is HighlightPalette.STRONG
            if self.dark:
                colour = QColor.fromHsl(hue, 200 if strong else 110, 80 if strong else 62)
            else:
                colour = QColor.fromHsl(hue, 255 if strong else 190, 170 if strong else 205)
        return readable(colour, self.text)

    def blend(self, colours: list[QColor]) -> QColor:
        """The average of ``colours``, a little deeper, to mark text two claims share."""
        if not colours:
            return self.unattributed
        n = len(colours)
        red = sum(c.red() for c in colours) // n
        green = sum(c.green() for c in colours) // n
        blue = sum(c.blue() for c in colours) // n
        mixed = QColor(red, green, blue)
        mixed = mixed.lighter(125) if self.dark else mixed.darker(112)
        return readable(mixed, self.text)

    def edge(self, colour: QColor) -> QColor:
        """A shade of a highlight that stands out from it, for underlines."""
        return colour.lighter(190) if self.dark else colour.darker(170)


_scheme = [HighlightScheme()]


def current_scheme() -> HighlightScheme:
    """The scheme the app draws with now."""
    return _scheme[0]


def set_scheme(scheme: HighlightScheme) -> None:
    """Draw highlights with ``scheme`` from now on (views showing them must redraw)."""
    _scheme[0] = scheme


def speaker_colour(speaker_id: int | None) -> QColor:
    """The highlight colour of ``speaker_id`` in the current scheme."""
    return current_scheme().speaker(speaker_id)


def blend(colours: list[QColor]) -> QColor:
    """The colour of text ``colours``' claims share, in the current scheme."""
    return current_scheme().blend(colours)


def edge_colour(colour: QColor) -> QColor:
    """A shade of a highlight for its underline, in the current scheme."""
    return current_scheme().edge(colour)
