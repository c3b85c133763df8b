"""The Comparison page: the selected studies side by side, ready to export for a talk.

Columns are studies: drag a header to reorder, right-click it (or "Retirer l'étude") to drop
one. A cell's tooltip and the panel below give its slide and verbatim quote; "Ouvrir la
diapositive" (or a double-click) opens the slide.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.evidence import export_text as export
from bclm_viewer.evidence.compare import UnknownStudyError, study_citation
from bclm_viewer.evidence.export_html import comparison_html
from bclm_viewer.ui.common import export_ui
from bclm_viewer.ui.common.roles import SectionRole
from bclm_viewer.ui.evidence.compare_model import ComparisonModel, quote_lines
from bclm_viewer.ui.evidence.slide_detail import SlideDetail

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

COLUMN_WIDTH = 190
ROW_HEADER_MAX = 380  # "Facteurs pronostiques — Traitement systémique" whole; beyond: tooltip
SMALL_TABLE = 4000  # cells: below this, rows are fitted to their text once per reset


class ComparePage(QWidget):
    slideRequested = Signal(int)
    quoteRequested = Signal(int, str)  # a cell's slide and the verbatim text to light on it
    studyRequested = Signal(str)

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePage")
        self.kb = kb
        self.model = ComparisonModel(kb, self)

        self.title = QLabel(self)
        self.title.setObjectName("compareTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.hide_empty = QCheckBox(self.tr("Masquer les lignes sans donnée"), self)
        self.hide_empty.setChecked(self.model.hide_empty())
        self.hide_empty.setToolTip(
            self.tr("Cache les lignes qu'aucune des études comparées ne rapporte.")
        )
        self.remove_button = QPushButton(self.tr("Retirer l'étude"), self)
        self.remove_button.setToolTip(self.tr("Retire de la comparaison l'étude de la cellule "
                                              "sélectionnée."))
        self.cite_button = QPushButton(self.tr("Copier la citation"), self)
        self.export_button = export_ui.table_export_button(self, self, "comparaison")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.hide_empty)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.cite_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self._talk_button())

        self.table = self._make_table()
        self.legend = QLabel(
            self.tr(
                "★ meilleure valeur, ▽ moins bonne (sens de la mesure ; seules les valeurs "
                "ponctuelles uniques sont classées, jamais un intervalle ou une borne) · "
                "n.r. = non rapporté · valeurs telles qu'écrites sur les diapositives · "
                "◊ (italique) = lecture : la diapositive ne le dit pas mot pour mot, motif dans "
                "l'infobulle"
            ),
            self,
        )
        self.legend.setWordWrap(True)
        self.legend.setObjectName("compareLegend")
        self.detail_bar = SlideDetail("compareDetail", self)
        self.detail = self.detail_bar.label
        self.open_slide_button = self.detail_bar.button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.detail_bar)

        self.hide_empty.toggled.connect(self.model.set_hide_empty)
        self.remove_button.clicked.connect(self.remove_current)
        self.cite_button.clicked.connect(self.copy_citation)
        self.open_slide_button.clicked.connect(self._open_current_slide)
        self.model.modelReset.connect(self._after_reset)
        self.model.columnsMoved.connect(self._after_reset)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._open_slide_of)
        self._after_reset()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("compareTable")
        table.setModel(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setAccessibleName(self.tr("Comparaison des études"))
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setDefaultSectionSize(COLUMN_WIDTH)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionMoved.connect(self._section_moved)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setMaximumWidth(ROW_HEADER_MAX)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._cell_menu)
        return table

    def _talk_button(self) -> QWidget:
        """« Exposé ▾ »: this comparison as PowerPoint slides, a PDF handout, a list item."""
        from bclm_viewer.ui.notes.talk_export import TalkButton, comparison_item

        return TalkButton(self, self.kb, lambda: comparison_item(self.study_ids()),
                          lambda: self.tr("Comparaison"))

    # ----- what is compared ----------------------------------------------------------------
    def set_studies(self, ids: list[str]) -> None:
        """Compare these studies (in this order)."""
        self.model.set_studies(ids)

    def study_ids(self) -> list[str]:
        return self.model.order()

    def _after_reset(self, *_args: object) -> None:
        table = self.table
        table.clearSpans()
        columns = self.model.columnCount()
        for row in self.model.section_rows():
            if columns > 1:
                table.setSpan(row, 0, 1, columns)
        if self.model.rowCount() * max(columns, 1) <= SMALL_TABLE:
            table.resizeRowsToContents()
        n = len(self.model.order())
        if n == 0:
            self.title.setText(
                self.tr(
                    "Aucune étude comparée. Sélectionnez au moins deux études dans la page "
                    "Études (Ctrl-clic ou Maj-clic), puis Comparer (Ctrl+D)."
                )
            )
        else:
            self.title.setText(self.tr("Comparaison de %n étude(s)", "", n))
        has = n > 0
        self.remove_button.setEnabled(has)
        self.cite_button.setEnabled(has)
        self.export_button.setEnabled(has)
        self._show_detail(QModelIndex())

    def _section_moved(self, _logical: int, old_visual: int, new_visual: int) -> None:
        """Keep visual order = model order: undo the header's move, move the model column."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        self.model.move_column(old_visual, new_visual)

    def current_column(self) -> int:
        index = self.table.currentIndex()
        if index.isValid() and not index.data(SectionRole):
            return index.column()
        return -1

    def remove_current(self) -> None:
        column = self.current_column()
        if column < 0 and len(self.model.order()) > 0:
            column = len(self.model.order()) - 1
        self.remove_study(column)

    def remove_study(self, column: int) -> None:
        self.model.remove_column(column)

    def _header_menu(self, pos: QPoint) -> None:
        column = self.table.horizontalHeader().logicalIndexAt(pos)
        if column < 0:
            return
        menu = self._study_menu(column)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _cell_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid() or index.data(SectionRole):
            return
        menu = self._study_menu(index.column())
        cell = self.model.cell(index.row(), index.column())
        if cell is not None and cell.first_slide is not None:
            menu.addSeparator()
            n = cell.first_slide
            text = self.tr("Ouvrir la diapositive {n}").format(n=n)
            menu.addAction(text, lambda: self._open_slide_of(index))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _study_menu(self, column: int) -> QMenu:
        menu = QMenu(self)
        study_id = self.model.study_id(column)
        menu.addAction(self.tr("Retirer cette étude"), lambda: self.remove_study(column))
        menu.addAction(self.tr("Copier la citation"), lambda: self.copy_citation(study_id))
        menu.addAction(self.tr("Ouvrir l'étude"), lambda: self.studyRequested.emit(study_id))
        return menu

    # ----- cell details --------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(current)

    def _show_detail(self, index: QModelIndex) -> None:
        cell = self.model.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None:
            self.detail_bar.show_text(
                self.tr("Cliquez une cellule pour voir sa diapositive et la citation exacte.")
            )
            return
        study = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
        row = self.model.headerData(index.row(), Qt.Orientation.Vertical)
        lines = [f"{study} — {row} : {cell.text}"]
        lines += quote_lines(cell) or [self.tr("Non rapporté sur les diapositives.")]
        self.detail_bar.show_text("\n".join(lines), cell.first_slide)

    def _open_current_slide(self) -> None:
        self._open_slide_of(self.table.currentIndex())

    def _open_slide_of(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        cell = self.model.cell(index.row(), index.column())
        quote = next((q for q in cell.quotes if q.slide is not None), None) if cell else None
        if quote is not None and quote.slide is not None:
            self.quoteRequested.emit(int(quote.slide), str(quote.text or ""))

    # ----- citation and exports ------------------------------------------------------------
    def copy_citation(self, study_id: str | None = None) -> str:
        """Copy the citation of ``study_id`` (default: the current column's study)."""
        if not study_id:
            column = self.current_column()
            order = self.model.order()
            if column < 0 and order:
                column = 0
            if column < 0:
                return ""
            study_id = order[column]
        text = study_citation(self.kb, study_id)
        export_ui.copy_text(text)
        return text

    def handout_html(self, sources: bool = True) -> str:
        """The printable handout (``sources``: with every quote and its slide)."""
        today = datetime.date.today().isoformat()
        return comparison_html(
            self.model.comparison(),
            self.tr("Comparaison des séries — MHKS"),
            self.tr("Document préparé le {date} · bclm-viewer · d'après le diaporama MHKS")
            .format(date=today),
            sources,
        )

    def export_csv(self, path: Path) -> Path:
        return export_ui.write_text(export.comparison_csv(self.model.comparison()), path, True)

    def export_markdown(self, path: Path) -> Path:
        return export_ui.write_text(export.comparison_markdown(self.model.comparison()), path)

    def export_png(self, path: Path) -> Path:
        return export_ui.html_to_png(self.handout_html(sources=False), path)

    def export_pdf(self, path: Path) -> Path:
        return export_ui.html_to_pdf(self.handout_html(), path, title=self.tr("Comparaison"))

    def print_handout(self) -> None:
        export_ui.print_html(self.handout_html(), self)

    def copy_markdown(self) -> None:
        export_ui.copy_text(export.comparison_markdown(self.model.comparison()))

    # ----- memory --------------------------------------------------------------------------
    def save_state(self, s: QSettings) -> None:
        s.setValue("compare/hide_empty", self.hide_empty.isChecked())
        s.setValue("compare/studies", json.dumps(self.model.order()))

    def restore_state(self, s: QSettings) -> None:
        self.hide_empty.setChecked(bool(s.value("compare/hide_empty", True, type=bool)))
        try:
            ids = [str(i) for i in json.loads(str(s.value("compare/studies", "[]")))]
        except (ValueError, TypeError):
            ids = []
        if ids and not self.model.order():
            try:
                self.set_studies(ids)
            except UnknownStudyError as exc:  # studies gone from the KB: keep the others
                self.set_studies([i for i in ids if i not in exc.ids])
