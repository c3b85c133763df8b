"""The real knowledge base for tests: built once per test session from the packaged content.

Registered in ``conftest.py`` (``pytest_plugins``): a test asks for ``real_kb`` or ``real_kb_path``.
``real_kb_path`` is the built file (read-only: never write to it); ``real_kb`` is one open
``KnowledgeBase`` on it shared by the session (the kb layer is read-only, so sharing is safe).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bclm_viewer.kb.paths import content_dir


@pytest.fixture(scope="session")
def real_kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The KB built by the kb build API from ``content/``, in a session temp folder."""
    from bclm_viewer.kb.build import build_kb

    path = tmp_path_factory.mktemp("real-kb") / "kb.sqlite"
    build_kb(content_dir(), path)
    return path


@pytest.fixture(scope="session")
def real_kb(real_kb_path: Path) -> Iterator[Any]:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(real_kb_path)
    yield kb
    kb.close()


def shown_window(qtbot: Any, kb: Any) -> Any:
    """A ``MainWindow`` on ``kb``, shown and exposed, closed by ``qtbot`` after the test."""
    from bclm_viewer.ui.main_window import MainWindow

    w = MainWindow(kb)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
