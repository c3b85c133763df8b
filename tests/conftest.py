"""Headless Qt, and per-test cache/data folders so no test touches the user's real files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("BCLM_VIEWER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BCLM_VIEWER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BCLM_VIEWER_CONFIG_DIR", str(tmp_path / "config"))
    yield
