"""What assistive technology needs of a window, checked as it sees it (issue 21): every control
shown has an accessible name (through ``QAccessible``, which derives it from a button's text or a
label's buddy), and Tab from the first control reaches every enabled control once, in reading
order, and comes back round. Failures name the widget by its object path."""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
"""The kinds of widget a person works with (the reader is a QTextEdit)."""

IDENTIFIER = re.compile(r"^[a-z]+(?:[A-Z0-9][a-z0-9]*)+$")
"""An object name such as ``articleReader``: what a screen reader should not read out."""


def object_path(widget: QWidget) -> str:
    """``MainWindow(mainWindow)/QDockWidget(claimsDock)/…``: where a widget is, readably."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        parts.append(f"{type(current).__name__}({current.objectName()})")
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _part_of_another_control(widget: QWidget) -> bool:
    """A piece Qt builds inside a control (a spin box's or combo box's line edit, a table's
    header or scroll bar, a tab bar's scroll arrows): the control speaks for it."""
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QAbstractItemView, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def _outside_the_tab_chain(widget: QWidget) -> bool:
    """Toolbar buttons and a dock's float and close buttons are reached by the keyboard through
    the menus and their keys (every toolbar action is in a menu; View lists the panels), as in
    every desktop app, not by Tab."""
    if widget.objectName().startswith("qt_dockwidget_"):
        return True
    parent = widget.parentWidget()
    return isinstance(parent, QToolBar)


def shown_controls(window: QWidget) -> list[QWidget]:
    """The controls shown in ``window`` itself (not in another window or a menu)."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and widget.isVisible()
        and widget.window() is window
        and not _part_of_another_control(widget)
    ]


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget``. On Linux Qt gives a combo box's
    current text as its name, and names it by its label through a relation, so for a combo
    box that label (its buddy or its accessible name) is what counts."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    name = interface.text(QAccessible.Text.Name)
    if isinstance(widget, QComboBox):
        labels = [
            other.text(QAccessible.Text.Name)
            for other, relation in interface.relations(QAccessible.RelationFlag.Label)
            if other is not None
        ]
        name = widget.accessibleName() or next((label for label in labels if label), "")
    return name.strip()


def unnamed_controls(window: QWidget) -> list[str]:
    """The shown controls of ``window`` without a readable accessible name, as
    ``path: what is wrong``."""
    problems: list[str] = []
    controls = shown_controls(window)
    for widget in controls:
        name = accessible_name(widget)
        if not name:
            problems.append(f"{object_path(widget)}: no accessible name")
        elif IDENTIFIER.match(name) or name == widget.objectName():
            problems.append(f"{object_path(widget)}: named {name!r}, an object name")
    for widget in window.findChildren(QWidget):  # panels are read out too, as one enters them
        name = widget.accessibleName()
        if widget in controls or not widget.isVisible() or widget.window() is not window:
            continue
        if IDENTIFIER.match(name):
            problems.append(f"{object_path(widget)}: named {name!r}, an object name")
    return problems


KEYED_FROM_ANOTHER = {
    "speakerMatches": "the speaker picker's matches: Up and Down in the speaker field choose one",
}
"""Controls Tab passes over on purpose, by object name, and how the keyboard reaches them."""


def tab_stops(window: QWidget) -> list[QWidget]:
    """The controls Tab should reach in ``window``: shown, enabled, taking focus by Tab. Of a
    group of radio buttons only the one checked (the arrow keys choose another), as in Qt."""
    stops = []
    for widget in shown_controls(window):
        if _outside_the_tab_chain(widget) or not widget.isEnabled():
            continue
        if widget.objectName() in KEYED_FROM_ANOTHER:
            continue
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked():
            continue
        if isinstance(widget, QTabBar) and widget.count() < 2:
            continue
        target = widget.focusProxy() or widget
        stops.append(target)
    return stops


def _area(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _goes_back(before: QRect, after: QRect) -> bool:
    """Whether focus going from ``before`` to ``after`` reads backwards: up within the same
    column, or left within the same row (moving on to the next column is reading on)."""
    same_column = after.left() < before.right() and before.left() < after.right()
    same_row = after.top() < before.bottom() and before.top() < after.bottom()
    if same_row and after.right() <= before.left():
        return True
    return same_column and not same_row and after.bottom() <= before.top()


def walk_tab_chain(window: QWidget, first: QWidget, limit: int = 80) -> list[QWidget]:
    """Focus ``first`` and press Tab until focus comes back to it (or ``limit`` presses):
    the widgets focus went through, ``first`` first."""
    window.activateWindow()
    QApplication.processEvents()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    start = QApplication.focusWidget()
    assert start is not None, f"{object_path(first)} takes no focus"
    visited = [start]
    for _ in range(limit):
        QTest.keyClick(visited[-1], Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert now is not None, f"Tab from {object_path(visited[-1])} left focus nowhere"
        if now is start:
            return visited
        visited.append(now)
    return visited


def tab_order_problems(window: QWidget, first: QWidget) -> list[str]:
    """What is wrong with Tab in ``window`` starting from ``first``: a control never reached,
    one reached twice (a trap or a loop), a step that reads backwards, no way round."""
    stops = tab_stops(window)
    visited = walk_tab_chain(window, first)
    problems: list[str] = []
    shown = [w for w in visited if w.window() is window]
    strays = [w for w in visited if w.window() is not window]
    if strays:
        problems.append(f"Tab leaves the window for {[object_path(w) for w in strays]}")
    if len(visited) > 1 and len(set(map(id, visited))) < len(visited):
        repeats = {object_path(w) for w in visited if visited.count(w) > 1}
        problems.append(f"Tab never comes back to the first control; it loops over {repeats}")
    elif visited[-1] is not first and QApplication.focusWidget() is not first:
        problems.append(
            f"Tab does not come back round to {object_path(first)} "
            f"(stuck after {object_path(visited[-1])})"
        )
    for widget in stops:
        if widget not in visited:
            problems.append(f"{object_path(widget)}: never reached by Tab")
    for before, after in pairwise(shown):
        if _goes_back(_area(before, window), _area(after, window)):
            problems.append(f"Tab goes back from {object_path(before)} to {object_path(after)}")
    return problems
