"""« Exposé ▾ » on the matrix, chart and comparison pages: what the page shows, written as
PowerPoint slides (the chart as a native chart) or added to a talk list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from PySide6.QtWidgets import QFileDialog, QLabel
from ui_fixtures import shown_window

from bclm_viewer.ui.notes.talk_export import TalkButton
from bclm_viewer.ui.notes.user_data import find_user_data


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_matrix_page_exports_what_it_shows(qtbot: Any, real_kb: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    w = shown_window(qtbot, real_kb)
    matrix = w.switch_to("matrix")
    matrix.flagged_only.setChecked(True)
    button = matrix.findChild(TalkButton, "talkButton")
    assert button is not None
    _save_to(monkeypatch, tmp_path / "matrice.pptx")
    path = button.export("pptx")
    assert path == tmp_path / "matrice.pptx"
    titles = [s.shapes.title.text_frame.text for s in Presentation(str(path)).slides]
    assert any("désaccords" in t for t in titles)
    link = w.statusBar().findChild(QLabel, "exportedFile")
    assert link is not None and "matrice.pptx" in link.text()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_chart_page_adds_its_chart_to_a_list(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    chart = w.switch_to("chart")
    chart.set_measure("dfs5")
    chart.set_study_ids(["adam-2006", "abbott-2012"])
    button = chart.findChild(TalkButton, "talkButton")
    assert button is not None
    button._fill_lists()
    new = button.add_menu.actions()[-1]  # « Nouvelle liste (...) »
    new.trigger()
    store = find_user_data(chart).store
    assert store is not None
    lists = store.lists()
    items = store.items(lists[-1].id)
    assert [(i.kind, i.ref) for i in items] == [("chart", "dfs5:adam-2006,abbott-2012")]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_comparison_page_exports_its_columns(qtbot: Any, real_kb: Any, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    w = shown_window(qtbot, real_kb)
    compare = w.switch_to("compare")
    compare.set_studies(["abbott-2012", "adam-2006"])
    button = compare.findChild(TalkButton, "talkButton")
    assert button is not None
    _save_to(monkeypatch, tmp_path / "comparaison.pptx")
    path = button.export("pptx")
    assert path is not None
    table = next(sh.table for s in Presentation(str(path)).slides for sh in s.shapes
                 if sh.has_table)
    assert [c.text for c in table.rows[0].cells] == ["", "Abbott 2012", "Adam 2006"]
