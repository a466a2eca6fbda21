"""A bar chart of counts (issue 19's statistics): one bar per figure, the label beside it, with
"Save PNG…" and "Save SVG…" (gui/charts.py). Categories (speakers, outlets, tags, kinds) are
drawn as horizontal bars, most first, the first few only; months as upright bars in time order.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from claimdesk.core.domain.clusters import Count
from claimdesk.gui.charts import PictureFormat, pyqtgraph, save_chart_saying_where, short_label

MOST_BARS = 25
"""Categories drawn at most (the table lists them all)."""
BAR_COLOUR = "#1f77b4"
OVERHANG = 15
"""Pixels a tick label may reach beyond the end of its axis at least (pyqtgraph's own)."""


class BarChart(QWidget):
    """Counts as bars; ``shown`` is what is drawn (label, claims), in order."""

    def __init__(
        self, title: str, name: str, *, in_time: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.title = title
        self.name = name
        self.in_time = in_time
        self.shown: list[tuple[str, int]] = []
        self.note = QLabel(self)
        self.save_png = QPushButton(self.tr("Save &PNG…"), self)
        self.save_png.setObjectName("saveChartPng")
        self.save_svg = QPushButton(self.tr("Save S&VG…"), self)
        self.save_svg.setObjectName("saveChartSvg")
        for button in (self.save_png, self.save_svg):
            button.setAutoDefault(False)  # Enter in a window never saves a picture
        pg = pyqtgraph()
        # counts are whole: their axis has no 0.2, 0.4… ticks, and writes 1,000 as the
        # interface's language does (a category axis is given its labels, see set_counts)
        self.plot = pg.PlotWidget(
            axisItems={"left": count_axis("left"), "bottom": count_axis("bottom")}
        )
        self.plot.setObjectName("barPlot")
        self.plot.setTitle(title)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.save_png)
        bar.addWidget(self.save_svg)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.plot, 1)
        self.save_png.clicked.connect(lambda: self.save(PictureFormat.PNG))
        self.save_svg.clicked.connect(lambda: self.save(PictureFormat.SVG))

    @property
    def plot_item(self) -> Any:
        return self.plot.getPlotItem()

    def set_counts(self, counts: Sequence[Count]) -> None:
        """Draw ``counts`` (in the order given: most first, or months in time order)."""
        pg = pyqtgraph()
        drawn = with_empty_months(counts) if self.in_time else list(counts[:MOST_BARS])
        self.shown = [(c.label, c.claims) for c in drawn]
        item = self.plot_item
        item.clear()
        labels = [short_label(label) for label, _n in self.shown]
        values = [n for _label, n in self.shown]
        positions = list(range(len(values)))
        if self.in_time:
            item.invertY(False)
            if values:
                item.addItem(
                    pg.BarGraphItem(x=positions, height=values, width=0.8, brush=BAR_COLOUR)
                )
            # a label on every few bars (eight at most), so they never overlap
            step = max(1, math.ceil(len(labels) / 8))
            ticks = [(n, labels[n]) for n in range(0, len(labels), step)]
            item.getAxis("bottom").setTicks([ticks])
            self._room_for_labels([label for _n, label in ticks])
            item.getAxis("left").setTicks(None)
            item.setXRange(-0.6, max(len(values), 1) - 0.4, padding=0)
            item.setYRange(0, max(values, default=1), padding=0.05)
        else:
            item.invertY(True)  # the largest at the top
            if values:
                item.addItem(
                    pg.BarGraphItem(x0=0, y=positions, height=0.7, width=values, brush=BAR_COLOUR)
                )
            left = item.getAxis("left")
            left.setStyle(hideOverlappingLabels=False)
            left.setTicks([list(enumerate(labels))])
            metrics = QFontMetrics(self.font())
            left.setWidth(max((metrics.horizontalAdvance(t) for t in labels), default=20) + 18)
            item.getAxis("bottom").setTicks(None)
            # the value axis's ticks go up to the largest count and a little beyond (padding)
            self._room_for_labels([count_text(math.ceil(max(values, default=1) * 1.05))])
            item.setYRange(-0.6, max(len(values), 1) - 0.4, padding=0)
            item.setXRange(0, max(values, default=1), padding=0.05)
        more = 0 if self.in_time else len(counts) - len(drawn)  # every month is drawn
        if more:
            note = self.tr("%Ln in all; the first {drawn} drawn", "", len(counts))
        else:
            note = self.tr("%Ln in all", "", len(counts))
        self.note.setText(note.format(drawn=len(drawn)))

    def _room_for_labels(self, labels: Sequence[str]) -> None:
        """Let the bottom axis draw its first and last labels whole: a label is centred on its
        tick, so at either end of the axis half of it lies beyond, which pyqtgraph allows for
        15 pixels and then leaves the label out (the first month, "2023-01", went missing);
        the plot keeps as much room on its right for the last one."""
        metrics = QFontMetrics(self.plot.font())
        widest = max((metrics.horizontalAdvance(t) for t in labels), default=0)
        overhang = max(math.ceil(widest / 2) + 4, OVERHANG)
        item = self.plot_item
        item.getAxis("bottom").setStyle(hideOverlappingLabels=overhang)
        left, top, _right, bottom = item.layout.getContentsMargins()
        item.layout.setContentsMargins(left, top, overhang, bottom)

    def save(self, picture: PictureFormat) -> None:
        save_chart_saying_where(self, self.note, self.plot_item, picture, self.name)


MOST_MONTHS = 600
"""Months drawn at most with the empty ones between them (fifty years); a longer span (a date
typed wrong) is drawn as the months that have claims."""
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def with_empty_months(counts: Sequence[Count]) -> list[Count]:
    """``counts`` by month in time order, with the months between them that have no claims
    as empty bars (2015-11 and 2020-07 stood side by side, the years between them hidden);
    counts by anything but a month ("(no date)") after them."""
    months = [c for c in counts if isinstance(c.key, str) and _MONTH.fullmatch(c.key)]
    if len(months) < 2:
        return list(counts)

    def number(key: str) -> int:
        year, month = map(int, key.split("-"))
        return year * 12 + month - 1

    first, last = number(str(months[0].key)), number(str(months[-1].key))
    if not 0 < last - first < MOST_MONTHS:
        return list(counts)
    by_key = {c.key: c for c in months}
    filled = []
    for n in range(first, last + 1):
        key = f"{n // 12:04d}-{n % 12 + 1:02d}"
        filled.append(by_key.get(key) or Count(key, key, 0))
    return filled + [c for c in counts if c not in months]


def count_text(count: float) -> str:
    """A count as the interface's language writes it (1,000; 1 000)."""
    return QLocale().toString(round(count))


@functools.cache
def _count_axis_class() -> type:
    """pyqtgraph's axis, made to tick whole numbers only (made when pyqtgraph is loaded)."""
    pg = pyqtgraph()

    class CountAxis(pg.AxisItem):  # type: ignore[misc, name-defined]  # pyqtgraph has no types
        def tickValues(  # pyqtgraph calls it with the range's ends and the axis's pixels
            self, start: float, end: float, size: float
        ) -> list[tuple[float, list[float]]]:
            levels = [
                (spacing, [v for v in values if float(v).is_integer()])
                for spacing, values in super().tickValues(start, end, size)
                if spacing >= 1
            ]
            if any(values for _spacing, values in levels):
                return levels
            low, high = sorted((start, end))  # a range of a few: a tick on every count
            return [(1.0, [float(v) for v in range(math.ceil(low), math.floor(high) + 1)])]

        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            return [count_text(v * scale) for v in values]

    return CountAxis


def count_axis(orientation: str) -> Any:
    """An axis of counts for a chart's side ``orientation`` ("left", "bottom")."""
    axis = _count_axis_class()(orientation)
    axis.enableAutoSIPrefix(False)  # 20,000, not 20 (x1e3)
    return axis
