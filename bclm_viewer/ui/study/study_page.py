"""The Study page: self-test sessions over the questions the KB generates, scheduled by fsrs.

Choose what to revise (everything, the factors ticked on the Studies page, one study, one talk
list), start: the due cards come first, then new ones. Space reveals the answer with its quote
and "Ouvrir la diapositive"; 1-4 rate it (À revoir / Difficile / Correct / Facile), saved at
once in the user file. "À revoir" brings the card back at the end of the session.

The page shows at once; the questions are generated just after (in a worker thread with its own
read-only connection on a large KB), and ``fsrs`` is imported with this module, i.e. on the
page's first show, never at start-up.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.study.bank import QuestionBank
from bclm_viewer.study.choices import pick, with_choices
from bclm_viewer.study.records import KINDS, NEW_PER_SESSION, Question, Scope
from bclm_viewer.ui.study.card_view import CardView, kind_title
from bclm_viewer.ui.study.progress_view import ProgressView

if TYPE_CHECKING:
    from bclm_viewer.notes import UserStore
    from bclm_viewer.query.knowledge_base import KnowledgeBase
    from bclm_viewer.study.scheduler import StudyScheduler

CARD_WIDTH = 1100
PAINT_FIRST_MS = 30  # the page paints before the questions are generated
THREAD_ABOVE = 500  # studies: above this the questions are generated off the UI thread
SCOPES = ("all", "factors", "study", "list")


class StudyPage(QWidget):
    quoteRequested = Signal(int, str)  # "Ouvrir la diapositive": the slide, its quote lit
    bankReady = Signal(object)

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyPage")
        self.kb = kb
        self.bank: QuestionBank | None = None
        self._scheduler: StudyScheduler | None = None
        self.queue: list[Question] = []
        self.session_size = 0  # distinct cards; "À revoir" appends to ``queue`` beyond them
        self.position = 0
        self.answered = 0
        self._shown_at = 0.0
        self._loading = False
        self._seed = date.today().toordinal()

        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("studyScope")
        for key, text in zip(SCOPES, (self.tr("Toutes les questions"),
                                      self.tr("Facteurs cochés (page Études)"),
                                      self.tr("Une étude"), self.tr("Une liste")), strict=True):
            self.scope_combo.addItem(text, key)
        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("studyTarget")
        self.target_combo.setMinimumContentsLength(24)
        self.target_combo.setVisible(False)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Tous les types"), "")
        for k in KINDS:
            self.kind_combo.addItem(kind_title(k), k)
        self.new_spin = QSpinBox(self)
        self.new_spin.setRange(0, 500)
        self.new_spin.setValue(NEW_PER_SESSION)
        self.new_spin.setSuffix(self.tr(" nouvelles"))
        self.new_spin.setToolTip(self.tr("Cartes jamais vues ajoutées aux cartes dues"))
        self.typed_box = QCheckBox(self.tr("Saisir les chiffres"), self)
        self.typed_box.setObjectName("studyTyped")
        self.typed_box.setToolTip(self.tr("Les chiffres se tapent (virgule ou point, avec la "
                                          "tolérance indiquée) au lieu de se choisir"))
        self.start_button = QPushButton(self.tr("Commencer la session"), self)
        self.start_button.setObjectName("startSession")
        self.start_button.clicked.connect(self.start_session)
        self.stop_button = QPushButton(self.tr("Terminer"), self)
        self.stop_button.clicked.connect(self.finish_session)
        self.stop_button.setVisible(False)
        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh_progress())
        self.target_combo.currentIndexChanged.connect(lambda _i: self.refresh_progress())

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Réviser :"), self))
        bar.addWidget(self.scope_combo)
        bar.addWidget(self.target_combo)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.new_spin)
        bar.addWidget(self.typed_box)
        bar.addStretch(1)
        bar.addWidget(self.start_button)
        bar.addWidget(self.stop_button)

        self.status = QLabel(self.tr("Préparation des questions…"), self)
        self.status.setObjectName("studyStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.progress_view = ProgressView(self)
        self.card = CardView(self)
        self.card.rated.connect(self.answer)
        self.card.quoteRequested.connect(self.quoteRequested)
        hint = QLabel(self.tr("Espace : voir la réponse · A-D : choisir · 1-4 : À revoir, "
                              "Difficile, Correct, Facile · chaque réponse est enregistrée "
                              "aussitôt"), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        home = QWidget(self)
        home_layout = QVBoxLayout(home)
        home_layout.addWidget(self.progress_view)
        home_layout.addWidget(hint)
        home_layout.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(home)
        self.card.setMaximumWidth(CARD_WIDTH)  # a line of text stays readable on a wide screen
        self.card_holder = QWidget(self)
        holder = QHBoxLayout(self.card_holder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.card)
        self.stack.addWidget(self.card_holder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self.bankReady.connect(self._bank_loaded)
        self.start_button.setEnabled(False)

    # ----- questions, store and scheduler -----------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.bank is None and not self._loading:
            self._loading = True
            # After the page's first paint (a zero timer would run before it); dropped if the
            # page goes first.
            QTimer.singleShot(PAINT_FIRST_MS, self, self._load_bank)

    def _load_bank(self) -> None:
        from bclm_viewer.study.questions import generate

        path = getattr(self.kb, "path", None)
        if path is None or self.kb.total_studies() <= THREAD_ABOVE:
            self._bank_loaded(generate(self.kb))
            return

        def work() -> None:
            from bclm_viewer.query.knowledge_base import KnowledgeBase

            with KnowledgeBase(path) as own:
                bank = generate(own)
            bank.warm_pools()
            try:
                self.bankReady.emit(bank)  # queued to the page's thread
            except RuntimeError:
                pass  # the page was closed meanwhile

        threading.Thread(target=work, name="study-questions", daemon=True).start()

    def ensure_bank(self) -> QuestionBank:
        """The questions, generated now if not yet (tests, a session started at once)."""
        if self.bank is None:
            from bclm_viewer.study.questions import generate

            self._bank_loaded(generate(self.kb))
        assert self.bank is not None
        return self.bank

    def _bank_loaded(self, bank: object) -> None:
        if self.bank is not None or not isinstance(bank, QuestionBank):
            return
        self.bank = bank
        self._loading = False
        scheduler = self.scheduler()
        if scheduler is not None:
            scheduler.cards.mark_orphans(bank.ids)
        self.start_button.setEnabled(scheduler is not None)
        self.refresh_progress()

    def _store(self) -> UserStore | None:
        widget: Any = self.window()
        getter = getattr(widget, "user_store", None)
        return getter() if getter is not None else None

    def scheduler(self) -> StudyScheduler | None:
        if self._scheduler is None:
            store = self._store()
            if store is None:
                self.status.setText(self.tr("Vos notes ne peuvent pas être ouvertes : les "
                                            "révisions ne peuvent pas être enregistrées."))
                return None
            from bclm_viewer.study.scheduler import StudyScheduler

            self._scheduler = StudyScheduler(store)
        return self._scheduler

    # ----- scope -------------------------------------------------------------------------
    def _scope_changed(self, _index: int = 0) -> None:
        key = self.scope_combo.currentData()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        if key == "study":
            rows = self.kb.study_rows(_all_filter(), "year", False, 0, self.kb.total_studies())
            for r in rows:
                self.target_combo.addItem(r.label, r.id)
            current = getattr(self.window(), "current_study_id", lambda: None)()
            if current:
                self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(current)))
        elif key == "list":
            store = self._store()
            for lst in store.lists() if store is not None else []:
                self.target_combo.addItem(lst.name, lst.id)
        self.target_combo.blockSignals(False)
        self.target_combo.setVisible(key in ("study", "list"))
        self.refresh_progress()

    def set_scope(self, key: str, target: object = None) -> None:
        self.scope_combo.setCurrentIndex(SCOPES.index(key))
        if target is not None:
            self.target_combo.setCurrentIndex(self.target_combo.findData(target))

    def scope(self) -> Scope | None:
        """What the chosen scope covers; None (with a message) when it covers nothing."""
        key = self.scope_combo.currentData()
        kinds = (self.kind_combo.currentData(),) if self.kind_combo.currentData() else ()
        if key == "factors":
            studies = next((p for p in getattr(self.window(), "existing_pages", list)()
                            if hasattr(p, "current_filter")), None)
            factors = tuple(studies.current_filter().factors) if studies is not None else ()
            if not factors:
                self.status.setText(self.tr("Aucun facteur n'est coché sur la page Études."))
                return None
            return Scope(factor_ids=factors, kinds=kinds)
        if key == "study":
            sid = self.target_combo.currentData()
            return Scope(study_ids=(sid,), kinds=kinds) if sid else None
        if key == "list":
            return self._list_scope(self.target_combo.currentData(), kinds)
        return Scope(kinds=kinds)

    def _list_scope(self, list_id: object, kinds: tuple[str, ...]) -> Scope | None:
        import json

        store = self._store()
        if store is None or not isinstance(list_id, int):
            self.status.setText(self.tr("Aucune liste : créez-en une sur la page Listes."))
            return None
        studies: list[str] = []
        slides: list[int] = []
        for item in store.items(list_id):
            if item.kind == "study":
                studies.append(item.ref)
            elif item.kind == "comparison":
                studies.extend(str(s) for s in json.loads(item.ref))
            elif item.kind == "slide":
                slides.append(int(item.ref))
        return Scope(study_ids=tuple(studies), slides=tuple(slides), kinds=kinds)

    def questions_in_scope(self) -> Sequence[Question]:
        scope = self.scope()
        return [] if scope is None else self.ensure_bank().select(scope)

    def refresh_progress(self) -> None:
        scheduler = self.scheduler()
        if self.bank is None or scheduler is None:
            return
        questions = self.questions_in_scope()
        progress = scheduler.progress(questions)
        self.progress_view.set_progress(progress)
        self.status.setText(self.tr("%n question(s) dans ce choix, {due} à revoir aujourd'hui.", "",
                                    len(questions)).format(due=progress.due))

    # ----- the session -------------------------------------------------------------------
    def start_session(self) -> None:
        scheduler = self.scheduler()
        if scheduler is None:
            return
        questions = self.questions_in_scope()
        self.queue = scheduler.session(pick(questions, None, self._seed), self.new_spin.value())
        self.session_size = len(self.queue)
        self.position = 0
        self.answered = 0
        if not self.queue:
            self.status.setText(self.tr("Rien à revoir pour ce choix aujourd'hui."))
            return
        self.start_button.setVisible(False)
        self.stop_button.setVisible(True)
        self.status.setText(self.tr("Session : %n carte(s). Chaque réponse est enregistrée "
                                    "aussitôt ; « Terminer » s'arrête là.", "", len(self.queue)))
        self.stack.setCurrentWidget(self.card_holder)
        self._show_current()

    def _show_current(self) -> None:
        q = with_choices(self.queue[self.position], self.ensure_bank(), self._seed)
        scheduler = self.scheduler()
        previews = scheduler.interval_preview(q) if scheduler is not None else None
        again = len(self.queue) - self.session_size
        self.card.show_question(q, self.position + 1, self.session_size, previews,
                                typed=self.typed_box.isChecked(), again=again)
        self._shown_at = time.monotonic()

    def answer(self, rating: int) -> None:
        """Save the rating of the card shown, then show the next one."""
        scheduler = self.scheduler()
        q = self.card.question
        if scheduler is None or q is None or not self.queue:
            return
        duration = int((time.monotonic() - self._shown_at) * 1000)
        scheduler.review(q, rating, duration_ms=duration, correct=self.card.correct)
        self.answered += 1
        if rating == 1:
            self.queue.append(self.queue[self.position])  # once more before the end
        self.position += 1
        if self.position >= len(self.queue):
            self.finish_session()
            return
        self._show_current()

    def finish_session(self) -> None:
        self.queue = []
        self.stack.setCurrentIndex(0)
        self.start_button.setVisible(True)
        self.stop_button.setVisible(False)
        self.refresh_progress()
        self.status.setText(self.tr("Session terminée : %n réponse(s) enregistrée(s). {then}", "",
                                    self.answered).format(then=self.status.text()))

    # ----- layout memory -----------------------------------------------------------------
    def save_state(self, s: QSettings) -> None:
        s.setValue("study/scope", self.scope_combo.currentData())
        s.setValue("study/kind", self.kind_combo.currentData())
        s.setValue("study/new", self.new_spin.value())
        s.setValue("study/typed", self.typed_box.isChecked())

    def restore_state(self, s: QSettings) -> None:
        scope = s.value("study/scope", "all")
        if scope in SCOPES:
            self.scope_combo.setCurrentIndex(SCOPES.index(str(scope)))
        kind = self.kind_combo.findData(s.value("study/kind", ""))
        self.kind_combo.setCurrentIndex(max(0, kind))
        new = s.value("study/new", NEW_PER_SESSION, type=int)
        if isinstance(new, int):
            self.new_spin.setValue(new)
        self.typed_box.setChecked(s.value("study/typed", False, type=bool) is True)


def _all_filter() -> Any:
    from bclm_viewer.query.filters import StudyFilter

    return StudyFilter()
