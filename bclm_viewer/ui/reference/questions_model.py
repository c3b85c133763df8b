"""The deck's questions (or perspectives) as a table model: the text as written, and the slide
it is on (``SlideRole``), with glossary tooltips."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from bclm_viewer.query.detail_records import Question
from bclm_viewer.ui.common.glossary_tips import GlossaryMatcher, with_glossary
from bclm_viewer.ui.common.labels import safe_tooltip, slide_quote
from bclm_viewer.ui.common.qt import Index
from bclm_viewer.ui.common.roles import SlideRole


class QuestionsModel(QAbstractTableModel):
    """Questions (or perspectives) of the deck: the text as written, and its slide."""

    TEXT, SLIDE = range(2)

    def __init__(self, questions: Sequence[Question], title: str,
                 matcher: GlossaryMatcher | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._questions = list(questions)
        self._titles = (title, self.tr("Diapositive"))
        self._matcher = matcher

    def question(self, row: int) -> Question | None:
        return self._questions[row] if 0 <= row < len(self._questions) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._questions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._titles)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._questions):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        q = self.question(index.row()) if index.isValid() else None
        if q is None or not 0 <= index.column() < len(self._titles):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return q.text if index.column() == self.TEXT else str(q.slide)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = with_glossary(slide_quote(q.slide, q.source or q.text), self._matcher, q.text)
            return safe_tooltip(tip)
        if role == SlideRole:
            return int(q.slide)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SLIDE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
