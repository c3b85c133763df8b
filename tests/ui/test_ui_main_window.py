"""The main window and start-up: lazy pages, shortcuts, About, remembered layout and filters,
the smoke test of the real entry point, and readable errors (never a traceback) for bad KBs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from ui_actions import click_index, tick_effect, tick_factor
from ui_fixtures import shown_window

from bclm_viewer.query.filters import StudyFilter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _command() -> list[str]:
    """The installed entry point when there is one, else ``python -m bclm_viewer``."""
    script = Path(sys.executable).with_name("bclm-viewer")
    if script.exists():
        return [str(script)]
    found = shutil.which("bclm-viewer")
    return [found] if found else [sys.executable, "-m", "bclm_viewer"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*_command(), *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_opens_on_studies_and_builds_other_pages_lazily(
    qtbot: Any, real_kb: Any
) -> None:
    w = shown_window(qtbot, real_kb)
    assert [w.tabs.tabText(i) for i in range(3)][:1] == ["Études"]
    assert [p.objectName() for p in w.existing_pages()] == ["studiesPage"]
    page = w.page("studies")
    assert page.model.total() == real_kb.total_studies()


def test_ctrl_f_focuses_the_search_box(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    page = w.page("studies")
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)  # asynchronous
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_box
    qtbot.keyClicks(page.search_box, "HER2")
    assert page.current_filter().text == "HER2"


def test_about_is_plain_text_with_build_date_and_counts(
    qtbot: Any, real_kb: Any
) -> None:
    w = shown_window(qtbot, real_kb)
    w.about_action.trigger()
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    box = boxes[0]
    assert box.textFormat() == Qt.TextFormat.PlainText
    text = box.text()
    assert real_kb.meta()["built_at"] in text
    counts = real_kb.counts()
    assert f"{counts['studies']} études" in text
    assert f"{counts['slides']} diapositives" in text
    box.close()


def test_show_study_from_anywhere_switches_to_studies(
    qtbot: Any, real_kb: Any
) -> None:
    w = shown_window(qtbot, real_kb)
    w.tabs.setCurrentIndex(w.tabs.count() - 1)
    w.show_study("adam-2006")
    assert w.tabs.currentWidget() is w.page("studies")
    assert w.page("studies").current_study() == "adam-2006"  # type: ignore[attr-defined]


def test_full_screen_toggles(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    w.fullscreen_action.trigger()
    assert w.isFullScreen() and w.fullscreen_action.isChecked()
    w.fullscreen_action.trigger()
    assert not w.isFullScreen() and not w.fullscreen_action.isChecked()


def test_restart_restores_filters_study_sort_columns_and_splitters(
    qtbot: Any, real_kb: Any
) -> None:
    w = shown_window(qtbot, real_kb)
    page: Any = w.page("studies")
    tick_factor(qtbot, page, "her2")
    tick_effect(qtbot, page, "poor")
    qtbot.mouseClick(page.facets.any_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.search_box, "Dittmar")
    click_index(qtbot, page.table, page.model.index(0, 0))
    header = page.table.horizontalHeader()
    for _ in range(2):  # N, descending
        x = header.sectionViewportPosition(4) + header.sectionSize(4) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    header.resizeSection(0, 251)
    page.splitter.setSizes([333, 600, 400])
    w.resize(1300, 800)
    state = (page.current_filter(), page.current_study(), page.model.sort_column(),
             page.model.descending(), page.splitter.sizes())
    assert state[0] == StudyFilter(("her2",), "any", ("poor",), (), "Dittmar")
    assert state[1] == "dittmar-2013" and state[2:4] == (4, True)
    w.close()

    w2 = shown_window(qtbot, real_kb)
    page2: Any = w2.page("studies")
    qtbot.waitUntil(lambda: page2.splitter.sizes() == state[4], timeout=2000)
    assert (page2.current_filter(), page2.current_study(), page2.model.sort_column(),
            page2.model.descending(), page2.splitter.sizes()) == state
    assert page2.table.horizontalHeader().sectionSize(0) == 251
    assert page2.selected_study_ids() == ["dittmar-2013"]
    assert page2.facets.any_button.isChecked()
    assert {b.property("chipKey") for b in page2.chips.buttons()} >= {"factor:her2", "text"}
    assert (w2.width(), w2.height()) == (1300, 800)


def test_smoke_test_of_the_entry_point() -> None:
    result = _run("--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "smoke test ok" in result.stdout


def test_a_corrupt_cached_kb_is_rebuilt(tmp_path: Path) -> None:
    from bclm_viewer.kb.paths import default_kb_path
    from bclm_viewer.query.knowledge_base import KnowledgeBase

    cached = default_kb_path()
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(b"this is not a database\0" * 100)
    result = _run("--smoke-test")
    assert result.returncode == 0, result.stderr
    with KnowledgeBase(cached) as kb:
        assert kb.total_studies() > 0


def test_a_missing_kb_is_a_readable_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite"
    result = _run("--smoke-test", "--kb", str(missing))
    assert result.returncode != 0
    assert "Base de connaissances illisible" in result.stderr
    assert str(missing) in result.stderr


@pytest.mark.parametrize("content", [None, b"garbage" * 1000, b""])
def test_a_bad_kb_opens_a_dialog_not_a_traceback(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None
) -> None:
    from bclm_viewer.ui import app

    path = tmp_path / "bad.sqlite"
    if content is not None:
        path.write_bytes(content)
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:  # the dialog as built, without blocking
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app.run_app(kb_path=path) == 1
    assert len(shown) == 1
    box = shown[0]
    assert box.windowTitle() == "Base de connaissances illisible"
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert str(path) in box.text() and "Traceback" not in box.text()


def test_quit_shortcut_closes_theshown_window(qtbot: Any, real_kb: Any) -> None:
    w = shown_window(qtbot, real_kb)
    shortcuts = w.quit_action.shortcuts()
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    assert shortcuts == (standard or [QKeySequence("Ctrl+Q")])  # never without a Quit key
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    combo = shortcuts[0][0]
    qtbot.keyClick(w.tabs, combo.key(), combo.keyboardModifiers())
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=2000)


def test_style_sheet_rules_are_set_on_the_widgets_they_name(
    qtbot: Any, real_kb: Any
) -> None:
    from bclm_viewer.ui.app import _application

    assert _application().styleSheet() == ""  # no app-wide sheet: other widgets stay plain
    w = shown_window(qtbot, real_kb)
    page = w.page("studies")
    assert "font-weight: bold" in page.count_label.styleSheet()
    assert "QTabBar::tab" in w.tabs.tabBar().styleSheet()
    assert page.table.styleSheet() == "" and page.facets.tree.styleSheet() == ""
    assert "QToolButton#chip " in page.chips.styleSheet()
    # The rules do apply, each to the widget it names: the count label and the factors
    # panel's title are bold, the table's header is not.
    assert page.count_label.font().bold()
    assert page.facets.findChild(QLabel, "panelTitle").font().bold()
    assert not page.table.horizontalHeader().font().bold()
    assert not page.search_box.font().bold()


def test_saving_an_unchanged_layout_leaves_the_settings_file_alone(
    qtbot: Any, real_kb: Any
) -> None:
    """Each write of the settings file ends with an fsync; a quit that changed nothing writes
    nothing (QSettings writes a new file and renames it, so a write changes the inode)."""
    from bclm_viewer.ui.settings import settings

    w = shown_window(qtbot, real_kb)
    w.save_layout()
    path = Path(settings().fileName())
    written = path.stat().st_ino
    w.save_layout()
    assert path.stat().st_ino == written  # nothing changed: not written again
    w.tabs.setCurrentIndex(1)
    w.save_layout()
    assert path.stat().st_ino != written  # a change is written
    assert settings().value("window/tab", type=int) == 1
