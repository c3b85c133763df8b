"""The window at its first start: sized to the screen, at least 1280x720 where the screen has the
room, never larger than the free area."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect

from bclm_viewer.ui.settings import first_window_rect

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(("free", "size"), [
    (QRect(0, 0, 1920, 1040), (1600, 866)),
    (QRect(0, 0, 1366, 728), (1280, 720)),
    (QRect(0, 0, 1280, 680), (1280, 680)),
    (QRect(0, 0, 1024, 600), (1024, 600)),
    (QRect(0, 0, 3840, 2100), (3200, 1750)),
])
def test_first_size_fits_the_free_area(free: QRect, size: tuple[int, int]) -> None:
    rect = first_window_rect(free)
    assert (rect.width(), rect.height()) == size
    assert free.contains(rect)
    assert rect.center() == free.center() or abs(rect.center().x() - free.center().x()) <= 1


def test_the_window_opens_within_the_screen(qtbot: Any, real_kb: Any) -> None:
    from ui_fixtures import shown_window

    w = shown_window(qtbot, real_kb)
    free = w.screen().availableGeometry()
    assert free.contains(w.frameGeometry()) or free.contains(w.geometry())
    assert w.width() >= min(1280, free.width()) and w.height() >= min(720, free.height())


def test_on_a_small_screen_the_window_is_never_larger(tmp_path: Any) -> None:
    """Offscreen's own screen (800x800, smaller than the window's usual minimum): the first
    start's window fits it, as the smoke test of the real entry point reports."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               BCLM_VIEWER_CONFIG_DIR=str(tmp_path / "config"),
               BCLM_VIEWER_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-m", "bclm_viewer", "--smoke-test"],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("window 800x720")
