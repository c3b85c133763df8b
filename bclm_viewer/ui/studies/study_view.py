"""The study page: one study as the deck reports it, every figure and finding with its quote.

The Studies page embeds it on the right of its splitter. Nothing is invented: the citation is
the KB's ``citation`` (built from what the deck gives), a missing field reads "n.r.", figures
keep the deck's spelling. Clicking a figure or a finding (or Enter on it) asks for its slide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.query.readings import READING_MARK
from bclm_viewer.ui.common.cell_delegate import CellDelegate
from bclm_viewer.ui.common.glossary_tips import GlossaryTextBrowser, matcher_for
from bclm_viewer.ui.common.labels import NR_STYLE, kind_label, not_reported, select_study_hint
from bclm_viewer.ui.studies.study_models import FindingsModel, OutcomesModel, RowsModel
from bclm_viewer.ui.style import style_tabs

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

_WRAP = int(Qt.TextFlag.TextWordWrap)
# A typical value per column, to size the columns with the font in use.
OUTCOME_SAMPLES = ("Survie globale", "Chir Hepat", "2 [0,7 – 7] /an", "<0.0001", "99")
# Findings rows have two lines: long factor names and "= non significatif" wrap; a level is
# at least one long word wide ("systémique"), so that a long level wraps at its words.
FINDING_SAMPLES = ("Statut HER2", "systémique", "▼ péjoratif", "DFS", "multiv.", "<0.0001", "99")


class RowsTable(QTableView):
    """A read-only, row-selecting table whose ``stretch`` columns share the width left.

    Columns are sized from typical values measured with the font in use (never
    ResizeToContents); the measure or the factor and its group or level fill the rest.
    """

    def __init__(self, model: RowsModel[Any], samples: tuple[str, ...],
                 parent: QWidget | None = None, stretch: tuple[int, ...] = (0,),
                 lines: int = 1) -> None:
        super().__init__(parent)
        self._stretch = stretch
        self._lines = lines
        self._rows_stale = False
        self._heights: dict[tuple[str, int], int] = {}  # (text, width) -> row height needed
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)  # a long measure or factor name wraps (see fit_rows)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() * lines + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(32)
        metrics, header_metrics = self.fontMetrics(), header.fontMetrics()
        widths = []
        for column, sample in enumerate(samples):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            widths.append(max(metrics.horizontalAdvance(sample) + 12,
                              header_metrics.horizontalAdvance(title) + 12))
            header.resizeSection(column, widths[-1])
        self._widths = widths
        model.modelReset.connect(self.fit_rows)

    def fit_rows(self) -> None:
        """More lines for a row whose measure (or factor) or group does not fit its column:
        read in place at 1280 px, never cut. Rows are measured, never laid out, and a name's
        height at a width is kept (the same measures come back study after study); a hidden
        table is measured when shown."""
        model = self.model()
        if model is None:
            return
        if not self.isVisible():
            self._rows_stale = True
            return
        self._rows_stale = False
        header, rows = self.horizontalHeader(), self.verticalHeader()
        base = self.fontMetrics().lineSpacing() * self._lines + 8
        rooms = [(c, header.sectionSize(c) - 10) for c in self._stretch
                 if not self.isColumnHidden(c)]
        text_at = model.text_at if isinstance(model, RowsModel) else (
            lambda r, c: str(model.index(r, c).data()))
        heights = self._heights
        for row in range(model.rowCount()):
            height = base
            for column, room in rooms:
                key = (text_at(row, column), room)
                needed = heights.get(key)
                if needed is None:
                    needed = heights[key] = self._text_height(*key)
                height = max(height, needed)
            if rows.sectionSize(row) != height:
                rows.resizeSection(row, height)

    def _text_height(self, text: str, room: int) -> int:
        """The row height ``text`` needs wrapped at ``room`` pixels (0: one row's worth)."""
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        if room <= 0 or metrics.horizontalAdvance(text) <= room * self._lines - line:
            return 0
        wrapped = metrics.boundingRect(QRect(0, 0, room, 100 * line), _WRAP, text)
        extra = line if wrapped.width() > room else 0  # a word wider than the column: broken
        return wrapped.height() + extra + 8

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._rows_stale:
            self.fit_rows()

    def fit_columns(self) -> None:
        """Share the width the fixed columns leave between the ``stretch`` columns."""
        model = self.model()
        if model is None or model.columnCount() == 0:
            return
        header = self.horizontalHeader()
        shown = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        stretch = [c for c in shown if c in self._stretch and c < len(self._widths)]
        fixed = sum(header.sectionSize(c) for c in shown if c not in stretch)
        base = sum(self._widths[c] for c in stretch)
        extra = max(0, self.viewport().width() - fixed - base)
        for c in stretch:
            header.resizeSection(c, self._widths[c] + extra // len(stretch))
        self.fit_rows()

    def setColumnHidden(self, column: int, hide: bool) -> None:  # noqa: N802 - Qt API
        super().setColumnHidden(column, hide)
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_columns()


class StudyView(QWidget):
    """Citation, characteristics, figures, findings and notes of one study."""

    slideRequested = Signal(int)
    quoteRequested = Signal(int, str)  # a figure's or a finding's slide, its verbatim quote

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyView")
        self.kb = kb
        self._study_id: str | None = None
        self._citation = ""
        self._slide: int | None = None
        matcher = matcher_for(kb)

        self.placeholder = QLabel(select_study_hint(), self)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(NR_STYLE)

        self.title_label = self._value_label("studyTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.citation_label = self._value_label("citation")
        self.copy_button = QPushButton(self.tr("Copier la citation"), self)
        self.copy_button.setObjectName("copyCitation")
        self.copy_button.setToolTip(self.tr("Copie la référence dans le presse-papiers"))
        self.copy_button.clicked.connect(self.copy_citation)
        self.slide_button = QPushButton(self)
        self.slide_button.setObjectName("studySlide")
        self.slide_button.clicked.connect(self._request_own_slide)

        self.fields: dict[str, QLabel] = {}
        self.fields_box = QWidget(self)
        self.fields_box.setMaximumWidth(760)  # on a wide page the pairs stay together
        grid = QGridLayout(self.fields_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        layout_fields = (
            ("kind", self.tr("Type"), "n_patients", self.tr("N (patientes)")),
            ("centre", self.tr("Centre"), "period", self.tr("Période")),
            ("journal", self.tr("Revue"), "year", self.tr("Année")),
            ("first_author", self.tr("Auteur"), "slide", self.tr("Diapositive")),
        )
        for row, (k1, t1, k2, t2) in enumerate(layout_fields):
            for col, (key, title) in enumerate(((k1, t1), (k2, t2))):
                name = QLabel(title + self.tr(" :"), self)
                name.setTextFormat(Qt.TextFormat.PlainText)
                name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                name.setStyleSheet("font-weight: bold;")
                value = self._value_label(f"field-{key}")
                self.fields[key] = value
                grid.addWidget(name, row, col * 2)
                grid.addWidget(value, row, col * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        # Shown when the study holds a reading: what "◊" means (the reasons are the tooltips).
        self.readings_legend = self._value_label("readingsLegend")
        self.readings_legend.setText(self.tr(
            "{mark} = lecture : la diapositive ne le dit pas en ces mots (mise en page, "
            "« Cox »…) ; le motif est dans l'infobulle.").format(mark=READING_MARK))
        self.readings_legend.setStyleSheet("font-style: italic; color: palette(placeholder-text);")

        citation_row = QHBoxLayout()
        citation_row.addWidget(self.citation_label, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.slide_button)
        buttons.addStretch(1)
        citation_row.addLayout(buttons)

        header = QWidget(self)
        header.setObjectName("studyHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(6, 4, 6, 4)
        header_layout.addWidget(self.title_label)
        header_layout.addLayout(citation_row)
        header_layout.addWidget(self.fields_box)
        header_layout.addWidget(self.readings_legend)
        header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.header = header

        self.outcomes_model = OutcomesModel(matcher, self)
        self.findings_model = FindingsModel(matcher, self)
        self.outcomes_table = RowsTable(self.outcomes_model, OUTCOME_SAMPLES, self,
                                        stretch=(0, 1))
        self.outcomes_table.setObjectName("outcomesTable")
        # One line per figure, no tint: the cheaper painter (a repaint at every study shown).
        self.outcomes_table.setItemDelegate(CellDelegate(self.outcomes_table))
        self.outcomes_table.setAccessibleName(self.tr("Chiffres"))
        self.findings_table = RowsTable(self.findings_model, FINDING_SAMPLES, self,
                                        stretch=(0, 1), lines=2)
        self.findings_table.setObjectName("findingsTable")
        self.findings_table.setAccessibleName(self.tr("Facteurs pronostiques"))
        self.notes_browser = GlossaryTextBrowser(matcher, self)
        self.notes_browser.setObjectName("studyNotes")
        self.notes_browser.setPlaceholderText(self.tr("Pas de notes pour cette étude."))
        for table in (self.outcomes_table, self.findings_table):
            table.clicked.connect(self._row_clicked)
            table.installEventFilter(self)

        self.tabs = QTabWidget(self)
        style_tabs(self.tabs)
        self.tabs.setObjectName("studyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.outcomes_table, "")
        self.tabs.addTab(self.findings_table, "")
        self.tabs.addTab(self.notes_browser, self.tr("Notes"))

        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(2)
        content_layout.addWidget(header)
        content_layout.addWidget(self.tabs, 1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.show_study(None)

    def _value_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # content is never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    # ----- showing a study ---------------------------------------------------------------------
    def current_study(self) -> str | None:
        return self._study_id

    def citation(self) -> str:
        return self._citation

    def show_study(self, study_id: str | None) -> None:
        """Show ``study_id`` (``None`` or an unknown id: the "select a study" message)."""
        study = self.kb.study(study_id) if study_id else None
        if study is None:
            self._study_id = None
            self._citation = ""
            self._slide = None
            self.outcomes_model.set_rows([])
            self.findings_model.set_rows([])
            self.notes_browser.clear()
            self._update_tab_titles()
            self.stack.setCurrentWidget(self.placeholder)
            return
        self._study_id = study.id
        self._citation = str(study.citation or "")
        self._slide = study.slide
        _set_text(self.title_label, study.label)
        self._set_field(self.citation_label, self._citation or None)
        _set_text(self.copy_button, self.tr("Copier la citation"))
        self.copy_button.setEnabled(bool(self._citation))
        read = study.readings
        self._set_field(self.fields["kind"], None if study.kind is None
                        else kind_label(study.kind), read.get("kind"))
        for key in ("n_patients", "centre", "period", "journal", "year", "first_author", "slide"):
            value = study.n_text if key == "n_patients" else getattr(study, key)
            self._set_field(self.fields[key], None if value is None else str(value),
                            read.get(key))
        if study.n_controls is not None:
            self.fields["n_patients"].setToolTip(self.tr("cas / témoins"))
        if study.slide is not None:
            _set_text(self.slide_button,
                      self.tr("Voir la diapositive {n}").format(n=study.slide))
        self.slide_button.setVisible(study.slide is not None)
        self.outcomes_model.set_rows(self.kb.outcomes(study.id))
        self.findings_model.set_rows(self.kb.findings(study.id))
        self.notes_browser.setHtml(study.notes_html or "")
        self.readings_legend.setVisible(
            bool(read) or any(o.readings for o in self.outcomes_model.rows())
            or any(f.readings for f in self.findings_model.rows()))
        self._update_tab_titles()
        for table in (self.outcomes_table, self.findings_table):
            table.scrollToTop()
        no_groups = not self.outcomes_model.has_groups()
        if self.outcomes_table.isColumnHidden(OutcomesModel.GROUP) != no_groups:
            self.outcomes_table.setColumnHidden(OutcomesModel.GROUP, no_groups)
        self.stack.setCurrentWidget(self.content)

    def _set_field(self, label: QLabel, text: str | None, reading: str | None = None) -> None:
        """A value, or "n.r." greyed and italic when the deck does not give it; a reading is
        italic, marked "◊", its reason in the tooltip."""
        missing = text is None or not text.strip()
        read = reading is not None and not missing
        shown = not_reported() if missing else str(text)
        _set_text(label, f"{shown} {READING_MARK}" if read else shown)
        tip = self.tr("{mark} Lecture : {why}").format(mark=READING_MARK, why=reading) if read \
            else ""
        if label.toolTip() != tip:
            label.setToolTip(tip)
        if label.property("reading") is not read:
            font = label.font()
            font.setItalic(read or missing)
            label.setFont(font)
            label.setProperty("reading", read)
        if label.property("notReported") is not missing:
            # Font and palette role, not a style sheet: a new sheet re-polishes the label,
            # ~1 ms at each study shown.
            font = label.font()
            font.setItalic(missing or read)
            label.setFont(font)
            label.setForegroundRole(
                QPalette.ColorRole.PlaceholderText if missing else QPalette.ColorRole.WindowText
            )
            label.setProperty("notReported", missing)

    def _update_tab_titles(self) -> None:
        titles = (self.tr("Chiffres ({n})").format(n=self.outcomes_model.rowCount()),
                  self.tr("Facteurs pronostiques ({n})").format(
                      n=self.findings_model.rowCount()))
        for tab, title in enumerate(titles):
            if self.tabs.tabText(tab) != title:  # an unchanged title costs no new layout
                self.tabs.setTabText(tab, title)

    # ----- actions -----------------------------------------------------------------------------
    def copy_citation(self) -> None:
        """Put the study's citation, exactly as the KB has it, on the clipboard."""
        if not self._citation:
            return
        QGuiApplication.clipboard().setText(self._citation)
        self.copy_button.setText(self.tr("Citation copiée"))

    def _request_own_slide(self) -> None:
        if self._slide is not None:
            self.slideRequested.emit(int(self._slide))

    def _row_clicked(self, index: QModelIndex) -> None:
        model = index.model()
        if isinstance(model, RowsModel):
            item = model.row_at(index.row())
            if item is not None:
                self.quoteRequested.emit(int(item.slide), str(item.source or ""))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(watched, QTableView)):
            index = watched.currentIndex()
            if index.isValid():
                self._row_clicked(index)
                return True
        return super().eventFilter(watched, event)


def _set_text(widget: QLabel | QPushButton, text: str) -> None:
    """Set ``text`` only if it is new: the same text set again still lays the page out anew."""
    if widget.text() != text:
        widget.setText(text)
