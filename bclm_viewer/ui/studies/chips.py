"""The active filter as a row of removable chips ("Statut HER2 ✕") and "Tout effacer".

The bar changes at every keystroke and tick, so it must not cost a relayout of the window. A
layout would pass every chip's new size up to the main window, whose tab widget then repaints
everything (a whole-window repaint per keystroke). So the bar places its chips itself, reuses
its buttons, keeps the height of one line whether it shows the hint or chips, and tells its
parent's layout only when that height really changes (the chips wrap onto another line).
Measured (issue 10, ``benchmarks/interaction.py`` on 10,000 studies, alternated runs): the
chips in Qt's flow-layout example made a tick ~1.5x slower (median), so this stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget

from bclm_viewer.ui.common.labels import safe_tooltip
from bclm_viewer.ui.style import style_children

SPACING = 4
MAX_LABEL = 40  # longer chip labels are cut with "…" (the tooltip has them whole)


@dataclass(frozen=True)
class Chip:
    key: str  # "factor:her2", "effect:poor", "endpoint:OS", "text"
    label: str


class ChipsBar(QWidget):
    """The filter's chips, wrapped onto as many lines as the width needs."""

    removeRequested = Signal(str)
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chipsBar")
        style_children(self)  # its chips, "Tout effacer" and hint
        self._chips: list[Chip] = []
        self._pool: list[QToolButton] = []  # chip buttons; the first len(_chips) are shown
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearChips")
        self.clear_button.setText(self.tr("Tout effacer"))
        self.clear_button.setToolTip(self.tr("Retirer tous les filtres et la recherche"))
        self.clear_button.clicked.connect(self.clearRequested)
        self.clear_button.hide()
        self.hint = QLabel(self.tr("Aucun filtre : toutes les études sont listées."), self)
        self.hint.setObjectName("chipsHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self._line = max(self.clear_button.sizeHint().height(), self.hint.sizeHint().height())
        self._height = self._line
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # ----- state -----------------------------------------------------------------------------
    def chips(self) -> list[Chip]:
        return list(self._chips)

    def buttons(self) -> list[QToolButton]:
        return self._pool[: len(self._chips)]

    def set_chips(self, chips: Sequence[Chip]) -> None:
        chips = list(chips)
        if chips == self._chips:
            return
        while len(self._pool) < len(chips):
            self._pool.append(self._new_button())
        for button, chip in zip(self._pool, chips, strict=False):
            if button.property("chipKey") != chip.key or button.property("chipLabel") != chip.label:
                text = chip.label if len(chip.label) <= MAX_LABEL else chip.label[:39] + "…"
                button.setText(f"{text} ✕")
                button.setToolTip(safe_tooltip(
                    self.tr("Retirer le filtre « {0} »").format(chip.label)
                ))
                button.setAccessibleName(self.tr("Retirer le filtre {0}").format(chip.label))
                button.setProperty("chipKey", chip.key)
                button.setProperty("chipLabel", chip.label)
        self._chips = chips
        self._place()
        for button in self._pool[len(chips):]:
            button.hide()
        for button in self._pool[: len(chips)]:
            button.show()
        self.clear_button.setVisible(bool(chips))
        self.hint.setVisible(not chips)

    def _new_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("chip")
        button.hide()
        button.clicked.connect(
            lambda _=False, b=button: self.removeRequested.emit(str(b.property("chipKey")))
        )
        return button

    # ----- geometry --------------------------------------------------------------------------
    def _items(self) -> list[QWidget]:
        if not self._chips:
            return [self.hint]
        return [*self._pool[: len(self._chips)], self.clear_button]

    def _flow(self, width: int, *, apply: bool) -> int:
        """Place the shown items left to right, wrapping at ``width``; return the height."""
        x = y = 0
        line = self._line
        for item in self._items():
            hint = item.sizeHint()
            if x > 0 and x + hint.width() > width:
                x, y = 0, y + line + SPACING
            if apply:
                item.setGeometry(QRect(QPoint(x, y + (line - hint.height()) // 2), hint))
            x += hint.width() + SPACING
        return y + line

    def _place(self) -> None:
        height = self._flow(self.width(), apply=True)
        if height != self._height:
            self._height = height
            self.updateGeometry()  # another line of chips (or one less): the page relays out

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._flow(width, apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(400, self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, self._line)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place()

    def event(self, event: QEvent) -> bool:
        # A chip's new text asks its parent to lay out again: that is us, not the page.
        if event.type() == QEvent.Type.LayoutRequest:
            self._place()
            return True
        return super().event(event)
