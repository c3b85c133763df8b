"""The studies table as a lazy model over ``kb.study_rows``: filtered and sorted in SQL, by pages.

Only the first page is read when the filter or the sort changes; the view asks for more
(``canFetchMore`` / ``fetchMore``) as the user scrolls, so a 10,000-study KB answers as fast as
a 10-study one. A value the deck does not give is the text "n.r.", greyed and italic, never 0
or an empty cell.

Painting the table asks ``data()`` seven roles per visible cell (~2,000 calls per repaint), so
each row's texts and "not reported" flags are computed once, when its page arrives, and
``data()`` only indexes them (roles compared as plain ints, not enum members).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.query.readings import READING_MARK
from bclm_viewer.ui.common.labels import kind_label, not_reported, safe_tooltip
from bclm_viewer.ui.common.qt import Index, translator
from bclm_viewer.ui.common.roles import NotReportedRole, SortKeyRole, StudyIdRole

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase
    from bclm_viewer.query.records import StudyRow

PAGE_SIZE = 60  # rows read per page: a full-height table shows ~35


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_NOT_REPORTED = int(NotReportedRole)
_STUDY_ID = int(StudyIdRole)
_SORT_KEY = int(SortKeyRole)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)



_tr = translator("StudiesModel")


@dataclass(frozen=True)
class Column:
    key: str  # the kb sort key (``STUDY_COLUMNS``)
    attr: str  # the ``StudyRow`` attribute shown
    title: str
    numeric: bool = False


def columns() -> tuple[Column, ...]:
    return (
        Column("label", "label", _tr("Étude")),
        Column("year", "year", _tr("Année"), numeric=True),
        Column("journal", "journal", _tr("Revue")),
        Column("kind", "kind", _tr("Type")),
        Column("n_patients", "n_text", _tr("N"), numeric=True),  # "51 / 50": cases / controls
        # The headline figures before period and centre: they are what a reader scans for,
        # and they stay in view when the study page takes the right of the window.
        Column("os5", "os5_text", _tr("OS5 (%)"), numeric=True),
        Column("dfs5", "dfs5_text", _tr("DFS5 (%)"), numeric=True),
        Column("r0", "r0_text", _tr("R0 (%)"), numeric=True),
        Column("period", "period", _tr("Période")),
        Column("centre", "centre", _tr("Centre")),
    )


STAR = "★ "  # before the label of a study the user starred


class StudiesModel(QAbstractTableModel):
    """Rows of ``kb.study_rows(filter, sort, descending, offset, limit)``, a page at a time."""

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._columns = columns()
        self._filter = StudyFilter()
        self._sort_column = 1  # year: the deck's own order
        self._descending = False
        self._rows: list[StudyRow] = []
        self._texts: list[tuple[str, ...]] = []  # per row, the shown text of each column
        self._missing: list[tuple[bool, ...]] = []  # per row, which columns are "n.r."
        self._read: dict[tuple[int, int], str] = {}  # (row, column) -> reason of a reading
        self._alignments = tuple(_RIGHT if c.numeric else _LEFT for c in self._columns)
        self._nr_text = not_reported()
        self._total = 0
        self._starred: frozenset[str] = frozenset()  # the user's starred study ids
        self._fetching = False  # a view may ask for more from inside beginInsertRows
        self._italic = QFont()
        self._italic.setItalic(True)
        self._grey = QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        self._reload()

    # ----- state ---------------------------------------------------------------------------
    def study_filter(self) -> StudyFilter:
        return self._filter

    def set_filter(self, study_filter: StudyFilter) -> None:
        if study_filter == self._filter:
            return
        self._filter = study_filter
        self._reload()

    def sort_column(self) -> int:
        return self._sort_column

    def descending(self) -> bool:
        return self._descending

    def set_starred(self, study_ids: frozenset[str]) -> None:
        """Mark the user's starred studies (★ before the label); only the label cells change."""
        if study_ids == self._starred:
            return
        self._starred = study_ids
        for r, row in enumerate(self._rows):
            label = (STAR if row.id in study_ids else "") + str(row.label)
            if self._texts[r][0] != label:
                self._texts[r] = (label, *self._texts[r][1:])
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def is_starred(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].id in self._starred

    def total(self) -> int:
        """Studies matching the filter (all of them, loaded or not)."""
        return self._total

    def column_key(self, column: int) -> str:
        return self._columns[column].key

    def study_id(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return str(self._rows[row].id)
        return None

    def row_of(self, study_id: str) -> int | None:
        """The row of ``study_id``, loading pages up to it; None if the filter excludes it."""
        for i, r in enumerate(self._rows):
            if r.id == study_id:
                return i
        if len(self._rows) >= self._total:
            return None
        ids = self._kb.study_ids(self._filter, self.column_key(self._sort_column), self._descending)
        try:
            position = list(ids).index(study_id)
        except ValueError:
            return None
        if position >= len(self._rows):
            self._fetch(position + 1 - len(self._rows) + PAGE_SIZE)
        return position if position < len(self._rows) else None

    def _reload(self) -> None:
        # Query first, reset after: the model is never left half-reset if the kb raises.
        key = self.column_key(self._sort_column)
        total = int(self._kb.count_studies(self._filter))
        rows = list(self._kb.study_rows(self._filter, key, self._descending, 0, PAGE_SIZE))
        texts, missing = self._cells(rows)
        read = self._readings(rows, 0)
        if total == self._total and rows == self._rows and texts == self._texts:
            # The same rows as loaded now (most keystrokes of a word narrow nothing): a reset
            # would repaint the whole table for nothing. Pages beyond them are read with the
            # new filter, which ``_filter`` already is.
            return
        self.beginResetModel()
        self._total = total
        self._rows = rows
        self._texts = texts
        self._missing = missing
        self._read = read
        self.endResetModel()

    def _readings(self, rows: list[StudyRow], first: int) -> dict[tuple[int, int], str]:
        """(row, column) -> reason, for the cells of ``rows`` (numbered from ``first``) whose
        value is a reading; their text already ends with "◊"."""
        found: dict[tuple[int, int], str] = {}
        for r, row in enumerate(rows, first):
            readings = getattr(row, "readings", None)
            if not readings:
                continue
            for c, col in enumerate(self._columns):
                reason = readings.get(col.attr) or readings.get(col.key)
                if reason is not None:
                    found[(r, c)] = reason
        return found

    def _cells(self, rows: list[StudyRow]) -> tuple[list[tuple[str, ...]], list[tuple[bool, ...]]]:
        """The shown texts and "not reported" flags of ``rows``, computed once per page."""
        attrs = [(c.attr, c.key == "kind") for c in self._columns]
        nr = self._nr_text
        kinds: dict[object, str] = {}
        texts, missing = [], []
        for row in rows:
            values = [getattr(row, attr, None) for attr, _ in attrs]
            flags = tuple(v is None or v == "" for v in values)
            shown = []
            for v, (_, is_kind), miss in zip(values, attrs, flags, strict=True):
                if is_kind:
                    if v not in kinds:
                        kinds[v] = kind_label(v)
                    shown.append(kinds[v])
                else:
                    shown.append(nr if miss else str(v))
            readings = getattr(row, "readings", None)
            if readings:  # a reading of the slide: marked, never shown as what it says
                for c, col in enumerate(self._columns):
                    if not flags[c] and (col.attr in readings or col.key in readings):
                        shown[c] = f"{shown[c]} {READING_MARK}"
            if row.id in self._starred:
                shown[0] = STAR + shown[0]
            texts.append(tuple(shown))
            missing.append(flags)
        return texts, missing

    # ----- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self._fetching:
            return
        self._fetch(PAGE_SIZE)

    def fetch_all(self) -> None:
        """Load every remaining row in one query (End key: the user wants the last study)."""
        if not self._fetching:
            self._fetch(self._total - len(self._rows))

    def _fetch(self, limit: int) -> None:
        if limit <= 0:
            return
        key = self.column_key(self._sort_column)
        start = len(self._rows)
        rows = list(self._kb.study_rows(self._filter, key, self._descending, start, limit))
        rows = rows[: max(0, self._total - len(self._rows))]
        if not rows:
            # The KB answered fewer rows than it counted: stop asking.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        texts, missing = self._cells(rows)
        self._read.update(self._readings(rows, first))
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._texts.extend(texts)
            self._missing.extend(missing)
            self.endInsertRows()
        finally:
            self._fetching = False

    def headerData(  # noqa: N802 - Qt API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("Cliquer pour trier par « {0} »").format(self._columns[section].title)
        return None

    def display_text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def cell(self, row: int, column: int) -> tuple[str, bool, int] | None:
        """(shown text, not reported, alignment) of a cell, for ``CellDelegate``."""
        if 0 <= row < len(self._texts) and 0 <= column < len(self._columns):
            return self._texts[row][column], self._missing[row][column], self._alignments[column]
        return None

    def not_reported_color(self) -> QColor:
        return self._grey.color()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()  # (-1, -1) for an invalid index
        if not (0 <= row < len(self._texts) and 0 <= column < len(self._columns)):
            return None
        if role == _DISPLAY:
            return self._texts[row][column]
        if role == _FONT:
            missing = self._missing[row][column]
            return self._italic if missing or (row, column) in self._read else None
        if role == _ALIGNMENT:
            return self._alignments[column]
        if role == _FOREGROUND:
            return self._grey if self._missing[row][column] else None
        if role == _TOOLTIP:
            if self._missing[row][column]:
                return _tr("non rapporté dans la diapositive")
            reason = self._read.get((row, column))
            if reason is not None:
                return safe_tooltip(_tr("{mark} Lecture : {why}").format(
                    mark=READING_MARK, why=reason))
            # Text columns may be elided (a narrow table): their tooltip gives them in full.
            return None if self._columns[column].numeric else safe_tooltip(self._texts[row][column])
        if role == _NOT_REPORTED:
            return self._missing[row][column]
        if role == _STUDY_ID:
            return self._rows[row].id
        if role == _SORT_KEY:
            return getattr(self._rows[row], self._columns[column].attr, None)
        if role == _ACCESSIBLE:
            if self._missing[row][column]:
                return _tr("non rapporté")
            return self._texts[row][column]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self._sort_column and descending == self._descending:
            return
        self._sort_column = column
        self._descending = descending
        self._reload()

