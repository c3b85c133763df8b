"""« Ajouter à une liste »: a menu any page can offer for what it shows (study, slide, comparison).

The menu lists the user's talk lists and « Nouvelle liste », named after today
(« Exposé du 12 mars »); choosing one appends the item and saves at once. Pages call
``add_to_list_menu(parent, data, kind, ref)`` for a context menu, or use ``AddToListButton``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from bclm_viewer.notes import UserStoreError, comparison_ref
from bclm_viewer.ui.common.qt import translator
from bclm_viewer.ui.notes.user_data import UserData

tr = translator("AddToList")


def default_list_name(today: date | None = None) -> str:
    """« Exposé du 12 mars »: what a new list is called until the user renames it."""
    d = today or date.today()
    # The month in the UI's language: ui/i18n.py sets the default QLocale with the language.
    month = QLocale().monthName(d.month, QLocale.FormatType.LongFormat)
    return tr("Exposé du {day} {month}").format(day=d.day, month=month)


def add_item(data: UserData, list_id: int | None, kind: str, ref: str) -> int | None:
    """Append ``kind``/``ref`` to ``list_id`` (a new list when None); returns the list id."""
    store = data.store
    if store is None:
        return None
    try:
        target = list_id if list_id is not None else store.create_list(default_list_name())
        store.add_item(target, kind, ref)
    except (UserStoreError, ValueError):
        return None
    data.poll()
    return target


def fill_menu(
    menu: QMenu, data: UserData, kind: str, ref: Callable[[], str | None],
    added: Callable[[int], None] | None = None,
) -> None:
    """Fill ``menu`` with one action per list, then « Nouvelle liste »."""
    menu.clear()
    store = data.store
    if store is None:
        menu.addAction(tr("Notes indisponibles")).setEnabled(False)
        return

    def choose(list_id: int | None) -> None:
        value = ref()
        if value is None:
            return
        target = add_item(data, list_id, kind, value)
        if target is not None and added is not None:
            added(target)

    for tl in store.lists():
        action = menu.addAction(tl.name)
        action.triggered.connect(lambda _=False, i=tl.id: choose(i))
    if not menu.isEmpty():
        menu.addSeparator()
    new = menu.addAction(tr("Nouvelle liste ({name})").format(name=default_list_name()))
    new.triggered.connect(lambda _=False: choose(None))


def add_to_list_menu(parent: QWidget, data: UserData, kind: str, ref: str) -> QMenu:
    """A ready menu « Ajouter à une liste » for one item (e.g. in a context menu)."""
    menu = QMenu(tr("Ajouter à une liste"), parent)
    fill_menu(menu, data, kind, lambda: ref)
    return menu


class AddToListButton(QToolButton):
    """A button whose menu adds the item ``ref()`` returns (None: nothing to add) to a list."""

    added = Signal(int)  # list id

    def __init__(
        self,
        data: UserData,
        kind: str,
        ref: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addToListButton")
        self.setText(tr("Ajouter à une liste"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self._menu.aboutToShow.connect(
            lambda: fill_menu(self._menu, data, kind, ref, self.added.emit)
        )
        self.setMenu(self._menu)


def _ask(page: object, *names: str) -> object:
    for name in names:
        method = getattr(page, name, None)
        if callable(method):
            try:
                return method()
            except TypeError:  # a method of that name that wants arguments: not ours
                continue
    return None


def current_refs(window: QWidget) -> dict[str, str | None]:
    """What the other pages show now: ``{"study": id, "slide": "4", "comparison": ref}``.

    Pages answer through optional methods: ``current_study_id()`` (or the studies page's
    ``current_study()``), ``current_slide_number()`` (or the slides page's ``current_slide()``)
    and ``current_comparison_ids()`` (or the comparison page's ``study_ids()``, or two or more
    studies selected: ``selected_study_ids()``). The window lists its pages with
    ``existing_pages()``; the page on screen is asked first.
    """
    found: dict[str, str | None] = {"study": None, "slide": None, "comparison": None}
    pages = getattr(window, "existing_pages", None)
    listed = list(pages()) if callable(pages) else []
    tabs = getattr(window, "tabs", None)
    shown = tabs.currentWidget() if tabs is not None else None
    listed.sort(key=lambda page: page is not shown)
    for page in listed:
        study = _ask(page, "current_study_id", "current_study")
        if found["study"] is None and isinstance(study, str) and study:
            found["study"] = study
        slide = _ask(page, "current_slide_number", "current_slide")
        if found["slide"] is None and isinstance(slide, int) and slide > 0:
            found["slide"] = str(slide)
        ids = _ask(page, "current_comparison_ids", "study_ids")
        if found["comparison"] is None and isinstance(ids, list) and ids:
            found["comparison"] = comparison_ref([str(i) for i in ids])
    for page in listed:  # else: several studies selected in a list of studies
        selected = _ask(page, "selected_study_ids")
        if found["comparison"] is None and isinstance(selected, list) and len(selected) > 1:
            found["comparison"] = comparison_ref([str(i) for i in selected])
    return found
