"""Colours for speakers' highlights: stable per speaker, light enough to read text through."""

from __future__ import annotations

from PySide6.QtGui import QColor

GOLDEN_ANGLE = 137.508
UNATTRIBUTED = QColor(210, 210, 210)


def speaker_colour(speaker_id: int | None) -> QColor:
    """A light background colour for ``speaker_id``; neighbouring ids get distant hues."""
    if speaker_id is None:
        return QColor(UNATTRIBUTED)
    hue = int((speaker_id * GOLDEN_ANGLE + 40) % 360)
    return QColor.fromHsl(hue, 190, 205)


def blend(colours: list[QColor]) -> QColor:
    """The average of ``colours``, a little darker, to mark text two claims share."""
    if not colours:
        return QColor(UNATTRIBUTED)
    n = len(colours)
    red = sum(c.red() for c in colours) // n
    green = sum(c.green() for c in colours) // n
    blue = sum(c.blue() for c in colours) // n
    return QColor(red, green, blue).darker(112)


def edge_colour(colour: QColor) -> QColor:
    """A darker shade of a highlight, for underlines."""
    return colour.darker(170)
