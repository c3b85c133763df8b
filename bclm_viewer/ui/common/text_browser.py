"""The one read-only rich-text view of the app: it shows the KB's pre-rendered HTML and the
user's Markdown preview offline, and never follows a link nor fetches a resource.

Content and notes are text a user or an author wrote: a link or an ``<img src=...>`` in them
must not open a browser, read a local file or reach the network. Every HTML view derives from
``OfflineTextBrowser`` (the glossary-aware browser of the slide and study pages, the
presentation's slide, the note preview).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class OfflineTextBrowser(QTextBrowser):
    """A read-only ``QTextBrowser`` that never opens a link nor loads an image or a file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: N802, A002 - Qt API
        return None
