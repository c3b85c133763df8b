"""The models of the factors panel: the factors tree with its counts, and the short lists of
effects and endpoints. ``facets.FacetsPanel`` shows them; the kb gives their counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from bclm_viewer.evidence import words
from bclm_viewer.i18n import localized
from bclm_viewer.query.records import FactorFacet
from bclm_viewer.ui.common.labels import safe_tooltip
from bclm_viewer.ui.common.qt import Index, translator
from bclm_viewer.ui.common.roles import CountRole, KeyRole

# Roles and flags as plain ints / prebuilt values: the views ask them per cell and repaint, and
# comparing or OR-ing Python enum members costs more than the rest of ``data()``.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_KEY = int(KeyRole)
_COUNT = int(CountRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked
_CATEGORY_FLAGS = Qt.ItemFlag.ItemIsEnabled
_COUNT_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FACTOR_FLAGS = _COUNT_FLAGS | Qt.ItemFlag.ItemIsUserCheckable


_tr = translator("Facets")


def _grey() -> QBrush:
    return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))


# ----- factors tree ----------------------------------------------------------------------------
# The tree's own bookkeeping: plain classes (found by identity). As dataclasses these two
# would cost 0.6-0.95 ms more at start-up (measured) for methods nothing here uses.
class _Category:
    __slots__ = ("factors", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self.factors: list[_Factor] = []


class _Factor:
    __slots__ = ("category", "count", "id", "name")

    def __init__(self, id: str, name: str, category: int, count: int = 0) -> None:
        self.id = id
        self.name = name
        self.category = category  # the row of its category
        self.count = count


class FactorTreeModel(QAbstractItemModel):
    """Categories (top level) holding factors (checkable), with a count column.

    ``internalId`` is 0 for a category and ``category row + 1`` for a factor, so no Python
    object has to outlive an index.
    """

    checkedChanged = Signal()

    def __init__(self, facets: Iterable[FactorFacet], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories: list[_Category] = []
        self._by_id: dict[str, _Factor] = {}
        self._checked: set[str] = set()
        self._order: list[str] = []
        for facet in facets:
            name = words.category(facet.category)
            if not self._categories or self._categories[-1].name != name:
                found = [c for c in self._categories if c.name == name]
                if found:
                    cat = found[0]
                else:
                    cat = _Category(name)
                    self._categories.append(cat)
            else:
                cat = self._categories[-1]
            factor = _Factor(
                str(facet.factor_id), localized(facet.name_fr, facet.name_en),
                self._categories.index(cat),
                int(facet.count),
            )
            cat.factors.append(factor)
            self._by_id[factor.id] = factor
            self._order.append(factor.id)
        self._bold = QFont()
        self._bold.setBold(True)
        self._grey = _grey()

    # ----- state ---------------------------------------------------------------------------
    def factor_ids(self) -> list[str]:
        return list(self._order)

    def name(self, factor_id: str) -> str:
        factor = self._by_id.get(factor_id)
        return factor.name if factor is not None else factor_id

    def checked(self) -> tuple[str, ...]:
        """Ticked factors, in vocabulary order (a stable filter whatever the click order)."""
        return tuple(fid for fid in self._order if fid in self._checked)

    def set_checked(self, ids: Iterable[str], *, notify: bool = True) -> None:
        wanted = {i for i in ids if i in self._by_id}
        if wanted == self._checked:
            return
        changed = wanted ^ self._checked
        self._checked = wanted
        for fid in changed:
            index = self.factor_index(fid)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        if notify:
            self.checkedChanged.emit()

    def toggle(self, factor_id: str) -> None:
        self.set_checked(self._checked ^ {factor_id})

    def set_counts(self, counts: dict[str, int]) -> None:
        """New counts for the current filter; factors the kb did not list have none (0).

        Each changed count is announced alone (a view repaints a single changed cell, but the
        whole viewport for a range); the name too when the row greys or ungreys (count 0)."""
        for cat_row, cat in enumerate(self._categories):
            for row, factor in enumerate(cat.factors):
                count = int(counts.get(factor.id, 0))
                if count == factor.count:
                    continue
                greyed = (count == 0) != (factor.count == 0)
                factor.count = count
                cell = self.createIndex(row, 1, cat_row + 1)
                self.dataChanged.emit(cell, cell)
                if greyed:
                    name = self.createIndex(row, 0, cat_row + 1)
                    self.dataChanged.emit(name, name)

    def count(self, factor_id: str) -> int:
        return self._by_id[factor_id].count

    def factor_index(self, factor_id: str, column: int = 0) -> QModelIndex:
        factor = self._by_id[factor_id]
        cat = self._categories[factor.category]
        return self.createIndex(cat.factors.index(factor), column, factor.category + 1)

    def _factor(self, index: Index) -> _Factor | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        cat = self._categories[index.internalId() - 1]
        if 0 <= index.row() < len(cat.factors):
            return cat.factors[index.row()]
        return None

    # ----- Qt model API --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or not 0 <= column < 2:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._categories):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        cat_row = parent.row()
        if (parent.internalId() == 0 and parent.column() == 0
                and 0 <= cat_row < len(self._categories)
                and row < len(self._categories[cat_row].factors)):
            return self.createIndex(row, column, cat_row + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._categories)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._categories[parent.row()].factors)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return _CATEGORY_FLAGS
        return _FACTOR_FLAGS if index.column() == 0 else _COUNT_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        ident, row = index.internalId(), index.row()  # (0, -1) for an invalid index
        cats = self._categories
        if ident == 0:  # a category
            if not 0 <= row < len(cats):
                return None
            if role == _DISPLAY:
                return cats[row].name if index.column() == 0 else None
            return self._bold if role == _FONT else None
        if ident > len(cats) or not 0 <= row < len(cats[ident - 1].factors):
            return None
        factor = cats[ident - 1].factors[row]
        col = index.column()
        if role == _DISPLAY:
            return factor.name if col == 0 else str(factor.count)
        if role == _CHECK:
            if col != 0:
                return None
            return _CHECKED if factor.id in self._checked else _UNCHECKED
        if role == _FOREGROUND:
            return self._grey if factor.count == 0 else None
        if role == _ALIGNMENT:
            return _RIGHT if col == 1 else None
        if role == _FONT:
            return None
        if role == _KEY:
            return factor.id
        if role == _COUNT:
            return factor.count
        if role == _TOOLTIP:
            return safe_tooltip(self.tr("{name} : %n étude(s) avec le filtre actuel", "",
                                        factor.count).format(name=factor.name))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        factor = self._factor(index)
        if factor is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        wanted = set(self._checked)
        if state == Qt.CheckState.Checked:
            wanted.add(factor.id)
        else:
            wanted.discard(factor.id)
        self.set_checked(wanted)
        return True

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_tr("Facteur"), _tr("Études"))[section] if section in (0, 1) else None
        return None


# ----- effect / endpoint lists -----------------------------------------------------------------
class FacetListModel(QAbstractListModel):
    """A short fixed list of checkable values (effects or endpoints) with their counts."""

    checkedChanged = Signal()

    def __init__(self, labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = list(labels)
        self._labels = labels
        self._counts = dict.fromkeys(self._keys, 0)
        self._checked: set[str] = set()
        self._grey = _grey()

    def keys(self) -> list[str]:
        return list(self._keys)

    def label(self, key: str) -> str:
        return self._labels.get(key, key)

    def checked(self) -> tuple[str, ...]:
        return tuple(k for k in self._keys if k in self._checked)

    def set_checked(self, keys: Iterable[str], *, notify: bool = True) -> None:
        wanted = {k for k in keys if k in self._labels}
        if wanted == self._checked:
            return
        self._checked = wanted
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))
        if notify:
            self.checkedChanged.emit()

    def toggle(self, key: str) -> None:
        self.set_checked(self._checked ^ {key})

    def set_counts(self, counts: dict[str, int]) -> None:
        new = {k: int(counts.get(k, 0)) for k in self._keys}
        if new != self._counts:
            self._counts = new
            if self._keys:
                self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))

    def count(self, key: str) -> int:
        return self._counts[key]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._keys)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        key = self._keys[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._labels[key]}  ({self._counts[key]})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        if role == KeyRole:
            return key
        if role == CountRole:
            return self._counts[key]
        if role == Qt.ItemDataRole.ForegroundRole and self._counts[key] == 0:
            return self._grey
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self._keys[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        wanted = set(self._checked)
        if state == Qt.CheckState.Checked:
            wanted.add(key)
        else:
            wanted.discard(key)
        self.set_checked(wanted)
        return True
