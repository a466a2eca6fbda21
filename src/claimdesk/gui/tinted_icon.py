"""Icons drawn in the palette's text colour, for the shapes a style draws in black whatever the
palette (Fusion's arrows: the Undo and Redo buttons were black on the dark theme's grey).

The icon takes its shape from another icon's alpha and paints it at the moment it is drawn, in
the colour the application's palette has then for the icon's mode (disabled: the disabled text
colour), so a theme changed in Preferences needs nothing redrawn by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap


class _TintedEngine(QIconEngine):
    def __init__(self, shape: QIcon) -> None:
        super().__init__()
        self._shape = shape

    def clone(self) -> QIconEngine:
        return _TintedEngine(self._shape)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        picture = self._tinted(size, mode, state)
        picture.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect, picture)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._tinted(size, mode, state)

    def _tinted(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        shape = self._shape.pixmap(size, QIcon.Mode.Normal, state)
        picture = QPixmap(shape.size())
        picture.fill(Qt.GlobalColor.transparent)
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        colour = QGuiApplication.palette().color(group, QPalette.ColorRole.ButtonText)
        painter = QPainter(picture)
        try:
            painter.drawPixmap(0, 0, shape)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(picture.rect(), colour)
        finally:
            painter.end()
        return picture


def tinted(shape: QIcon) -> QIcon:
    """``shape`` (an icon drawn in one dark colour) painted in the palette's button text colour."""
    return QIcon(_TintedEngine(shape))
