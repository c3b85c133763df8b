"""QSettings in one place, so tests and CI can point them at a throw-away folder.

A value equal to the one stored is not written again, so saving an unchanged layout (every quit
where the user moved nothing) leaves the file alone: each write of a QSettings file ends with
an fsync, 4-21 ms of wall time on the development machine, a tenth of a start-up's length
(``benchmarks/startup.py`` times the smoke test to its exit, which saves the layout).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QTimer
from PySide6.QtWidgets import QSplitter


class Settings(QSettings):
    """QSettings that skips writing a value already stored (see the module docstring)."""

    def setValue(self, key: str, value: object) -> None:  # noqa: N802 - Qt API
        if value is not None and self.contains(key):
            try:
                if self.value(key, type=type(value)) == value:
                    return
            except (TypeError, ValueError, RuntimeError):
                pass  # a type QSettings cannot convert to: write it
        super().setValue(key, value)


def settings() -> QSettings:
    """The app's settings; an INI file under ``BCLM_VIEWER_CONFIG_DIR`` when that is set."""
    folder = os.environ.get("BCLM_VIEWER_CONFIG_DIR")
    if folder:
        os.makedirs(folder, exist_ok=True)
        return Settings(os.path.join(folder, "bclm-viewer.ini"), QSettings.Format.IniFormat)
    return Settings("bclm-viewer", "bclm-viewer")


class _ReapplyOnShow(QObject):
    """Re-applies a splitter state at its first show: a page restored before its window is laid
    out would otherwise have its saved sizes redistributed by the first resize."""

    def __init__(self, splitter: QSplitter, state: QByteArray) -> None:
        super().__init__(splitter)
        self._state = state

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and isinstance(watched, QSplitter):
            watched.removeEventFilter(self)
            state = self._state
            QTimer.singleShot(0, watched, lambda: watched.restoreState(state))
            self.deleteLater()
        return False


def restore_splitter(splitter: QSplitter, state: object) -> None:
    """Restore a saved splitter state now and, if the splitter is not shown yet, at first show."""
    if not isinstance(state, QByteArray | bytes):
        return
    data = QByteArray(state)
    splitter.restoreState(data)
    if not splitter.isVisible():
        splitter.installEventFilter(_ReapplyOnShow(splitter, data))


def first_window_rect(available: QRect) -> QRect:
    """The window's place at its first start, on a screen whose free area is ``available``:
    five sixths of it (1600x866 on a 1920x1040 free area), at least
    1280x720 where the screen has the room, never beyond the free area; centred."""
    width = min(available.width(), max(1280, available.width() * 5 // 6))
    height = min(available.height(), max(720, available.height() * 5 // 6))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect
