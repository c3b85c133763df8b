"""Readings in the handouts: italic and "◊" in the table, the legend says what "◊" means, and
a footnote gives each reason; the clinical case is never ranked against the series."""

from __future__ import annotations

from typing import Any

from bclm_viewer.evidence.compare import Cell, Figure, Row, build_comparison, mark_row
from bclm_viewer.evidence.export_html import comparison_html, matrix_html
from bclm_viewer.evidence.export_text import comparison_csv
from bclm_viewer.evidence.matrix import build_matrix


def test_comparison_handout_marks_readings(real_kb: Any) -> None:
    comp = build_comparison(real_kb, ["page-2014", "adam-2006", "abbott-2012"]).reported_rows()
    html = comparison_html(comp, "Comparaison")
    assert "<i>Tous stades : &lt; 10%<br>opérées : 40-60% ◊</i>" in html
    assert "<td>37%</td>" in html  # what the slide says: upright, unmarked
    assert "<i>◊</i> lecture" in html  # the legend
    assert "Lectures de la diapositive" in html
    assert "<b>Page 2014 — OS5 (survie globale à 5 ans)</b> — « opérées 40-60% » suit" in html
    csv = comparison_csv(comp)
    assert "◊ « opérées 40-60% » suit la ligne" in csv


def test_matrix_handout_marks_readings(real_kb: Any) -> None:
    html = matrix_html(build_matrix(real_kb, ["age"]), "Matrice")
    assert "<i>▼ péj. Age &lt; 50 (OS ◊, DFS ◊)</i>" in html
    assert "première colonne de facteurs est lue comme l&#x27;OS" in html


def _cell(value: float, rankable: bool = True) -> Cell:
    fig = Figure("x", "os5", f"{value:g}", "%", value, None, None, None, None, None, 1, "")
    return Cell(fig.text(), True, figures=(fig,), rankable=rankable)


def test_the_clinical_case_is_never_ranked(real_kb: Any) -> None:
    row = Row("measure:os5", "measure", "OS5", "Survie", "%", True,
              (_cell(90, rankable=False), _cell(37), _cell(43.6)))
    assert [c.mark for c in mark_row(row).cells] == [None, "worst", "best"]
    comp = build_comparison(real_kb, ["cas-clinique", "adam-2006"])
    assert comp.row("measure:age_years").cells[0].rankable is False
    assert comp.row("study:kind").cells[0].text == "cas clinique"
