"""The evidence matrix as a lazy table model: factors (rows) × studies (columns).

Only the ordered list of study ids is read up front; a column's header and cells are read with
their block of ``BLOCK`` columns the first time the view paints one of them, and a factor's
agreement status the first time its row header is painted. A 10,000-study KB opens at once.
Colours are never the only cue: every cell starts with its symbol ("▼ péj.", "▲ fav.", "= NS").
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

from bclm_viewer.evidence.matrix import FactorConflict, MatrixCell, MatrixSource
from bclm_viewer.ui.common.labels import ui_labels
from bclm_viewer.ui.common.qt import Index, translator
from bclm_viewer.ui.common.roles import EffectRole, FactorIdRole, SlideRole, StatusRole, StudyIdRole

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

BLOCK = 100


EFFECT_BG = {
    "poor": QColor("#f8dcdc"),
    "favourable": QColor("#d9f2d9"),
    "not significant": QColor("#e6e6e6"),
    "mixed": QColor("#fff1c6"),
}
FLAG_BG = {"conflict": QColor("#f3c4c4"), "discordant": QColor("#fbe6a8")}
STATUS_SYMBOL = {"conflict": "⚠", "discordant": "≠", "undetermined": "?"}


_tr = translator("Matrix")


class MatrixModel(QAbstractTableModel):
    def __init__(
        self,
        kb: KnowledgeBase,
        factor_ids: list[str] | None = None,
        study_ids: list[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kb = kb
        self._labels = ui_labels()
        self._source = MatrixSource(kb, factor_ids or (), study_ids, self._labels)
        self._blocks: set[int] = set()
        self._header_blocks: set[int] = set()

    def source(self) -> MatrixSource:
        return self._source

    def set_scope(self, factor_ids: list[str] | None, study_ids: list[str] | None) -> None:
        """Show these factors (all when empty/None) × these studies (None: every study with a
        finding)."""
        self.beginResetModel()
        self._source = MatrixSource(self._kb, factor_ids or (), study_ids, self._labels)
        self._blocks = set()
        self._header_blocks = set()
        self.endResetModel()

    def study_id(self, column: int) -> str:
        return self._source.study_ids[column]

    def factor_id(self, row: int) -> str:
        return self._source.factors[row].id

    def factor_row(self, factor_id: str) -> int:
        return [f.id for f in self._source.factors].index(factor_id)

    def _ensure(self, column: int) -> None:
        """Read the findings of the block of columns holding ``column``."""
        block = column // BLOCK
        if block not in self._blocks:
            self._source.load(self._source.study_ids[block * BLOCK : (block + 1) * BLOCK])
            self._blocks.add(block)

    def _ensure_header(self, column: int) -> None:
        """Read the study labels of the block holding ``column`` (not its cells)."""
        block = column // BLOCK
        if block not in self._header_blocks:
            ids = self._source.study_ids[block * BLOCK : (block + 1) * BLOCK]
            self._source.load_headers(ids)
            self._header_blocks.add(block)

    @property
    def blocks_loaded(self) -> int:
        """How many blocks of columns were read: lets tests and benchmarks see the laziness."""
        return len(self._blocks)

    def cell(self, row: int, column: int) -> MatrixCell:
        self._ensure(column)
        return self._source.cell(self.factor_id(row), self.study_id(column))

    def conflict(self, row: int) -> FactorConflict:
        """Status and reason (names the studies: read on demand)."""
        return self._source.conflict(self.factor_id(row))

    def status(self, row: int) -> str:
        return self._source.status(self.factor_id(row))

    # ----- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._source.factors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._source.study_ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        if role == FactorIdRole:
            return self.factor_id(index.row())
        if role == StudyIdRole:
            return self.study_id(index.column())
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), index.column(), cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            color = EFFECT_BG.get(cell.effect or "")
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not cell.reported:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            return QBrush(QColor("#1a1a1a"))
        if role == Qt.ItemDataRole.FontRole and (not cell.reported or cell.readings):
            font = QFont()
            font.setItalic(True)  # n.r., or a reading ("◊" in the text)
            return font
        if role == SlideRole:
            return cell.first_slide
        if role == EffectRole:
            return cell.effect
        return None

    def quote_lines(self, cell: MatrixCell) -> list[str]:
        lines = []
        for f in cell.findings:
            lines.append(
                _tr("Diapositive {n} — « {quote} »").format(n=f.slide, quote=f.source)
            )
        return lines

    def _tooltip(self, row: int, column: int, cell: MatrixCell) -> str:
        factor = self._source.factors[row].name
        study = self._source.study(self.study_id(column)).label
        lines = [f"{factor} — {study}"]
        if not cell.reported:
            lines.append(_tr("Aucun constat sur ce facteur dans cette étude (n.r.)."))
            return "\n".join(lines)
        for f in cell.findings:
            lines.append(f.text(self._labels))
            lines.append("    " + _tr("Diapositive {n} — « {quote} »").format(
                n=f.slide, quote=f.source))
            lines += ["    " + _tr("{mark} Lecture : {why}").format(
                mark=self._labels.reading, why=why) for why in f.reasons()]
        return "\n".join(lines)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._source.study_ids):
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                self._ensure_header(section)
                study = self._source.study(self.study_id(section))
                return study.label if role == Qt.ItemDataRole.DisplayRole else study.citation
            if role == StudyIdRole:
                return self.study_id(section)
            return None
        if not 0 <= section < len(self._source.factors):
            return None
        factor = self._source.factors[section]
        if role == Qt.ItemDataRole.DisplayRole:
            status = self._source.status(factor.id)
            symbol = STATUS_SYMBOL.get(status)
            return f"{symbol} {factor.name}" if symbol else factor.name
        if role == Qt.ItemDataRole.ToolTipRole:
            conflict = self._source.conflict(factor.id)
            lines = [factor.name, self._labels.status(conflict.status)]
            if conflict.reason:
                lines.append(conflict.reason)
            lines.append(_tr("Cliquer : filtrer la liste des études sur ce facteur."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            color = FLAG_BG.get(self._source.status(factor.id))
            return QBrush(color) if color is not None else None
        if role == FactorIdRole:
            return factor.id
        if role == StatusRole:
            return self._source.status(factor.id)
        return None
