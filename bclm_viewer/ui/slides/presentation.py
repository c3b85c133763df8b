"""Presentation mode: a frameless full-screen window showing one item at a time in big type.

An item is a slide number (its KB HTML, scaled to fill the screen) or a factory returning a
widget (e.g. a comparison table prepared by another page), so any page can present. Keys:
Right / Down / Space / Page Down = next, Left / Up / Page Up / Backspace = previous,
Home / End = first / last, Esc leaves; ``finished`` then says which item was reached.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.ui.common.text_browser import OfflineTextBrowser

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

PresentationItem = int | Callable[[], QWidget]

MIN_PIXEL_SIZE = 14


class _SlideBrowser(OfflineTextBrowser):
    """The KB's slide HTML, offline, in the largest type that fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(0)
        self.largest = 40  # the pixel size wanted; smaller only if the slide would not fit

    def fit_text(self) -> int:
        """Set and return the largest pixel size (at most ``largest``) at which the whole
        slide fits."""
        doc = self.document()
        width = max(1, self.viewport().width())
        height = max(1, self.viewport().height())
        size = max(MIN_PIXEL_SIZE, self.largest)
        while True:
            font = QFont(self.font())
            font.setPixelSize(size)
            doc.setDefaultFont(font)
            doc.setTextWidth(width)
            if doc.size().height() <= height or size <= MIN_PIXEL_SIZE:
                return size
            size = max(MIN_PIXEL_SIZE, int(size * 0.9))

    def setHtml(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setHtml(text)
        self.fit_text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_text()


class PresentationWindow(QWidget):
    """Shows ``items`` one at a time, full screen; ``start()`` opens it."""

    itemChanged = Signal(int)  # the index of the item now shown
    finished = Signal(int)  # the index of the item reached, when the window closes

    def __init__(self, kb: KnowledgeBase, items: Sequence[PresentationItem],
                 parent: QWidget | None = None, start_index: int = 0) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(self.tr("Présentation"))
        self.kb = kb
        self._items: list[PresentationItem] = list(items)
        self._index = -1
        self._custom: QWidget | None = None
        self._finished = False
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        self.setPalette(palette)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("presentationTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.browser = _SlideBrowser(self)
        self.browser.setObjectName("presentationSlide")
        self.footer = QLabel(self)
        self.footer.setObjectName("presentationFooter")
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.footer.setStyleSheet("color: palette(placeholder-text);")
        for label in (self.title_label, self.footer):
            # never squeezed by a long slide: the slide's type shrinks instead
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 16)
        layout.setSpacing(16)
        layout.addWidget(self.title_label)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.footer)

        # The window itself takes the keys: nothing inside it ever holds the focus.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._keys: dict[Qt.Key, Callable[[], object]] = {}
        for keys, slot in (
            ((Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown),
             self.next),
            ((Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace),
             self.previous),
            ((Qt.Key.Key_Home,), self.first),
            ((Qt.Key.Key_End,), self.last),
            ((Qt.Key.Key_Escape,), self.close),
        ):
            for key in keys:
                self._keys[key] = slot
        if self._items:
            self.go_to(start_index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        slot = self._keys.get(Qt.Key(event.key()))
        if slot is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        event.accept()
        slot()

    # ----- where we are ------------------------------------------------------------------------
    def count(self) -> int:
        return len(self._items)

    def current_index(self) -> int:
        return self._index

    def current_item(self) -> PresentationItem | None:
        return self._items[self._index] if 0 <= self._index < len(self._items) else None

    def current_slide(self) -> int | None:
        """The slide number shown, or ``None`` when the item is not a slide."""
        item = self.current_item()
        return item if isinstance(item, int) else None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(1280, 720)

    # ----- moving ------------------------------------------------------------------------------
    def start(self) -> None:
        """Open full screen on the current item, keyboard ready."""
        self.showFullScreen()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def next(self) -> None:
        self.go_to(self._index + 1)

    def previous(self) -> None:
        self.go_to(self._index - 1)

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(len(self._items) - 1)

    def go_to(self, index: int) -> None:
        """Show item ``index`` (clamped to the items)."""
        if not self._items:
            return
        index = max(0, min(len(self._items) - 1, index))
        if index == self._index:
            return
        self._index = index
        self._show_item(self._items[index])
        self.itemChanged.emit(index)

    def _show_item(self, item: PresentationItem) -> None:
        if self._custom is not None:
            self.body.removeWidget(self._custom)
            self._custom.hide()
            self._custom.deleteLater()
            self._custom = None
        if isinstance(item, int):
            slide = self.kb.slide(item)
            self.title_label.setText(slide.title if slide is not None else "")
            self.browser.setHtml(slide.html if slide is not None else "")
            self.browser.show()
            where = self.tr("Diapositive {n}").format(n=item)
        else:
            widget = item()
            widget.setParent(self)
            for w in (widget, *widget.findChildren(QWidget)):
                w.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.body.addWidget(widget)
            widget.show()
            self._custom = widget
            self.browser.hide()
            self.title_label.setText(widget.windowTitle())
            where = widget.windowTitle()
        position = self.tr("{i} / {n}").format(i=self._index + 1, n=len(self._items))
        hint = self.tr("Échap : quitter")
        self.footer.setText("   ·   ".join(x for x in (where, position, hint) if x))
        self._fit()

    def _fit(self) -> None:
        """Type as big as the screen allows: the title, then the slide scaled to fit."""
        height = max(1, self.height())
        title_font = QFont(self.font())
        title_font.setPixelSize(max(MIN_PIXEL_SIZE + 6, height // 14))
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        footer_font = QFont(self.font())
        footer_font.setPixelSize(max(MIN_PIXEL_SIZE - 2, height // 48))
        self.footer.setFont(footer_font)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # place the labels at their new size before fitting the slide
        self.browser.largest = max(MIN_PIXEL_SIZE, height // 16)
        if self.browser.isVisibleTo(self):
            self.browser.fit_text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        super().closeEvent(event)
        if not self._finished:
            self._finished = True
            self.finished.emit(self._index)
