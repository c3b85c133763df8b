"""A talk list presented: its items, in order, in the viewer's ``PresentationWindow``.

A slide is shown as the deck shows it; a comparison (and a single study) as a table of the
studies' headline figures in big type, titled with their names, which is what a talk shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from bclm_viewer.notes import ListItem
from bclm_viewer.ui.notes.list_export import headline_columns, headline_rows
from bclm_viewer.ui.notes.notes_models import HeadlineModel, KbNames
from bclm_viewer.ui.slides.presentation import PresentationItem, PresentationWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("ListPresentation", text)


class HeadlineTable(QTableView):
    """The headline figures, type scaled to the space the presentation gives."""

    def __init__(self, model: HeadlineModel, title: str) -> None:
        super().__init__()
        self.setObjectName("presentedComparison")
        self.setWindowTitle(title)
        self.setModel(model)
        model.setParent(self)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        lines = max(1, self.model().rowCount()) + 1
        size = max(14, min(self.height() // (lines * 3), self.width() // 40, 40))
        font = QFont(self.font())
        font.setPixelSize(size)
        self.setFont(font)
        # Under the app style sheet a header ignores setFont(); a rule of its own is obeyed.
        self.horizontalHeader().setStyleSheet(f"QHeaderView::section {{ font-size: {size}px; }}")


def _table(names: KbNames, study_ids: list[str], title: str) -> Callable[[], QWidget]:
    def make() -> QWidget:
        model = HeadlineModel(headline_columns(), headline_rows(names, study_ids))
        return HeadlineTable(model, title)

    return make


def presentation_items(names: KbNames, items: Sequence[ListItem]) -> list[PresentationItem]:
    """What ``PresentationWindow`` shows for each list item, in the list's order."""
    shown: list[PresentationItem] = []
    for item in items:
        if item.kind == "slide":
            shown.append(int(item.ref))
            continue
        ids = item.study_ids()
        title = ", ".join(names.study_name(s) for s in ids)
        if item.kind == "comparison":
            title = tr("Comparaison : {names}").format(names=title)
        if item.caption:
            title += f" — {item.caption}"
        shown.append(_table(names, ids, title))
    return shown


def present_list(kb: Any, items: Sequence[ListItem], parent: QWidget | None) -> PresentationWindow:
    """Open the presentation of ``items`` full screen, on the first one."""
    window = PresentationWindow(kb, presentation_items(KbNames(kb), items), parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:  # Esc: back to the app, keyboard ready (Ctrl+1... work at once)
        window.finished.connect(lambda _index: _reactivate(parent))
    window.start()
    return window


def _reactivate(parent: QWidget) -> None:
    """The window the presentation came from, active again with the focus where it was."""
    host = parent.window()
    host.activateWindow()
    parent.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
