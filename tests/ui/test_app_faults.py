"""Start-up and KB faults as the user meets them: no display or a missing X11 library is one
plain line (exit 2) instead of Qt's abort; a KB page found damaged in a view is told once."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from bclm_viewer.kb.errors import KbError
from bclm_viewer.ui.app import FaultReporter, _explain
from bclm_viewer.ui.platform_check import NO_DISPLAY, NO_XCB_CURSOR, display_problem

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _has(_: str) -> bool:
    return True


def _lacks(_: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("env", "platform", "loadable", "expected"),
    [
        ({}, "linux", _has, NO_DISPLAY),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", _has, NO_DISPLAY),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", _has, NO_DISPLAY),
        ({"DISPLAY": ":0"}, "linux", _lacks, NO_XCB_CURSOR),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", _lacks, NO_XCB_CURSOR),
        ({"DISPLAY": ":0"}, "linux", _has, None),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux", _lacks, None),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", _lacks, None),
        ({"QT_QPA_PLATFORM": "offscreen:configfile=x.json"}, "linux", _lacks, None),
        ({}, "darwin", _lacks, None),
        ({}, "win32", _lacks, None),
    ],
)
def test_display_problem(env: dict[str, str], platform: str, loadable: Any,
                         expected: str | None) -> None:
    assert display_problem(env, platform, loadable) == expected


def test_the_messages_name_the_package_and_the_headless_way() -> None:
    assert "libxcb-cursor0" in NO_XCB_CURSOR and "\n" not in NO_XCB_CURSOR
    assert "QT_QPA_PLATFORM=offscreen" in NO_DISPLAY and "\n" not in NO_DISPLAY


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_no_display_is_one_plain_line_and_exit_2_not_a_qt_abort() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from bclm_viewer.cli.main import main; "
         "sys.exit(main([]))"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == NO_DISPLAY


def test_the_start_error_blames_kb_only_when_it_was_given(tmp_path: Path) -> None:
    error = KbError("disque plein")
    assert "--kb" in _explain(error, tmp_path / "x.sqlite")[1]
    assert "--kb" not in _explain(error, None)[1]


def test_a_damaged_kb_page_met_in_a_view_is_told_once(
    qtbot: Any, real_kb_path: Path, tmp_path: Path
) -> None:
    from bclm_viewer.query.knowledge_base import KnowledgeBase
    from bclm_viewer.ui.main_window import MainWindow

    path = tmp_path / "damaged.sqlite"
    shutil.copyfile(real_kb_path, path)
    con = sqlite3.connect(path)
    size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'outcomes'").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\0" * size)
    kb = KnowledgeBase(path)
    window = MainWindow(kb)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reporter = FaultReporter.install(window, path)
    try:
        for study in ("adam-2006", "page-2014"):  # two views read the damaged page
            QTimer.singleShot(0, lambda s=study: window.show_study(s))
            qtbot.wait(50)
        qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "kbDamaged")))
        qtbot.wait(100)
        boxes = window.findChildren(QMessageBox, "kbDamaged")
        assert len(boxes) == 1 and reporter.told
        assert "est abîmée" in boxes[0].text() and str(path) in boxes[0].text()
    finally:
        reporter.uninstall()
        window.close()
        kb.close()


def test_a_cached_kb_modified_since_built_is_rebuilt_and_the_start_says_so(
    qtbot: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bclm_viewer.kb.cache import ensure_kb
    from bclm_viewer.ui.app import run_app, show_notice

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    target = ensure_kb()
    data = target.read_bytes()
    start = data.index(b"OS5")  # a figure's quote, changed in place, same length
    target.write_bytes(data[:start] + b"OSX" + data[start + 3:])
    assert run_app(None, smoke_test=True) == 0
    err = capsys.readouterr().err
    assert "modifiée ou abîmée" in err and "reconstruite" in err
    assert b"OSX" not in target.read_bytes()
    window = QWidget()
    qtbot.addWidget(window)
    box = show_notice(window, err.strip())
    assert box.isVisible() and "reconstruite" in box.text()
    box.close()


def test_a_list_change_on_a_full_disk_is_said_not_a_traceback(qtbot: Any, kb: Any) -> None:
    from bclm_viewer.notes import StoreWriteError
    from bclm_viewer.ui.main_window import MainWindow

    window = MainWindow(kb)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reporter = FaultReporter.install(window, kb.path)

    def create_a_list_on_a_full_disk() -> None:
        raise StoreWriteError(Path("user.sqlite"), "full", "database or disk is full")

    try:
        for _ in range(2):
            QTimer.singleShot(0, create_a_list_on_a_full_disk)
            qtbot.wait(50)
        qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "storeWriteError")))
        [box] = window.findChildren(QMessageBox, "storeWriteError")  # one box, not two
        assert "disque plein" in box.text() and box.isVisible()
    finally:
        reporter.uninstall()
        window.close()
