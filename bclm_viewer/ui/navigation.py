"""Back and forward between the places the reader has been, and quotes lit on their slides.

``Navigation`` belongs to the main window. It keeps a ``History`` (``ui/common/history.py``) of
places: a study, a slide, a comparison, the matrix, the glossary, the questions... A page change
or a new study / slide on the page in view is a step; a page change and the move that follows it
in the same event (open the Slides page, then slide 12) are one step, so Back goes where the
reader was, not through the page as it was before. Back / forward (Alt+Left / Alt+Right, the
mouse's back and forward buttons, the toolbar arrows, the "Aller" menu) show the page again with
its selection and scroll positions (``places.py`` reads and restores them).

"Ouvrir la diapositive" on a figure, a finding, a cell, a question or a search hit comes here as
``open_quote(slide, quote)``: the slide opens with the verbatim quote lit (``slides/quote_mark``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
)

from bclm_viewer.ui.common.history import History, Step
from bclm_viewer.ui.first_paint import after_first_paint
from bclm_viewer.ui.places import capture, restore

if TYPE_CHECKING:
    from bclm_viewer.ui.main_window import MainWindow

_PRESS = QEvent.Type.MouseButtonPress
_BACK_FORWARD = (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton)


class Navigation(QObject):
    """The main window's history: records places, goes back and forward, opens quotes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.history = History()
        self._restoring = False
        self._here: str | None = None  # the page key of the current step
        self._shown = ""  # the page in view, as last seen
        self._pending = QTimer(self)  # a page change, recorded once its move is made
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._record)
        style = window.style()
        self.back_action = self._action(
            self.tr("Page &précédente"), QKeySequence.StandardKey.Back, "Alt+Left",
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.back)
        self.forward_action = self._action(
            self.tr("Page &suivante"), QKeySequence.StandardKey.Forward, "Alt+Right",
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.forward)
        # The arrows sit left of the tabs, as a browser's: no toolbar row taken from 720 px.
        self.arrows = QWidget(window.tabs)
        self.arrows.setObjectName("navigationArrows")
        row = QHBoxLayout(self.arrows)
        row.setContentsMargins(2, 0, 4, 0)
        row.setSpacing(0)
        for action in (self.back_action, self.forward_action):
            button = QToolButton(self.arrows)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Left / Alt+Right from the keys
            row.addWidget(button)
        window.tabs.setCornerWidget(self.arrows, Qt.Corner.TopLeftCorner)
        bar = window.menuBar()
        self.menu = QMenu(self.tr("A&ller"), bar)
        self.menu.addAction(self.back_action)
        self.menu.addAction(self.forward_action)
        menus = bar.actions()  # before "Aide", which stays last
        if menus:
            bar.insertMenu(menus[-1], self.menu)
        else:
            bar.addMenu(self.menu)
        window.tabs.currentChanged.connect(self._page_changed)
        # The mouse's back and forward buttons, anywhere: an application-wide filter, which
        # every event then goes through, so installed once the window is painted (the first
        # screen's hundreds of events built without it: ~19 ms of CPU, docs/performance.md).
        after_first_paint(window, self._watch_mouse_buttons)
        self._update_actions()

    def _watch_mouse_buttons(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _action(self, text: str, standard: QKeySequence.StandardKey, fallback: str,
                icon: object, slot: object) -> QAction:
        action = QAction(text, self.window)
        # Alt+Left / Alt+Right, and the keyboard's own Back / Forward keys; not the platform's
        # Backspace binding, which would leave the page at a stray key in a list.
        keys = [QKeySequence(fallback)] + [
            k for k in QKeySequence.keyBindings(standard)
            if not k.isEmpty() and k != QKeySequence(fallback)
            and "Backspace" not in k.toString()]
        action.setShortcuts(keys)
        action.setIcon(icon)  # type: ignore[arg-type]
        action.setToolTip(f"{text.replace('&', '')} ({QKeySequence(fallback).toString()})")
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.window.addAction(action)
        return action

    # ----- the pages' moves ------------------------------------------------------------------
    def attach(self, key: str, page: QWidget) -> None:
        """Follow ``page`` (built just now): its moves are steps, its quotes open slides."""
        for name in ("studyShown", "slideShown"):
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(lambda *_a, k=key: self._moved(k))
        quote = getattr(page, "quoteRequested", None)
        if quote is not None:
            quote.connect(self.open_quote)

    def current_key(self) -> str:
        from bclm_viewer.ui.main_window import PAGES

        index = self.window.tabs.currentIndex()
        return PAGES[index].key if 0 <= index < len(PAGES) else ""

    def _page_changed(self, _index: int) -> None:
        if self._restoring:
            return
        left, self._shown = self._shown, self.current_key()
        if left and left != self._shown:
            # The page left still shows what the reader saw last: keep that in its step (a new
            # step when the reader went through it without a pause, Ctrl+8 then Enter).
            page = self.window.page(left)
            if self._pending.isActive():
                self.history.visit(capture(left, page))
                self._here = left
            elif self._here == left:
                self.history.refresh(capture(left, page))
        self._pending.start()

    def _moved(self, key: str) -> None:
        if self._restoring or key != self.current_key():
            return  # a page not in view changing (restored state, a background update)
        self._record()

    def _record(self) -> None:
        self._pending.stop()
        key = self.current_key()
        if not key or self._restoring:
            return
        self.history.visit(capture(key, self.window.page(key)))
        self._here = self._shown = key
        self._update_actions()

    def record_now(self) -> None:
        """Record the place in view at once (the window's first page, a test)."""
        self._record()

    # ----- back and forward ------------------------------------------------------------------
    def back(self) -> None:
        self._go(-1)

    def forward(self) -> None:
        self._go(1)

    def _go(self, delta: int) -> None:
        if self._pending.isActive():
            self._record()  # a page change not yet recorded is where Back starts from
        key = self.current_key()
        if key:
            self.history.refresh(capture(key, self.window.page(key)))
        step = self.history.back() if delta < 0 else self.history.forward()
        if step is not None:
            self._show(step)
        self._update_actions()

    def _show(self, step: Step) -> None:
        self._restoring = True
        try:
            page = self.window.switch_to(step.page)
            restore(step, page)
        finally:
            self._restoring = False
            self._pending.stop()
        self._here = self._shown = step.page

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    # ----- quotes ----------------------------------------------------------------------------
    def open_quote(self, slide: int, quote: str) -> None:
        """Open ``slide`` with ``quote`` lit (a step, like any slide opened)."""
        self.window.switch_to("slides")
        self.window.slides_page().show_quote(int(slide), quote)
        if self._pending.isActive():
            self._record()  # the same slide as before: still a step from where we were

    # ----- mouse buttons ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Every event of the app passes here: the first test is the cheapest one.
        if event.type() != _PRESS or not isinstance(event, QMouseEvent):
            return False
        button = event.button()
        if button not in _BACK_FORWARD or not isinstance(watched, QWidget) \
                or watched.window() is not self.window:
            return False
        self._go(-1 if button == Qt.MouseButton.BackButton else 1)
        return True
