"""The Questions page: the deck's open questions and its perspectives, each with its slide.

Two groups, as the deck has them: the five open questions (slide 10) and the perspectives
(slide 9, the phase III proposal included), verbatim. Double-click or Enter shows the slide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.ui.common.glossary_tips import matcher_for
from bclm_viewer.ui.common.roles import SlideRole
from bclm_viewer.ui.reference.questions_model import QuestionsModel
from bclm_viewer.ui.style import styled

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase


class QuestionsPage(QWidget):
    """The open questions and the perspectives, in two groups."""

    slideRequested = Signal(int)
    quoteRequested = Signal(int, str)  # a question's slide and its verbatim source text

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsPage")
        self.kb = kb
        matcher = matcher_for(kb)
        self.questions_model = QuestionsModel(kb.questions("question"), self.tr("Question"),
                                              matcher, self)
        self.perspectives_model = QuestionsModel(kb.questions("perspective"),
                                                 self.tr("Perspective"), matcher, self)
        self.questions_table = self._table(self.questions_model, "questionsTable",
                                           self.tr("Questions ouvertes"))
        self.perspectives_table = self._table(self.perspectives_model, "perspectivesTable",
                                              self.tr("Perspectives"))

        hint = QLabel(self.tr("Double-clic ou Entrée : voir la diapositive. Survolez une "
                              "abréviation pour sa signification."), self)
        styled(hint, "chipsHint")
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(hint)
        for title, table, model in (
            (self.tr("Les questions ouvertes ({n})"), self.questions_table, self.questions_model),
            (self.tr("Perspectives ({n})"), self.perspectives_table, self.perspectives_model),
        ):
            label = QLabel(title.format(n=model.rowCount()), self)
            styled(label, "sectionTitle")
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
            layout.addWidget(table)
        layout.addStretch(1)

    def _table(self, model: QuestionsModel, name: str, accessible: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QuestionsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QuestionsModel.SLIDE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(QuestionsModel.SLIDE,
                             header.fontMetrics().horizontalAdvance(self.tr("Diapositive")) + 24)
        header.setHighlightSections(False)
        # Tall enough for every row (a dozen at most): nothing hidden behind a scroll bar.
        frame = 2 * table.frameWidth()
        table.setFixedHeight(header.sizeHint().height() + frame + 2
                             + vertical.defaultSectionSize() * max(1, model.rowCount()))
        table.doubleClicked.connect(self._open)
        table.installEventFilter(self)
        return table

    def _open(self, index: QModelIndex) -> None:
        model = index.model() if index.isValid() else None
        question = model.question(index.row()) if isinstance(model, QuestionsModel) else None
        if question is not None:
            self.quoteRequested.emit(int(question.slide), str(question.source or ""))
            return
        slide = index.data(SlideRole) if index.isValid() else None
        if slide is not None:
            self.slideRequested.emit(int(slide))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter on a row shows its slide (double-click does too, whatever the style)."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(watched, QTableView) and watched.currentIndex().isValid()):
            self._open(watched.currentIndex())
            return True
        return super().eventFilter(watched, event)
