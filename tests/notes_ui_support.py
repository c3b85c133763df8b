"""Fixtures shared by the notes/lists UI tests: a sample KB and the shared user store.

Registered in ``conftest.py`` (``pytest_plugins``): tests ask for ``kb`` / ``data``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kb_sample import make_sample_kb
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from bclm_viewer.ui.notes.user_data import UserData, close_shared, shared_user_data
from bclm_viewer.ui.settings import settings


@pytest.fixture(name="kb")
def kb_fixture(tmp_path: Path) -> Iterator[Any]:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

    path = make_sample_kb(tmp_path / "kb.sqlite")
    kb = KnowledgeBase(path)
    yield kb
    kb.close()


@pytest.fixture(name="data")
def data_fixture(qapp: Any) -> Iterator[UserData]:
    """The app's shared store in this test's data folder, closed afterwards."""
    found = shared_user_data()
    assert found.store is not None
    yield found
    close_shared()


def open_on_tab(key: str) -> None:
    """Make the next MainWindow open on page ``key`` (so only that page is built)."""
    from bclm_viewer.ui.main_window import PAGES

    s = settings()
    s.setValue("window/tab", [p.key for p in PAGES].index(key))
    s.sync()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, accents included (``QTest.keyClicks`` only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
