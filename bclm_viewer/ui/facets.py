"""The factors panel (Datasette-style facets) and the chips that show the active filter.

The tree of prognostic factors is built once from the vocabulary; a filter change only updates
the counts (``dataChanged`` on the count column), so ticking a factor never collapses the tree
or rebuilds widgets. Counts come from the kb (``factor_facets`` / ``effect_facets`` /
``endpoint_facets``) for the current filter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.ui.flow_layout import FlowLayout
from bclm_viewer.ui.labels import effect_labels, endpoint_long_labels, safe_tooltip

Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("Facets", text)


def _grey() -> QBrush:
    return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))


# ----- factors tree ----------------------------------------------------------------------------
@dataclass
class _Category:
    name: str
    factors: list[_Factor] = field(default_factory=list)


@dataclass
class _Factor:
    id: str
    name: str
    category: int
    count: int = 0


class FactorTreeModel(QAbstractItemModel):
    """Categories (top level) holding factors (checkable), with a count column.

    ``internalId`` is 0 for a category and ``category row + 1`` for a factor, so no Python
    object has to outlive an index.
    """

    checkedChanged = Signal()

    def __init__(self, facets: Iterable[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories: list[_Category] = []
        self._by_id: dict[str, _Factor] = {}
        self._checked: set[str] = set()
        self._order: list[str] = []
        for facet in facets:
            name = str(facet.category)
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
                str(facet.factor_id), str(facet.name_fr), self._categories.index(cat),
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
        """New counts for the current filter; factors the kb did not list have none (0)."""
        changed = False
        for factor in self._by_id.values():
            count = int(counts.get(factor.id, 0))
            if count != factor.count:
                factor.count = count
                changed = True
        if changed and self._categories:
            for row in range(len(self._categories)):
                parent = self.index(row, 0)
                last = self.rowCount(parent) - 1
                if last >= 0:
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(last, 1, parent))

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
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
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
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        factor = self._factor(index)
        if factor is None:
            if index.internalId() != 0 or not 0 <= index.row() < len(self._categories):
                return None
            if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
                return self._categories[index.row()].name
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return factor.name if col == 0 else str(factor.count)
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            checked = factor.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == KeyRole:
            return factor.id
        if role == CountRole:
            return factor.count
        if role == Qt.ItemDataRole.ForegroundRole and factor.count == 0:
            return self._grey
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return safe_tooltip(_tr("{name} : {n} étude(s) avec le filtre actuel").format(
                name=factor.name, n=factor.count
            ))
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


# ----- views -----------------------------------------------------------------------------------
class _RowToggleDelegate(QStyledItemDelegate):
    """Leaves mouse clicks to the view (a click anywhere on the row toggles), keeps Space."""

    def editorEvent(  # noqa: N802 - Qt API
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            return False
        return super().editorEvent(event, model, option, index)


def _toggle_clicked(model: FactorTreeModel | FacetListModel, index: QModelIndex) -> None:
    key = index.data(KeyRole)
    if key is not None:
        model.toggle(str(key))


class FacetsPanel(QWidget):
    """Factors by category with counts, the all/any toggle, and effect / endpoint narrowing."""

    changed = Signal()

    def __init__(self, kb: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetsPanel")
        self._kb = kb
        from bclm_viewer.kb.filters import StudyFilter

        self.factors_model = FactorTreeModel(kb.factor_facets(StudyFilter()), self)
        self.effects_model = FacetListModel(effect_labels(), self)
        self.endpoints_model = FacetListModel(endpoint_long_labels(), self)

        title = QLabel(self.tr("Facteurs pronostiques"), self)
        title.setObjectName("panelTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)

        self.all_button = QRadioButton(self.tr("tous"), self)
        self.all_button.setToolTip(self.tr("Études qui rapportent tous les facteurs cochés"))
        self.any_button = QRadioButton(self.tr("au moins un"), self)
        self.any_button.setToolTip(
            self.tr("Études qui rapportent au moins un des facteurs cochés")
        )
        self.all_button.setChecked(True)
        self._mode_group = QButtonGroup(self)
        self._mode_group.addButton(self.all_button)
        self._mode_group.addButton(self.any_button)
        self.all_button.toggled.connect(self._mode_toggled)
        mode_row = QHBoxLayout()
        mode_row.setContentsMargins(0, 0, 0, 0)
        mode_row.addWidget(self.all_button)
        mode_row.addWidget(self.any_button)
        mode_row.addStretch(1)

        self.tree = QTreeView(self)
        self.tree.setObjectName("factorsTree")
        self.tree.setModel(self.factors_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)  # long names are elided; the tooltip has them whole
        self.tree.setItemDelegate(_RowToggleDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Facteurs pronostiques"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("00000"))
        self.tree.expandAll()
        self.tree.clicked.connect(lambda i: _toggle_clicked(self.factors_model, i))

        self.effects_view = self._small_list(self.effects_model, self.tr("Effet"))
        self.endpoints_view = self._small_list(self.endpoints_model, self.tr("Critère"))
        effect_label = QLabel(self.tr("Effet"), self)
        effect_label.setObjectName("sectionTitle")
        endpoint_label = QLabel(self.tr("Critère de jugement"), self)
        endpoint_label.setObjectName("sectionTitle")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addLayout(mode_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(effect_label)
        layout.addWidget(self.effects_view)
        layout.addWidget(endpoint_label)
        layout.addWidget(self.endpoints_view)

        self.factors_model.checkedChanged.connect(self.changed)
        self.effects_model.checkedChanged.connect(self.changed)
        self.endpoints_model.checkedChanged.connect(self.changed)

    def _small_list(self, model: FacetListModel, name: str) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setUniformItemSizes(True)
        view.setItemDelegate(_RowToggleDelegate(view))
        view.setAccessibleName(name)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = view.sizeHintForRow(0)
        view.setFixedHeight(row * model.rowCount() + 2 * view.frameWidth() + 4)
        view.clicked.connect(lambda i: _toggle_clicked(model, i))
        return view

    def _mode_toggled(self, _checked: bool) -> None:
        self.changed.emit()

    # ----- state ---------------------------------------------------------------------------
    def mode(self) -> str:
        return "all" if self.all_button.isChecked() else "any"

    def set_state(
        self,
        factors: Sequence[str],
        mode: str,
        effects: Sequence[str],
        endpoints: Sequence[str],
    ) -> None:
        """Set everything at once and emit ``changed`` once."""
        self.blockSignals(True)
        try:
            self.factors_model.set_checked(factors, notify=False)
            self.effects_model.set_checked(effects, notify=False)
            self.endpoints_model.set_checked(endpoints, notify=False)
            (self.any_button if mode == "any" else self.all_button).setChecked(True)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_state((), self.mode(), (), ())

    def update_counts(self, study_filter: Any) -> None:
        """Counts for ``study_filter`` (one kb call per facet group)."""
        kb = self._kb
        self.factors_model.set_counts(
            {str(f.factor_id): int(f.count) for f in kb.factor_facets(study_filter)}
        )
        self.effects_model.set_counts(
            {str(f.value): int(f.count) for f in kb.effect_facets(study_filter)}
        )
        self.endpoints_model.set_counts(
            {str(f.value): int(f.count) for f in kb.endpoint_facets(study_filter)}
        )


# ----- chips -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Chip:
    key: str  # "factor:her2", "effect:poor", "endpoint:OS", "text"
    label: str


class ChipsBar(QWidget):
    """The active filter as small removable buttons ("Statut HER2 ✕") and "Tout effacer"."""

    removeRequested = Signal(str)
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chipsBar")
        self._layout = FlowLayout(self, spacing=4)
        self._chips: list[Chip] = []
        self._buttons: list[QToolButton] = []
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearChips")
        self.clear_button.setText(self.tr("Tout effacer"))
        self.clear_button.setToolTip(self.tr("Retirer tous les filtres et la recherche"))
        self.clear_button.clicked.connect(self.clearRequested)
        self.hint = QLabel(self.tr("Aucun filtre : toutes les études sont listées."), self)
        self.hint.setObjectName("chipsHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(self.hint)
        self._layout.addWidget(self.clear_button)
        self.clear_button.hide()

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def buttons(self) -> list[QToolButton]:
        return list(self._buttons)

    def set_chips(self, chips: Sequence[Chip]) -> None:
        chips = list(chips)
        if chips == self._chips:
            return
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.hide()  # now: deleteLater only runs at the next event loop turn
            button.deleteLater()
        self._buttons = []
        self._chips = chips
        self._layout.removeWidget(self.clear_button)
        for chip in chips:
            button = QToolButton(self)
            button.setObjectName("chip")
            text = chip.label if len(chip.label) <= 40 else chip.label[:39] + "…"
            button.setText(f"{text} ✕")
            button.setToolTip(safe_tooltip(self.tr("Retirer le filtre « {0} »").format(chip.label)))
            button.setAccessibleName(self.tr("Retirer le filtre {0}").format(chip.label))
            button.setProperty("chipKey", chip.key)
            button.clicked.connect(lambda _=False, k=chip.key: self.removeRequested.emit(k))
            self._layout.addWidget(button)
            button.show()
            self._buttons.append(button)
        self._layout.addWidget(self.clear_button)
        self.clear_button.setVisible(bool(chips))
        self.hint.setVisible(not chips)
        self.updateGeometry()
