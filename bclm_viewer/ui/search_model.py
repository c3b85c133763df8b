"""Full-text search results (studies, slides, findings, figures, questions, glossary), listed.

The kb does the searching (FTS5, any text is safe: ``bclm_viewer.kb.fts``); this model only
holds the hits of the last query and exposes them through roles for ``SnippetDelegate``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from bclm_viewer.ui.highlight import KindLabelRole, SnippetRole, plain_snippet
from bclm_viewer.ui.labels import safe_tooltip

HitRole = Qt.ItemDataRole.UserRole + 22
KindRole = Qt.ItemDataRole.UserRole + 23
RESULT_LIMIT = 200

Index = QModelIndex | QPersistentModelIndex


def kind_labels() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("SearchModel", text)

    return {
        "study": tr("Étude"),
        "slide": tr("Diapositive"),
        "finding": tr("Facteur pronostique"),
        "outcome": tr("Chiffre"),
        "question": tr("Question"),
        "glossary": tr("Glossaire"),
    }


class SearchResultsModel(QAbstractListModel):
    """The hits of ``kb.search(text)``; an empty text means no hits (not every row)."""

    def __init__(self, kb: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._text = ""
        self._hits: list[Any] = []
        self._labels = kind_labels()
        self._study_labels: dict[str, str] = {}  # the KB never changes while open

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        hits = list(self._kb.search(text, RESULT_LIMIT)) if text.strip() else []
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def hit(self, row: int) -> Any:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def hits(self) -> list[Any]:
        return list(self._hits)

    def title(self, hit: Any) -> str:
        """The hit's title; a finding or a figure also names its study (read when painted)."""
        title = str(hit.title or "")
        if hit.kind in ("finding", "outcome") and hit.study_id:
            sid = str(hit.study_id)
            label = self._study_labels.get(sid)
            if label is None:
                detail = self._kb.study(sid)
                label = str(detail.label) if detail is not None else sid
                self._study_labels[sid] = label
            return f"{label} — {title}" if title else label
        return title

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(hit)
        if role == KindLabelRole:
            return self._labels.get(hit.kind, str(hit.kind))
        if role == SnippetRole:
            return str(hit.snippet or "")
        if role == KindRole:
            return str(hit.kind)
        if role == HitRole:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return safe_tooltip(plain_snippet(str(hit.snippet or ""))) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = self._labels.get(hit.kind, str(hit.kind))
            return f"{kind} : {self.title(hit)}. {plain_snippet(str(hit.snippet or ''))}"
        return None
