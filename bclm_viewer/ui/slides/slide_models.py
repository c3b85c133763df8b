"""List models of the slides page: the deck's slides, and what one slide holds.

``SlideListModel`` is the table of contents (number and title). ``SlideRefsModel`` lists the
studies a slide presents, and the figures, findings and questions read from it, each with its
verbatim quote as tooltip; a study row (or a row of a study) knows the study to open. A slide of
a 10,000-study KB holds ~30,000 such rows: ``SlideRefsModel`` counts them, reads the first page
and the rest a page at a time as the view scrolls (``canFetchMore`` / ``fetchMore``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)

from bclm_viewer.i18n import localized
from bclm_viewer.query.detail_records import SlideRefCounts, SlideRefs, SlideSummary
from bclm_viewer.ui.common.glossary_tips import GlossaryMatcher, with_glossary
from bclm_viewer.ui.common.labels import (
    analysis_label,
    effect_label,
    endpoint_label,
    figure_text,
    question_kind_labels,
    safe_tooltip,
    slide_quote,
)
from bclm_viewer.ui.common.qt import Index, translator
from bclm_viewer.ui.common.roles import RefKindRole, SlideNumberRole, StudyIdRole

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

_tr = translator("SlideModels")
PAGE_SIZE = 60  # rows read per page: the list shows ~10 at 1280x720, ~25 at full height


class SlideListModel(QAbstractListModel):
    """The deck's slides in order: "4. Adam"."""

    def __init__(self, slides: Sequence[SlideSummary], matcher: GlossaryMatcher | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slides = list(slides)
        self._matcher = matcher

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._slides)

    def number(self, row: int) -> int | None:
        return self._slides[row].number if 0 <= row < len(self._slides) else None

    def numbers(self) -> list[int]:
        return [s.number for s in self._slides]

    def row_of(self, number: int) -> int | None:
        for row, s in enumerate(self._slides):
            if s.number == number:
                return row
        return None

    def title(self, row: int) -> str:
        return self._slides[row].title if 0 <= row < len(self._slides) else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._slides):
            return None
        s = self._slides[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _tr("{n}. {title}").format(n=s.number, title=s.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = with_glossary(_tr("Diapositive {n} : {title}").format(n=s.number,
                                                                      title=s.title),
                                self._matcher, s.title)
            return safe_tooltip(tip)
        if role == SlideNumberRole:
            return s.number
        return None


@dataclass(frozen=True)
class RefItem:
    kind: str  # study | outcome | finding | question
    text: str
    tooltip: str
    study_id: str | None


def ref_items(refs: SlideRefs, matcher: GlossaryMatcher | None,
              labels: dict[str, str] | None = None) -> list[RefItem]:
    """One line per thing on the slide, studies first, in the KB's order. ``labels``: the
    study labels of a page of figures whose studies were listed on an earlier page."""
    labels = {**(labels or {}), **{s.id: s.label for s in refs.studies}}
    items: list[RefItem] = []
    for s in refs.studies:
        items.append(RefItem("study", _tr("Étude — {label}").format(label=s.label),
                             _tr("Ouvrir la fiche de l'étude {label}").format(label=s.label),
                             s.id))
    for o in refs.outcomes:
        what = localized(o.measure_name_fr, o.measure_name_en)
        what += f" ({o.group_label})" if o.group_label else ""
        value = figure_text(o.value_text, o.unit)
        if o.p_value:
            value += f", p {o.p_value}"
        text = _tr("Chiffre — {study} : {what} = {value}").format(
            study=labels.get(o.study_id, o.study_id), what=what, value=value)
        tip = with_glossary(slide_quote(o.slide, o.source), matcher, o.source, what)
        items.append(RefItem("outcome", text, tip, o.study_id))
    for f in refs.findings:
        what = localized(f.factor_name_fr, f.factor_name_en) + (f" ({f.level})" if f.level else "")
        details = [effect_label(f.effect, symbol=True)]
        details.append(endpoint_label(f.endpoint) if f.endpoint else _tr("critère n.r."))
        details.append(analysis_label(f.analysis) if f.analysis else _tr("analyse n.r."))
        if f.p_value:
            details.append(f"p {f.p_value}")
        text = _tr("Facteur — {study} : {what} : {details}").format(
            study=labels.get(f.study_id, f.study_id), what=what, details=", ".join(details))
        tip = with_glossary(slide_quote(f.slide, f.source), matcher, f.source, what)
        items.append(RefItem("finding", text, tip, f.study_id))
    kinds = question_kind_labels()
    for q in refs.questions:
        text = f"{kinds.get(q.kind, q.kind)} — {q.text}"
        tip = with_glossary(slide_quote(q.slide, q.source or q.text), matcher, q.text)
        items.append(RefItem("question", text, tip, None))
    return items


class SlideRefsModel(QAbstractListModel):
    """What one slide holds (see ``ref_items``): all at once (``set_refs``), or counted and read
    a page at a time from the KB (``set_slide``)."""

    def __init__(self, matcher: GlossaryMatcher | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[RefItem] = []
        self._matcher = matcher
        self._kb: KnowledgeBase | None = None
        self._number = 0
        self._counts = SlideRefCounts(0, 0, 0, 0)
        self._fetching = False  # a view may ask for more from inside beginInsertRows

    def set_refs(self, refs: SlideRefs | None) -> None:
        self.beginResetModel()
        self._kb = None
        self._items = [] if refs is None else ref_items(refs, self._matcher)
        self._counts = SlideRefCounts(len(self._items), 0, 0, 0)
        self.endResetModel()

    def set_slide(self, kb: KnowledgeBase, number: int) -> None:
        """Slide ``number``'s rows: counted, and the first page read."""
        counts = kb.slide_ref_counts(number)
        first = self._page(kb, number, 0, counts)  # read before the reset: never half-reset
        self.beginResetModel()
        self._kb, self._number, self._counts, self._items = kb, number, counts, first
        self.endResetModel()

    def _page(self, kb: KnowledgeBase, number: int, offset: int,
              counts: SlideRefCounts) -> list[RefItem]:
        refs = kb.slide_refs_page(number, offset, PAGE_SIZE, counts)
        listed = {s.id for s in refs.studies}
        wanted = {o.study_id for o in refs.outcomes} | {f.study_id for f in refs.findings}
        wanted -= listed
        return ref_items(refs, self._matcher, kb.study_labels(wanted) if wanted else None)

    def total(self) -> int:
        """The rows the slide holds, read or not."""
        return self._counts.total

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt API
        return (not parent.isValid() and not self._fetching and self._kb is not None
                and len(self._items) < self._counts.total)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self._fetching or self._kb is None:
            return
        rows = self._page(self._kb, self._number, len(self._items), self._counts)
        if not rows:  # the KB answered fewer rows than it counted: stop asking
            self._counts = SlideRefCounts(len(self._items), 0, 0, 0)
            return
        first = len(self._items)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._items.extend(rows)
            self.endInsertRows()
        finally:
            self._fetching = False

    def items(self) -> list[RefItem]:
        """Every row of the slide (the rows not read yet are read now)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return list(self._items)

    def loaded(self) -> int:
        """The rows read so far."""
        return len(self._items)

    def item(self, row: int) -> RefItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return safe_tooltip(item.tooltip)
        if role == StudyIdRole:
            return item.study_id
        if role == RefKindRole:
            return item.kind
        return None
