"""The comparison built from the real KB: rows from the vocabularies, values as written, n.r.
where not reported, measures kept apart, best / worst only where certain."""

from __future__ import annotations

from typing import Any

import pytest

from bclm_viewer.evidence.compare import (
    Cell,
    Figure,
    Row,
    UnknownStudyError,
    build_comparison,
    mark_row,
    study_citation,
)

DECK = ["page-2014", "adam-2006", "abbott-2012", "mariani-2013", "dittmar-2013", "treska-2014"]


def _col(comp: Any, study_id: str) -> int:
    return list(comp.study_ids).index(study_id)


def test_rows_follow_the_vocabularies_in_category_order(real_kb: Any) -> None:
    comp = build_comparison(real_kb, ["adam-2006", "abbott-2012"])
    measures = real_kb.measures()
    categories: dict[str, list[str]] = {}
    for m in measures:
        categories.setdefault(m.category or "", []).append(m.id)
    expected = [mid for ids in categories.values() for mid in ids]
    assert [r.ref for r in comp.rows if r.kind == "measure"] == expected
    factors = [r.ref for r in comp.rows if r.kind == "factor"]
    assert sorted(factors) == sorted(f.id for f in real_kb.factors())
    kinds = [r.kind for r in comp.rows]
    assert kinds == sorted(kinds, key=["study", "measure", "factor"].index)


def test_values_as_written_and_nr_where_not_reported(real_kb: Any) -> None:
    comp = build_comparison(real_kb, DECK)
    for sid in DECK:
        outcomes = real_kb.outcomes(sid)
        for row in comp.rows:
            if row.kind != "measure":
                continue
            cell = row.cells[_col(comp, sid)]
            mine = [o for o in outcomes if o.measure == row.ref]
            if not mine:
                assert cell.text == "n.r." and not cell.reported and not cell.quotes
                continue
            assert [f.value_text for f in cell.figures] == [o.value_text for o in mine]
            assert [q.text for q in cell.quotes] == [o.source for o in mine]
            assert [q.slide for q in cell.quotes] == [o.slide for o in mine]
            for o in mine:
                assert o.value_text in cell.text
    n_row = comp.row("study:n_patients")
    assert n_row.cells[_col(comp, "page-2014")].text == "n.r."
    assert n_row.cells[_col(comp, "adam-2006")].text == "85"


def test_several_figures_of_one_measure_all_shown_with_their_groups(
    real_kb: Any,
) -> None:
    comp = build_comparison(real_kb, ["page-2014", "adam-2006"])
    cell = comp.row("measure:os5").cells[0]
    # "opérées 40-60%" is read as OS5 from the layout: marked, its reason kept.
    assert cell.text.splitlines() == ["Tous stades : < 10%", "opérées : 40-60% ◊"]
    assert len(cell.readings) == 1 and "mise en page" in cell.readings[0]
    assert comp.row("measure:os5").cells[1].text == "37%"


def test_measures_never_mixed(real_kb: Any) -> None:
    comp = build_comparison(real_kb, ["abbott-2012", "mariani-2013"])
    abbott, mariani = 0, 1
    assert comp.row("measure:dfs5").cells[abbott].text == "n.r."
    assert comp.row("measure:median_dfs_months").cells[abbott].text == "14,2 mois"
    assert comp.row("measure:os5").cells[mariani].text == "n.r."
    unspecified = comp.row("measure:survival_pct")
    assert unspecified.label.startswith("Survie (type non précisé")
    assert "N0 : 69.5% (p = 0.049)" in unspecified.cells[mariani].text


def test_best_and_worst_follow_the_measure_direction(real_kb: Any) -> None:
    comp = build_comparison(real_kb, ["adam-2006", "abbott-2012"])
    r0 = comp.row("measure:r0_pct")
    assert [c.mark for c in r0.cells] == ["worst", "best"]
    os5 = comp.row("measure:os5")
    assert [c.mark for c in os5.cells] == ["worst", "best"]
    deaths = comp.row("measure:operative_deaths")  # 0 and 0: nothing to rank
    assert [c.mark for c in deaths.cells] == [None, None]
    major = comp.row("measure:major_hepatectomy_pct")  # no direction in the vocabulary
    assert major.higher_is_better is None and [c.mark for c in major.cells] == [None, None]


def test_a_range_or_bound_that_could_beat_a_point_blocks_the_mark(
    real_kb: Any,
) -> None:
    comp = build_comparison(real_kb, ["page-2014", "adam-2006", "abbott-2012"])
    os5 = comp.row("measure:os5")  # Page: "< 10" and "40-60" could lie beyond 37 and 43,6
    assert [c.mark for c in os5.cells] == [None, None, None]
    assert os5.mark_note


def _fig(text: str, value: float | None, low: float | None = None, high: float | None = None,
         qualifier: str | None = None, group: str | None = None) -> Figure:
    return Figure("x", "m", text, "%", value, low, high, qualifier, group, None, 1, text)


def _row(cells: list[list[Figure]], higher: bool | None = True) -> Row:
    return Row("measure:m", "measure", "m", "c", "%", higher,
               tuple(Cell("t", bool(f), figures=tuple(f)) for f in cells))


def test_mark_rules_on_ranges_bounds_groups_and_ties() -> None:
    # A range entirely below the points: the best is certain, the worst is not.
    row = mark_row(_row([[_fig("37", 37)], [_fig("43,6", 43.6)], [_fig("30-40", None, 30, 40)]]))
    assert [c.mark for c in row.cells] == [None, "best", None]
    # Lower is better: the lowest point is best.
    row = mark_row(_row([[_fig("18", 18)], [_fig("5", 5)]], higher=False))
    assert [c.mark for c in row.cells] == ["worst", "best"]
    # A grouped figure is never ranked against an overall one; a single point is no ranking.
    row = mark_row(_row([[_fig("46", 46, group="HER2+")], [_fig("30", 30)]]))
    assert [c.mark for c in row.cells] == [None, None]
    # Ties share the mark.
    row = mark_row(_row([[_fig("90", 90)], [_fig("90", 90)], [_fig("65", 65)]]))
    assert [c.mark for c in row.cells] == ["best", "best", "worst"]
    # A bound "> 50" could exceed 43: no best; "< 10" could be below 20: no worst.
    row = mark_row(_row([[_fig("43", 43)], [_fig("20", 20)], [_fig("> 50", None, 50, None, ">")]]))
    assert [c.mark for c in row.cells] == [None, "worst", None]


def test_select_reorders_and_recomputes_marks(real_kb: Any) -> None:
    comp = build_comparison(real_kb, ["adam-2006", "abbott-2012", "mariani-2013"])
    swapped = comp.select(["mariani-2013", "abbott-2012", "adam-2006"])
    assert swapped.study_ids == ("mariani-2013", "abbott-2012", "adam-2006")
    assert [c.mark for c in swapped.row("measure:r0_pct").cells] == [None, "best", "worst"]
    alone = comp.select(["abbott-2012", "mariani-2013"])  # R0 reported once: nothing ranked
    assert [c.mark for c in alone.row("measure:r0_pct").cells] == [None, None]
    assert all(r.reported for r in comp.reported_rows().rows)
    assert len(comp.reported_rows().rows) < len(comp.rows)


def test_findings_by_factor_merge_the_same_statement(real_kb: Any) -> None:
    comp = build_comparison(real_kb, ["dittmar-2013", "treska-2014", "mariani-2013"])
    age = comp.row("factor:age")
    assert age.cells[0].text == "▼ péj. Age > 50 (critère n.r., multiv. ◊)"
    assert [q.slide for q in age.cells[0].quotes] == [7, 11]
    assert age.cells[1].text == "▼ péj. Age < 50 (OS ◊, DFS ◊)"  # Treska's columns, read
    assert age.cells[2].text == "= NS (critère n.r.)"
    assert comp.row("factor:liver_surgery").cells[0].text == "n.r."


def test_unknown_ids_are_named(real_kb: Any) -> None:
    with pytest.raises(UnknownStudyError) as info:
        build_comparison(real_kb, ["adam-2006", "nope", "zzz"])
    assert info.value.ids == ("nope", "zzz")
    assert "nope" in str(info.value)


def test_citation_is_the_kb_citation(real_kb: Any) -> None:
    detail = real_kb.study("abbott-2012")
    assert study_citation(real_kb, "abbott-2012") == detail.citation
