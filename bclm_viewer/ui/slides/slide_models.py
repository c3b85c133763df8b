"""List models of the slides page: the deck's slides, and what one slide holds.

``SlideListModel`` is the table of contents (number and title). ``SlideRefsModel`` lists the
studies a slide presents, and the figures, findings and questions read from it, each with its
verbatim quote as tooltip; a study row (or a row of a study) knows the study to open.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)

from bclm_viewer.i18n import localized
from bclm_viewer.query.detail_records import SlideRefs, SlideSummary
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

_tr = translator("SlideModels")


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


def ref_items(refs: SlideRefs, matcher: GlossaryMatcher | None) -> list[RefItem]:
    """One line per thing on the slide, studies first, in the KB's order."""
    labels = {s.id: s.label for s in refs.studies}
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
    """What one slide holds (see ``ref_items``)."""

    def __init__(self, matcher: GlossaryMatcher | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[RefItem] = []
        self._matcher = matcher

    def set_refs(self, refs: SlideRefs | None) -> None:
        self.beginResetModel()
        self._items = [] if refs is None else ref_items(refs, self._matcher)
        self.endResetModel()

    def items(self) -> list[RefItem]:
        return list(self._items)

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
