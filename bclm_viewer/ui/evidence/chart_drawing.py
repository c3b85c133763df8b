"""Draw one measure across series with QtCharts, honestly: a point is a bar from 0, a range
("40-60 %") a floating bar from low to high, a bound ("< 10 %") an open (dashed) bar up to the
bound with a tick at the bound, a point with its extremes ("2 [0,7 – 7]") a bar with whiskers.
Every bar is labelled with the value as the deck wrote it ("◊" when the figure is a reading);
a study's row names it and its N, a group's row names the group only (the study's N is not the
group's). A study that does not report the measure gets no bar at all (it is listed, never drawn
as 0); the clinical case is never charted against the series. Counts get whole-number ticks.

QtCharts renders titles, axis labels and legend names as rich text: every string put there goes
through ``html.escape`` ("< 10" must never open a tag). Value labels are plain text items.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QCategoryAxis, QChart, QLineSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from bclm_viewer.evidence.compare import Figure, MeasureInfo, StudyColumn
from bclm_viewer.evidence.figures import format_p
from bclm_viewer.ui.common.qt import translator

POINT_COLOR = QColor("#3b6ea8")
RANGE_COLOR = QColor("#d9822b")
BOUND_COLOR = QColor("#5b7fa8")
INK = QColor("#222222")


_tr = translator("Chart")


@dataclass(frozen=True)
class Bar:
    """One drawn figure: its row label and the figure."""

    label: str
    study: StudyColumn
    figure: Figure


def n_text(study: StudyColumn) -> str:
    if study.n_patients is None:
        return _tr("N n.r.")
    return _tr("N = {n}").format(n=study.n_text)


def bars_for(rows: Sequence[tuple[StudyColumn, tuple[Figure, ...]]]) -> list[Bar]:
    """One bar per figure: "Étude (N = …)", or "Étude — groupe" for a group's figure (the
    study's N is not the group's); never the clinical case."""
    bars = []
    for study, figures in rows:
        if study.kind == "clinical-case":
            continue
        for fig in figures:
            label = (f"{study.label} — {fig.group_label}" if fig.group_label
                     else f"{study.label} ({n_text(study)})")
            bars.append(Bar(label, study, fig))
    return bars


def value_label(fig: Figure) -> str:
    text = fig.text()
    return f"{text} ({format_p(fig.p_value)})" if fig.p_value else text


def axis_max(info: MeasureInfo, bars: Sequence[Bar]) -> float:
    if info.unit == "%":
        return 100.0
    values = [
        v
        for b in bars
        for v in (b.figure.value, b.figure.value_low, b.figure.value_high)
        if v is not None
    ]
    top = max(values, default=1.0)
    top = top * 1.25 if top > 0 else 1.0
    return float(math.ceil(top)) if info.unit == "n" else top


def count_ticks(axis: QValueAxis, top: float) -> None:
    """Whole-number ticks (a count is never 0.25): 1, 2, 5, 10... apart, from 0."""
    step = 1.0
    while top / step > 10:
        step *= 5 if str(int(step))[0] == "2" else 2
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0.0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")


class MeasureChart(QChart):
    """The chart of one measure; ``series_figures`` maps each drawn series to its figure."""

    def __init__(self, info: MeasureInfo, bars: Sequence[Bar], footer: str = "") -> None:
        super().__init__()
        self.info = info
        self.bars = list(bars)
        self.series_figures: dict[QLineSeries, Bar] = {}
        self._thick: list[QLineSeries] = []
        self._labels: list[tuple[QGraphicsSimpleTextItem, float, float]] = []
        unit = "" if info.unit in ("", "n") else f" ({info.unit})"
        self.setTitle(html.escape(f"{info.name}{unit}"))
        title_font = QFont()
        title_font.setPointSize(13)
        title_font.setBold(True)
        self.setTitleFont(title_font)
        self.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setBackgroundBrush(QBrush(Qt.GlobalColor.white))
        self.x_axis = QValueAxis()
        self.x_axis.setRange(0.0, axis_max(info, bars))
        self.x_axis.setLabelFormat("%g")
        if info.unit == "n":
            count_ticks(self.x_axis, self.x_axis.max())
        self.x_axis.setTitleText(
            html.escape(info.unit if info.unit not in ("", "n") else _tr("nombre"))
        )
        self.y_axis = QCategoryAxis()
        self.y_axis.setStartValue(-0.5)
        self.y_axis.setGridLineVisible(False)
        self.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self._legend_seen: set[str] = set()
        n = len(self.bars)
        used: set[str] = set()
        labels = []
        for bar in self.bars:
            label = html.escape(bar.label)
            while label in used:  # QCategoryAxis needs unique labels
                label += "\u200b"
            used.add(label)
            labels.append(label)
        for i in reversed(range(n)):  # categories go bottom-up; the first study is on top
            self.y_axis.append(labels[i], float(n - 1 - i) + 0.5)
        for i, bar in enumerate(self.bars):
            self._draw(bar, float(n - 1 - i))
        if n == 0:
            self.y_axis.append(" ", 0.5)
        self.y_axis.setRange(-0.5, max(n, 1) - 0.5)
        self.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.footer = QGraphicsSimpleTextItem(footer, self)
        self.footer.setBrush(QBrush(INK))
        self.plotAreaChanged.connect(self._relayout)

    # ----- drawing ---------------------------------------------------------------------------
    def _series(self, points: list[tuple[float, float]], pen: QPen, bar: Bar,
                legend: str | None = None) -> QLineSeries:
        series = QLineSeries()
        for x, y in points:
            series.append(x, y)
        series.setPen(pen)
        self.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        self.series_figures[series] = bar
        markers = self.legend().markers(series)
        if legend and legend not in self._legend_seen:
            series.setName(html.escape(legend))
            self._legend_seen.add(legend)
        else:
            for marker in markers:
                marker.setVisible(False)
        return series

    def _thick_series(self, x0: float, x1: float, y: float, brush: QBrush, bar: Bar,
                      legend: str, dashed: bool = False) -> None:
        pen = QPen(brush, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        if dashed:  # an open bar: vector-friendly (SVG has no hatch brushes)
            pen.setDashPattern([0.45, 0.3])
        series = self._series([(x0, y), (x1, y)], pen, bar, legend)
        self._thick.append(series)

    def _tick(self, x: float, y: float, bar: Bar, half: float = 0.28) -> None:
        pen = QPen(INK, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        self._series([(x, y - half), (x, y + half)], pen, bar)

    def _draw(self, bar: Bar, y: float) -> None:
        fig = bar.figure
        low, high = fig.value_low, fig.value_high
        top = self.x_axis.max()
        if fig.is_point and fig.value is not None:
            self._thick_series(0.0, fig.value, y, QBrush(POINT_COLOR), bar, _tr("Valeur"))
            end = fig.value
            if low is not None and high is not None:  # a point with its extremes
                pen = QPen(INK, 2)
                self._series([(low, y), (high, y)], pen, bar, _tr("Extrêmes [min – max]"))
                self._tick(low, y, bar, 0.18)
                self._tick(high, y, bar, 0.18)
                end = max(end, high)
        elif fig.qualifier == "<" and high is not None:
            self._thick_series(0.0, high, y, QBrush(BOUND_COLOR), bar,
                               _tr("Borne (< ou >) : barre ouverte jusqu'à la borne"), True)
            self._tick(high, y, bar)
            end = high
        elif fig.qualifier == ">" and low is not None:
            self._thick_series(low, top, y, QBrush(BOUND_COLOR), bar,
                               _tr("Borne (< ou >) : barre ouverte jusqu'à la borne"), True)
            self._tick(low, y, bar)
            end = low
        elif low is not None and high is not None:  # a range: a floating bar
            self._thick_series(low, high, y, QBrush(RANGE_COLOR), bar,
                               _tr("Intervalle (bas – haut)"))
            end = high
        else:
            return
        item = QGraphicsSimpleTextItem(value_label(fig), self)
        font = QFont()
        font.setBold(True)
        font.setItalic(bool(fig.readings))  # a reading: "◊" and italics, as everywhere
        item.setFont(font)
        item.setBrush(QBrush(INK))
        self._labels.append((item, end, y))

    # ----- layout ----------------------------------------------------------------------------
    def _relayout(self) -> None:
        plot = self.plotArea()
        n = max(len(self.bars), 1)
        width = max(4.0, min(28.0, plot.height() / n * 0.55))
        for series in self._thick:
            pen = series.pen()
            pen.setWidthF(width)
            series.setPen(pen)
        for item, x, y in self._labels:
            pos = self.mapToPosition(QPointF(x, y), self._thick[0])
            rect = item.boundingRect()
            left = pos.x() + 6
            if left + rect.width() > plot.right():  # no room on the right: inside the bar
                left = pos.x() - rect.width() - 6
            item.setPos(left, pos.y() - rect.height() / 2)
        rect = self.footer.boundingRect()
        self.footer.setPos(plot.left(), self.size().height() - rect.height() - 4)
