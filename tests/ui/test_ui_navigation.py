"""Back and forward as a reader moves: study -> a figure's slide with its quote lit -> back to
the study (same row selected) -> the matrix -> a cell's slide -> back twice. Keys only, through
the window's shortcuts (Alt+Left / Alt+Right, Ctrl+<page>, Enter), as a user would press them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from ui_actions import click_index
from ui_fixtures import shown_window

from bclm_viewer.ui.slides.quote_mark import marked_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ALT = Qt.KeyboardModifier.AltModifier


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _active(qtbot: Any, w: Any) -> None:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)


def _press(qtbot: Any, w: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = ALT) -> None:
    """A key pressed where the focus is (the window when nothing has it)."""
    target = QApplication.focusWidget() or w
    qtbot.keyClick(target, key, modifier)


def _row_with_findings(model: Any) -> Any:
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            if model.cell(r, c).findings:
                return model.index(r, c)
    raise AssertionError("no cell with findings")


def test_reading_path_back_and_forward_with_the_quote_lit(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    _active(qtbot, w)
    studies = w.page("studies")
    study_id = "adam-2006"
    row = studies.model.row_of(study_id)
    click_index(qtbot, studies.table, studies.model.index(row, 0))
    assert studies.current_study() == study_id

    # A figure of the study, chosen and opened with the keyboard.
    view = studies.study_view
    view.tabs.setCurrentWidget(view.outcomes_table)
    view.outcomes_table.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.outcomes_table, Qt.Key.Key_Down)
    figure = view.outcomes_model.row_at(view.outcomes_table.currentIndex().row())
    qtbot.keyClick(view.outcomes_table, Qt.Key.Key_Return)
    slides = w.page("slides")
    assert w.tabs.currentWidget() is slides
    assert slides.current_slide() == figure.slide
    assert _words(marked_text(slides.browser)) == _words(figure.source)

    # Back: the study page, the same row selected, the light gone from the slide.
    _press(qtbot, w, Qt.Key.Key_Left)
    assert w.tabs.currentWidget() is studies
    assert studies.selected_study_ids() == [study_id]
    assert studies.current_study() == study_id
    assert marked_text(slides.browser) == ""

    # The matrix (Ctrl+8), a cell chosen with the keys, Enter opens its slide with its quote.
    _press(qtbot, w, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    matrix = w.page("matrix")
    assert w.tabs.currentWidget() is matrix
    target = _row_with_findings(matrix.model)
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(matrix.model.index(0, 0))
    for _ in range(target.row()):
        qtbot.keyClick(matrix.table, Qt.Key.Key_Down)
    for _ in range(target.column()):
        qtbot.keyClick(matrix.table, Qt.Key.Key_Right)
    assert matrix.table.currentIndex() == target
    finding = matrix.model.cell(target.row(), target.column()).findings[0]
    qtbot.keyClick(matrix.table, Qt.Key.Key_Return)
    assert w.tabs.currentWidget() is slides
    assert slides.current_slide() == finding.slide
    assert _words(marked_text(slides.browser)) == _words(finding.source)

    # Back twice: the matrix on the same cell, then the study with its row.
    _press(qtbot, w, Qt.Key.Key_Left)
    assert w.tabs.currentWidget() is matrix
    assert matrix.table.currentIndex() == target
    assert marked_text(slides.browser) == ""
    _press(qtbot, w, Qt.Key.Key_Left)
    assert w.tabs.currentWidget() is studies
    assert studies.selected_study_ids() == [study_id]

    # Forward again: the matrix, then the slide (without the light: that navigation is over).
    _press(qtbot, w, Qt.Key.Key_Right)
    assert w.tabs.currentWidget() is matrix
    _press(qtbot, w, Qt.Key.Key_Right)
    assert w.tabs.currentWidget() is slides
    assert slides.current_slide() == finding.slide
    assert not w.navigation.forward_action.isEnabled()


def test_back_restores_the_scroll_and_the_filter(qtbot: Any, real_kb: Any) -> None:
    from bclm_viewer.query.filters import StudyFilter

    w = shown_window(qtbot, real_kb)
    _active(qtbot, w)
    studies = w.page("studies")
    studies.set_filter(StudyFilter(text="HER2"))
    listed = studies.model.rowCount()
    assert listed > 0
    first = studies.model.study_id(0)
    click_index(qtbot, studies.table, studies.model.index(0, 0))
    # The matrix's factor row asks for the studies filtered on it: a new filter, a new step.
    _press(qtbot, w, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    matrix = w.page("matrix")
    qtbot.waitUntil(lambda: len(w.navigation.history) >= 3, timeout=2000)
    matrix.factor_clicked(0)
    assert studies.current_filter().factors
    _press(qtbot, w, Qt.Key.Key_Left)
    assert w.tabs.currentWidget() is matrix
    _press(qtbot, w, Qt.Key.Key_Left)
    assert studies.current_filter() == StudyFilter(text="HER2")
    assert studies.current_study() == first


def test_the_mouse_back_button_goes_back(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    _active(qtbot, w)
    _press(qtbot, w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.navigation.history.can_go_back(), timeout=2000)
    slides = w.page("slides")
    target: QWidget = slides.list_view.viewport()
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, QPointF(5, 5), QPointF(target.mapToGlobal(QPointF(5, 5))),
                            Qt.MouseButton.BackButton, Qt.MouseButton.BackButton,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, event)
    assert w.tabs.currentWidget() is w.page("studies")
    assert w.navigation.forward_action.isEnabled()


def test_back_and_forward_are_in_the_menu_with_their_keys(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    menus = {a.text().replace("&", ""): a.menu() for a in w.menuBar().actions()}
    go = menus["Aller"]
    shown = {a.text().replace("&", ""): a.shortcut().toString() for a in go.actions()}
    assert shown == {"Page précédente": "Alt+Left", "Page suivante": "Alt+Right"}
    # Never Backspace (a platform's Back binding): a stray key in a list would leave the page.
    for action in go.actions():
        assert all("Backspace" not in k.toString() for k in action.shortcuts())
    assert list(menus)[-1] == "Aide"


def test_f1_lists_every_menu_action_with_its_keys(qtbot: Any, real_kb: Any) -> None:
    from bclm_viewer.ui.shortcuts import ShortcutsDialog

    w = shown_window(qtbot, real_kb)
    _active(qtbot, w)
    _press(qtbot, w, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    dialog = w.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    menu_actions = [a for m in w.menuBar().actions() if m.menu() for a in m.menu().actions()
                    if not a.isSeparator() and a.menu() is None]  # a submenu: its actions
    assert len(menu_actions) > 15
    for action in menu_actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)  # as shown
        assert any(text == action.text().replace("&", "") and (not keys or keys in shown)
                   for text, shown in rows), action.text()
    back = QKeySequence("Alt+Left").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("Page précédente", back) in {(t, s.split(",")[0]) for t, s in rows}
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.findChild(ShortcutsDialog) is None, timeout=2000)


def test_glossary_term_and_question_are_steps_with_their_row(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    _active(qtbot, w)
    w.show_glossary_term("RH+")
    glossary = w.page("glossary")
    term_row = glossary.table.currentIndex().row()
    assert glossary.model.entry(term_row).term == "RH+"
    _press(qtbot, w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    questions = w.page("questions")
    table = questions.questions_table
    table.setFocus()
    table.setCurrentIndex(questions.questions_model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    question = questions.questions_model.question(2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    slides = w.page("slides")
    assert slides.current_slide() == question.slide
    assert _words(marked_text(slides.browser)) == _words(question.source)
    _press(qtbot, w, Qt.Key.Key_Left)
    assert w.tabs.currentWidget() is questions
    assert table.currentIndex().row() == 2
    _press(qtbot, w, Qt.Key.Key_Left)
    assert w.tabs.currentWidget() is glossary
    assert glossary.table.currentIndex().row() == term_row
