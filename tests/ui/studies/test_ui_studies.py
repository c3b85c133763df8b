"""The Studies page driven as a user: factors, all/any, effect and endpoint, chips, sorting,
keyboard and multi-selection. Expectations come from the kb rows, not from hard-coded counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kb_sample import make_sample_kb
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QFont
from ui_actions import (
    assert_paints_like_the_standard_delegate,
    chip,
    click_index,
    has_finding,
    listed_ids,
    studies_where,
    tick_effect,
    tick_endpoint,
    tick_factor,
)
from ui_fixtures import shown_window

from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.ui.studies.studies_model import PAGE_SIZE, NotReportedRole, StudiesModel
from bclm_viewer.ui.studies.studies_page import StudiesPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

KIND_LABELS = {"série", "revue systématique", "cas-témoins", "cas clinique", "n.r."}


@pytest.fixture()
def page(qtbot: Any, real_kb: Any) -> StudiesPage:
    p = StudiesPage(real_kb)
    qtbot.addWidget(p)
    p.resize(1400, 900)
    p.show()
    qtbot.waitExposed(p)
    return p


def count_text(page: StudiesPage, kb: Any) -> str:
    return f"{page.model.total()} sur {kb.total_studies()} études"


def test_models_pass_the_model_tester(qtmodeltester: Any, qtbot: Any, page: StudiesPage) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.facets.factors_model)
    qtmodeltester.check(page.facets.effects_model)
    qtmodeltester.check(page.facets.endpoints_model)
    tick_factor(qtbot, page, "her2")
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.facets.factors_model)


def test_every_study_listed_with_french_columns_and_nr(
    page: StudiesPage, real_kb: Any
) -> None:
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers == ["Étude", "Année", "Revue", "Type", "N", "OS5 (%)", "DFS5 (%)", "R0 (%)",
                       "Période", "Centre"]
    assert page.count_label.text() == count_text(page, real_kb)
    assert page.model.total() == real_kb.total_studies()
    assert listed_ids(page) == real_kb.study_ids(StudyFilter(), "year", False)

    rows = real_kb.study_rows(StudyFilter(), "year", False, 0, 1000)
    attrs = ["label", "year", "journal", "kind", "n_text", "os5_text", "dfs5_text",
             "r0_text", "period", "centre"]
    keys = ["label", "year", "journal", "kind", "n_patients", "os5_text", "dfs5_text",
            "r0_text", "period", "centre"]
    missing_seen = 0
    for r, row in enumerate(rows):
        for c, attr in enumerate(attrs):
            index = page.model.index(r, c)
            shown = index.data()
            value = getattr(row, attr)
            read = keys[c] in row.readings  # a reading of the slide: "◊", italic, its reason
            if read:
                assert shown.endswith(" ◊") and index.data(Qt.ItemDataRole.FontRole).italic()
                assert row.readings[keys[c]] in index.data(Qt.ItemDataRole.ToolTipRole)
                shown = shown.removesuffix(" ◊")
            if value is None:
                missing_seen += 1
                assert shown == "n.r.", (row.id, attr)
                assert index.data(NotReportedRole) is True
                font = index.data(Qt.ItemDataRole.FontRole)
                assert isinstance(font, QFont) and font.italic()
            elif attr == "kind":
                assert shown in KIND_LABELS
            else:
                assert shown == str(value)
                assert index.data(NotReportedRole) is False
            assert shown not in ("", "0") or value in (0, "0")
    assert missing_seen > 0  # the deck leaves gaps; they must show
    dittmar = [r for r, row in enumerate(rows) if row.id == "dittmar-2013"][0]
    assert page.model.index(dittmar, 2).data() == "n.r."  # no journal on the slide
    assert page.model.index(dittmar, 1).data() == "2013 ◊"  # "Dittmar 13"
    mariani = [r for r, row in enumerate(rows) if row.id == "mariani-2013"][0]
    assert page.model.index(mariani, 4).data() == "51 / 50"  # cases / controls


def test_ticking_a_factor_shrinks_the_list_and_counts_follow(
    qtbot: Any, page: StudiesPage, real_kb: Any
) -> None:
    everything = set(listed_ids(page))
    tick_factor(qtbot, page, "her2")
    index = page.facets.factors_model.factor_index("her2")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    listed = set(listed_ids(page))
    assert listed == studies_where(real_kb, has_finding("her2"))
    assert listed < everything
    assert page.count_label.text() == count_text(page, real_kb)
    assert "Statut HER2" in chip(page, "factor:her2").text()

    # Every factor's count is the number of listed studies that report it.
    findings = {sid: real_kb.findings(sid) for sid in listed}
    for fid in page.facets.factors_model.factor_ids():
        expected = sum(any(f.factor_id == fid for f in fs) for fs in findings.values())
        assert page.facets.factors_model.count(fid) == expected, fid
        row_count = page.facets.factors_model.factor_index(fid, 1).data()
        assert row_count == str(expected)
    # Effects: studies the filter keeps with that effect alone.
    for effect in ("poor", "favourable", "not significant"):
        expected_n = len(studies_where(real_kb, has_finding("her2", effects={effect})))
        assert page.facets.effects_model.count(effect) == expected_n

    tick_factor(qtbot, page, "her2")  # a second click unticks
    assert set(listed_ids(page)) == everything
    assert page.chips.buttons() == []


def test_her2_poor_prognosis_lists_dittmar_not_mariani(
    qtbot: Any, page: StudiesPage, real_kb: Any
) -> None:
    mariani_her2 = {f.effect for f in real_kb.findings("mariani-2013") if f.factor_id == "her2"}
    assert mariani_her2 == {"not significant"}  # the slide's "NS: ... HER2"
    tick_factor(qtbot, page, "her2")
    assert "mariani-2013" in listed_ids(page)  # reported, though not significant
    tick_effect(qtbot, page, "poor")
    listed = listed_ids(page)
    assert set(listed) == studies_where(real_kb, has_finding("her2", effects={"poor"}))
    assert "dittmar-2013" in listed
    assert "mariani-2013" not in listed
    assert "péjoratif" in chip(page, "effect:poor").text()


def test_all_versus_any_of_the_ticked_factors(
    qtbot: Any, page: StudiesPage, real_kb: Any
) -> None:
    a = studies_where(real_kb, has_finding("her2"))
    b = studies_where(real_kb, has_finding("age"))
    assert a & b != a | b  # the two modes must differ for this test to mean anything
    tick_factor(qtbot, page, "her2")
    tick_factor(qtbot, page, "age")
    assert set(listed_ids(page)) == a & b
    assert page.current_filter().mode == "all"
    qtbot.mouseClick(page.facets.any_button, Qt.MouseButton.LeftButton)
    assert page.current_filter().mode == "any"
    assert set(listed_ids(page)) == a | b
    assert page.count_label.text() == count_text(page, real_kb)
    assert "au moins un" in chip(page, "mode").text()
    # "any" counts are disjunctive: a ticked factor counts all its studies.
    assert page.facets.factors_model.count("her2") == len(a)
    qtbot.mouseClick(page.facets.all_button, Qt.MouseButton.LeftButton)
    assert set(listed_ids(page)) == a & b


def test_endpoint_narrowing(qtbot: Any, page: StudiesPage, real_kb: Any) -> None:
    every = real_kb.study_ids(StudyFilter())
    with_os = {sid for sid in every if any(f.endpoint == "OS" for f in real_kb.findings(sid))}
    assert page.facets.endpoints_model.count("OS") == len(with_os)
    tick_endpoint(qtbot, page, "OS")
    assert set(listed_ids(page)) == with_os
    tick_factor(qtbot, page, "age")
    expected = studies_where(real_kb, has_finding("age", endpoints={"OS"}))
    assert set(listed_ids(page)) == expected
    # Dittmar reports age without saying OS or DFS: an OS filter must not list it.
    assert studies_where(real_kb, has_finding("age")) - expected
    assert "dittmar-2013" not in expected
    assert "OS" in chip(page, "endpoint:OS").text()


def test_chips_remove_one_filter_and_clear_all(
    qtbot: Any, page: StudiesPage, real_kb: Any
) -> None:
    every = listed_ids(page)
    assert page.chips.hint.isVisible() and not page.chips.clear_button.isVisible()
    tick_factor(qtbot, page, "her2")
    tick_effect(qtbot, page, "poor")
    qtbot.keyClicks(page.search_box, "Dittmar")
    assert {b.property("chipKey") for b in page.chips.buttons()} == {
        "factor:her2", "effect:poor", "text"}
    assert page.chips.clear_button.isVisible()

    qtbot.mouseClick(chip(page, "factor:her2"), Qt.MouseButton.LeftButton)
    index = page.facets.factors_model.factor_index("her2")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert page.current_filter() == StudyFilter(effects=("poor",), text="Dittmar")
    assert set(listed_ids(page)) == set(real_kb.study_ids(page.current_filter()))

    qtbot.mouseClick(chip(page, "text"), Qt.MouseButton.LeftButton)
    assert page.search_box.text() == ""

    qtbot.mouseClick(page.chips.clear_button, Qt.MouseButton.LeftButton)
    assert page.current_filter() == StudyFilter()
    assert page.chips.buttons() == []
    assert listed_ids(page) == every
    assert page.count_label.text() == count_text(page, real_kb)


def _click_header(qtbot: Any, page: StudiesPage, column: int) -> None:
    header = page.table.horizontalHeader()
    page.table.scrollTo(page.model.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    assert 0 <= x < header.viewport().width()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_sort_every_column_by_clicking_its_header(
    qtbot: Any, page: StudiesPage, real_kb: Any
) -> None:
    keys = ["label", "year", "journal", "kind", "n_patients", "os5", "dfs5", "r0", "period",
            "centre"]
    for column, key in enumerate(keys):
        _click_header(qtbot, page, column)  # a new column sorts ascending first
        assert page.model.sort_column() == column
        assert not page.model.descending()
        assert listed_ids(page) == real_kb.study_ids(StudyFilter(), key, False)
        _click_header(qtbot, page, column)  # the same column again: descending
        assert page.model.descending()
        assert listed_ids(page) == real_kb.study_ids(StudyFilter(), key, True)
    # Year descending really is descending, with the undated ones last ("n.r.").
    _click_header(qtbot, page, 1)
    _click_header(qtbot, page, 1)
    assert page.model.descending()
    years = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    dated = [int(y.removesuffix(" ◊")) for y in years if y != "n.r."]  # "◊": "Treska 14"
    assert dated == sorted(dated, reverse=True)
    assert years[len(dated):] == ["n.r."] * (len(years) - len(dated))


def test_keyboard_navigation_shows_each_study(qtbot: Any, page: StudiesPage) -> None:
    ids = listed_ids(page)
    assert len(ids) >= 3
    click_index(qtbot, page.table, page.model.index(0, 0))
    assert page.current_study() == ids[0]
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_study() == ids[1]
    assert page.selected_study_ids() == [ids[1]]
    qtbot.keyClick(page.table, Qt.Key.Key_End)
    assert page.current_study() == ids[-1]
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert page.current_study() == ids[0]
    with qtbot.waitSignal(page.studyOpened, timeout=1000) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [ids[0]]


def test_multi_selection_for_comparison(qtbot: Any, page: StudiesPage) -> None:
    ids = listed_ids(page)
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    view = page.table

    def click(row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        rect = view.visualRect(page.model.index(row, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())

    click(0)
    with qtbot.waitSignal(page.selectionChangedIds, timeout=1000) as blocker:
        click(2, ctrl)
    assert blocker.args == [[ids[0], ids[2]]]
    assert page.selected_study_ids() == [ids[0], ids[2]]
    click(4, shift)  # extends from the last click, keeps the Ctrl-picked one
    assert page.selected_study_ids() == [ids[0], *ids[2:5]]
    click(1)
    assert page.selected_study_ids() == [ids[1]]


def test_filtering_keeps_the_selected_study(
    qtbot: Any, page: StudiesPage, real_kb: Any
) -> None:
    page.show_study("dittmar-2013")
    assert page.selected_study_ids() == ["dittmar-2013"]
    with qtbot.assertNotEmitted(page.selectionChangedIds):
        tick_factor(qtbot, page, "her2")
    assert page.current_study() == "dittmar-2013"
    assert page.selected_study_ids() == ["dittmar-2013"]
    with qtbot.waitSignal(page.selectionChangedIds, timeout=1000) as blocker:
        tick_factor(qtbot, page, "liver_surgery")  # Dittmar does not report it
    assert blocker.args == [[]]
    assert page.current_study() == "dittmar-2013"  # still shown on the right


def test_large_kb_is_read_page_by_page(
    qtmodeltester: Any, qtbot: Any, tmp_path: Path
) -> None:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

    n = PAGE_SIZE * 3 + 17
    with KnowledgeBase(make_sample_kb(tmp_path / "big.sqlite", n)) as kb:
        model = StudiesModel(kb)
        assert model.rowCount() == PAGE_SIZE
        assert model.total() == n
        assert model.canFetchMore(QModelIndex())
        qtmodeltester.check(model)
        model.set_filter(StudyFilter())
        ids = []
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        ids = [model.study_id(r) for r in range(model.rowCount())]
        assert ids == kb.study_ids(StudyFilter(), "year", False)
        assert model.row_of(ids[-1]) == n - 1


def test_filter_changes_never_resize_the_chips_bar(qtbot: Any, page: StudiesPage) -> None:
    # A height change would relayout (and repaint) the whole window at every tick.
    height = page.chips.height()
    tick_factor(qtbot, page, "her2")
    qtbot.keyClicks(page.search_box, "Dittmar")
    assert page.chips.height() == height
    assert [b.isVisible() for b in page.chips.buttons()] == [True, True]
    assert not page.chips.hint.isVisible()
    title_height = page.search_panel.title.height()
    qtbot.keyClicks(page.search_box, " x")
    assert page.search_panel.title.height() == title_height
    assert page.search_panel.title.width() == page.search_panel.width()


def test_cell_delegate_paints_like_the_standard_one(
    qtbot: Any, page: StudiesPage, real_kb: Any
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from bclm_viewer.ui.common.cell_delegate import CellDelegate

    table = page.table
    table.setFocus()
    table.selectionModel().setCurrentIndex(
        page.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert_paints_like_the_standard_delegate(table)
    assert isinstance(table.itemDelegate(), CellDelegate)
    table.setFont(QFont(table.font().family(), table.font().pointSize() + 2))  # caches reset
    table.viewport().grab()




def test_starring_a_study_marks_it_in_the_list(qtbot: Any, real_kb: Any) -> None:
    from bclm_viewer.ui.studies.studies_model import STAR

    w = shown_window(qtbot, real_kb)
    page: Any = w.page("studies")
    ids = listed_ids(page)
    row = ids.index("mariani-2013")
    label = page.model.index(row, 0).data()
    assert not label.startswith(STAR)
    w.show_study("mariani-2013")
    qtbot.mouseClick(page.note_editor.star, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.index(row, 0).data() == STAR + label, timeout=3000)
    assert page.model.is_starred(row)
    qtbot.mouseClick(page.note_editor.star, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.index(row, 0).data() == label, timeout=3000)


def test_a_keystroke_that_narrows_nothing_does_not_reset_the_table(
    qtbot: Any, page: StudiesPage, real_kb: Any
) -> None:
    # "Maria" and "Marian" match the same studies: the table keeps its rows (no reset, no
    # repaint, the selection kept); "Mariani 2" narrows nothing either; "Mariani 20x" does.
    qtbot.keyClicks(page.search_box, "Maria")
    page.show_study("mariani-2013")
    before = listed_ids(page)
    assert before == real_kb.study_ids(StudyFilter(text="Maria"), "year", False)
    assert real_kb.study_ids(StudyFilter(text="Marian"), "year", False) == before
    with qtbot.assertNotEmitted(page.model.modelReset):
        qtbot.keyClicks(page.search_box, "n")
    assert listed_ids(page) == before
    assert page.selected_study_ids() == ["mariani-2013"]
    with qtbot.waitSignal(page.model.modelReset, timeout=1000):
        qtbot.keyClicks(page.search_box, "izzz")
    assert listed_ids(page) == real_kb.study_ids(StudyFilter(text="Marianizzz"), "year", False)


def test_same_first_page_but_more_loaded_still_resets(qtbot: Any, tmp_path: Path) -> None:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

    with KnowledgeBase(make_sample_kb(tmp_path / "big.sqlite", PAGE_SIZE * 2 + 5)) as kb:
        model = StudiesModel(kb)
        model.fetchMore(QModelIndex())
        assert model.rowCount() > PAGE_SIZE
        # A filter with the same rows: the loaded pages beyond the first are read again.
        with qtbot.waitSignal(model.modelReset, timeout=1000):
            model.set_filter(StudyFilter(mode="any"))
        assert model.rowCount() == PAGE_SIZE
        assert [model.study_id(r) for r in range(PAGE_SIZE)] == kb.study_ids(
            StudyFilter(), "year", False)[:PAGE_SIZE]
