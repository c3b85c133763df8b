"""The Slides page: the deck slide by slide, with what each slide holds, and presentation mode.

Left, the slides (number and title); right, the slide in large type (the KB's pre-rendered
HTML, glossary tooltips on its abbreviations) and below it the studies, figures, findings and
questions read from it (click: open the study). Right / Page Down = next slide, Left /
Page Up = previous, Home / End = first / last; F5 presents from the current slide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.ui.common.glossary_tips import GlossaryTextBrowser, matcher_for
from bclm_viewer.ui.settings import restore_splitter
from bclm_viewer.ui.slides.presentation import PresentationWindow
from bclm_viewer.ui.slides.quote_mark import clear_quote, mark_quote
from bclm_viewer.ui.slides.slide_models import SlideListModel, SlideRefsModel
from bclm_viewer.ui.style import styled

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
SLIDE_TEXT_SCALE = 1.6  # the slide's type, relative to the application's


class SlidesPage(QWidget):
    """Browse the deck; ``show_slide(n)``, ``start_presentation()``."""

    studyRequested = Signal(str)
    slideShown = Signal(int)
    # After a presentation: the main window comes back to this page, on the slide reached.
    slideRequested = Signal(int)

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slidesPage")
        self.kb = kb
        self.presentation: PresentationWindow | None = None
        self._current: int | None = None
        matcher = matcher_for(kb)

        self.model = SlideListModel(kb.slides(), matcher, self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("slidesList")
        self.list_view.setModel(self.model)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSpacing(2)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setAccessibleName(self.tr("Diapositives"))

        self.title_label = QLabel(self)
        self.title_label.setObjectName("slideTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.previous_button = QPushButton(self.tr("◀ Précédente"), self)
        self.previous_button.setToolTip(self.tr("Diapositive précédente (Page précédente, ←)"))
        self.next_button = QPushButton(self.tr("Suivante ▶"), self)
        self.next_button.setToolTip(self.tr("Diapositive suivante (Page suivante, →)"))
        self.present_button = QPushButton(self.tr("Présenter (F5)"), self)
        self.present_button.setToolTip(self.tr("Plein écran, une diapositive à la fois ; "
                                               "Échap pour revenir"))
        for button in (self.previous_button, self.next_button, self.present_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.browser = GlossaryTextBrowser(matcher, self)
        self.browser.setObjectName("slideText")
        self.browser.setAccessibleName(self.tr("Texte de la diapositive"))
        text_font = QFont(self.browser.font())
        text_font.setPointSizeF(text_font.pointSizeF() * SLIDE_TEXT_SCALE)
        self.browser.setFont(text_font)
        self.browser.document().setDocumentMargin(18)

        self.refs_title = QLabel(self.tr("Sur cette diapositive"), self)
        styled(self.refs_title, "sectionTitle")
        self.refs_title.setTextFormat(Qt.TextFormat.PlainText)
        self.refs_model = SlideRefsModel(matcher, self)
        self.refs_view = QListView(self)
        self.refs_view.setObjectName("slideRefs")
        self.refs_view.setModel(self.refs_model)
        self.refs_view.setUniformItemSizes(True)
        self.refs_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refs_view.setAccessibleName(self.tr("Sur cette diapositive"))
        self.refs_view.setMouseTracking(True)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.present_button)
        refs = QWidget(self)
        refs_layout = QVBoxLayout(refs)
        refs_layout.setContentsMargins(0, 0, 0, 0)
        refs_layout.setSpacing(2)
        refs_layout.addWidget(self.refs_title)
        refs_layout.addWidget(self.refs_view, 1)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("slideRightSplitter")
        self.right_splitter.addWidget(self.browser)
        self.right_splitter.addWidget(refs)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setChildrenCollapsible(False)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.right_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("slidesSplitter")
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.list_view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.previous_button.clicked.connect(self.previous_slide)
        self.next_button.clicked.connect(self.next_slide)
        self.present_button.clicked.connect(lambda: self.start_presentation())
        self.refs_view.clicked.connect(self._open_ref)
        for watched in (self.list_view, self.browser, self.refs_view):
            watched.installEventFilter(self)
        if self.model.rowCount() > 0:
            self.show_slide(self.model.numbers()[0])

    # ----- the current slide -------------------------------------------------------------------
    def current_slide(self) -> int | None:
        return self._current

    def show_slide(self, number: int) -> None:
        """Select and show slide ``number`` (ignored when the deck has no such slide)."""
        row = self.model.row_of(int(number))
        if row is None:
            return
        index = self.model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index)
        self._display(int(number))

    def show_quote(self, number: int, quote: str) -> bool:
        """Show slide ``number`` with ``quote`` lit and scrolled into view (True when the slide
        holds it); the light goes at the next slide or when the page is left."""
        self.show_slide(number)
        return self._current == number and mark_quote(self.browser, quote)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        if not event.spontaneous():  # leaving the page is a navigation (minimising is not)
            clear_quote(self.browser)
        super().hideEvent(event)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        number = self.model.number(current.row()) if current.isValid() else None
        if number is not None:
            self._display(number)

    def _display(self, number: int) -> None:
        if number == self._current:
            return
        slide = self.kb.slide(number)
        if slide is None:
            return
        self._current = number
        clear_quote(self.browser)
        self.title_label.setText(self.tr("Diapositive {n} / {total} — {title}").format(
            n=number, total=self.model.rowCount(), title=slide.title))
        self.browser.setHtml(slide.html)
        if hasattr(self.kb, "slide_refs_page"):
            self.refs_model.set_slide(self.kb, number)  # counted, then read as it scrolls
        else:
            self.refs_model.set_refs(None)
        self.refs_title.setText(self.tr("Sur cette diapositive ({n})").format(
            n=self.refs_model.total()))
        numbers = self.model.numbers()
        self.previous_button.setEnabled(number != numbers[0])
        self.next_button.setEnabled(number != numbers[-1])
        self.slideShown.emit(number)

    def _step(self, delta: int) -> None:
        numbers = self.model.numbers()
        if not numbers:
            return
        row = self.model.row_of(self._current) if self._current is not None else None
        target = 0 if row is None else max(0, min(len(numbers) - 1, row + delta))
        self.show_slide(numbers[target])

    def next_slide(self) -> None:
        self._step(1)

    def previous_slide(self) -> None:
        self._step(-1)

    def first_slide(self) -> None:
        if self.model.rowCount():
            self.show_slide(self.model.numbers()[0])

    def last_slide(self) -> None:
        if self.model.rowCount():
            self.show_slide(self.model.numbers()[-1])

    def _open_ref(self, index: QModelIndex) -> None:
        item = self.refs_model.item(index.row()) if index.isValid() else None
        if item is not None and item.study_id:
            self.studyRequested.emit(item.study_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.refs_view:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_ref(self.refs_view.currentIndex())
                return True
            return super().eventFilter(watched, event)
        if key in NEXT_KEYS:
            self.next_slide()
            return True
        if key in PREVIOUS_KEYS:
            self.previous_slide()
            return True
        if watched is self.browser and key == Qt.Key.Key_Home:
            self.first_slide()
            return True
        if watched is self.browser and key == Qt.Key.Key_End:
            self.last_slide()
            return True
        return super().eventFilter(watched, event)

    # ----- presentation ------------------------------------------------------------------------
    def start_presentation(self, start: int | None = None) -> PresentationWindow | None:
        """Present the deck full screen from slide ``start`` (default: the current one)."""
        numbers = self.model.numbers()
        if not numbers:
            return None
        if self.presentation is not None:
            self.presentation.close()
        first = start if start is not None else self._current
        index = numbers.index(first) if first in numbers else 0
        window = PresentationWindow(self.kb, numbers, self.window(), start_index=index)
        window.finished.connect(self._presentation_finished)
        self.presentation = window
        window.start()
        return window

    def _presentation_finished(self, index: int) -> None:
        window = self.presentation
        self.presentation = None
        if window is not None:
            slide = window.current_slide()
            window.deleteLater()
            if slide is not None:
                self.show_slide(slide)
                self.slideRequested.emit(slide)
        self.window().activateWindow()
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- remembered state --------------------------------------------------------------------
    def save_state(self, s: QSettings) -> None:
        s.setValue("slides/current", self._current or 0)
        s.setValue("slides/splitter", self.splitter.saveState())
        s.setValue("slides/rightSplitter", self.right_splitter.saveState())

    def restore_state(self, s: QSettings) -> None:
        for key, splitter in (("slides/splitter", self.splitter),
                              ("slides/rightSplitter", self.right_splitter)):
            restore_splitter(splitter, s.value(key))
        current = s.value("slides/current", 0)
        try:
            number = int(current)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return
        if self.model.row_of(number) is not None:
            self.show_slide(number)
