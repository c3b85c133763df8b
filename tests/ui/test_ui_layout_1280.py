"""At 1280x720 no factor, measure or category name is cut: each fits its cell, on two or three
lines where it must (the text's wrapped height within the row's height, its width within the
column's), and the empty study pane shows the base at a glance."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView
from ui_fixtures import shown_window

from bclm_viewer.query.filters import StudyFilter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WRAP = int(Qt.TextFlag.TextWordWrap)


def _window(qtbot: Any, kb: Any) -> Any:
    w = shown_window(qtbot, kb)
    w.resize(1280, 720)
    qtbot.waitUntil(lambda: w.width() == 1280, timeout=2000)
    return w


def _fits(view: QAbstractItemView, index: QModelIndex, room: int) -> bool:
    """The index's text, wrapped at ``room`` pixels (a word wider than that broken inside,
    which takes one line more), on no more lines than its row holds."""
    text = str(index.data() or "")
    metrics = QFontMetrics(view.font())
    needed = metrics.boundingRect(QRect(0, 0, room, 10_000), WRAP, text)
    lines = round(needed.height() / metrics.lineSpacing()) + (needed.width() > room)
    holds = max(1, (view.visualRect(index).height() + 2) // metrics.lineSpacing())
    return lines <= holds


def test_every_factor_name_is_whole_in_the_factors_panel(qtbot: Any, real_kb: Any) -> None:
    w = _window(qtbot, real_kb)
    tree = w.page("studies").facets.tree
    model = tree.model()
    room = tree.columnWidth(0) - 2 * tree.indentation() - 26
    cut = []
    for c in range(model.rowCount()):
        category = model.index(c, 0)
        for r in range(model.rowCount(category)):
            index = model.index(r, 0, category)
            if not _fits(tree, index, room):
                cut.append(index.data())
    assert cut == []


def test_every_measure_factor_group_and_level_of_a_study_is_whole(qtbot: Any, real_kb: Any) -> None:
    w = _window(qtbot, real_kb)
    page = w.page("studies")
    cut = []
    for study_id in real_kb.study_ids(StudyFilter()):
        w.show_study(study_id)
        view = page.study_view
        for table in (view.outcomes_table, view.findings_table):
            view.tabs.setCurrentWidget(table)  # a tab is laid out when shown
            model = table.model()
            for column in (0, 1):  # the measure and its group; the factor and its level
                if table.isColumnHidden(column):
                    continue
                room = table.columnWidth(column) - 10
                cut += [model.index(r, column).data() for r in range(model.rowCount())
                        if not _fits(table, model.index(r, column), room)]
    assert cut == []


def test_every_row_and_category_label_of_a_comparison_is_whole(qtbot: Any, real_kb: Any
                                                               ) -> None:
    w = _window(qtbot, real_kb)
    page = w.switch_to("compare")
    page.hide_empty.setChecked(False)
    page.set_studies(real_kb.study_ids(StudyFilter()))
    header = page.table.verticalHeader()
    model = page.model
    cut = []
    for row in range(model.rowCount()):
        text = str(model.headerData(row, Qt.Orientation.Vertical))
        font = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if font is not None else header.fontMetrics()
        if metrics.horizontalAdvance(text) + 8 > header.width():
            cut.append(text)
    assert cut == []


def test_the_empty_study_pane_gives_the_base_at_a_glance(qtbot: Any, real_kb: Any) -> None:
    w = _window(qtbot, real_kb)
    page = w.page("studies")
    qtbot.waitUntil(lambda: page.overview is not None, timeout=3000)
    overview = page.overview
    counts = real_kb.counts()
    assert f"{counts['studies']} études" in overview.counts.text()
    items = [overview.disagreements.item(i) for i in range(overview.disagreements.count())]
    assert any(i.text().startswith("Âge — ⚠ conflit") for i in items)
    her2 = next(i for i in items if i.text().startswith("Statut HER2"))
    overview.disagreements.itemClicked.emit(her2)
    assert page.current_filter().factors == ("her2",)
    store = w.user_store()
    store.set_star("adam-2006", True)
    store.set_note("mariani-2013", "**Cas-témoins** à relire")
    qtbot.waitUntil(lambda: overview.yours.count() == 2, timeout=3000)
    texts = [overview.yours.item(i).text() for i in range(2)]
    assert texts[0] == "★ Adam 2006" and "Cas-témoins à relire" in texts[1]
    overview.yours.itemClicked.emit(overview.yours.item(0))
    assert page.current_study() == "adam-2006"
    assert page.overview is None and page.study_column is not None
