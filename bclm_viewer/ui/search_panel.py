"""The search box (search as you type, Esc clears) and the list of hits below the studies.

No debounce: every keystroke queries the kb synchronously, which is fast enough (see
``benchmarks/interaction.py``) and keeps the list exactly in step with the box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.ui.highlight import SnippetDelegate
from bclm_viewer.ui.search_model import HitRole, SearchResultsModel


class SearchBox(QLineEdit):
    """A line edit where Esc clears the text and Down moves into the results."""

    downPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr("Rechercher dans les études, diapositives, facteurs et questions (Ctrl+F)")
        )
        self.setAccessibleName(self.tr("Recherche"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """The hits for the box's text: kind, title and highlighted snippet; click to open one."""

    hitActivated = Signal(object)  # a kb SearchHit

    def __init__(self, kb: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.model = SearchResultsModel(kb, self)
        self.title = QLabel(self)
        self.title.setObjectName("panelTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(50)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Résultats de la recherche"))
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self._update_title()

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
                self.tr("{n} résultat(s) pour « {text} »").format(n=n, text=_short(text))
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
