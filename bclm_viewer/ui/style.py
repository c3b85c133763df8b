"""The app's style sheet, ``resources/styles/app.qss``, set on the few widgets it styles.

An application-wide style sheet makes every widget of the app draw through Qt's style-sheet
style: ~8 ms more to build the first screen and ~2 ms more for each repaint of a study page
(measured when this was introduced; ``benchmarks/startup.py``, ``benchmarks/interaction.py``).
So the whole sheet is set only on the widgets it names (by ``#objectName``, or the tab bars),
where Qt's own selectors pick the rules that apply; every other widget keeps the plain, faster
platform style. The file stays the one place to restyle the app.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QTabWidget, QWidget

from bclm_viewer.kb.paths import resources_dir


@cache
def app_sheet() -> str:
    """The text of ``app.qss`` ("" when the file is missing)."""
    try:
        return (resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


def styled(widget: QWidget, object_name: str) -> QWidget:
    """Name ``widget`` and give it the sheet (its ``#object_name`` rules apply)."""
    widget.setObjectName(object_name)
    widget.setStyleSheet(app_sheet())
    return widget


def style_children(container: QWidget) -> None:
    """Give ``container`` the sheet for the named children it holds (chips made later too)."""
    container.setStyleSheet(app_sheet())


def style_tabs(tabs: QTabWidget) -> None:
    """The sheet on the tab bar only (its ``QTabBar`` rules; the pages keep the platform style)."""
    tabs.tabBar().setStyleSheet(app_sheet())
