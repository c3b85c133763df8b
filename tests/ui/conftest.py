"""The UI tests run in French, the source language, with its translators installed as the app
installs them at start-up (``ui/i18n.py``): plurals read "2 notes, 1 liste", not "note(s)"."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True, scope="session")
def _french_translators(qapp: Any) -> None:
    from bclm_viewer.ui.i18n import install

    install("fr")
