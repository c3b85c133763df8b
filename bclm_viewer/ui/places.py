"""What a history step keeps of each page, and how the page is shown that way again.

``capture(key, page)`` reads a page into a ``Step``: ``where`` is the place (the study, the slide,
the studies compared, the matrix's scope), ``view`` how it looked (the selection, the filter, the
scroll bars). ``restore(step, page)`` puts it back. Both use what the pages already offer
(``show_study``, ``show_slide``, ``set_filter``, ``set_studies``...), so a page needs nothing new
to be a step; a page not listed here is a step by its tab alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractScrollArea, QTableView, QWidget

from bclm_viewer.ui.common.history import Step

_Select = QItemSelectionModel.SelectionFlag


def _scroll(area: QAbstractScrollArea) -> tuple[int, int]:
    return area.horizontalScrollBar().value(), area.verticalScrollBar().value()


def _set_scroll(area: QAbstractScrollArea, value: object) -> None:
    if isinstance(value, tuple) and len(value) == 2:
        area.horizontalScrollBar().setValue(int(value[0]))
        area.verticalScrollBar().setValue(int(value[1]))


def _cell(table: QTableView) -> tuple[int, int] | None:
    index = table.currentIndex()
    return (index.row(), index.column()) if index.isValid() else None


def _set_cell(table: QTableView, cell: object, flags: QItemSelectionModel.SelectionFlag) -> None:
    model = table.model()
    if model is None or not isinstance(cell, tuple):
        return
    index = model.index(int(cell[0]), int(cell[1]))
    if index.isValid():
        table.selectionModel().setCurrentIndex(index, flags)


# ----- Études ---------------------------------------------------------------------------------
def _studies(page: Any) -> Step:
    view: dict[str, Any] = {
        "filter": page.current_filter(),
        "selected": tuple(page.selected_study_ids()),
        "scroll": _scroll(page.table),
    }
    if page.study_column is not None:  # built: its tab (figures, findings, notes) is kept too
        view["tab"] = page.study_view.tabs.currentIndex()
    return Step("studies", page.current_study(), view)


def _show_studies(step: Step, page: Any) -> None:
    view = step.view
    f = view.get("filter")
    if f is not None and f != page.current_filter():
        page.set_filter(f)
    page.show_study(step.where or None)
    selected = set(view.get("selected", ()))
    if len(selected) > 1:  # a multiple selection (for a comparison) comes back whole
        model = page.model
        selection = QItemSelection()
        for row in range(model.rowCount()):
            if model.study_id(row) in selected:
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        page.table.selectionModel().select(selection, _Select.ClearAndSelect)
    if "tab" in view:
        page.study_view.tabs.setCurrentIndex(int(view["tab"]))
    _set_scroll(page.table, view.get("scroll"))


# ----- Diapositives ---------------------------------------------------------------------------
def _slides(page: Any) -> Step:
    return Step("slides", page.current_slide(),
                {"text": _scroll(page.browser), "list": _scroll(page.list_view)})


def _show_slides(step: Step, page: Any) -> None:
    if isinstance(step.where, int):
        page.show_slide(step.where)
    _set_scroll(page.list_view, step.view.get("list"))
    _set_scroll(page.browser, step.view.get("text"))


# ----- Comparaison and Matrice ----------------------------------------------------------------
def _compare(page: Any) -> Step:
    return Step("compare", tuple(page.study_ids()),
                {"cell": _cell(page.table), "scroll": _scroll(page.table)})


def _show_compare(step: Step, page: Any) -> None:
    ids = list(step.where) if isinstance(step.where, tuple) else []
    if ids != list(page.study_ids()):
        page.set_studies(ids)
    _set_cell(page.table, step.view.get("cell"), _Select.ClearAndSelect)
    _set_scroll(page.table, step.view.get("scroll"))


def _matrix(page: Any) -> Step:
    scope = page.scope()
    return Step("matrix", None if scope is None else tuple(scope),
                {"cell": _cell(page.table), "scroll": _scroll(page.table)})


def _show_matrix(step: Step, page: Any) -> None:
    scope = None if step.where is None else list(step.where)  # type: ignore[call-overload]
    if scope != page.scope():
        page.set_study_ids(scope)
    _set_cell(page.table, step.view.get("cell"), _Select.ClearAndSelect)
    index = page.table.currentIndex()
    if index.isValid():
        page.show_cell(index)  # the cell's findings and quote under the matrix, as left
    _set_scroll(page.table, step.view.get("scroll"))


# ----- Glossaire and Questions ----------------------------------------------------------------
def _glossary(page: Any) -> Step:
    return Step("glossary", None, {"filter": page.filter_box.text(), "cell": _cell(page.table),
                                   "scroll": _scroll(page.table)})


def _show_glossary(step: Step, page: Any) -> None:
    text = str(step.view.get("filter", ""))
    if page.filter_box.text() != text:
        page.filter_box.setText(text)
    _set_cell(page.table, step.view.get("cell"), _Select.ClearAndSelect | _Select.Rows)
    _set_scroll(page.table, step.view.get("scroll"))


def _questions(page: Any) -> Step:
    tables = (page.questions_table, page.perspectives_table)
    focused = next((i for i, t in enumerate(tables) if t.currentIndex().isValid()
                    and t.hasFocus()), None)
    return Step("questions", None, {"cells": tuple(_cell(t) for t in tables),
                                    "focus": focused})


def _show_questions(step: Step, page: Any) -> None:
    tables = (page.questions_table, page.perspectives_table)
    for table, cell in zip(tables, step.view.get("cells", ()), strict=False):
        _set_cell(table, cell, _Select.ClearAndSelect | _Select.Rows)
    focus = step.view.get("focus")
    if isinstance(focus, int):
        tables[focus].setFocus()


_PLACES: dict[str, tuple[Callable[[Any], Step], Callable[[Step, Any], None]]] = {
    "studies": (_studies, _show_studies),
    "slides": (_slides, _show_slides),
    "compare": (_compare, _show_compare),
    "matrix": (_matrix, _show_matrix),
    "glossary": (_glossary, _show_glossary),
    "questions": (_questions, _show_questions),
}


def capture(key: str, page: QWidget) -> Step:
    """The place page ``key`` shows now."""
    place = _PLACES.get(key)
    return place[0](page) if place is not None else Step(key)


def restore(step: Step, page: QWidget) -> None:
    """Show ``page`` as it was at ``step``."""
    place = _PLACES.get(step.page)
    if place is not None:
        place[1](step, page)
