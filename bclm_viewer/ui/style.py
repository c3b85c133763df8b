"""The rules of ``resources/styles/app.qss``, set on the widgets they name, not on the application.

An application-wide style sheet makes every widget of the app draw through Qt's style-sheet
style, matched rule by rule: on this machine ~8 ms more to build the first screen and ~2 ms more
for each repaint of a study page (``benchmarks/startup.py``, ``benchmarks/interaction.py``). The
sheet only touches a dozen widgets, so each of them gets the rules whose selector names it
(``#objectName``, or its class for the tab bars) and every other widget keeps the plain, faster
platform style. The file stays the one place to restyle the app.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtWidgets import QTabWidget, QWidget

from bclm_viewer.kb.paths import resources_dir

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_NAME = re.compile(r"[#.]?[A-Za-z_][\w-]*")  # QTabBar, #countLabel, .QToolButton


@cache
def _rules() -> tuple[tuple[frozenset[str], str], ...]:
    """(names in the selector, whole rule) of each rule of the sheet; none when the file is
    missing. ``QTabBar::tab:selected`` names ``QTabBar``, ``tab`` and ``selected``."""
    path = resources_dir() / "styles" / "app.qss"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ()
    text = _COMMENT.sub("", text)
    return tuple(
        (frozenset(_NAME.findall(m.group(1))), m.group(0).strip()) for m in _RULE.finditer(text)
    )


@cache
def sheet_for(*names: str) -> str:
    """The rules whose selector names one of ``names`` (``"#countLabel"``, ``"QTabBar"``)."""
    return "\n".join(rule for selector, rule in _rules() if not selector.isdisjoint(names))


def styled(widget: QWidget, object_name: str) -> QWidget:
    """Name ``widget`` and give it the sheet's rules for that name."""
    widget.setObjectName(object_name)
    sheet = sheet_for("#" + object_name)
    if sheet:
        widget.setStyleSheet(sheet)
    return widget


def style_children(container: QWidget, *object_names: str) -> None:
    """Give ``container`` the rules for children it names (chips made later included)."""
    sheet = sheet_for(*("#" + n for n in object_names))
    if sheet:
        container.setStyleSheet(sheet)


def style_tabs(tabs: QTabWidget) -> None:
    """The sheet's tab rules, on the tab bar only (its pages keep the platform style)."""
    sheet = sheet_for("QTabBar")
    if sheet:
        tabs.tabBar().setStyleSheet(sheet)
