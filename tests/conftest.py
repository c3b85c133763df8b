"""Headless Qt, and per-test cache/data folders so no test touches the user's real files."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

# Offscreen's default screen is 800x800, smaller than the window's minimum size, so saved
# geometry would be clamped on restore; give the tests a desktop-sized screen instead.
_SCREEN = Path(__file__).with_name("offscreen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

import pytest  # noqa: E402

# Fixtures shared across folders, registered once (tests ask for them by name):
# ``real_kb`` / ``real_kb_path`` (the bundled KB), ``kb`` (a sample KB), ``data`` (the user store).
pytest_plugins = ["ui_fixtures", "notes_ui_support"]


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("BCLM_VIEWER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BCLM_VIEWER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BCLM_VIEWER_CONFIG_DIR", str(tmp_path / "config"))
    recovery = [str(tmp_path / "recovery-data"), str(tmp_path / "recovery-tmp")]
    monkeypatch.setenv("BCLM_VIEWER_RECOVERY_DIRS", os.pathsep.join(recovery))
    yield


@pytest.fixture()
def child_processes() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes a test started; any still running at the end is killed (by its own pid)."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for p in started:
        if p.poll() is None:
            p.kill()
        p.wait()
        if p.stdout:
            p.stdout.close()

# The tests read the French source strings unless they ask for another language (the system
# locale would otherwise pick it: bclm_viewer.i18n.system_language).
os.environ.setdefault("BCLM_VIEWER_LANG", "fr")


@pytest.fixture(autouse=True)
def _language_reset() -> Iterator[None]:
    """``--lang`` sets the language for the whole process: each test starts from the default."""
    from bclm_viewer import i18n

    chosen = i18n.chosen_language()
    yield
    if chosen is None:
        i18n.reset()
    else:
        i18n.set_language(chosen)
