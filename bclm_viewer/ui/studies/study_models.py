"""The study page's two tables: every figure and every finding of one study, as written.

Each row knows the slide it was read from (``SlideRole``) and its tooltip is the verbatim quote
("Diapositive 4 : « OS5: 37% »") followed by the meaning of the abbreviations in the row. A
value the deck does not give is "n.r.", greyed and italic, never 0 or blank.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from bclm_viewer.i18n import localized
from bclm_viewer.query.detail_records import Finding, Outcome
from bclm_viewer.query.readings import READING_MARK
from bclm_viewer.ui.common.glossary_tips import GlossaryMatcher, with_glossary
from bclm_viewer.ui.common.labels import (
    analysis_label,
    effect_label,
    endpoint_label,
    figure_text,
    or_nr,
    safe_tooltip,
    slide_quote,
)
from bclm_viewer.ui.common.qt import Index, translator
from bclm_viewer.ui.common.roles import (
    EffectRole,
    NotReportedRole,
    QuoteRole,
    ReadingRole,
    SlideRole,
)

# Soft tints blended over the theme's base colour: the word carries the meaning, the tint helps.
EFFECT_TINTS = {
    "poor": QColor(220, 60, 60, 55),
    "favourable": QColor(40, 160, 70, 55),
    "not significant": QColor(128, 128, 128, 40),
}

Row = TypeVar("Row", Outcome, Finding)

# Looked up once: comparing and combining Qt enums costs more than the rest of ``data``.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


_tr = translator("StudyModels")


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str | None]  # None = not reported
    align_right: bool = False
    field: str = ""  # the record field shown: a reading on it marks the cell ("◊", italic)


def reading_of(item: Outcome | Finding, name: str) -> str | None:
    """The reason when ``name`` of ``item`` is a reading; the measure or factor column also
    carries the row's attribution to its study (``study``)."""
    if not name:
        return None
    reason = item.readings.get(name)
    if reason is None and name in ("measure", "factor"):
        reason = item.readings.get("study")
    return reason


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one study (figures or findings), read-only."""

    def __init__(self, matcher: GlossaryMatcher | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._cells: dict[int, list[dict[int, Any]]] = {}  # row -> each cell's roles
        self._matcher = matcher
        self._columns: tuple[Column[Row], ...] = self.make_columns()

    def make_columns(self) -> tuple[Column[Row], ...]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells.clear()
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def text_at(self, row: int, column: int) -> str:
        """The shown text of a cell (its reading mark included), without working out its other
        roles (row heights)."""
        item = self.row_at(row)
        if item is None:
            return ""
        col = self._columns[column]
        raw = col.text(item)
        if raw is not None and reading_of(item, col.field) is not None:
            return f"{raw} {READING_MARK}"
        return or_nr(raw)

    def slide_of(self, row: int) -> int | None:
        item = self.row_at(row)
        return None if item is None else int(item.slide)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].title
        return None

    def cell_text(self, row: int, column: int) -> str:
        """What a cell shows ("n.r." when not reported)."""
        item = self.row_at(row)
        if item is None or not 0 <= column < len(self._columns):
            return ""
        return or_nr(self._columns[column].text(item))

    def tooltip(self, row: int) -> str:
        """"Diapositive N : « quote »" and the abbreviations of the row (plain text)."""
        item = self.row_at(row)
        if item is None:
            return ""
        texts = [self.cell_text(row, c) for c in range(len(self._columns))]
        tip = f"{slide_quote(item.slide, item.source)}\n{self.summary(item)}"
        for reason in dict.fromkeys(item.readings.values()):
            tip += "\n" + _tr("{mark} Lecture (la diapositive ne le dit pas ainsi) : {why}").format(
                mark=READING_MARK, why=reason)
        return with_glossary(tip, self._matcher, item.source, *texts)

    def summary(self, item: Row) -> str:
        """The row in full words (its cells may be elided in a narrow pane)."""
        raise NotImplementedError

    def cell(self, row: int, column: int) -> tuple[str, bool, int] | None:
        """(shown text, not reported, alignment) of a cell, for ``CellDelegate``."""
        cells = self._cells_of(row)
        if cells is None or not 0 <= column < len(cells):
            return None
        roles = cells[column]
        return roles[_DISPLAY], roles[int(NotReportedRole)], roles[_ALIGN]

    def not_reported_color(self) -> QColor:
        return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _TOOLTIP:  # on hover only: the glossary is looked up then
            return safe_tooltip(self.tooltip(index.row())) if index.isValid() else None
        cells = self._cells_of(index.row())
        if cells is None or not 0 <= index.column() < len(cells):
            return None
        return cells[index.column()].get(role)

    def _cells_of(self, row: int) -> list[dict[int, Any]] | None:
        """Every role of every cell of ``row``, worked out once per row (a view asks each
        cell for a dozen roles at every paint)."""
        cells = self._cells.get(row)
        if cells is None:
            item = self.row_at(row)
            if item is None:
                return None
            cells = [self._cell_roles(item, c) for c in range(len(self._columns))]
            self._cells[row] = cells
        return cells

    def _cell_roles(self, item: Row, column: int) -> dict[int, Any]:
        col = self._columns[column]
        raw = col.text(item)
        reason = None if raw is None else reading_of(item, col.field)
        text = or_nr(raw) if reason is None else f"{raw} {READING_MARK}"
        roles: dict[int, Any] = {
            _DISPLAY: text,
            _ACCESSIBLE: text,
            int(SlideRole): int(item.slide),
            int(QuoteRole): item.source,
            int(NotReportedRole): raw is None,
            _ALIGN: _RIGHT if col.align_right else _LEFT,
        }
        if reason is not None:
            roles[int(ReadingRole)] = reason
            roles[_FONT] = _italic()
        if raw is None:
            roles[_FONT] = _italic()
            roles[_FOREGROUND] = QBrush(
                QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        for role in self.extra_roles():
            value = self.extra_data(item, column, role)
            if value is not None:
                roles[int(role)] = value
        return roles

    def extra_roles(self) -> tuple[int, ...]:
        """The roles ``extra_data`` answers (besides the common ones)."""
        return ()

    def extra_data(self, item: Row, column: int, role: int) -> Any:
        return None


class OutcomesModel(RowsModel[Outcome]):
    """Every figure of a study: measure, group, value as written with its unit, p, slide."""

    MEASURE, GROUP, VALUE, P, SLIDE = range(5)

    def make_columns(self) -> tuple[Column[Outcome], ...]:
        return (
            Column(_tr("Mesure"), lambda o: localized(o.measure_name_fr, o.measure_name_en),
                   field="measure"),
            Column(_tr("Groupe"), lambda o: o.group_label, field="group"),
            Column(_tr("Valeur"), lambda o: figure_text(o.value_text, o.unit), align_right=True,
                   field="value"),
            Column(_tr("p"), lambda o: o.p_value, field="p"),
            Column(_tr("Diap."), lambda o: str(o.slide), align_right=True),
        )

    def summary(self, item: Outcome) -> str:
        what = localized(item.measure_name_fr, item.measure_name_en)
        what += f" ({item.group_label})" if item.group_label else ""
        return _tr("{what} : {value} ; p : {p}").format(
            what=what, value=figure_text(item.value_text, item.unit), p=or_nr(item.p_value))

    def has_groups(self) -> bool:
        """Whether any figure is given for a group (else the column says nothing)."""
        return any(o.group_label for o in self._rows)


class FindingsModel(RowsModel[Finding]):
    """Every prognostic finding: factor, level, effect, endpoint, analysis, p, slide."""

    FACTOR, LEVEL, EFFECT, ENDPOINT, ANALYSIS, P, SLIDE = range(7)

    def make_columns(self) -> tuple[Column[Finding], ...]:
        return (
            Column(_tr("Facteur"), lambda f: localized(f.factor_name_fr, f.factor_name_en),
                   field="factor"),
            Column(_tr("Niveau"), lambda f: f.level, field="level"),
            Column(_tr("Effet"), lambda f: effect_label(f.effect, symbol=True), field="effect"),
            Column(_tr("Critère"), lambda f: None if f.endpoint is None
                   else endpoint_label(f.endpoint), field="endpoint"),
            Column(_tr("Analyse"), lambda f: None if f.analysis is None
                   else analysis_label(f.analysis, short=True), field="analysis"),
            Column(_tr("p"), lambda f: f.p_value, field="p"),
            Column(_tr("Diap."), lambda f: str(f.slide), align_right=True),
        )

    def summary(self, item: Finding) -> str:
        what = localized(item.factor_name_fr, item.factor_name_en)
        what += f" ({item.level})" if item.level else ""
        return _tr("{what} : {effect} ; critère : {endpoint} ; analyse : {analysis} ; "
                   "p : {p}").format(
            what=what, effect=effect_label(item.effect), endpoint=endpoint_label(item.endpoint),
            analysis=analysis_label(item.analysis), p=or_nr(item.p_value))

    def extra_roles(self) -> tuple[int, ...]:
        return (int(EffectRole), _BACKGROUND)

    def extra_data(self, item: Finding, column: int, role: int) -> Any:
        if role == EffectRole:
            return item.effect
        if role == Qt.ItemDataRole.BackgroundRole and column == self.EFFECT:
            tint = EFFECT_TINTS.get(item.effect)
            return QBrush(tint) if tint is not None else None
        return None
