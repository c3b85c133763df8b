"""Soak: each interaction repeated thousands of times in one process.

PySide6 6.12.0 corrupted a reference count under repeated model updates (a crash after ~20,000
calls); a soak run is how such a regression shows up, as a crash or a Qt warning here, long
before a user meets it. Every step is still a user's action (clicks and keys), and the state
is checked against the kb at the end, so a soak that silently did nothing would fail.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_actions import listed_ids, tick_factor, type_text
from ui_fixtures import shown_window

from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROUNDS = 2000
TEXTS = ["HER2", '"x', "M+", "hépat*", "AND (", "😀", "R0 / R1", "âge > 50"]


@pytest.fixture()
def window(qtbot: Any, real_kb: Any) -> MainWindow:
    w = shown_window(qtbot, real_kb)
    return w


def test_soak_factor_ticks_and_selection(
    qtbot: Any, window: MainWindow, real_kb: Any
) -> None:
    page: Any = window.page("studies")
    factors = [f for f in ("her2", "age", "rh") if f in {x.id for x in real_kb.factors()}]
    assert factors, "the bundled KB has lost its factors"
    for i in range(ROUNDS):
        tick_factor(qtbot, page, factors[i % len(factors)])  # tick ...
        tick_factor(qtbot, page, factors[i % len(factors)])  # ... and untick
        qtbot.keyClick(page.table, Qt.Key.Key_Down if i % 2 else Qt.Key.Key_Up)
    assert page.current_filter() == StudyFilter()
    assert listed_ids(page) == real_kb.study_ids(page.current_filter(), *_sort(page))


def test_soak_search_typing_and_clearing(
    qtbot: Any, window: MainWindow, real_kb: Any
) -> None:
    page: Any = window.page("studies")
    for i in range(ROUNDS // 2):
        type_text(qtbot, page.search_box, TEXTS[i % len(TEXTS)])
        qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.search_box.text() == ""
    type_text(qtbot, page.search_box, "HER2")
    assert page.search_panel.model.rowCount() == len(page.search_panel.model.hits()) > 0


def test_soak_slides_studies_compare_and_matrix(
    qtbot: Any, window: MainWindow, real_kb: Any
) -> None:
    slides: Any = window.page("slides")
    total = len(real_kb.slides())
    window.show_slide(1)
    for _ in range(ROUNDS):
        qtbot.keyClick(slides.list_view, Qt.Key.Key_PageDown)
    assert slides.current_slide() == total
    ids = real_kb.study_ids(StudyFilter())
    compare: Any = window.page("compare")
    for i in range(ROUNDS // 4):
        window.show_study(ids[i % len(ids)])
        compare.set_studies([ids[i % len(ids)], ids[(i + 1) % len(ids)], ids[(i + 2) % len(ids)]])
    assert compare.study_ids() == [ids[(ROUNDS // 4 - 1 + k) % len(ids)] for k in range(3)]
    matrix: Any = window.page("matrix")
    for i in range(ROUNDS // 4):
        matrix.set_study_ids(ids[: 2 + i % (len(ids) - 1)])
    last = ids[: 2 + (ROUNDS // 4 - 1) % (len(ids) - 1)]
    assert [s.id for s in matrix.matrix().studies] == last


def test_soak_note_edits(qtbot: Any, window: MainWindow, real_kb: Any) -> None:
    page: Any = window.page("studies")
    study = real_kb.study_ids(StudyFilter())[0]
    window.show_study(study)
    editor = page.note_editor
    for i in range(ROUNDS // 2):
        editor.edit.selectAll()
        type_text(qtbot, editor.edit, f"note {i}")
        editor.flush()
    store = window.user_store()
    assert store is not None
    note = store.note(study)
    assert note is not None and note.body_md == f"note {ROUNDS // 2 - 1}"


def _sort(page: Any) -> tuple[str, bool]:
    return page.model.column_key(page.model.sort_column()), page.model.descending()


def test_soak_presentation_in_and_out(
    qtbot: Any, window: MainWindow, real_kb: Any
) -> None:
    """F5, a slide forward, Esc, many times: each presentation window is destroyed, none is
    left for the garbage collector to free in the middle of a paint."""
    from PySide6.QtWidgets import QApplication

    slides: Any = window.page("slides")
    total = len(real_kb.slides())
    window.show_slide(1)
    for i in range(ROUNDS // 4):
        qtbot.keyClick(window, Qt.Key.Key_F5)
        shown = slides.presentation
        assert shown is not None
        qtbot.keyClick(shown, Qt.Key.Key_PageDown)
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
        assert slides.presentation is None
        if slides.current_slide() == total:
            window.show_slide(1)
        if i % 50 == 0:
            QApplication.processEvents()  # the deleteLater of the windows closed
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.objectName() == "presentationWindow"]
    assert left == []
