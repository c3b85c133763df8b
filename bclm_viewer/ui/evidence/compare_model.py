"""The comparison as a table model: one column per study, one row per characteristic, measure
and factor, with a section row per category.

The model owns the column order (``order``) and the visible set: dragging a header or removing a
study changes it here, so what is exported is what is shown. Best / worst values are recomputed
by the kb layer when a column is removed (they depend on which series are compared).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from bclm_viewer.evidence.compare import Cell, Comparison, Row, build_comparison
from bclm_viewer.ui.common.labels import ui_labels
from bclm_viewer.ui.common.qt import Index, translator
from bclm_viewer.ui.common.roles import (
    MarkRole,
    QuoteRole,
    RowKeyRole,
    SectionRole,
    SlideRole,
    StudyIdRole,
)

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

BEST_BG = QColor("#d9f2d9")
WORST_BG = QColor("#f8dcdc")
SECTION_BG = QColor("#e6ecf4")


def _bold() -> QFont:
    """The font of a category's row (its band and its row header)."""
    font = QFont()
    font.setBold(True)
    return font


_tr = translator("Comparison")


def quote_lines(cell: Cell) -> list[str]:
    """"Diapositive 4 — « OS5: 37% »" per quote: the tooltip and the detail panel."""
    lines = []
    for q in cell.quotes:
        where = _tr("Diapositive {n}").format(n=q.slide) if q.slide is not None else ""
        lines.append(f"{where} — « {q.text} »" if q.text else where)
    return lines


class ComparisonModel(QAbstractTableModel):
    """Rows: section rows (a category) and kb ``Row``s; columns: the compared studies."""

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._labels = ui_labels()
        self._full = Comparison((), (), self._labels)
        self._order: list[str] = []
        self._hide_empty = True
        self._view = self._full
        self._rows: list[Row | str] = []

    # ----- state -------------------------------------------------------------------------
    def set_studies(self, ids: list[str]) -> None:
        """Compare these studies, in this order (raises ``UnknownStudyError``)."""
        full = build_comparison(self._kb, ids, self._labels)
        self.beginResetModel()
        self._full = full
        self._order = list(full.study_ids)
        self._rebuild()
        self.endResetModel()

    def set_hide_empty(self, hide: bool) -> None:
        if hide == self._hide_empty:
            return
        self.beginResetModel()
        self._hide_empty = hide
        self._rebuild()
        self.endResetModel()

    def hide_empty(self) -> bool:
        return self._hide_empty

    def order(self) -> list[str]:
        return list(self._order)

    def comparison(self) -> Comparison:
        """What is shown, in the shown order: exports use this."""
        return self._view

    def study_id(self, column: int) -> str:
        return self._order[column]

    def row_key(self, row: int) -> str | None:
        item = self._rows[row]
        return item.key if isinstance(item, Row) else None

    def row_keys(self) -> list[str | None]:
        return [self.row_key(r) for r in range(len(self._rows))]

    def section_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if isinstance(r, str)]

    def cell(self, row: int, column: int) -> Cell | None:
        item = self._rows[row]
        return item.cells[column] if isinstance(item, Row) else None

    def _rebuild(self) -> None:
        view = self._full.select(self._order)
        if self._hide_empty:
            view = view.reported_rows()
        self._view = view
        rows: list[Row | str] = []
        category = None
        for row in view.rows:
            if row.category != category:
                category = row.category
                rows.append(category)
            rows.append(row)
        self._rows = rows if view.studies else []

    def move_column(self, source: int, target: int) -> bool:
        """Move the study at ``source`` so that it ends up at position ``target``."""
        n = len(self._order)
        if not (0 <= source < n and 0 <= target < n) or source == target:
            return False
        dest = target + 1 if target > source else target
        if not self.beginMoveColumns(QModelIndex(), source, source, QModelIndex(), dest):
            return False
        self._order.insert(target, self._order.pop(source))
        self._rebuild()
        self.endMoveColumns()
        return True

    def remove_column(self, column: int) -> None:
        """Drop a study from the comparison (best / worst recomputed without it)."""
        if not 0 <= column < len(self._order):
            return
        self.beginResetModel()
        del self._order[column]
        self._rebuild()
        self.endResetModel()

    # ----- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._view.studies) if self._rows else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        item = self._rows[index.row()]
        if isinstance(item, str):
            return self._section_data(item, index.column(), role)
        cell = item.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.mark == "best":
                return f"{cell.text}  {self._labels.best}"
            if cell.mark == "worst":
                return f"{cell.text}  {self._labels.worst}"
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.mark == "best":
                return QBrush(BEST_BG)
            if cell.mark == "worst":
                return QBrush(WORST_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not cell.reported:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            if cell.mark:
                return QBrush(QColor("#1a1a1a"))
            return None
        if role == Qt.ItemDataRole.FontRole:
            if not cell.reported or cell.mark or cell.readings:
                font = QFont()
                font.setItalic(not cell.reported or bool(cell.readings))
                font.setBold(cell.mark == "best")
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == SlideRole:
            return cell.first_slide
        if role == StudyIdRole:
            return self._order[index.column()]
        if role == RowKeyRole:
            return item.key
        if role == MarkRole:
            return cell.mark
        if role == QuoteRole:
            return "\n".join(quote_lines(cell))
        return None

    def _section_data(self, category: str, column: int, role: int) -> Any:
        """A category's row: its name is in the row header; the cells are a coloured band."""
        if role == Qt.ItemDataRole.DisplayRole:
            return ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return category
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SECTION_BG)
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == SectionRole:
            return True
        return None

    def _tooltip(self, row: Row, cell: Cell) -> str:
        lines = [row.label]
        if not cell.reported:
            lines.append(_tr("Non rapporté sur les diapositives."))
        lines += quote_lines(cell)
        lines += [_tr("{mark} Lecture : {why}").format(mark=self._labels.reading, why=r)
                  for r in cell.readings]
        if cell.mark == "best":
            lines.append(_tr("★ Meilleure valeur de la ligne."))
        elif cell.mark == "worst":
            lines.append(_tr("▽ Moins bonne valeur de la ligne."))
        return "\n".join(lines)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._view.studies):
                return None
            study = self._view.studies[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return study.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return study.citation
            if role == StudyIdRole:
                return study.id
            return None
        if not 0 <= section < len(self._rows):
            return None
        item = self._rows[section]
        if isinstance(item, str):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return item
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == SectionRole:
                return True
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row_tooltip(item)
        if role == RowKeyRole:
            return item.key
        return None

    def _row_tooltip(self, row: Row) -> str:
        lines = [row.label]
        if row.unit and row.unit != "n":
            lines.append(_tr("Unité : {unit}").format(unit=row.unit))
        if row.higher_is_better is True:
            lines.append(_tr("★ = valeur la plus haute (plus c'est haut, mieux c'est)."))
        elif row.higher_is_better is False:
            lines.append(_tr("★ = valeur la plus basse (plus c'est bas, mieux c'est)."))
        if row.mark_note:
            lines.append(
                _tr(
                    "Pas de meilleure ou moins bonne valeur marquée : un intervalle, une borne "
                    "ou un chiffre de sous-groupe pourrait la dépasser."
                )
            )
        return "\n".join(lines)
