"""A timeline of appearances (issue 19): one row per outlet or per speaker (the user's choice),
dates along the bottom, a dot for each day a row's claims appeared (larger for more claims on
that day). Used for a cluster (its own window) and in a speaker's profile.

Claims in articles without a date cannot be placed in time: they are counted under the chart,
not drawn. "Save PNG…" and "Save SVG…" save the picture (gui/charts.py).
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.domain.clusters import Appearance
from claimdesk.gui.charts import PictureFormat, pyqtgraph, save_chart_saying_where, short_label

GROUPINGS = {
    "outlet": str(QT_TRANSLATE_NOOP("TimelineChart", "Outlet")),
    "speaker": str(QT_TRANSLATE_NOOP("TimelineChart", "Speaker")),
}
"""What a timeline's rows can be, with the names the choice shows (in English, translated where
shown)."""
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """One dot: a row, a day, and how many of the row's claims appeared that day."""

    row: str
    day: str
    claims: int


def day_of(published: str | None) -> str | None:
    """The day an article date stands for ("2024-07" is taken as "2024-07-01"), or None."""
    if not published:
        return None
    parts = published.split("-")
    return "-".join([parts[0], *(p.zfill(2) for p in parts[1:3])] + ["01"] * (3 - len(parts)))


def row_of(appearance: Appearance, grouping: str) -> str:
    if grouping == "speaker":
        return appearance.speaker_name or QCoreApplication.translate(
            "TimelineChart", "(unattributed)"
        )
    return appearance.outlet or QCoreApplication.translate("TimelineChart", "(no outlet)")


def timeline_points(
    appearances: Sequence[Appearance], grouping: str
) -> tuple[list[str], list[TimelinePoint], int]:
    """The rows (in order of their first appearance), the dots, and how many appearances have
    no date (not drawn)."""
    counts: dict[tuple[str, str], int] = {}
    rows: dict[str, str] = {}  # row -> its first day
    undated = 0
    for appearance in appearances:
        day = day_of(appearance.published)
        if day is None:
            undated += 1
            continue
        row = row_of(appearance, grouping)
        counts[row, day] = counts.get((row, day), 0) + 1
        rows[row] = min(rows.get(row, day), day)
    ordered = sorted(rows, key=lambda row: (rows[row], row))
    points = [TimelinePoint(row, day, n) for (row, day), n in sorted(counts.items())]
    return ordered, points, undated


@lru_cache(maxsize=4096)
def _timestamp(day: str) -> float:
    """Seconds since 1970 at the start of ``day`` (UTC): where pyqtgraph's date axis puts it.
    (fromisoformat, not strptime: strptime took most of the time of a thousand dots.)"""
    return datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp()


_DAY = 86400.0


def _day_text(day: QDate) -> str:
    """A day on the time axis: "13 мар.", "13 Mar"."""
    return QLocale().toString(day, "d MMM")


def _month_text(day: QDate) -> str:
    """A month on the time axis, its name as it stands alone: "мар. 2024", "Mar 2024"."""
    name = QLocale().standaloneMonthName(day.month(), QLocale.FormatType.ShortFormat)
    return f"{name} {day.year()}"


@lru_cache(maxsize=1)
def _day_axis_class() -> type:
    """pyqtgraph's date axis writing its dates in the interface's language, the month with
    every day ("13 мар.": days alone, "13" to "22", did not say which month) and the year
    with every month (its month names were English); ticks fall on days in UTC, where the dots
    are, and their spacing allows for labels as wide as these."""
    pg = pyqtgraph()
    from pyqtgraph.graphicsItems.DateAxisItem import (  # noqa: PLC0415  (see pyqtgraph())
        MONTH_DAY_ZOOM_LEVEL,
        YEAR_MONTH_ZOOM_LEVEL,
        ZoomLevel,
    )

    class DayAxis(pg.DateAxisItem):  # type: ignore[misc, name-defined]  # pyqtgraph has no types
        def __init__(self, orientation: str) -> None:
            super().__init__(orientation=orientation, utcOffset=0)
            days = [QDate(2024, month, 28) for month in range(1, 13)]
            widest_day = max(map(_day_text, days), key=len)
            widest_month = max(map(_month_text, days), key=len)
            # days and months only (a claim's date has no time); the widest label of each
            self.zoomLevels = {
                math.inf: ZoomLevel(YEAR_MONTH_ZOOM_LEVEL.tickSpecs, widest_month),
                5 * _DAY: ZoomLevel(MONTH_DAY_ZOOM_LEVEL.tickSpecs, widest_day),
            }

        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            shown = []
            for value in values:
                try:
                    moment = datetime.fromtimestamp(value, UTC)
                except (OverflowError, OSError, ValueError):
                    shown.append("")
                    continue
                day = QDate(moment.year, moment.month, moment.day)
                if spacing >= 300 * _DAY:
                    shown.append(str(moment.year))
                elif spacing >= 27 * _DAY:
                    shown.append(_month_text(day))
                else:
                    shown.append(_day_text(day))
            return shown

    return DayAxis


class TimelineChart(QWidget):
    """Appearances over time, a row per outlet or speaker; ``name`` names saved pictures."""

    def __init__(
        self,
        appearances: Sequence[Appearance],
        *,
        title: str,
        name: str,
        grouping: str = "outlet",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        self.name = name
        self._appearances = tuple(appearances)
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("timelineGrouping")
        for key, label in GROUPINGS.items():
            self.grouping.addItem(QCoreApplication.translate("TimelineChart", label), key)
        self.grouping.setCurrentIndex(list(GROUPINGS).index(grouping))
        grouping_label = QLabel(self.tr("&Rows:"), self)
        grouping_label.setBuddy(self.grouping)
        self.note = QLabel(self)
        self.note.setObjectName("timelineNote")
        self.save_png = QPushButton(self.tr("Save &PNG…"), self)
        self.save_png.setObjectName("saveTimelinePng")
        self.save_svg = QPushButton(self.tr("Save S&VG…"), self)
        self.save_svg.setObjectName("saveTimelineSvg")
        for button in (self.save_png, self.save_svg):
            button.setAutoDefault(False)  # Enter in a window never saves a picture
        pg = pyqtgraph()
        self.plot = pg.PlotWidget(axisItems={"bottom": _day_axis_class()(orientation="bottom")})
        self.plot.setObjectName("timelinePlot")
        self.plot.setTitle(html.escape(title))  # a name or a quote, drawn as typed (as HTML)
        self.plot.setMouseEnabled(x=True, y=False)
        # pyqtgraph's own right-click menu (axis ranges, plot options, its exporter) speaks only
        # English and offers what the window's Save PNG / Save SVG buttons do
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=False, alpha=0.3)
        self.plot.getPlotItem().invertY(True)  # the first row at the top
        self.plot.setMinimumHeight(160)
        # every row named, the top one too (pyqtgraph hides labels reaching past the axis' end)
        self.plot_item.getAxis("left").setStyle(hideOverlappingLabels=False)

        bar = QHBoxLayout()
        bar.addWidget(grouping_label)
        bar.addWidget(self.grouping)
        bar.addWidget(self.note, 1)
        bar.addWidget(self.save_png)
        bar.addWidget(self.save_svg)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.plot, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label, 1)

        self.rows: list[str] = []
        self.points: list[TimelinePoint] = []
        self.undated = 0
        self.empty_text = ""
        """What the chart says when it has nothing to draw ("" while it draws dots)."""
        self.grouping.currentIndexChanged.connect(lambda _index: self.draw())
        self.save_png.clicked.connect(lambda: self.save(PictureFormat.PNG))
        self.save_svg.clicked.connect(lambda: self.save(PictureFormat.SVG))
        self.draw()

    @property
    def plot_item(self) -> Any:
        return self.plot.getPlotItem()

    def set_appearances(self, appearances: Sequence[Appearance]) -> None:
        self._appearances = tuple(appearances)
        self.draw()

    def draw(self) -> None:
        """Draw the appearances by the grouping chosen (``rows`` and ``points`` say what is
        drawn)."""
        grouping = str(self.grouping.currentData())
        self.rows, self.points, self.undated = timeline_points(self._appearances, grouping)
        pg = pyqtgraph()
        item = self.plot_item
        item.clear()
        index = {row: n for n, row in enumerate(self.rows)}
        by_row: dict[str, list[TimelinePoint]] = {}
        for point in self.points:
            by_row.setdefault(point.row, []).append(point)
        pen = pg.mkPen("#333333")
        # one item per row, its dots given as arrays: a thousand dots drawn in milliseconds
        # (a brush and a pen per dot took a third of a second)
        for row, points in by_row.items():
            n = index[row]
            item.addItem(
                pg.ScatterPlotItem(
                    x=[_timestamp(p.day) for p in points],
                    y=[n] * len(points),
                    size=[8 + 4 * math.sqrt(p.claims - 1) for p in points],
                    data=points,
                    brush=pg.mkBrush(PALETTE[n % len(PALETTE)]),
                    pen=pen,
                    hoverable=True,
                    tip=self._tip,
                )
            )
        left = item.getAxis("left")
        labels = [short_label(row) for row in self.rows]
        left.setTicks([list(enumerate(labels))])
        # wide enough for the longest name before the first paint (a saved picture has none)
        metrics = QFontMetrics(left.style.get("tickFont") or self.font())
        left.setWidth(max((metrics.horizontalAdvance(label) for label in labels), default=20) + 18)
        item.setYRange(-0.5, max(len(self.rows), 1) - 0.5, padding=0.05)
        # no dated claim: no time axis to draw (its values were fractions of a second of 1970)
        item.getAxis("bottom").setStyle(showValues=bool(self.points))
        if self.points:
            days = [_timestamp(p.day) for p in self.points]
            margin = max((max(days) - min(days)) * 0.05, 86400.0 * 3)
            item.setXRange(min(days) - margin, max(days) + margin, padding=0)
        # nothing to draw: say why in the chart's place, not only under it (a bare axis showed)
        self.empty_text = (
            self.tr(
                "No appearance has a date. Give their articles one (Article › Edit details…) "
                "to see them here."
            )
            if self.undated and not self.points
            else ""
        )
        self.empty_label.setText(self.empty_text)
        self.empty_label.setVisible(bool(self.empty_text))
        self.plot.setVisible(not self.empty_text)
        for button in (self.save_png, self.save_svg):  # no picture of nothing
            button.setEnabled(not self.empty_text)
        drawn = sum(p.claims for p in self.points)
        # one count to a phrase, each with its own plural; the sentence around them translated
        note = self.tr("{appearances} in {rows}").format(
            appearances=self.tr("%Ln appearance(s)", "", drawn),
            rows=self.tr("%Ln row(s)", "", len(self.rows)),
        )
        if self.undated:
            note += "; " + self.tr("%Ln without a date (not drawn)", "", self.undated)
        self.note.setText(note)

    def _tip(self, x: float, y: float, data: TimelinePoint) -> str:
        """A dot's tooltip."""
        return self.tr("{row}, {day}: %Ln claim(s)", "", data.claims).format(
            row=data.row, day=data.day
        )

    def save(self, picture: PictureFormat) -> None:
        """Ask where, then save the chart as ``picture``."""
        save_chart_saying_where(self, self.note, self.plot_item, picture, self.name)
