"""The base at a glance, where the study page will be: until a study is chosen, the right of the
Studies page says what the KB holds and where to start, instead of one line on an empty pane.

It shows the counts (studies, slides, figures, findings, questions), the factors on which the
series disagree (a conflict: opposite directions; a discordance: significant here, not there;
a click filters the list on the factor), the user's starred studies and latest notes (a click
opens the study). Built after the window's first paint, so start-up does not wait for it; the
disagreements are read per factor from the covering index (``MatrixSource.status``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.evidence.agreement import CONFLICT, DISCORDANT
from bclm_viewer.ui.style import styled

if TYPE_CHECKING:
    from bclm_viewer.notes import UserStore
    from bclm_viewer.query.knowledge_base import KnowledgeBase

MAX_NOTES = 5  # the latest notes shown; « Mes notes » has them all
_KEY = int(Qt.ItemDataRole.UserRole) + 1


def _list(parent: QWidget, name: str, accessible: str) -> QListWidget:
    view = QListWidget(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setWordWrap(True)  # a long factor name wraps: read in place, never cut
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    view.setFrameShape(QListWidget.Shape.NoFrame)
    return view


def _fit(view: QListWidget, most: int = 8) -> None:
    """As tall as its items (``most`` rows at most, then it scrolls)."""
    rows = max(1, min(view.count(), most))
    row = max(view.sizeHintForRow(0), view.fontMetrics().lineSpacing() + 4)
    view.setFixedHeight(row * rows + 2 * view.frameWidth() + 4)


class KbOverview(QWidget):
    """Counts, disagreements, stars and notes; ``factorRequested`` / ``studyRequested``."""

    factorRequested = Signal(str)
    studyRequested = Signal(str)

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kbOverview")
        self.kb = kb
        title = QLabel(self.tr("La base en bref"), self)
        styled(title, "panelTitle")
        self.counts = QLabel(self)
        self.counts.setObjectName("overviewCounts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        c = kb.counts()
        self.counts.setText(self.tr(
            "{studies} études, {slides} diapositives, {outcomes} chiffres, {findings} constats "
            "pronostiques, {questions} questions et perspectives."
        ).format(studies=c.get("studies", 0), slides=c.get("slides", 0),
                 outcomes=c.get("outcomes", 0), findings=c.get("findings", 0),
                 questions=c.get("questions", 0)))
        self.disagreements_title = QLabel(self)
        styled(self.disagreements_title, "sectionTitle")
        self.disagreements = _list(self, "overviewDisagreements",
                                   self.tr("Facteurs sur lesquels les séries divergent"))
        self.yours_title = QLabel(self.tr("Vos études étoilées et vos dernières notes"), self)
        styled(self.yours_title, "sectionTitle")
        self.yours = _list(self, "overviewYours", self.tr("Vos études étoilées et notes"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.counts)
        self.none_yet = QLabel(self.tr("Aucune pour l'instant : ☆ sur la fiche d'une étude "
                                       "pour l'étoiler, et votre note en dessous."), self)
        self.none_yet.setObjectName("overviewNoneYet")
        self.none_yet.setTextFormat(Qt.TextFormat.PlainText)
        self.none_yet.setWordWrap(True)
        styled(self.none_yet, "chipsHint")
        self.keys = QLabel(self.tr(
            "Pour commencer : cochez un facteur à gauche, ou tapez dans la recherche (Ctrl+F) ; "
            "Maj-clic sur deux études puis Ctrl+D pour les comparer ; Alt+← pour revenir en "
            "arrière ; F1 : tous les raccourcis."), self)
        self.keys.setObjectName("overviewKeys")
        self.keys.setTextFormat(Qt.TextFormat.PlainText)
        self.keys.setWordWrap(True)
        layout.addWidget(self.disagreements_title)
        layout.addWidget(self.disagreements)
        layout.addWidget(self.yours_title)
        layout.addWidget(self.yours)
        layout.addWidget(self.none_yet)
        layout.addSpacing(8)
        layout.addWidget(self.keys)
        layout.addStretch(1)
        self._layout = layout
        for view in (self.disagreements, self.yours):
            view.itemActivated.connect(self._open)
            view.itemClicked.connect(self._open)
        self._fill_disagreements()
        self.set_user_store(None)

    def add_hint(self, hint: QWidget) -> None:
        """The page's "select a study" line, at the bottom."""
        self._layout.addWidget(hint)
        hint.show()

    def _fill_disagreements(self) -> None:
        from bclm_viewer.evidence.matrix import MatrixSource

        source = MatrixSource(self.kb)
        words = {CONFLICT: self.tr("⚠ conflit : sens opposés"),
                 DISCORDANT: self.tr("≠ discordance : significatif / NS")}
        self.disagreements.clear()
        for factor in source.factors:
            status = source.status(factor.id)
            if status in words:
                item = QListWidgetItem(f"{factor.name} — {words[status]}")
                item.setData(_KEY, f"factor:{factor.id}")
                item.setToolTip(self.tr("Cliquez : les études qui rapportent ce facteur"))
                self.disagreements.addItem(item)
        _fit(self.disagreements)
        self.disagreements_title.setText(
            self.tr("Facteurs sur lesquels les séries divergent ({n})").format(
                n=self.disagreements.count()))

    def set_user_store(self, store: UserStore | None) -> None:
        """The starred studies and the latest notes (none until the notes file is open)."""
        self.yours.clear()
        if store is not None:
            from bclm_viewer.notes.plain import markdown_plain

            starred = store.starred()
            labels = self.kb.study_labels(list(starred))
            for study_id in sorted(starred, key=lambda s: labels.get(s, s)):
                if study_id in labels:
                    self._add_study(f"★ {labels[study_id]}", study_id)
            notes = sorted(store.notes(), key=lambda n: n.updated_at, reverse=True)[:MAX_NOTES]
            note_labels = self.kb.study_labels([n.study_id for n in notes])
            for note in notes:
                if note.study_id in note_labels:
                    preview = " ".join(markdown_plain(note.body_md).split())[:60]
                    self._add_study(self.tr("✎ {study} : {text}").format(
                        study=note_labels[note.study_id], text=preview), note.study_id)
        self.yours.setVisible(self.yours.count() > 0)
        self.none_yet.setVisible(self.yours.count() == 0)
        _fit(self.yours)

    def _add_study(self, text: str, study_id: str) -> None:
        item = QListWidgetItem(text)
        item.setData(_KEY, f"study:{study_id}")
        self.yours.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        kind, _, ref = str(item.data(_KEY) or "").partition(":")
        if kind == "factor":
            self.factorRequested.emit(ref)
        elif kind == "study":
            self.studyRequested.emit(ref)
