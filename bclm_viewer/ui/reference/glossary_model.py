"""The glossary as a table model: every abbreviation of the deck with its French and English
meaning, filtered in Python over the rows read once (about fifty; case and accents ignored)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from bclm_viewer.i18n import language
from bclm_viewer.query.detail_records import GlossaryEntry
from bclm_viewer.ui.common.glossary_tips import entry_line
from bclm_viewer.ui.common.labels import safe_tooltip
from bclm_viewer.ui.common.qt import Index
from bclm_viewer.ui.common.roles import TermRole


def fold(text: str) -> str:
    """Lower case without accents: "Hépatique" and "hepatique" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class GlossaryModel(QAbstractTableModel):
    """The glossary, filtered by ``set_filter`` (any column, case and accents ignored)."""

    TERM, MEANING_FR, MEANING_EN = range(3)

    def __init__(self, entries: Sequence[GlossaryEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all = list(entries)
        self._keys = [fold(" ".join((e.term, e.meaning_fr, e.meaning_en))) for e in self._all]
        self._rows = list(self._all)
        self._filter = ""
        # The meaning in the UI's language, then in the other one.
        self._english = language() == "en"
        other = self.tr("En français") if self._english else self.tr("En anglais")
        self._titles = (self.tr("Terme"), self.tr("Signification"), other)

    def total(self) -> int:
        return len(self._all)

    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        words = fold(text).split()
        self.beginResetModel()
        self._filter = text
        self._rows = [e for e, key in zip(self._all, self._keys, strict=True)
                      if all(w in key for w in words)]
        self.endResetModel()

    def entry(self, row: int) -> GlossaryEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, term: str) -> int | None:
        for row, e in enumerate(self._rows):
            if e.term == term:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._titles)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.entry(index.row()) if index.isValid() else None
        if e is None or not 0 <= index.column() < len(self._titles):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            fr, en = e.meaning_fr, e.meaning_en
            return (e.term, *((en, fr) if self._english else (fr, en)))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return safe_tooltip(entry_line(e))
        if role == TermRole:
            return e.term
        if role == Qt.ItemDataRole.FontRole and index.column() == self.TERM:
            font = QFont()
            font.setBold(True)
            return font
        return None
