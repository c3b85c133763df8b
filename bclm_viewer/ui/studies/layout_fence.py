"""``LayoutFence``: keeps the layout work of the study column inside the study column.

A label's new text, a tab's new count or a button shown asks its parents to lay out again, up
to the main window, whose tab widget then lays out and repaints the whole window. A widget of
fixed size does not pass the request on, so the fence holds its content in a body fixed to the
fence's size at each resize: selecting another study lays out and repaints the study column
alone. What it buys (``benchmarks/interaction.py`` on 10,000 studies, CPU time, two runs each):
the next study (Down) in 8.2-10.6 ms median, p95 10.7-14.8 ms, against 11.3-11.6 ms median and
p95 15.6-16.2 ms without it. The fence's size hints are those of what it holds, so the splitter
sizes it as before.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LayoutFence(QWidget):
    """Holds one widget at exactly its own size, so that layout changes inside stay inside."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(inner)
        self.inner = inner

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.inner.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.inner.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self.body.setFixedSize(event.size())
        super().resizeEvent(event)
