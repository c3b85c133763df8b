"""What a user does on the Studies page, as functions the UI tests and the soak test share.

Every action goes through the mouse or the keyboard (``qtbot``), never through a model method,
so a test exercises the same code path as a click. Expectations are read from the kb API.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolButton, QWidget

from bclm_viewer.query.filters import StudyFilter


def click_index(qtbot: Any, view: QAbstractItemView, index: QModelIndex) -> None:
    """Click the middle of ``index`` in ``view`` (scrolling to it first)."""
    # Batched list views lay items out from the event loop, as they do for a user: wait for it.
    view.scrollTo(index)
    qtbot.waitUntil(lambda: view.visualRect(index).isValid(), timeout=2000)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. ``QTest.keyClicks`` only knows Latin-1 (it aborts on an emoji),
    so other characters are sent as the key events a keyboard or an input method delivers."""
    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def tick_factor(qtbot: Any, page: Any, factor_id: str) -> None:
    """Click a factor's row in the factors panel (ticks it, or unticks it when ticked)."""
    index = page.facets.factors_model.factor_index(factor_id)
    click_index(qtbot, page.facets.tree, index)


def _row_of(model: Any, key: str) -> QModelIndex:
    return model.index(model.keys().index(key), 0)


def tick_effect(qtbot: Any, page: Any, effect: str) -> None:
    click_index(qtbot, page.facets.effects_view, _row_of(page.facets.effects_model, effect))


def tick_endpoint(qtbot: Any, page: Any, endpoint: str) -> None:
    click_index(
        qtbot, page.facets.endpoints_view, _row_of(page.facets.endpoints_model, endpoint)
    )


def chip(page: Any, key: str) -> QToolButton:
    """The chip button for ``key`` ("factor:her2", "effect:poor", "text"...)."""
    found = [b for b in page.chips.buttons() if b.property("chipKey") == key]
    assert len(found) == 1, [b.property("chipKey") for b in page.chips.buttons()]
    return found[0]


def listed_ids(page: Any) -> list[str]:
    """Every study id of the table in order, scrolling (fetching) to the end as a user would."""
    model = page.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.study_id(r) for r in range(model.rowCount())]


def studies_where(kb: Any, keep: Callable[[list[Any]], bool]) -> set[str]:
    """Ids of the studies whose findings satisfy ``keep`` — computed from the kb rows."""
    return {sid for sid in kb.study_ids(StudyFilter()) if keep(kb.findings(sid))}


def has_finding(
    factor: str, effects: Iterable[str] = (), endpoints: Iterable[str] = ()
) -> Callable[[list[Any]], bool]:
    effects, endpoints = set(effects), set(endpoints)

    def keep(findings: list[Any]) -> bool:
        return any(
            f.factor_id == factor
            and (not effects or f.effect in effects)
            and (not endpoints or f.endpoint in endpoints)
            for f in findings
        )

    return keep

def assert_paints_like_the_standard_delegate(table: Any) -> None:
    """The table's ``CellDelegate`` draws what ``QStyledItemDelegate`` draws."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QStyledItemDelegate

    from bclm_viewer.ui.common.cell_delegate import CellDelegate

    fast_delegate = table.itemDelegate()
    assert isinstance(fast_delegate, CellDelegate)
    # Rows sized to their text (a wrapped name) settle the scroll bars at the next layout: now.
    QApplication.processEvents()
    standard_delegate = QStyledItemDelegate(table)
    table.setItemDelegate(standard_delegate)
    standard = table.viewport().grab().toImage()
    table.setItemDelegate(fast_delegate)
    fast = table.viewport().grab().toImage()
    assert fast.size() == standard.size()
    differing = sum(
        standard.pixel(x, y) != fast.pixel(x, y)
        for y in range(0, standard.height(), 2) for x in range(0, standard.width(), 2)
    )
    # Same texts, colours and backgrounds; glyphs may sit a pixel apart.
    assert differing < standard.width() * standard.height() // 4 // 20
    blank = QImage(standard.size(), standard.format())
    blank.fill(table.viewport().palette().base().color())
    assert standard != blank and fast != blank
