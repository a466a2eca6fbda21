"""The order Tab goes through a window's controls (issue 21: every control reachable by the
keyboard, in the order a person reads them). Qt's default order is the order the widgets were
made in, which is not always where they show; panels and the window set theirs here."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def set_tab_order(*widgets: QWidget) -> None:
    """Tab goes from each of ``widgets`` to the next, in the order given (top to bottom, left to
    right within a row, as they show); hidden or disabled ones are passed over as Tab goes."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)
