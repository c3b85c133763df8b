"""The Glossary page: every abbreviation of the deck, its French and English meaning.

About fifty rows: the filter runs in Python over the rows read once (case and accents
ignored, any column). ``show_term(term)`` selects a term, e.g. from a search hit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.ui.reference.glossary_model import GlossaryModel
from bclm_viewer.ui.style import styled

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase


class GlossaryPage(QWidget):
    """A filter box over the glossary table."""

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryPage")
        self.kb = kb
        self.model = GlossaryModel(kb.glossary(), self)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("glossaryFilter")
        self.filter_box.setPlaceholderText(self.tr("Filtrer : abréviation ou signification…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filtrer le glossaire"))
        self.count_label = QLabel(self)
        styled(self.count_label, "countLabel")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label = QLabel(self.tr("Aucun terme ne correspond à ce filtre."), self)
        styled(self.empty_label, "chipsHint")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableView(self)
        self.table.setObjectName("glossaryTable")
        self.table.setAccessibleName(self.tr("Glossaire"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(GlossaryModel.TERM, QHeaderView.ResizeMode.Interactive)
        bold = QFont(self.table.font())
        bold.setBold(True)  # terms are shown in bold
        header.resizeSection(GlossaryModel.TERM,
                             QFontMetrics(bold).horizontalAdvance("M+ extra hépatique") + 24)
        header.setSectionResizeMode(GlossaryModel.MEANING_FR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GlossaryModel.MEANING_EN, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.filter_box.textChanged.connect(self._filter_changed)
        self._filter_changed("")

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("{k} sur {n} termes").format(k=shown,
                                                                       n=self.model.total()))
        self.empty_label.setVisible(shown == 0)

    def show_term(self, term: str) -> None:
        """Select ``term`` (clearing a filter that hides it)."""
        if self.model.row_of(term) is None:
            self.filter_box.clear()
        row = self.model.row_of(term)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
