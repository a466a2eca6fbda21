"""Keyboard focus that can be seen in tables and lists, in every theme.

Fusion marks the current cell of a focused table with a faint rounded outline (its highlight
colour at a third of its opacity): on the dark palette that is about 1.1:1 against the table's
ground, and a table with no rows shows nothing at all while it holds the focus. A keyboard user
tabbing through the window could not tell where the keys would go.

:class:`FocusStyle` wraps the application's style and draws, in item views only, the current
cell's focus frame as a solid line, and a line around a focused view's frame, in a colour that
reaches 3:1 against the view's ground (WCAG 2's contrast for focus indicators). Everything else
is the wrapped style's own drawing."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from claimdesk.gui.colours import readable

FOCUS_CONTRAST = 3.0
"""WCAG 2 (1.4.11, 2.4.11): a focus indicator contrasts 3:1 with what is around it."""
FOCUS_WIDTH = 2
"""The focus line's width in pixels."""


def focus_colour(palette: QPalette) -> QColor:
    """The palette's selection colour, lightened on a dark ground or darkened on a light one
    until it reaches :data:`FOCUS_CONTRAST` against the views' ground."""
    return readable(
        palette.color(QPalette.ColorRole.Highlight),
        palette.color(QPalette.ColorRole.Base),
        FOCUS_CONTRAST + 0.2,  # a margin, so rounding to 8-bit channels keeps it above 3:1
    )


class FocusStyle(QProxyStyle):
    """The style named ``base`` (or the given style), with a visible focus in item views."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        widget = _widget_or_none(widget)
        if element is QStyle.PrimitiveElement.PE_FrameFocusRect and _in_a_view(widget):
            # as Fusion does: only once the keyboard has moved the focus, never on a click
            if option.state & QStyle.StateFlag.State_KeyboardFocusChange:
                _outline(painter, option.rect, option.palette)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        widget = _widget_or_none(widget)
        super().drawControl(element, option, painter, widget)
        if (
            element is QStyle.ControlElement.CE_ShapedFrame
            and isinstance(widget, QAbstractItemView)
            and widget.hasFocus()
        ):
            _outline(painter, option.rect, option.palette)


def _widget_or_none(widget: object) -> QWidget | None:
    """``widget`` if PySide gave a widget, else None. Now and then it hands the style a
    wrapper of another type for the widget being painted (a ``QWidgetItem`` once kept at the
    same address), and passing that on raised TypeError inside the paint event (about one run
    in ten of the export and preferences tests); the style paints as for no widget then."""
    return widget if isinstance(widget, QWidget) else None


def _in_a_view(widget: QWidget | None) -> bool:
    """Whether ``widget`` is an item view or its viewport (delegates paint on either)."""
    if isinstance(widget, QAbstractItemView):
        return True
    parent = widget.parentWidget() if widget is not None else None
    return isinstance(parent, QAbstractItemView) and parent.viewport() is widget


def _outline(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    pen = QPen(focus_colour(palette))
    pen.setWidth(FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_WIDTH // 2
    painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
    painter.restore()
