"""The Comparison page driven as a user: select studies, Ctrl+D, drag and remove columns, hide
empty rows, read a cell's quote, copy a citation, export (CSV, Markdown, PNG, PDF)."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QMouseEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from ui_actions import listed_ids
from ui_fixtures import shown_window

from bclm_viewer.ui.evidence.compare_page import ComparePage
from bclm_viewer.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

IDS = ["adam-2006", "abbott-2012", "page-2014", "mariani-2013"]


@pytest.fixture()
def page(qtbot: Any, real_kb: Any) -> ComparePage:
    p = ComparePage(real_kb)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.set_studies(IDS)
    p.show()
    qtbot.waitExposed(p)
    return p


def _row(page: ComparePage, key: str) -> int:
    return page.model.row_keys().index(key)


def _click_cell(qtbot: Any, page: ComparePage, row: int, column: int) -> None:
    index = page.model.index(row, column)
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _activate(qtbot: Any, w: MainWindow) -> None:
    """Shortcuts need the window active; activation is asynchronous."""
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)


def test_select_rows_then_ctrl_d_compares_them(
    qtbot: Any, real_kb: Any, qtmodeltester: Any
) -> None:
    w = shown_window(qtbot, real_kb)
    studies = w.page("studies")
    ids = listed_ids(studies)
    rows = [ids.index(i) for i in ("adam-2006", "abbott-2012", "treska-2014")]
    view = studies.table
    for k, row in enumerate(rows):
        rect = view.visualRect(studies.model.index(row, 0))
        modifier = Qt.KeyboardModifier.ControlModifier if k else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    expected = [ids[r] for r in sorted(rows)]
    assert studies.selected_study_ids() == expected
    _activate(qtbot, w)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    compare = w.page("compare")
    assert w.tabs.currentWidget() is compare
    assert compare.study_ids() == expected
    header = [compare.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(compare.model.columnCount())]
    assert header == [real_kb.study(i).label for i in expected]
    qtmodeltester.check(compare.model)


def test_ctrl_d_with_fewer_than_two_studies_explains(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    studies = w.page("studies")
    rect = studies.table.visualRect(studies.model.index(0, 0))
    qtbot.mouseClick(studies.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _activate(qtbot, w)
    studies.table.setFocus()
    qtbot.keyClick(studies.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentWidget() is studies
    assert "au moins deux" in w.statusBar().currentMessage()


def _drag(qtbot: Any, widget: Any, start: QPoint, end: QPoint) -> None:
    """Press, move with the button held (in steps), release: a real header drag."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    steps = 8
    for i in range(1, steps + 1):
        p = QPointF(start + (end - start) * (i / steps))
        event = QMouseEvent(
            QMouseEvent.Type.MouseMove, p, widget.mapToGlobal(p), Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_drag_a_header_to_reorder_and_exports_follow(
    qtbot: Any, page: ComparePage, tmp_path: Path, qtmodeltester: Any, real_kb: Any
) -> None:
    order = ["abbott-2012", "page-2014", "adam-2006", "mariani-2013"]
    labels = [real_kb.study(i).label for i in order]
    header = page.table.horizontalHeader()
    y = header.height() // 2
    start = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, y)
    end = QPoint(header.sectionViewportPosition(2) + header.sectionSize(2) - 10, y)
    _drag(qtbot, header.viewport(), start, end)
    assert page.study_ids() == order
    assert [header.visualIndex(i) for i in range(4)] == [0, 1, 2, 3]  # model order = view order
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == labels[0]
    qtmodeltester.check(page.model)
    page.export_csv(tmp_path / "c.csv")
    with (tmp_path / "c.csv").open(encoding="utf-8-sig") as fh:
        head = next(csv.reader(fh))
    assert head[3::2] == labels


def test_remove_a_column_recomputes_marks(qtbot: Any, page: ComparePage) -> None:
    page.hide_empty.setChecked(True)
    r0 = _row(page, "measure:r0_pct")
    assert [page.model.cell(r0, c).mark for c in range(4)] == ["worst", "best", None, None]
    _click_cell(qtbot, page, r0, 1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.study_ids() == ["adam-2006", "page-2014", "mariani-2013"]
    r0 = _row(page, "measure:r0_pct")
    assert [page.model.cell(r0, c).mark for c in range(3)] == [None, None, None]
    assert page.model.columnCount() == 3


def test_hide_empty_rows_checkbox(qtbot: Any, page: ComparePage) -> None:
    def empty_rows() -> list[str]:
        keys = [k for k in page.model.row_keys() if k]
        return [k for k in keys
                if not any(page.model.cell(_row(page, k), c).reported for c in range(4))]

    if page.hide_empty.isChecked():
        qtbot.mouseClick(page.hide_empty, Qt.MouseButton.LeftButton)
    assert not page.hide_empty.isChecked()
    shown = page.model.rowCount()
    assert "measure:publications_n" in empty_rows()  # only the reviews report it
    qtbot.mouseClick(page.hide_empty, Qt.MouseButton.LeftButton)
    assert page.hide_empty.isChecked()
    assert page.model.rowCount() < shown and empty_rows() == []
    assert "measure:os5" in page.model.row_keys()


def test_cell_shows_slide_and_quote_and_opens_the_slide(qtbot: Any, page: ComparePage) -> None:
    row = _row(page, "measure:os5")
    tip = page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Diapositive 4 — « OS5: 37% »" in tip
    _click_cell(qtbot, page, row, 2)  # Page 2014: two figures, two quotes
    assert "Diapositive 1 — « OS5 des MHKS Tous stades < 10% »" in page.detail.text()
    assert "Diapositive 1 — « opérées 40-60% »" in page.detail.text()
    with qtbot.waitSignal(page.quoteRequested, timeout=1000) as blocker:
        qtbot.mouseClick(page.open_slide_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1, "OS5 des MHKS Tous stades < 10%"]
    nr = _row(page, "measure:dfs5")
    assert page.model.index(nr, 1).data() == "n.r."


def test_copy_citation_of_the_current_column(
    qtbot: Any, page: ComparePage, real_kb: Any
) -> None:
    _click_cell(qtbot, page, _row(page, "measure:os5"), 1)
    qtbot.mouseClick(page.cite_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == real_kb.study("abbott-2012").citation


def test_exports_parse_back(
    qtbot: Any, page: ComparePage, real_kb: Any, tmp_path: Path
) -> None:
    labels = [real_kb.study(i).label for i in IDS]
    md = page.export_markdown(tmp_path / "c.md").read_text(encoding="utf-8")
    body = [line for line in md.splitlines() if line.startswith("|")][2:]
    comp = page.model.comparison()
    assert len(body) == len(comp.rows)
    assert [line.split(" | ")[0][2:] for line in body] == [r.label for r in comp.rows]

    png = page.export_png(tmp_path / "c.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 1600

    pdf = page.export_pdf(tmp_path / "c.pdf")
    raw = pdf.read_bytes()
    assert raw.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", raw)) >= 1
    doc = QPdfDocument(None)
    doc.load(str(pdf))
    assert doc.pageCount() >= 1
    text = " ".join(doc.getAllText(p).text() for p in range(doc.pageCount()))
    flat = " ".join(text.split())
    for label in labels:
        assert label in flat
    assert "OS5: 37%" in flat  # the quotes and slides are in the handout
    doc.close()


def test_copy_citation_shortcut_from_the_studies_table(
    qtbot: Any, real_kb: Any
) -> None:
    w = shown_window(qtbot, real_kb)
    studies = w.page("studies")
    ids = listed_ids(studies)
    rect = studies.table.visualRect(studies.model.index(ids.index("mariani-2013"), 0))
    qtbot.mouseClick(studies.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QGuiApplication.clipboard().clear()
    _activate(qtbot, w)
    studies.table.setFocus()
    qtbot.keyClick(
        studies.table, Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == real_kb.study("mariani-2013").citation
