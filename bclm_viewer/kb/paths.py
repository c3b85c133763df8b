"""Where the packaged content and resources live, and where the built KB is cached.

Installed (wheel), ``content/`` and ``resources/`` sit inside the package; run from a source
checkout they sit beside it. Both layouts are supported so tests and tools work in either.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _packaged(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def content_dir() -> Path:
    """The content shipped with the app (slides, studies, vocabularies)."""
    return _packaged("content")


def resources_dir() -> Path:
    """Icons, the .desktop file, style sheets and translations."""
    return _packaged("resources")


def cache_dir() -> Path:
    """The per-user cache folder; ``BCLM_VIEWER_CACHE_DIR`` overrides it (tests, CI)."""
    override = os.environ.get("BCLM_VIEWER_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("bclm-viewer", appauthor=False)


def data_dir() -> Path:
    """The per-user data folder (notes); ``BCLM_VIEWER_DATA_DIR`` overrides it."""
    override = os.environ.get("BCLM_VIEWER_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("bclm-viewer", appauthor=False)


def default_kb_path() -> Path:
    """The bundled KB, built on first use into the cache folder."""
    return cache_dir() / "kb.sqlite"
