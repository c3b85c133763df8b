"""The search box above the studies: search as you type, Esc clears, Down goes to the hits.

Apart from the results panel (``search_panel``) so the first screen, which shows the box but
not the panel, loads neither the panel nor its delegate.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from bclm_viewer.ui.style import styled


class SearchBox(QLineEdit):
    """A line edit where Esc clears the text and Down moves into the results."""

    downPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        styled(self, "searchBox")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr("Rechercher dans les études, diapositives, facteurs et questions (Ctrl+F)")
        )
        self.setAccessibleName(self.tr("Recherche"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
