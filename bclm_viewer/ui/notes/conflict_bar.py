"""The bar that says another version of a note was kept, and lets the user choose.

Two windows editing one note at once, or an import of a different note, never drop a text: the
store keeps the other one as a ``Conflict``. This bar shows the oldest open one under the note
editor; « Prendre l'autre version » makes it the note (the replaced text is kept in the
conflict), « Garder la mienne » closes it. The other text is shown as plain text only.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from bclm_viewer.notes import Conflict, UserStore, UserStoreError
from bclm_viewer.notes.store import CONCURRENT_EDIT
from bclm_viewer.ui.notes.notes_models import local_time

PREVIEW_CHARS = 300


class ConflictBar(QFrame):
    """Hidden unless the shown study's note has an open conflict."""

    resolved = Signal(str)  # study id, after the user chose

    def __init__(
        self, parent: QWidget | None = None, before: Callable[[], object] | None = None
    ) -> None:
        super().__init__(parent)
        self._before = before  # the editor saves its text before the choice is made
        self.setObjectName("conflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._store: UserStore | None = None
        self._conflict: Conflict | None = None
        self.label = QLabel(self)
        self.label.setObjectName("conflictLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.take_other = QPushButton(self.tr("Prendre l'autre version"), self)
        self.take_other.setObjectName("takeOther")
        self.take_other.clicked.connect(lambda: self._resolve(use_incoming=True))
        self.keep_mine = QPushButton(self.tr("Garder la mienne"), self)
        self.keep_mine.setObjectName("keepMine")
        self.keep_mine.clicked.connect(lambda: self._resolve(use_incoming=False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.take_other)
        layout.addWidget(self.keep_mine)
        self.hide()

    def conflict(self) -> Conflict | None:
        return self._conflict

    def show_for(self, store: UserStore | None, study_id: str | None) -> None:
        """Show the oldest open conflict of ``study_id``'s note, or hide."""
        self._store = store
        found = store.conflicts(study_id) if store is not None and study_id else []
        self._conflict = found[0] if found else None
        if self._conflict is None:
            self.hide()
            return
        c = self._conflict
        origin = (
            self.tr("modifiée dans une autre fenêtre")
            if c.source == CONCURRENT_EDIT
            else self.tr("importée de « {source} »").format(source=c.source)
        )
        self.label.setText(
            self.tr("Une autre version de cette note ({origin}, {date}) a été conservée.").format(
                origin=origin, date=local_time(c.created_at)
            )
        )
        other = c.incoming_md if len(c.incoming_md) <= PREVIEW_CHARS else (
            c.incoming_md[:PREVIEW_CHARS] + "…"
        )
        # A tooltip guesses rich text: give it escaped text explicitly, never the raw note.
        lines = "<br/>".join(html.escape(line) for line in other.splitlines())
        heading = html.escape(self.tr("Autre version :"))
        self.label.setToolTip(f"<qt><b>{heading}</b><br/>{lines}</qt>")
        self.show()

    def _resolve(self, *, use_incoming: bool) -> None:
        if self._before is not None:
            self._before()
        c, store = self._conflict, self._store
        if c is None or store is None:
            return
        try:
            store.resolve_conflict(c.id, use_incoming=use_incoming)
        except UserStoreError as exc:
            self.label.setText(str(exc))
            return
        self.show_for(store, c.study_id)
        self.resolved.emit(c.study_id)
