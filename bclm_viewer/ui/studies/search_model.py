"""Full-text search results (studies, slides, findings, figures, questions, glossary), listed.

The kb does the searching (FTS5, any text is safe: ``bclm_viewer.query.fts``); this model only
holds the hits of the last query and exposes them through roles for ``SnippetDelegate``.

A keystroke asks the kb only for the ranking (the rowids of the best 200 hits); a hit's title,
snippet and study are read when its row is first painted, for a block of rows at a time: about
ten rows are visible, while reading 200 snippets would cost more than the whole frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)

from bclm_viewer.ui.common.highlight import plain_snippet
from bclm_viewer.ui.common.labels import safe_tooltip
from bclm_viewer.ui.common.qt import Index, translator
from bclm_viewer.ui.common.roles import HitRole, KindLabelRole, KindRole, SnippetRole

if TYPE_CHECKING:
    from bclm_viewer.query.detail_records import SearchHit
    from bclm_viewer.query.knowledge_base import KnowledgeBase

RESULT_LIMIT = 200
SNIPPET_BLOCK = 16  # hits read at once, from the first row painted (a list shows ~10)


# Roles as plain ints: ``data`` runs a few times per painted hit, enum comparisons cost more.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_KIND_LABEL = int(KindLabelRole)
_SNIPPET = int(SnippetRole)
_KIND = int(KindRole)
_HIT = int(HitRole)


def kind_labels() -> dict[str, str]:
    tr = translator("SearchModel")
    return {
        "study": tr("Étude"),
        "slide": tr("Diapositive"),
        "finding": tr("Facteur pronostique"),
        "outcome": tr("Chiffre"),
        "question": tr("Question"),
        "glossary": tr("Glossaire"),
    }


def relation_labels() -> dict[str, str]:
    """``SearchHit.relation``: how a hit relates to a clinical token typed ("age > 50")."""
    tr = translator("SearchModel")
    return {
        "opposite": tr("seuil opposé"),
        "other": tr("autre seuil"),
        "unstated": tr("niveau non précisé"),
    }


class SearchResultsModel(QAbstractListModel):
    """The hits of ``kb.search(text)``; an empty text means no hits (not every row).

    Holds the ranked rowids of the hits; a hit itself (title, snippet...) is read with the
    ``SNIPPET_BLOCK`` rows after it the first time it is asked for.
    """

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._text = ""
        self._ranked: list[int] = []  # search_index rowids, best first
        self._loaded: dict[int, SearchHit] = {}  # rowid -> SearchHit (with its snippet)
        self._labels = kind_labels()
        self._relations = relation_labels()
        self._study_labels: dict[str, str] = {}  # the KB never changes while open

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        ranked = list(self._kb.search_ranked(text, RESULT_LIMIT)) if text.strip() else []
        self.beginResetModel()
        self._ranked = ranked
        self._loaded = {}
        self.endResetModel()

    def _load(self, rowids: list[int]) -> None:
        wanted = [r for r in rowids if r not in self._loaded]
        if wanted:
            for hit in self._kb.search_hits(self._text, wanted):
                self._loaded[hit.rowid] = hit

    def hit(self, row: int) -> SearchHit | None:
        """The hit of ``row``, with its snippet (``None`` outside the list)."""
        if not 0 <= row < len(self._ranked):
            return None
        rowid = self._ranked[row]
        hit = self._loaded.get(rowid)
        if hit is None:
            self._load(self._ranked[row : row + SNIPPET_BLOCK])
            hit = self._loaded.get(rowid)
        return hit

    def hits(self) -> list[SearchHit]:
        """Every hit, with its snippet (the missing ones read at once)."""
        self._load(self._ranked)
        return [self._loaded[r] for r in self._ranked if r in self._loaded]

    def title(self, hit: SearchHit) -> str:
        """The hit's title; a finding or a figure also names its study (read when painted)."""
        title = str(hit.title or "")
        if hit.kind in ("finding", "outcome") and hit.study_id:
            sid = str(hit.study_id)
            label = self._study_labels.get(sid)
            if label is None:
                # One query for every study the current hits name (not one per painted row).
                wanted = {str(h.study_id) for h in self._loaded.values() if h.study_id} | {sid}
                found = self._kb.study_labels(wanted - self._study_labels.keys())
                for study_id in wanted:
                    self._study_labels.setdefault(study_id, str(found.get(study_id, study_id)))
                label = self._study_labels[sid]
            return f"{label} — {title}" if title else label
        return title

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ranked)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == _DISPLAY:
            return self.title(hit)
        if role == _KIND_LABEL:
            kind = self._labels.get(hit.kind, str(hit.kind))
            relation = self._relations.get(hit.relation, "")
            return f"{kind} ({relation})" if relation else kind
        if role == _SNIPPET:
            return str(hit.snippet or "")
        if role == _KIND:
            return str(hit.kind)
        if role == _HIT:
            return hit
        if role == _TOOLTIP:
            return safe_tooltip(plain_snippet(str(hit.snippet or ""))) or None
        if role == _ACCESSIBLE:
            kind = self.data(index, _KIND_LABEL)
            return f"{kind} : {self.title(hit)}. {plain_snippet(str(hit.snippet or ''))}"
        return None
