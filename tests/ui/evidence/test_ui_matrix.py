"""The Matrix page driven as a user: cells open their slide and quote, a factor filters the
studies list, disagreements are flagged with words and symbols, a 10,000-study KB loads lazily,
exports parse back."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from kb_sample import make_sample_kb
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QImage
from ui_fixtures import shown_window

from bclm_viewer.query.knowledge_base import KnowledgeBase
from bclm_viewer.ui.evidence.matrix_model import BLOCK
from bclm_viewer.ui.evidence.matrix_page import MatrixPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture()
def page(qtbot: Any, real_kb: Any) -> MatrixPage:
    p = MatrixPage(real_kb)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    return p


def _index(page: MatrixPage, factor: str, study: str) -> QModelIndex:
    model = page.model
    return model.index(model.factor_row(factor), model.source().study_ids.index(study))


def _click(qtbot: Any, page: MatrixPage, index: QModelIndex, double: bool = False) -> None:
    page.table.scrollTo(index)
    pos = page.table.visualRect(index).center()
    if double:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_model_passes_the_tester(qtmodeltester: Any, page: MatrixPage) -> None:
    qtmodeltester.check(page.model)


def test_cells_say_the_effect_in_words_not_only_colour(page: MatrixPage) -> None:
    treska = _index(page, "age", "treska-2014")
    dittmar = _index(page, "age", "dittmar-2013")
    mariani = _index(page, "age", "mariani-2013")
    assert treska.data() == "▼ péj. Age < 50 (OS ◊, DFS ◊)"
    assert dittmar.data() == "▼ péj. Age > 50 (critère n.r., multiv. ◊)"
    assert mariani.data() == "= NS (critère n.r.)"
    assert _index(page, "her2", "adam-2006").data() == "n.r."
    header = page.model.headerData(page.model.factor_row("age"), Qt.Orientation.Vertical)
    assert header.startswith("⚠ ")
    tip = page.model.headerData(
        page.model.factor_row("age"), Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole
    )
    assert "Sens opposés" in tip and "Age < 50" in tip and "Age > 50" in tip
    her2 = page.model.headerData(page.model.factor_row("her2"), Qt.Orientation.Vertical)
    assert her2.startswith("≠ ")
    rh = page.model.headerData(page.model.factor_row("resection_margin"), Qt.Orientation.Vertical)
    assert not rh.startswith(("⚠", "≠", "?"))


def test_click_a_cell_shows_its_quote_and_double_click_opens_its_slide(
    qtbot: Any, page: MatrixPage
) -> None:
    index = _index(page, "age", "treska-2014")
    _click(qtbot, page, index)
    assert "Diapositive 11 — « Age < 50 »" in page.detail.text()
    with qtbot.waitSignal(page.quoteRequested, timeout=1000) as blocker:
        _click(qtbot, page, index, double=True)
    assert blocker.args == [11, "Age < 50"]
    _click(qtbot, page, _index(page, "her2", "dittmar-2013"))
    with qtbot.waitSignal(page.quoteRequested, timeout=1000) as blocker:
        qtbot.mouseClick(page.open_slide_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == 7 and blocker.args[1]


def test_click_a_factor_asks_for_the_filtered_studies(
    qtbot: Any, page: MatrixPage, real_kb: Any
) -> None:
    rows = page.table.verticalHeader()
    row = page.model.factor_row("her2")
    pos = QPoint(rows.width() // 2, rows.sectionViewportPosition(row) + rows.sectionSize(row) // 2)
    with qtbot.waitSignal(page.factorFilterRequested, timeout=1000) as blocker:
        qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["her2"]
    assert real_kb.study("mariani-2013").label in page.detail.text()


def test_main_window_filters_the_studies_list_on_a_clicked_factor(
    qtbot: Any, real_kb: Any
) -> None:
    w = shown_window(qtbot, real_kb)
    matrix = w.switch_to("matrix")
    rows = matrix.table.verticalHeader()
    row = matrix.model.factor_row("her2")
    pos = QPoint(rows.width() // 2, rows.sectionViewportPosition(row) + rows.sectionSize(row) // 2)
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    studies = w.page("studies")
    assert w.tabs.currentWidget() is studies
    assert studies.current_filter().factors == ("her2",)


def test_only_disagreements(qtbot: Any, page: MatrixPage) -> None:
    qtbot.mouseClick(page.flagged_only, Qt.MouseButton.LeftButton)
    assert page.shown_factor_ids() == [
        "age", "hormone_receptors", "her2", "disease_free_interval"
    ]
    exported = page.matrix()
    assert [f.id for f in exported.factors] == page.shown_factor_ids()
    qtbot.mouseClick(page.flagged_only, Qt.MouseButton.LeftButton)
    assert len(page.shown_factor_ids()) == page.model.rowCount()


def test_exports_parse_back(page: MatrixPage, real_kb: Any, tmp_path: Path) -> None:
    md = page.export_markdown(tmp_path / "m.md").read_text(encoding="utf-8")
    table = [line for line in md.splitlines() if line.startswith("|")]
    assert len(table) - 2 == page.model.rowCount()
    csv_text = page.export_csv(tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert csv_text.startswith("Catégorie,Facteur,")
    assert "« Age < 50 »" in csv_text
    image = QImage(str(page.export_png(tmp_path / "m.png")))
    assert not image.isNull()
    raw = page.export_pdf(tmp_path / "m.pdf").read_bytes()
    assert raw.startswith(b"%PDF") and re.findall(rb"/Type\s*/Page\b", raw)
    from bclm_viewer.evidence.export_text import matrix_json

    data = json.loads(matrix_json(page.matrix()))
    assert {s["id"] for s in data["studies"]} == set(page.model.source().study_ids)


def test_large_kb_loads_lazily_as_it_scrolls(qtbot: Any, tmp_path: Path) -> None:
    path = make_sample_kb(tmp_path / "big.sqlite", 3_000)  # benchmarks/compare.py: 10,000
    with KnowledgeBase(path) as kb:
        p = MatrixPage(kb)
        qtbot.addWidget(p)
        p.resize(1280, 720)
        p.show()
        qtbot.waitExposed(p)
        model = p.model
        qtbot.waitUntil(lambda: model.blocks_loaded >= 1)  # the first screen is painted
        total_blocks = -(-model.columnCount() // BLOCK)
        assert model.columnCount() > 2500 and total_blocks > 25
        # What is on screen (and the header's size hint samples its first and last sections).
        opened = model.blocks_loaded
        assert 1 <= opened <= 3
        bar = p.table.horizontalScrollBar()
        bar.setValue(bar.maximum() // 2)
        qtbot.waitUntil(lambda: model.blocks_loaded > opened)
        assert model.blocks_loaded <= opened + 2 < total_blocks
        last = model.index(0, model.columnCount() - 1)
        assert last.data() is not None
        p.close()


def test_export_menu_asks_for_a_file_then_writes_it(
    page: MatrixPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from bclm_viewer.evidence import export_text as export

    asked: list[str] = []

    def fake_dialog(_parent: Any, _title: str, name: str, _filter: str) -> tuple[str, str]:
        asked.append(name)
        return str(tmp_path / "out"), ""  # no suffix typed: the format's suffix is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    menu = page.export_button.menu()
    assert menu is not None
    actions = {a.text(): a for a in menu.actions()}
    actions["CSV…"].trigger()
    actions["Markdown…"].trigger()
    assert asked == ["matrice.csv", "matrice.md"]
    assert (tmp_path / "out.md").read_text(encoding="utf-8") == export.matrix_markdown(
        page.matrix()
    )
    assert (tmp_path / "out.csv").read_bytes().decode("utf-8-sig") == export.matrix_csv(
        page.matrix()
    )
