"""One card of a study session: the question, then (Space) the answer with its verbatim quote
and "Ouvrir la diapositive", then the rating (1-4: À revoir / Difficile / Correct / Facile).

The options are buttons (A-D or a click): choosing one reveals the answer, marked right or
wrong. A figure can also be typed (Entrée): accepted within the tolerance the question states.
Every text from the KB is shown as plain text, never as markup.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.i18n import QT_TRANSLATE_NOOP, translate
from bclm_viewer.study.choices import check_answer
from bclm_viewer.study.records import RATING_LABELS, Question, describe_interval, rating_label

KIND_TITLES = {"figure": QT_TRANSLATE_NOOP("StudyKinds", "Chiffre"),
               "finding": QT_TRANSLATE_NOOP("StudyKinds", "Facteur pronostique"),
               "comparison": QT_TRANSLATE_NOOP("StudyKinds", "Comparaison"),
               "disagreement": QT_TRANSLATE_NOOP("StudyKinds", "Désaccord entre séries"),
               "characteristic": QT_TRANSLATE_NOOP("StudyKinds", "Caractéristique")}


def kind_title(kind: str) -> str:
    """A question kind's title in the user's language."""
    return translate("StudyKinds", KIND_TITLES[kind]) if kind in KIND_TITLES else kind
RIGHT, WRONG = "#2e7d32", "#c62828"
CHOICE_WIDTH = 720
MAX_CHOICES = 4
MAX_SLIDE_BUTTONS = 6
CHOICE_STYLE = "text-align: left; padding: 4px 10px;"


def _plain(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CardView(QWidget):
    """Shows one question; emits ``rated(int)`` (1-4) and ``quoteRequested(int, str)``."""

    rated = Signal(int)
    quoteRequested = Signal(int, str)  # a slide of the answer and its quote, lit on the slide

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyCard")
        self.question: Question | None = None
        self.revealed = False
        self.correct: bool | None = None
        self.counter = _plain("", self, wrap=False)
        self.counter.setObjectName("studyCounter")
        self.kind_label = _plain("", self, wrap=False)
        self.kind_label.setStyleSheet("color: palette(placeholder-text);")
        self.prompt = _plain("", self)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.prompt.setFont(font)
        self.prompt.setObjectName("studyPrompt")

        self.choice_box = QVBoxLayout()
        self._choice_pool: list[QPushButton] = []
        self._marked: set[int] = set()  # choices styled right / wrong by the last answer
        for i in range(MAX_CHOICES):
            b = QPushButton(self)
            b.setObjectName("studyChoice")
            b.setMaximumWidth(CHOICE_WIDTH)
            b.clicked.connect(lambda _=False, i=i: self.choose(i))
            b.setStyleSheet(CHOICE_STYLE)
            b.setVisible(False)
            self.choice_box.addWidget(b)
            self._choice_pool.append(b)
        self.choice_buttons: list[QPushButton] = []
        self.entry = QLineEdit(self)
        self.entry.setObjectName("studyEntry")
        self.entry.returnPressed.connect(self._typed)
        self.reveal_button = QPushButton(self.tr("Voir la réponse (Espace)"), self)
        self.reveal_button.clicked.connect(self.reveal)

        self.answer_frame = QFrame(self)
        self.answer_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict = _plain("", self.answer_frame)
        self.answer = _plain("", self.answer_frame)
        bold = self.answer.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.answer.setFont(bold)
        self.quotes = _plain("", self.answer_frame)
        self.quotes.setObjectName("studyQuotes")
        self.slide_buttons = QHBoxLayout()
        self.slide_buttons.setContentsMargins(0, 0, 0, 0)
        self._slides: list[int] = []
        self._slide_pool: list[QPushButton] = []
        for i in range(MAX_SLIDE_BUTTONS):
            b = QPushButton(self.answer_frame)
            b.setObjectName("openSlide")
            b.setToolTip(self.tr("La diapositive d'où vient la réponse"))
            b.clicked.connect(lambda _=False, i=i: self._open_slide(i))
            b.setVisible(False)
            self.slide_buttons.addWidget(b)
            self._slide_pool.append(b)
        self.slide_buttons.addStretch(1)
        inner = QVBoxLayout(self.answer_frame)
        inner.addWidget(self.verdict)
        inner.addWidget(self.answer)
        inner.addWidget(self.quotes)
        inner.addLayout(self.slide_buttons)

        self.rating_buttons: dict[int, QPushButton] = {}
        ratings = QHBoxLayout()
        for r in RATING_LABELS:
            b = QPushButton(f"{r} · {rating_label(r)}", self)
            b.setObjectName(f"rate{r}")
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, r=r: self.rate(r))
            ratings.addWidget(b)
            self.rating_buttons[r] = b

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addStretch(1)
        top.addWidget(self.counter)
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addSpacing(6)
        layout.addLayout(self.choice_box)
        layout.addWidget(self.entry)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.answer_frame)
        layout.addLayout(ratings)
        layout.addStretch(1)

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (("Space", self.reveal),):
            QShortcut(QKeySequence(key), self, slot, context=ctx)
        for r in RATING_LABELS:
            QShortcut(QKeySequence(str(r)), self, lambda r=r: self.rate(r), context=ctx)
        for i in range(4):
            QShortcut(QKeySequence(chr(65 + i)), self, lambda i=i: self.choose(i), context=ctx)

    # ----- showing ----------------------------------------------------------------------
    def show_question(self, q: Question, position: int, total: int,
                      previews: dict[int, timedelta] | None = None,
                      typed: bool = False, again: int = 0) -> None:
        """Show ``q``, card ``position`` of the session's ``total`` distinct cards, ``again``
        of them put back by "À revoir" (a ``position`` beyond ``total`` is one of those);
        ``typed``: a figure is typed, its options hidden."""
        self.question = q
        self.revealed = False
        self.correct = None
        if position > total:
            counter = self.tr("À revoir {n} / {again}").format(n=position - total, again=again)
        else:
            counter = self.tr("Carte {n} / {total}").format(n=position, total=total)
            if again:
                counter += " " + self.tr("(+{again} à revoir)").format(again=again)
        self.counter.setText(counter)
        self.kind_label.setText(kind_title(q.kind))
        self.prompt.setText(q.prompt)
        typed = typed and q.free_entry
        shown = () if typed else q.choices[:MAX_CHOICES]
        self.choice_buttons = self._choice_pool[: len(shown)]
        for i, b in enumerate(self._choice_pool):
            if i < len(shown):
                b.setText(f"{chr(65 + i)}.  {shown[i]}")
                if i in self._marked:  # restyled only where the last answer marked it
                    b.setStyleSheet(CHOICE_STYLE)
            b.setVisible(i < len(shown))
        self._marked.clear()
        self.entry.setVisible(q.free_entry and (typed or not q.choices))
        self.entry.clear()
        self.entry.setEnabled(True)
        if q.free_entry:
            self.entry.setPlaceholderText(
                self.tr("Tapez la valeur puis Entrée ({tol})").format(tol=q.tolerance_text()))
        self.reveal_button.setVisible(True)
        self.answer_frame.setVisible(False)
        for r, b in self.rating_buttons.items():
            when = previews.get(r) if previews else None
            suffix = f"  ({describe_interval(when)})" if when is not None else ""
            b.setText(f"{r} · {rating_label(r)}{suffix}")
            b.setEnabled(False)
            b.setDefault(False)
        if self.entry.isVisible():
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, index: int) -> None:
        q = self.question
        if q is None or self.revealed or not 0 <= index < len(q.choices):
            return
        self.correct = check_answer(q, q.choices[index])
        if not self.choice_buttons:
            return
        for i, b in enumerate(self.choice_buttons):
            if q.choices[i] == q.answer:
                b.setStyleSheet(f"{CHOICE_STYLE} color: {RIGHT}; font-weight: bold;")
                self._marked.add(i)
            elif i == index:
                b.setStyleSheet(f"{CHOICE_STYLE} color: {WRONG}; text-decoration: line-through;")
                self._marked.add(i)
        self.reveal()

    def _typed(self) -> None:
        q = self.question
        if q is None or self.revealed or not self.entry.text().strip():
            return
        self.correct = check_answer(q, self.entry.text())
        self.reveal()

    def reveal(self) -> None:
        q = self.question
        if q is None or self.revealed:
            return
        self.revealed = True
        self.entry.setEnabled(False)
        self.reveal_button.setVisible(False)
        if self.correct is None:
            self.verdict.setText(self.tr("Réponse :"))
            self.verdict.setStyleSheet("")
        else:
            self.verdict.setText(self.tr("Juste.") if self.correct else self.tr("Faux."))
            self.verdict.setStyleSheet(f"color: {RIGHT if self.correct else WRONG}; "
                                       "font-weight: bold;")
        self.answer.setText(q.answer)
        lines = [self.tr("« {quote} » — diapositive {n}, {study}").format(
            quote=s.quote, n=s.slide, study=s.study_label) for s in dict.fromkeys(q.sources)]
        self.quotes.setText("\n".join(lines))
        self._slides = list(q.slides[:MAX_SLIDE_BUTTONS])
        for i, b in enumerate(self._slide_pool):
            if i < len(self._slides):
                b.setText(self.tr("Ouvrir la diapositive {n}").format(n=self._slides[i]))
            b.setVisible(i < len(self._slides))
        self.answer_frame.setVisible(True)
        for b in self.rating_buttons.values():
            b.setEnabled(True)
        suggested = 1 if self.correct is False else 3
        self.rating_buttons[suggested].setDefault(True)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_slide(self, i: int) -> None:
        q = self.question
        if q is None or i >= len(self._slides):
            return
        slide = self._slides[i]
        quote = next((s.quote for s in q.sources if s.slide == slide), "")
        self.quoteRequested.emit(slide, quote)

    def rate(self, rating: int) -> None:
        if self.question is None or not self.revealed or rating not in self.rating_buttons:
            return
        self.rated.emit(rating)
