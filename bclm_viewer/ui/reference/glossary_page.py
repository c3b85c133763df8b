"""The Glossary page: every abbreviation of the deck, its French and English meaning.

About fifty rows: the filter runs in Python over the rows read once (case and accents
ignored, any column). ``show_term(term)`` selects a term, e.g. from a search hit.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)
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

from bclm_viewer.query.detail_records import GlossaryEntry
from bclm_viewer.ui.common.glossary_tips import entry_line
from bclm_viewer.ui.common.labels import safe_tooltip
from bclm_viewer.ui.common.qt import Index
from bclm_viewer.ui.common.roles import TermRole
from bclm_viewer.ui.style import styled

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase


def fold(text: str) -> str:
    """Lower case without accents: "Hépatique" and "hepatique" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class GlossaryModel(QAbstractTableModel):
    """The glossary, filtered by ``set_filter`` (any column, case and accents ignored)."""

    TERM, MEANING_FR, MEANING_EN = range(3)

    def __init__(self, entries: Sequence[GlossaryEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all = list(entries)
        self._keys = [fold(" ".join((e.term, e.meaning_fr, e.meaning_en))) for e in self._all]
        self._rows = list(self._all)
        self._filter = ""
        self._titles = (self.tr("Terme"), self.tr("Signification"), self.tr("En anglais"))

    def total(self) -> int:
        return len(self._all)

    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        words = fold(text).split()
        self.beginResetModel()
        self._filter = text
        self._rows = [e for e, key in zip(self._all, self._keys, strict=True)
                      if all(w in key for w in words)]
        self.endResetModel()

    def entry(self, row: int) -> GlossaryEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, term: str) -> int | None:
        for row, e in enumerate(self._rows):
            if e.term == term:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._titles)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.entry(index.row()) if index.isValid() else None
        if e is None or not 0 <= index.column() < len(self._titles):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (e.term, e.meaning_fr, e.meaning_en)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return safe_tooltip(entry_line(e))
        if role == TermRole:
            return e.term
        if role == Qt.ItemDataRole.FontRole and index.column() == self.TERM:
            font = QFont()
            font.setBold(True)
            return font
        return None


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
