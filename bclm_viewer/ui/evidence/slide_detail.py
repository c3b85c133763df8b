"""The line under the comparison and the matrix: what the current cell says, with its quote, and
a button to its slide. One widget so both pages read, clear and label it the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class SlideDetail(QWidget):
    """``label``: plain, selectable text (content is never markup); ``button``: "Ouvrir la
    diapositive N", enabled only when there is a slide to open."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName(object_name)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self.tr("Ouvrir la diapositive"), self)
        self.button.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def show_text(self, text: str, slide: int | None = None) -> None:
        """Show ``text``; the button opens ``slide`` (disabled without one)."""
        self.label.setText(text)
        self.button.setEnabled(slide is not None)
        self.button.setText(self.tr("Ouvrir la diapositive {n}").format(n=slide)
                            if slide is not None else self.tr("Ouvrir la diapositive"))
