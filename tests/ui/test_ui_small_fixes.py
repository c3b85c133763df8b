"""Small things a reader tripped on, each checked the way it was met: a stale status hint after
a comparison, raw Markdown in « Mes notes », the keyboard dead after Esc from a presentation."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_actions import click_index
from ui_fixtures import shown_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier


def _active(qtbot: Any, w: Any) -> None:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)


def test_a_successful_comparison_clears_the_select_two_hint(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    _active(qtbot, w)
    studies = w.page("studies")
    click_index(qtbot, studies.table, studies.model.index(0, 0))
    qtbot.keyClick(studies.table, Qt.Key.Key_D, CTRL)
    assert "au moins deux" in w.statusBar().currentMessage()
    qtbot.keyClick(studies.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(studies.selected_study_ids()) == 2
    qtbot.keyClick(studies.table, Qt.Key.Key_D, CTRL)
    assert w.tabs.currentWidget() is w.page("compare")
    assert w.statusBar().currentMessage() == ""


def test_my_notes_list_shows_the_notes_text_not_its_markdown(qtbot: Any, kb: Any) -> None:
    w = shown_window(qtbot, kb)
    store = w.user_store()
    assert store is not None
    store.set_note("adam-2006", "**Très bon** résultat, voir *DFS5*\n- R0 `65 %`")
    _active(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_5, CTRL)  # Mes notes
    page = w.page("notes")
    assert w.tabs.currentWidget() is page
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    [note] = [r for r in rows if r is not None and r.kind == "note"]
    assert note.snippet == "Très bon résultat, voir DFS5 R0 65 %"
    page.search.setText("résultat")
    hits = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert hits and all("**" not in (h.snippet if h else "") for h in hits)


def test_after_esc_from_a_list_presentation_the_keys_work_again(qtbot: Any, kb: Any) -> None:
    w = shown_window(qtbot, kb)
    store = w.user_store()
    assert store is not None
    talk = store.create_list("Exposé")
    store.add_item(talk, "slide", "4")
    _active(qtbot, w)
    w.show_list(talk)
    lists = w.page("lists")
    window = lists.present()
    assert window is not None
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_1, CTRL)
    assert w.tabs.currentWidget() is w.page("studies")
