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
