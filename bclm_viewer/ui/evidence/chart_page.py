"""The Chart page: one measure (OS5 by default) across the selected or filtered series.

Series that do not report the measure are listed beside the chart ("Non rapporté : …") and in
the chart's footer (so exports carry it), never drawn as zero. Click a bar to see its quote.
Exports: PNG and SVG of the chart as shown.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChartView, QLineSeries
from PySide6.QtCore import QMargins, QPointF, QSettings, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.evidence import words
from bclm_viewer.evidence.compare import measure_figures, measure_info
from bclm_viewer.i18n import localized
from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.ui.common import export_ui
from bclm_viewer.ui.evidence.chart_drawing import Bar, MeasureChart, bars_for, n_text, value_label

if TYPE_CHECKING:
    from bclm_viewer.evidence.figures import StudyColumn
    from bclm_viewer.query.knowledge_base import KnowledgeBase

DEFAULT_MEASURE = "os5"
MAX_BARS = 40  # beyond this the bars are unreadable: the first ones are drawn, the rest said
MAX_NAMED = 30  # non-reporting series named in the footer; the rest counted


class ChartPage(QWidget):
    slideRequested = Signal(int)
    quoteRequested = Signal(int, str)  # a bar's figure: its slide and verbatim quote

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPage")
        self.kb = kb
        self._study_ids: list[str] | None = None
        self._scope_text = ""
        self._bar: Bar | None = None
        self.not_reported_labels: list[str] = []
        self.drawn: list[Bar] = []

        self.measure_combo = QComboBox(self)
        self.measure_combo.setObjectName("measureCombo")
        self.measure_combo.setAccessibleName(self.tr("Mesure"))
        for m in kb.measures():
            unit = "" if m.unit in ("", "n") else f" ({m.unit})"
            name = localized(m.name_fr, m.name_en)
            self.measure_combo.addItem(f"{words.category(m.category)} — {name}{unit}", m.id)
        index = self.measure_combo.findData(DEFAULT_MEASURE)
        self.measure_combo.setCurrentIndex(max(index, 0))
        self.scope_label = QLabel(self)
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        self.png_button = QPushButton(self.tr("Exporter en PNG…"), self)
        self.svg_button = QPushButton(self.tr("Exporter en SVG…"), self)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("Mesure :"), self))
        bar.addWidget(self.measure_combo, 1)
        bar.addWidget(self.scope_label, 1)
        bar.addWidget(self.png_button)
        bar.addWidget(self.svg_button)
        bar.addWidget(self._talk_button())

        self.view = QChartView(self)
        self.view.setObjectName("chartView")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumWidth(420)

        self.not_reported = QLabel(self)
        self.not_reported.setObjectName("notReported")
        self.not_reported.setTextFormat(Qt.TextFormat.PlainText)
        self.not_reported.setWordWrap(True)
        self.not_reported.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.not_reported)
        scroll.setMinimumWidth(200)
        scroll.setMaximumWidth(280)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.open_slide_button = QPushButton(self.tr("Ouvrir la diapositive"), self)
        self.open_slide_button.setEnabled(False)
        side = QVBoxLayout()
        side.addWidget(scroll, 1)
        side.addWidget(self.detail)
        side.addWidget(self.open_slide_button)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(side)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(middle, 1)

        self.measure_combo.currentIndexChanged.connect(self.refresh)
        self.png_button.clicked.connect(self._ask_png)
        self.svg_button.clicked.connect(self._ask_svg)
        self.open_slide_button.clicked.connect(self._open_slide)
        self.refresh()

    # ----- what is drawn ---------------------------------------------------------------------
    def _talk_button(self) -> QWidget:
        """« Exposé ▾ »: this measure across these series, as a native PowerPoint chart."""
        from bclm_viewer.evidence.talk.items import TalkItem
        from bclm_viewer.ui.notes.talk_export import TalkButton

        def item() -> TalkItem:
            ids = ",".join(self._study_ids) if self._study_ids is not None else ""
            return TalkItem("chart", f"{self.measure_id()}:{ids}" if ids else self.measure_id())

        return TalkButton(self, self.kb, item, lambda: self.measure_combo.currentText())

    def measure_id(self) -> str:
        return str(self.measure_combo.currentData())

    def set_measure(self, measure_id: str) -> None:
        index = self.measure_combo.findData(measure_id)
        if index >= 0:
            self.measure_combo.setCurrentIndex(index)

    def set_study_ids(self, ids: list[str] | None, scope: str = "") -> None:
        """Chart these studies (None: every study of the KB); ``scope`` says which."""
        self._study_ids = list(ids) if ids is not None else None
        self._scope_text = scope
        self.refresh()

    def study_ids(self) -> list[str]:
        if self._study_ids is not None:
            return self._study_ids
        return list(self.kb.study_ids(StudyFilter()))

    def refresh(self) -> None:
        info = measure_info(self.kb, self.measure_id())
        if info is None:
            return
        rows = [(s, f) for s, f in measure_figures(self.kb, info.id, self.study_ids())
                if s.kind != "clinical-case"]  # a clinical case is not a series to chart
        reporting = [(s, f) for s, f in rows if f]
        missing = [s for s, f in rows if not f]
        bars = bars_for(reporting)
        self.drawn = bars[:MAX_BARS]
        self.not_reported_labels = [f"{s.label} ({n_text(s)})" for s in missing]
        footer = self._footer(len(bars), missing)
        chart = MeasureChart(info, self.drawn, footer)
        lines = max(1, footer.count("\n") + 1)
        chart.setMargins(QMargins(8, 8, 8, 8 + 16 * lines))
        for series in chart.series_figures:
            if isinstance(series, QLineSeries):
                series.clicked.connect(lambda _p, s=series: self._bar_clicked(s))
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.chart = chart
        n = len(rows)
        scope = self._scope_text or (self.tr("toutes les études") if self._study_ids is None
                                     else self.tr("sélection"))
        self.scope_label.setText(
            self.tr("{scope} : {k} sur {n} rapportent cette mesure").format(
                scope=scope, k=len(reporting), n=n
            )
        )
        if missing:
            text = self.tr("Non rapporté :") + "\n" + "\n".join(
                f"• {label}" for label in self.not_reported_labels
            )
        else:
            text = self.tr("Toutes les études retenues rapportent cette mesure.")
        self.not_reported.setText(text)
        self._show_bar(None)

    def _footer(self, n_bars: int, missing: list[StudyColumn]) -> str:
        parts = []
        if n_bars > MAX_BARS:
            parts.append(
                self.tr("{k} premières valeurs sur {n} : restreignez la sélection pour voir "
                        "les autres.").format(k=MAX_BARS, n=n_bars)
            )
        if missing:
            names = ", ".join(s.label for s in missing[:MAX_NAMED])
            if len(missing) > MAX_NAMED:
                names += self.tr(" et %n autre(s)", "", len(missing) - MAX_NAMED)
            parts.append(self.tr("Non rapporté : {names}").format(names=names))
        parts.append(self.tr("Valeurs telles qu'écrites sur les diapositives."))
        reasons = dict.fromkeys(
            f"{b.study.label} : {r}" for b in self.drawn for r in b.figure.reasons())
        if reasons:
            parts.append(self.tr("◊ lecture (la diapositive ne le dit pas mot pour mot) — ")
                         + " ; ".join(reasons))
        return "\n".join(textwrap.fill(p, 130) for p in parts)

    # ----- clicks ----------------------------------------------------------------------------
    def _bar_clicked(self, series: QLineSeries) -> None:
        self._show_bar(self.chart.series_figures.get(series))

    def _show_bar(self, bar: Bar | None) -> None:
        self._bar = bar
        if bar is None:
            self.detail.setText(self.tr("Cliquez une barre pour voir sa citation."))
            self.open_slide_button.setEnabled(False)
            return
        fig = bar.figure
        self.detail.setText(
            f"{bar.label} : {value_label(fig)}\n"
            + self.tr("Diapositive {n} — « {quote} »").format(n=fig.slide, quote=fig.source)
        )
        self.open_slide_button.setEnabled(True)

    def click_bar(self, index: int) -> None:
        """Select the ``index``-th drawn bar, as a click on it does."""
        bar = self.drawn[index]
        series = next(s for s, b in self.chart.series_figures.items() if b is bar)
        series.clicked.emit(QPointF())

    def _open_slide(self) -> None:
        if self._bar is not None:
            figure = self._bar.figure
            self.quoteRequested.emit(int(figure.slide), str(figure.source or ""))

    # ----- exports ---------------------------------------------------------------------------
    def export_png(self, path: Path) -> Path:
        return export_ui.view_to_png(self.view, path)

    def export_svg(self, path: Path) -> Path:
        return export_ui.view_to_svg(self.view, path, self.chart.title())

    def _ask_png(self) -> None:
        path = export_ui.ask_path(
            self, self.tr("Exporter le graphique"), f"{self.measure_id()}.png",
            self.tr("PNG (*.png)"),
        )
        if path:
            self.export_png(path)

    def _ask_svg(self) -> None:
        path = export_ui.ask_path(
            self, self.tr("Exporter le graphique"), f"{self.measure_id()}.svg",
            self.tr("SVG (*.svg)"),
        )
        if path:
            self.export_svg(path)

    # ----- memory ----------------------------------------------------------------------------
    def save_state(self, s: QSettings) -> None:
        s.setValue("chart/measure", self.measure_id())

    def restore_state(self, s: QSettings) -> None:
        self.set_measure(str(s.value("chart/measure", DEFAULT_MEASURE)))
