"""QSettings in one place, so tests and CI can point them at a throw-away folder."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings


def settings() -> QSettings:
    """The app's settings; an INI file under ``BCLM_VIEWER_CONFIG_DIR`` when that is set."""
    folder = os.environ.get("BCLM_VIEWER_CONFIG_DIR")
    if folder:
        os.makedirs(folder, exist_ok=True)
        return QSettings(os.path.join(folder, "bclm-viewer.ini"), QSettings.Format.IniFormat)
    return QSettings("bclm-viewer", "bclm-viewer")
