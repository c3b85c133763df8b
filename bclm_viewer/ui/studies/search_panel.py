"""The list of search hits below the studies (the box itself is ``search_box.SearchBox``).

No debounce: every keystroke queries the kb synchronously, which is fast enough (see
``benchmarks/interaction.py``) and keeps the list exactly in step with the box.

The title ("12 résultat(s) pour « hép »") changes at every keystroke. A label's new text asks
its parents to lay out again, up to the main window, whose tab widget then repaints everything;
a label of fixed size does not. So the title has a fixed size, outside the layout (refixed to
the panel's width when the panel is resized).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.ui.common.highlight import SnippetDelegate
from bclm_viewer.ui.common.roles import HitRole
from bclm_viewer.ui.studies.search_model import SearchResultsModel
from bclm_viewer.ui.style import styled

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase


class SearchPanel(QWidget):
    """The hits for the box's text: kind, title and highlighted snippet; click to open one."""

    hitActivated = Signal(object)  # a kb SearchHit

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.model = SearchResultsModel(kb, self)
        self.title = QLabel(self)
        styled(self.title, "panelTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        # Every row has the same height, so laying out 200 rows costs nothing; in one pass, the
        # hits are painted in the same frame as the keystroke (batches would paint them later).
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Résultats de la recherche"))
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        self._update_title()
        self.title.ensurePolished()  # the style sheet's padding counts in the height
        height = self.title.sizeHint().height()
        self.title.setFixedSize(self.width(), height)
        # The layout holds the list only, below the title's room: the title is placed by hand,
        # so its fixed width never becomes the panel's minimum width.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, height + 2, 0, 0)
        layout.addWidget(self.view, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self.title.setFixedWidth(event.size().width())
        self.title.move(0, 0)
        super().resizeEvent(event)

    def set_text(self, text: str) -> None:
        self.model.set_text(text)
        self._update_title()

    def _update_title(self) -> None:
        n = self.model.rowCount()
        text = self.model.text().strip()
        if not text:
            self.title.setText(self.tr("Résultats de la recherche"))
        elif n == 0:
            self.title.setText(self.tr("Aucun résultat pour « {0} »").format(_short(text)))
        else:
            self.title.setText(
                self.tr("%n résultat(s) pour « {text} »", "", n).format(text=_short(text))
            )

    def focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0))

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.hitActivated.emit(hit)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
