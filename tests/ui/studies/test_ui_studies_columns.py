"""The studies table's column widths: the headline figures stay in view in a narrow window, the
text columns give way (in full in their tooltips), and widths the user set are kept."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from bclm_viewer.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

R0 = 7  # the last headline figure (studies_model.columns)


def _window(qtbot: Any, kb: Any, width: int, height: int, study: str | None = None) -> Any:
    w = MainWindow(kb)
    qtbot.addWidget(w)
    w.resize(width, height)
    w.show()
    qtbot.waitExposed(w)
    w.page("studies")
    if study is not None:
        w.show_study(study)
    qtbot.wait(10)  # the splitter hands out its sizes
    return w


def _widths(table: Any) -> list[int]:
    header = table.horizontalHeader()
    return [int(header.sectionSize(c)) for c in range(header.count())]


def _right_edge(table: Any, column: int) -> int:
    header = table.horizontalHeader()
    return int(header.sectionViewportPosition(column) + header.sectionSize(column))


def test_headline_figures_stay_in_view_at_1280_with_a_study_open(
    qtbot: Any, real_kb: Any
) -> None:
    w = _window(qtbot, real_kb, 1280, 720, "adam-2006")
    table = w.page("studies").table
    natural = table.fitted_widths(10_000)
    header = table.horizontalHeader()
    assert _right_edge(table, R0) <= table.viewport().width()
    assert table.horizontalScrollBar().value() == 0
    # The type column gave way first, the study's label least; nothing below its title's width.
    assert header.sectionSize(3) < natural[3]
    assert header.sectionSize(3) <= header.sectionSize(0)
    for column in (0, 2, 3):
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)
    # The figures themselves keep their widths.
    assert [header.sectionSize(c) for c in (1, 4, 5, 6, R0)] == [natural[c] for c in
                                                                  (1, 4, 5, 6, R0)]
    assert not table.user_widths()


def test_a_wide_table_keeps_the_natural_widths(qtbot: Any, real_kb: Any) -> None:
    w = _window(qtbot, real_kb, 1800, 900)
    table = w.page("studies").table
    assert _widths(table) == table.fitted_widths(10_000)


def test_widths_follow_the_window_until_the_user_sizes_a_column(
    qtbot: Any, real_kb: Any
) -> None:
    w = _window(qtbot, real_kb, 1800, 900, "adam-2006")
    table = w.page("studies").table
    header = table.horizontalHeader()
    wide = header.sectionSize(3)
    w.resize(1280, 720)
    qtbot.waitUntil(lambda: _right_edge(table, R0) <= table.viewport().width(), timeout=2000)
    assert header.sectionSize(3) < wide
    header.resizeSection(0, 260)  # what dragging the header's divider does
    assert table.user_widths()
    w.resize(1300, 720)
    qtbot.wait(10)
    assert header.sectionSize(0) == 260
    w.close()

    w2 = _window(qtbot, real_kb, 1280, 720, "adam-2006")
    table2 = w2.page("studies").table
    assert table2.user_widths() and table2.horizontalHeader().sectionSize(0) == 260


def test_a_fitted_layout_is_fitted_again_at_the_next_start(
    qtbot: Any, real_kb: Any
) -> None:
    w = _window(qtbot, real_kb, 1280, 720, "adam-2006")
    assert not w.page("studies").table.user_widths()
    w.close()
    w2 = _window(qtbot, real_kb, 1800, 900)
    table = w2.page("studies").table
    assert not table.user_widths()
    assert _widths(table) == table.fitted_widths(10_000)


def test_text_cells_give_their_full_text_as_tooltip(
    qtbot: Any, real_kb: Any
) -> None:
    w = _window(qtbot, real_kb, 1280, 720, "adam-2006")
    model = w.page("studies").model
    kinds = {model.data(model.index(r, 3), Qt.ItemDataRole.DisplayRole): r
             for r in range(model.rowCount())}
    row = kinds["revue systématique"]
    assert model.data(model.index(row, 3), Qt.ItemDataRole.ToolTipRole) == "revue systématique"
    assert model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole) is None  # a year
