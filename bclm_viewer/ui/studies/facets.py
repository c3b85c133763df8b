"""The factors panel (Datasette-style facets); its models are in ``facet_models``, the chips of
the active filter in ``chips`` (both re-exported here).

The tree of prognostic factors is built once from the vocabulary; a filter change only updates
the counts (``dataChanged`` on each changed count cell), so ticking a factor never collapses the
tree or rebuilds widgets. Counts come from the kb (``factor_facets`` / ``effect_facets`` /
``endpoint_facets``) for the current filter.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QRadioButton,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.i18n import localized
from bclm_viewer.query.readings import READING_MARK
from bclm_viewer.ui.common.labels import effect_label, effect_labels, endpoint_long_labels
from bclm_viewer.ui.common.qt import Index
from bclm_viewer.ui.common.roles import CountRole, KeyRole
from bclm_viewer.ui.studies.chips import Chip, ChipsBar
from bclm_viewer.ui.studies.facet_models import FacetListModel, FactorTreeModel
from bclm_viewer.ui.style import styled

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from bclm_viewer.evidence.agreement import FactorConflict
    from bclm_viewer.evidence.matrix import MatrixSource
    from bclm_viewer.query.filters import StudyFilter
    from bclm_viewer.query.knowledge_base import KnowledgeBase

__all__ = [
    "Chip", "ChipsBar", "CountRole", "FacetListModel", "FacetsPanel", "FactorTreeModel", "KeyRole",
]


CHECK_ROOM = 26  # a check box and its margins, left of a factor's name

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

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """As many lines as a factor's name needs to be whole: it wraps, never cut."""
        size = super().sizeHint(option, index)
        view = self.parent()
        if index.column() != 0 or not index.parent().isValid() or not isinstance(view, QTreeView):
            return size
        # The name's room: the column less the two indentation steps and the check box.
        room = view.columnWidth(0) - 2 * view.indentation() - CHECK_ROOM
        metrics = option.fontMetrics
        text = str(index.data() or "")
        if metrics.horizontalAdvance(text) > room > 0:
            wrapped = metrics.boundingRect(QRect(0, 0, room, 100 * metrics.lineSpacing()),
                                           int(Qt.TextFlag.TextWordWrap), text)
            extra = metrics.lineSpacing() if wrapped.width() > room else 0  # a word broken
            size.setHeight(max(size.height(), wrapped.height() + extra + 4))
        return size


def _toggle_clicked(model: FactorTreeModel | FacetListModel, index: QModelIndex) -> None:
    key = index.data(KeyRole)
    if key is not None:
        model.toggle(str(key))


class FacetsPanel(QWidget):
    """Factors by category with counts, the all/any toggle, and effect / endpoint narrowing."""

    changed = Signal()

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetsPanel")
        self._kb = kb
        from bclm_viewer.query.filters import StudyFilter

        self.factors_model = FactorTreeModel(kb.factor_facets(StudyFilter()), self)
        self.effects_model = FacetListModel(effect_labels(), self)
        self.endpoints_model = FacetListModel(endpoint_long_labels(), self)

        title = QLabel(self.tr("Facteurs pronostiques"), self)
        styled(title, "panelTitle")
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
        # A long factor name wraps to a second line: read in place at 1280 px, never cut.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_RowToggleDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Facteurs pronostiques"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("00000"))
        self.tree.expandAll()
        # Row heights follow the column's width (a wider panel: fewer names on two lines).
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.clicked.connect(lambda i: _toggle_clicked(self.factors_model, i))

        self.effects_view = self._small_list(self.effects_model, self.tr("Effet"))
        self.endpoints_view = self._small_list(self.endpoints_model, self.tr("Critère"))
        effect_label = QLabel(self.tr("Effet"), self)
        styled(effect_label, "sectionTitle")
        endpoint_label = QLabel(self.tr("Critère de jugement"), self)
        styled(endpoint_label, "sectionTitle")

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
        # What the ticks gather that the list cannot show: a disagreement between series on a
        # ticked factor, a related factor kept apart, findings whose ticked effect or endpoint
        # is a reading of the slide. Hidden when there is nothing to say.
        self.notes = QLabel(self)
        self.notes.setObjectName("facetNotes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(
            "QLabel { background: #fff6d6; color: #1a1a1a; border: 1px solid #e0c060; "
            "padding: 3px; }")
        self.notes.hide()
        layout.addWidget(self.notes)
        self._conflicts: dict[str, FactorConflict] = {}
        self._matrix: MatrixSource | None = None
        self._read_counts: dict[str, dict[str, int]] = {}

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

    def update_counts(self, study_filter: StudyFilter) -> None:
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
        self._update_notes(study_filter)

    # ----- notes -----------------------------------------------------------------------------
    def _conflict(self, factor_id: str) -> FactorConflict | None:
        """The matrix's agreement check of one factor, with its reason when the series disagree
        (read once: the KB never changes). One matrix source over every study serves every
        factor: its status comes from the covering index (~1 ms a factor on 10,000 studies);
        only a flagged factor reads the studies it names (~14 ms, once)."""
        if factor_id not in self._conflicts:
            from bclm_viewer.evidence.agreement import FLAGGED

            if self._matrix is None:
                from bclm_viewer.evidence.matrix import MatrixSource

                self._matrix = MatrixSource(self._kb)
            if self._matrix.status(factor_id) not in FLAGGED:
                return None
            self._conflicts[factor_id] = self._matrix.conflict(factor_id)
        return self._conflicts[factor_id]

    def _readings(self, field: str) -> dict[str, int]:
        if field not in self._read_counts:
            self._read_counts[field] = self._kb.readings_by_value(field)
        return self._read_counts[field]

    def notes_for(self, study_filter: StudyFilter) -> list[str]:
        """The notes the ticks of ``study_filter`` call for (plain text, one per line)."""
        notes: list[str] = []
        names = {f.id: localized(f.name_fr, f.name_en) for f in self._kb.factors()}
        for fid in study_filter.factors:
            conflict = self._conflict(fid)
            if conflict is not None and conflict.flagged:
                word = (self.tr("⚠ conflit") if conflict.status == "conflict"
                        else self.tr("≠ discordance"))
                notes.append(f"{word} — {names.get(fid, fid)} : {conflict.reason}")
            for other in self._kb.related_factors(fid):
                notes.append(self.tr("Voir aussi « {other} » (facteur distinct, lié à "
                                     "« {name} »).").format(
                                         other=localized(other.name_fr, other.name_en),
                                                           name=names.get(fid, fid)))
        for endpoint in study_filter.endpoints:
            n = self._readings("endpoint").get(endpoint, 0)
            if n:
                notes.append(self.tr(
                    "{mark} « {value} » inclut des lectures : pour %n étude(s) de la base, ce "
                    "critère est lu de la mise en page de la diapositive, pas écrit.", "", n
                ).format(mark=READING_MARK, value=endpoint))
        for effect in study_filter.effects:
            n = self._readings("effect").get(effect, 0)
            if n:
                notes.append(self.tr(
                    "{mark} « {value} » inclut des lectures : pour %n étude(s) de la base, ce "
                    "sens est lu de la diapositive, pas écrit.", "", n
                ).format(mark=READING_MARK, value=effect_label(effect)))
        return notes

    def _update_notes(self, study_filter: StudyFilter) -> None:
        text = "\n".join(self.notes_for(study_filter))
        if self.notes.text() != text:
            self.notes.setText(text)
        if self.notes.isHidden() == bool(text):
            self.notes.setVisible(bool(text))
