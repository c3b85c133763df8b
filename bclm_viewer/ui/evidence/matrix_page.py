"""The Matrix page: what each series found for each prognostic factor, and where they disagree.

A click on a cell shows its findings with slide and verbatim quote below the matrix; a
double-click, Enter or "Ouvrir la diapositive" opens the slide (``slideRequested``). A click on a
factor's row header asks for the studies list filtered on that factor
(``factorFilterRequested``); its agreement status and reason are in its tooltip and the panel.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.evidence import export_text as export
from bclm_viewer.evidence.export_html import matrix_html
from bclm_viewer.evidence.matrix import FLAGGED, Matrix, matrix_from_source
from bclm_viewer.ui.common import export_ui
from bclm_viewer.ui.evidence.matrix_model import EFFECT_BG, FLAG_BG, MatrixModel
from bclm_viewer.ui.evidence.slide_detail import SlideDetail

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

COLUMN_WIDTH = 180
ROW_LINES = 3  # fixed row height in lines: no ResizeToContents over 10,000 columns
MAX_IMAGE_COLUMNS = 40  # beyond this a PNG / PDF is unreadable: CSV or Markdown instead


def _swatch(text: str, color: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(
        f"QLabel {{ background: {color}; color: #1a1a1a; border: 1px solid #b0b0b0; "
        "padding: 1px 6px; }"
    )
    return label


class MatrixPage(QWidget):
    slideRequested = Signal(int)
    quoteRequested = Signal(int, str)  # a cell's first finding: its slide and verbatim quote
    studyRequested = Signal(str)
    factorFilterRequested = Signal(str)

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPage")
        self.kb = kb
        self.model = MatrixModel(kb, parent=self)
        self._study_ids: list[str] | None = None

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.flagged_only = QCheckBox(self.tr("Seulement les facteurs en désaccord"), self)
        self.flagged_only.setToolTip(
            self.tr("N'affiche que les facteurs en conflit (⚠) ou en discordance (≠).")
        )
        self.all_button = QPushButton(self.tr("Toutes les études"), self)
        self.all_button.setToolTip(self.tr("Revenir à toutes les études ayant des constats."))
        self.export_button = export_ui.table_export_button(
            self, self, "matrice", image_allowed=lambda: not self._too_wide()
        )
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.flagged_only)
        bar.addWidget(self.all_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self._talk_button())

        self.table = self._make_table()
        legend = QHBoxLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        legend.setSpacing(6)
        for text, color in (
            (self.tr("▼ péj. = péjoratif"), EFFECT_BG["poor"].name()),
            (self.tr("▲ fav. = favorable"), EFFECT_BG["favourable"].name()),
            (self.tr("= NS = non significatif"), EFFECT_BG["not significant"].name()),
            (self.tr("mixte"), EFFECT_BG["mixed"].name()),
            (self.tr("n.r. = non rapporté"), "#ffffff"),
            (self.tr("⚠ conflit : sens opposés"), FLAG_BG["conflict"].name()),
            (self.tr("≠ discordance : signif. / NS"), FLAG_BG["discordant"].name()),
            (self.tr("? sens non comparable"), "#ffffff"),
        ):
            legend.addWidget(_swatch(text, color, self))
        reading = _swatch(self.tr("◊ = lecture"), "#ffffff", self)
        reading.setStyleSheet(reading.styleSheet() + " QLabel { font-style: italic; }")
        reading.setToolTip(self.tr("◊, en italique : la diapositive ne le dit pas mot pour mot "
                                   "(mise en page, « Cox »…) ; le motif est dans l'infobulle "
                                   "de la cellule et en note des exports."))
        legend.addWidget(reading)
        legend.addStretch(1)
        self.legend = legend

        self.detail_bar = SlideDetail("matrixDetail", self)
        self.detail = self.detail_bar.label
        self.open_slide_button = self.detail_bar.button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend)
        layout.addWidget(self.detail_bar)

        self.flagged_only.toggled.connect(self._apply_flagged_only)
        self.all_button.clicked.connect(lambda: self.set_study_ids(None))
        self.open_slide_button.clicked.connect(lambda: self.open_slide(self.table.currentIndex()))
        self.table.clicked.connect(self.show_cell)
        self.table.doubleClicked.connect(self.open_slide)
        self.table.activated.connect(self.open_slide)
        self.table.verticalHeader().sectionClicked.connect(self.factor_clicked)
        self.model.modelReset.connect(self._apply_flagged_only)
        self._update_title()
        self._clear_detail()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("matrixTable")
        table.setModel(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setAccessibleName(self.tr("Matrice facteurs × études"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(COLUMN_WIDTH)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * ROW_LINES + 8)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setSectionsClickable(True)
        rows.setHighlightSections(True)
        return table

    def _talk_button(self) -> QWidget:
        """« Exposé ▾ »: the matrix (all factors or those in disagreement) for a talk."""
        from bclm_viewer.evidence.talk.items import TalkItem
        from bclm_viewer.ui.notes.talk_export import TalkButton

        return TalkButton(
            self, self.kb,
            lambda: TalkItem("matrix", "flagged" if self.flagged_only.isChecked() else "all"),
            lambda: self.tr("Matrice des facteurs pronostiques"))

    # ----- scope -----------------------------------------------------------------------------
    def set_study_ids(self, ids: list[str] | None) -> None:
        """Show these studies only (None: every study that has a finding)."""
        self._study_ids = list(ids) if ids is not None else None
        self._rescope()

    def scope(self) -> list[str] | None:
        """The studies shown (None: every study that has a finding)."""
        return None if self._study_ids is None else list(self._study_ids)

    def _rescope(self) -> None:
        self.model.set_scope(None, self._study_ids)

    def _apply_flagged_only(self) -> None:
        """Hide (in the view and in exports) the factors the series agree on."""
        only = self.flagged_only.isChecked()
        shown = 0
        for row in range(self.model.rowCount()):
            hidden = only and self.model.status(row) not in FLAGGED
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        self._update_title(shown)

    def shown_factor_ids(self) -> list[str]:
        return [
            self.model.factor_id(r)
            for r in range(self.model.rowCount())
            if not self.table.isRowHidden(r)
        ]

    def _update_title(self, shown: int | None = None) -> None:
        src = self.model.source()
        if shown == 0 and src.factors:
            self.title.setText(self.tr("Aucun facteur en désaccord entre ces études."))
        else:
            self.title.setText(
                self.tr("Matrice des preuves : %n facteur(s)", "",
                        len(src.factors) if shown is None else shown)
                + self.tr(" × %n étude(s)", "", len(src.study_ids))
            )
        self.all_button.setVisible(self._study_ids is not None)
        self._clear_detail()

    # ----- clicks ----------------------------------------------------------------------------
    def _clear_detail(self) -> None:
        self.detail_bar.show_text(
            self.tr(
                "Cliquez une cellule pour voir les constats, leur diapositive et la citation "
                "exacte (double-clic : ouvrir la diapositive) ; cliquez un facteur pour filtrer "
                "la liste des études."
            )
        )

    def show_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            self._clear_detail()
            return
        text = self.model.data(index, Qt.ItemDataRole.ToolTipRole) or ""
        slide = self.model.cell(index.row(), index.column()).first_slide
        self.detail_bar.show_text(str(text), slide)

    def open_slide(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.show_cell(index)
        cell = self.model.cell(index.row(), index.column())
        if cell.findings:
            first = cell.findings[0]
            self.quoteRequested.emit(int(first.slide), str(first.source or ""))

    def factor_clicked(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        factor_id = self.model.factor_id(row)
        conflict = self.model.conflict(row)
        name = self.model.source().factors[row].name
        lines = [f"{name} — {self.model.source().labels.status(conflict.status)}"]
        if conflict.reason:
            lines.append(conflict.reason)
        self.detail_bar.show_text("\n".join(lines))
        self.factorFilterRequested.emit(factor_id)

    # ----- exports ---------------------------------------------------------------------------
    def matrix(self) -> Matrix:
        """The matrix as shown (every column, the factors not hidden), read in full."""
        full = matrix_from_source(self.model.source())
        keep = set(self.shown_factor_ids())
        rows = [i for i, f in enumerate(full.factors) if f.id in keep]
        return replace(
            full,
            factors=tuple(full.factors[i] for i in rows),
            cells=tuple(full.cells[i] for i in rows),
            conflicts=tuple(full.conflicts[i] for i in rows),
        )

    def handout_html(self, sources: bool = True) -> str:
        """The printable handout (``sources``: with every quote and its slide)."""
        today = datetime.date.today().isoformat()
        return matrix_html(
            self.matrix(),
            self.tr("Facteurs pronostiques : matrice des preuves — MHKS"),
            self.tr("Document préparé le {date} · bclm-viewer · d'après le diaporama MHKS")
            .format(date=today),
            sources,
        )

    def _too_wide(self) -> bool:
        n = self.model.columnCount()
        if n <= MAX_IMAGE_COLUMNS:
            return False
        QMessageBox.information(
            self,
            self.tr("Matrice trop large"),
            self.tr(
                "{n} études : une image ou un PDF serait illisible (au plus {max}). Exportez en "
                "CSV ou en Markdown, ou restreignez les études."
            ).format(n=n, max=MAX_IMAGE_COLUMNS),
        )
        return True

    def export_csv(self, path: Path) -> Path:
        return export_ui.write_text(export.matrix_csv(self.matrix()), path, True)

    def export_markdown(self, path: Path) -> Path:
        return export_ui.write_text(export.matrix_markdown(self.matrix()), path)

    def export_png(self, path: Path) -> Path:
        return export_ui.html_to_png(self.handout_html(sources=False), path)

    def export_pdf(self, path: Path) -> Path:
        return export_ui.html_to_pdf(self.handout_html(), path, title=self.tr("Matrice"))

    def print_handout(self) -> None:
        if not self._too_wide():
            export_ui.print_html(self.handout_html(), self)

    def copy_markdown(self) -> None:
        export_ui.copy_text(export.matrix_markdown(self.matrix()))

    # ----- memory ----------------------------------------------------------------------------
    def save_state(self, s: QSettings) -> None:
        s.setValue("matrix/flagged_only", self.flagged_only.isChecked())

    def restore_state(self, s: QSettings) -> None:
        self.flagged_only.setChecked(bool(s.value("matrix/flagged_only", False, type=bool)))
