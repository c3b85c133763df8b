"""The filtered studies list exported (Ctrl+E) and copied as a table (Ctrl+Shift+E) from the
window, with the filter stated on top: what "which series found HER2 prognostic?" answers."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_actions import listed_ids, tick_factor
from ui_fixtures import shown_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _window(qtbot: Any, kb: Any) -> Any:
    w = shown_window(qtbot, kb)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    return w


def test_ctrl_shift_e_copies_the_filtered_list_as_html_and_text(qtbot: Any, real_kb: Any
                                                                ) -> None:
    w = _window(qtbot, real_kb)
    page = w.page("studies")
    tick_factor(qtbot, page, "her2")
    shown = listed_ids(page)
    assert 0 < len(shown) < real_kb.total_studies()
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL | SHIFT)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    text = mime.text().splitlines()
    assert text[0].startswith("Filtre : facteurs : Statut HER2")
    table_lines = text[2:text.index("", 2)] if "" in text[2:] else text[2:]  # notes follow
    rows = [line.split("\t") for line in table_lines]
    assert rows[0][0] == "Étude"
    assert [r[-1] for r in rows[1:]] == shown
    assert "<table" in mime.html() and "Statut HER2" in mime.html()
    assert len(shown) > 1 and f"{len(shown)} études copiées" in w.statusBar().currentMessage()


def test_ctrl_e_writes_the_list_in_the_table_s_order(
    qtbot: Any, real_kb: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _window(qtbot, real_kb)
    page = w.page("studies")
    tick_factor(qtbot, page, "her2")
    header = page.table.horizontalHeader()
    first = listed_ids(page)
    for _ in range(2):  # sort by study name, then descending: not the default (year) order
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(0) + 5, 5))
    shown = listed_ids(page)
    assert shown == list(reversed(first))
    target = tmp_path / "her2.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV (*.csv)"))
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0][0].startswith("Filtre : facteurs : Statut HER2")
    table = rows[3:rows.index([], 3)] if [] in rows[3:] else rows[3:]  # reading notes follow
    assert [r[-1] for r in table] == shown
    md = tmp_path / "her2.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(md), ""))
    page.export_list("md")
    assert md.read_text(encoding="utf-8").startswith("**Filtre : facteurs : Statut HER2")
