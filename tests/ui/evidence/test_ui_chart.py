"""The Chart page: a measure some series do not report (listed, never drawn), ranges drawn as
ranges, bounds as bounds, values labelled as written, PNG and SVG exports."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from ui_fixtures import shown_window

from bclm_viewer.ui.evidence.chart_page import ChartPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

IDS = ["page-2014", "adam-2006", "abbott-2012", "mariani-2013", "treska-2014"]


@pytest.fixture()
def page(qtbot: Any, real_kb: Any) -> ChartPage:
    p = ChartPage(real_kb)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.set_study_ids(IDS)
    p.show()
    qtbot.waitExposed(p)
    return p


def _xs(page: ChartPage, study_id: str) -> list[tuple[float, float]]:
    """(x0, x1) of the thick bars drawn for a study."""
    out = []
    for series, bar in page.chart.series_figures.items():
        if bar.study.id == study_id and series.pen().widthF() > 3:
            pts = series.points()
            out.append((pts[0].x(), pts[-1].x()))
    return out


def _label(kb: Any, study_id: str) -> str:
    return str(kb.study(study_id).label)


def test_os5_by_default_non_reporting_series_listed_not_drawn(
    page: ChartPage, real_kb: Any
) -> None:
    mariani, treska = _label(real_kb, "mariani-2013"), _label(real_kb, "treska-2014")
    assert page.measure_id() == "os5"
    drawn = {b.study.id for b in page.drawn}
    assert drawn == {"page-2014", "adam-2006", "abbott-2012"}
    assert {b.study.id for b in page.chart.series_figures.values()} == drawn
    assert page.not_reported_labels == [f"{mariani} (N = 51 / 50)", f"{treska} (N = 24)"]
    assert mariani in page.not_reported.text()
    assert f"Non rapporté : {mariani}, {treska}" in page.chart.footer.text()
    assert _xs(page, "mariani-2013") == [] and _xs(page, "treska-2014") == []


def test_points_ranges_and_bounds(page: ChartPage, real_kb: Any) -> None:
    assert _xs(page, "adam-2006") == [(0.0, 37.0)]
    assert _xs(page, "abbott-2012") == [(0.0, 43.6)]
    assert sorted(_xs(page, "page-2014")) == [(0.0, 10.0), (40.0, 60.0)]  # "< 10", "40-60"
    bound = next(s for s, b in page.chart.series_figures.items()
                 if b.figure.value_text == "< 10" and s.pen().widthF() > 3)
    assert bound.pen().dashPattern()  # an open (dashed) bar, not a solid one
    solid = next(s for s, b in page.chart.series_figures.items() if b.study.id == "adam-2006")
    assert solid.pen().style() == Qt.PenStyle.SolidLine
    labels = [item.text() for item, _x, _y in page.chart._labels]
    assert labels == ["< 10%", "40-60% ◊", "37%", "43,6%"]  # "◊": read as OS5
    axis = [page.chart.y_axis.categoriesLabels()]
    # A group's bar names the group, not the study's N (which is not the group's).
    assert f"{_label(real_kb, 'page-2014')} — opérées" in axis[0]
    assert f"{_label(real_kb, 'adam-2006')} (N = 85)" in axis[0]


def test_choosing_another_measure(
    qtbot: Any, page: ChartPage, real_kb: Any
) -> None:
    combo = page.measure_combo
    combo.setFocus()
    target = combo.findData("r0_pct")
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert page.measure_id() == "r0_pct"
    assert _xs(page, "adam-2006") == [(0.0, 65.0)] and _xs(page, "abbott-2012") == [(0.0, 90.0)]
    assert page.not_reported_labels[0].startswith(_label(real_kb, "page-2014"))


def test_click_a_bar_shows_its_quote(qtbot: Any, page: ChartPage) -> None:
    page.click_bar(2)  # Adam 2006
    assert "Diapositive 4 — « OS5: 37% »" in page.detail.text()
    with qtbot.waitSignal(page.quoteRequested, timeout=1000) as blocker:
        qtbot.mouseClick(page.open_slide_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [4, "OS5: 37%"]


def test_png_and_svg_exports(page: ChartPage, tmp_path: Path) -> None:
    image = QImage(str(page.export_png(tmp_path / "os5.png")))
    assert not image.isNull() and image.width() >= page.view.width()
    svg = page.export_svg(tmp_path / "os5.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = svg.read_text(encoding="utf-8")
    for written in ("37%", "43,6%", "40-60%", "&lt; 10%"):
        assert written in text


def test_chart_follows_the_studies_selection(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    studies = w.page("studies")
    studies.set_filter(studies.current_filter().__class__(factors=("age",)))
    chart = w.switch_to("chart")
    assert set(chart.study_ids()) == {"dittmar-2013", "mariani-2013", "treska-2014"}
    assert chart.drawn == []  # none of them reports OS5: nothing drawn, all listed
    assert len(chart.not_reported_labels) == 3


def test_counts_get_whole_number_ticks_and_groups_no_false_n(page: ChartPage) -> None:
    page.set_measure("patients_n")
    axis = page.chart.x_axis
    assert axis.labelFormat() == "%d"
    assert axis.tickInterval() >= 1 and axis.tickInterval() == int(axis.tickInterval())
    labels = page.chart.y_axis.categoriesLabels()
    assert any(label.startswith("Mariani 2013 — cas") for label in labels)
    assert not any("— cas (N" in label for label in labels)
    assert "◊ lecture" in page.chart.footer.text()  # Treska's "13 LR" read as patients


def test_the_clinical_case_is_never_charted(page: ChartPage) -> None:
    page.set_measure("age_years")
    assert page.drawn == []
    assert not any("54 ans" in label for label in page.not_reported_labels)
