"""The Studies page: search box, active-filter chips, factors panel, studies table, study page.

Every change of the filter (a factor ticked, the mode, an effect, an endpoint, a keystroke in
the search box) builds one ``StudyFilter`` and applies it everywhere at once: the table
(reset to its first page), the facet counts, the chips and the "k sur n études" label.

The study page and note editor (right) and the search hits (below the table) are built the
first time they have something to show (``study_view``, ``note_editor``, ``search_panel``):
until a study is chosen the right column is a one-line hint, until text is typed there are no
hits, and start-up skips their widgets and modules. The factors panel (``facets``) is built
just after the first paint, in a place of its own size kept for it (``_build_facets``), unless
a restored filter ticks something (then before, so that the first frame shows the ticks).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.ui.common.labels import (
    NR_STYLE,
    effect_labels,
    endpoint_long_labels,
    select_study_hint,
)
from bclm_viewer.ui.first_paint import after_first_paint
from bclm_viewer.ui.settings import restore_splitter
from bclm_viewer.ui.studies.chips import Chip, ChipsBar
from bclm_viewer.ui.studies.facet_offer import FacetOffer
from bclm_viewer.ui.studies.search_box import SearchBox
from bclm_viewer.ui.studies.studies_model import StudiesModel
from bclm_viewer.ui.studies.studies_table import StudiesTable
from bclm_viewer.ui.style import styled

if TYPE_CHECKING:
    from bclm_viewer.query.detail_records import SearchHit
    from bclm_viewer.query.knowledge_base import KnowledgeBase
    from bclm_viewer.ui.notes.note_editor import NoteEditor
    from bclm_viewer.ui.studies.facets import FacetsPanel
    from bclm_viewer.ui.studies.kb_overview import KbOverview
    from bclm_viewer.ui.studies.layout_fence import LayoutFence
    from bclm_viewer.ui.studies.search_panel import SearchPanel
    from bclm_viewer.ui.studies.study_view import StudyView


class StudiesPage(QWidget):
    """Filter, search and browse the studies; the selected one is shown on the right."""

    slideRequested = Signal(int)
    glossaryRequested = Signal(str)
    selectionChangedIds = Signal(list)  # the selected study ids, in table order
    studyOpened = Signal(str)  # Enter or double-click on a row
    quoteRequested = Signal(int, str)  # a slide and the verbatim text to light on it
    studyShown = Signal(str)  # the study on the right changed (a step of the history)

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studiesPage")
        self.kb = kb
        self._total_all = int(kb.total_studies())
        self._current_study: str | None = None
        self._kept_selection: list[str] = []

        self.search_box = SearchBox(self)
        self.facet_offer = FacetOffer(self)  # "Filtrer par : Statut HER2 = HER2-"
        self.count_label = QLabel(self)
        styled(self.count_label, "countLabel")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        # A fixed size (that of the longest text) makes a new count repaint the label alone,
        # instead of re-laying out and repainting the whole window on every keystroke.
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.ensurePolished()
        self.count_label.setText(
            self.tr("{k} sur {n} études").format(k=self._total_all, n=self._total_all)
        )
        self.count_label.setFixedSize(self.count_label.sizeHint())
        self.chips = ChipsBar(self)
        self._facets: FacetsPanel | None = None
        self._facets_place = QWidget(self)  # the factors panel's, until it is built
        self.model = StudiesModel(kb, self)
        self.table = StudiesTable(self.model, self)
        self._search_panel: SearchPanel | None = None
        self._middle_state: object = None  # the saved splitter state, for the panel's arrival
        self._study_view: StudyView | None = None
        self._note_editor: NoteEditor | None = None
        self.study_column: LayoutFence | None = None  # view above note editor, once built
        # Until a study is shown: the study page's own hint, and nothing else.
        self.study_hint = QLabel(select_study_hint(), self)
        self.study_hint.setObjectName("studyHint")
        self.study_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.study_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.study_hint.setWordWrap(True)
        self.study_hint.setStyleSheet(NR_STYLE)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.facet_offer)
        top.addWidget(self.count_label)
        top.addWidget(self._export_button())

        self.middle_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.middle_splitter.setObjectName("studiesMiddleSplitter")
        self.middle_splitter.addWidget(self.table)
        self.middle_splitter.setStretchFactor(0, 3)
        self.middle_splitter.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("studiesSplitter")
        self.splitter.addWidget(self._facets_place)
        self.splitter.addWidget(self.middle_splitter)
        self.splitter.addWidget(self.study_hint)  # replaced by the study column
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([300, 800, 400])  # the headline figures in view at 1280 px

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.chips)
        layout.addWidget(self.splitter, 1)

        self.search_box.textChanged.connect(self._apply_filter)
        self.search_box.downPressed.connect(self._focus_results)
        self.facet_offer.accepted.connect(self.tick_factor)
        self.chips.removeRequested.connect(self.remove_chip)
        self.chips.clearRequested.connect(self.clear_filters)
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        self._apply_filter()
        self.overview: KbOverview | None = None  # the base at a glance, until a study is shown
        after_first_paint(self, self._build_overview)
        # Stars come from the notes file, opened just after the first paint: hook up then.
        after_first_paint(self, self._follow_stars)
        after_first_paint(self, self._build_facets)  # installed last: its filter runs first

    @property
    def facets(self) -> FacetsPanel:
        """The factors panel, built now if the first paint has not come yet."""
        if self._facets is None:
            self._build_facets()
        assert self._facets is not None
        return self._facets

    def _build_facets(self) -> None:
        """The factors panel in its place (same size), with the counts of the filter shown."""
        if self._facets is not None:
            return
        from bclm_viewer.ui.studies.facets import FacetsPanel

        panel = FacetsPanel(self.kb, self)
        self._facets = panel
        self.splitter.replaceWidget(self.splitter.indexOf(self._facets_place), panel)
        self._keep_tab_order(panel)
        self._facets_place.deleteLater()
        panel.changed.connect(self._apply_filter)
        panel.update_counts(self.current_filter())

    def _keep_tab_order(self, panel: QWidget) -> None:
        """Tab goes through the panel's widgets between the search box and the table, as when
        the panel was built first (a widget built later would come last)."""
        def tab_stop(widget: QWidget | None) -> bool:
            return widget is not None and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)

        chain: list[QWidget] = []
        widget = panel.nextInFocusChain()
        while widget is not None and panel.isAncestorOf(widget):
            if tab_stop(widget):
                chain.append(widget)
            widget = widget.nextInFocusChain()
        before = self.table.previousInFocusChain()
        while before is not None and not tab_stop(before) and before is not self.table:
            before = before.previousInFocusChain()
        if before is None:
            return
        for stop in (*chain, self.table):
            QWidget.setTabOrder(before, stop)
            before = stop

    # ----- parts built on first use ------------------------------------------------------------
    @property
    def study_view(self) -> StudyView:
        """The study page (right, above the note editor), built with the note editor."""
        if self._study_view is None:
            self._build_study_column()
        assert self._study_view is not None
        return self._study_view

    @property
    def note_editor(self) -> NoteEditor:
        """The user's note and star of the study shown (saved at once)."""
        if self._note_editor is None:
            self._build_study_column()
        assert self._note_editor is not None
        return self._note_editor

    def _build_study_column(self) -> None:
        from bclm_viewer.ui.notes.note_editor import NoteEditor
        from bclm_viewer.ui.studies.layout_fence import LayoutFence
        from bclm_viewer.ui.studies.study_view import StudyView

        self._study_view = StudyView(self.kb, self)
        self._study_view.slideRequested.connect(self.slideRequested)
        self._study_view.quoteRequested.connect(self.quoteRequested)
        self._note_editor = NoteEditor(self.kb, self)
        column = QSplitter(Qt.Orientation.Vertical, self)
        column.setObjectName("studyColumn")
        column.addWidget(self._study_view)
        column.addWidget(self._note_editor)
        column.setStretchFactor(0, 4)
        column.setStretchFactor(1, 1)
        column.setChildrenCollapsible(False)
        self.study_column = LayoutFence(column, self)
        empty = self.overview or self.study_hint
        self.splitter.replaceWidget(self.splitter.indexOf(empty), self.study_column)  # same size
        empty.deleteLater()
        self.overview = None

    def _build_overview(self) -> None:
        """The right column until a study is shown: the base at a glance (after first paint)."""
        if self.study_column is not None:
            return
        from bclm_viewer.ui.studies.kb_overview import KbOverview

        overview = KbOverview(self.kb, self)
        self.splitter.replaceWidget(self.splitter.indexOf(self.study_hint), overview)
        overview.add_hint(self.study_hint)
        overview.factorRequested.connect(
            lambda fid: self.set_filter(StudyFilter(factors=(fid,))))
        overview.studyRequested.connect(self.show_study)
        self.overview = overview

    @property
    def search_panel(self) -> SearchPanel:
        """The hits of the search text (below the table), hidden while there is no text."""
        if self._search_panel is None:
            from bclm_viewer.ui.studies.search_panel import SearchPanel

            panel = SearchPanel(self.kb, self)
            panel.hide()
            panel.hitActivated.connect(self.open_hit)
            self.middle_splitter.addWidget(panel)
            self.middle_splitter.setStretchFactor(1, 2)
            self._search_panel = panel
            restore_splitter(self.middle_splitter, self._middle_state)
        return self._search_panel

    def _focus_results(self) -> None:
        if self._search_panel is not None:
            self._search_panel.focus_results()

    # ----- the filter --------------------------------------------------------------------------
    def current_filter(self) -> StudyFilter:
        """What the table shows now (factors, mode, effects, endpoints and search text)."""
        if self._facets is None:  # nothing ticked before the factors panel is built
            return StudyFilter(text=self.search_box.text())
        return StudyFilter(
            factors=self.facets.factors_model.checked(),
            mode=self.facets.mode(),  # type: ignore[arg-type]
            effects=self.facets.effects_model.checked(),
            endpoints=self.facets.endpoints_model.checked(),
            text=self.search_box.text(),
        )

    def _factor_name(self, factor_id: str) -> str:
        """A factor's name as the panel shows it, read from the KB's vocabulary: the panel may
        not be built yet (it comes just after the first paint: a restored search must not build
        it)."""
        from bclm_viewer.i18n import localized

        factor = self.kb.factor(factor_id)
        return factor_id if factor is None else localized(factor.name_fr, factor.name_en)

    def _apply_filter(self) -> None:
        f = self.current_filter()
        self.model.set_filter(f)
        if self._facets is not None:
            self._facets.update_counts(f)
        searching = bool(f.text.strip())
        if searching or self._search_panel is not None:
            self.search_panel.set_text(f.text)
            self.search_panel.setVisible(searching)
        self.chips.set_chips(self._chips_for(f))
        self.facet_offer.offer(self.kb.search_concepts(f.text) if searching else [], f.factors,
                               self._factor_name)
        self.count_label.setText(
            self.tr("{k} sur {n} études").format(k=self.model.total(), n=self._total_all)
        )

    def _chips_for(self, f: StudyFilter) -> list[Chip]:
        chips = [Chip(f"factor:{fid}", self.facets.factors_model.name(fid)) for fid in f.factors]
        if len(f.factors) > 1:
            mode = self.tr("tous") if f.mode == "all" else self.tr("au moins un")
            chips.insert(0, Chip("mode", self.tr("Facteurs : {0}").format(mode)))
        effects, endpoints = effect_labels(), endpoint_long_labels()
        chips += [Chip(f"effect:{e}", effects.get(e, e)) for e in f.effects]
        chips += [Chip(f"endpoint:{e}", endpoints.get(e, e)) for e in f.endpoints]
        if f.text.strip():
            chips.append(Chip("text", self.tr("« {0} »").format(f.text.strip())))
        return chips

    def tick_factor(self, factor_id: str) -> None:
        """Tick ``factor_id`` in the factors panel (the search's facet offer)."""
        model = self.facets.factors_model
        model.set_checked({*model.checked(), factor_id})

    def remove_chip(self, key: str) -> None:
        kind, _, value = key.partition(":")
        facets = self.facets
        if kind == "factor":
            facets.factors_model.set_checked(set(facets.factors_model.checked()) - {value})
        elif kind == "effect":
            facets.effects_model.set_checked(set(facets.effects_model.checked()) - {value})
        elif kind == "endpoint":
            facets.endpoints_model.set_checked(set(facets.endpoints_model.checked()) - {value})
        elif kind == "mode":
            facets.set_state(facets.factors_model.checked(), "all",
                             facets.effects_model.checked(), facets.endpoints_model.checked())
        elif kind == "text":
            self.search_box.clear()

    def clear_filters(self) -> None:
        """"Tout effacer": no factor, effect, endpoint or search text (one update)."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.facets.set_state((), "all", (), ())

    def set_filter(self, f: StudyFilter) -> None:
        """Show ``f`` (restored state, other pages); one update."""
        self.search_box.blockSignals(True)
        self.search_box.setText(f.text)
        self.search_box.blockSignals(False)
        if self._facets is None and f == StudyFilter(text=f.text):  # nothing ticked
            self._apply_filter()
            return
        self.facets.set_state(f.factors, f.mode, f.effects, f.endpoints)

    # ----- the list exported ------------------------------------------------------------------
    def _export_button(self) -> QToolButton:
        """"Exporter ▾" beside the count; its writers are imported when first used."""
        button = QToolButton(self)
        button.setObjectName("studiesExport")
        button.setText(self.tr("Exporter"))
        button.setToolTip(self.tr("Les études affichées, leurs colonnes et le filtre en tête "
                                  "(Ctrl+E : fichier, Ctrl+Maj+E : copier le tableau)"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addAction(self.tr("CSV…"), lambda: self.export_list("csv"))
        menu.addAction(self.tr("Markdown…"), lambda: self.export_list("md"))
        menu.addAction(self.tr("Copier le tableau"), self.copy_list)
        button.setMenu(menu)
        self.export_button = button
        return button

    def export_list(self, fmt: str = "csv") -> None:
        """Ask for a file, write the studies shown there (CSV or Markdown)."""
        from bclm_viewer.ui.studies.list_export import ask_and_export

        ask_and_export(self, fmt)

    def copy_list(self) -> int:
        """The studies shown on the clipboard, as a table; how many."""
        from bclm_viewer.ui.studies.list_export import copy_list

        return copy_list(self)

    # ----- selection and the study page ------------------------------------------------------
    def selected_study_ids(self) -> list[str]:
        """The selected studies (for comparison), in table order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [sid for sid in (self.model.study_id(r) for r in rows) if sid is not None]

    def current_study(self) -> str | None:
        return self._current_study

    def show_study(self, study_id: str | None) -> None:
        """Show ``study_id`` on the right and select its row if the filter lists it."""
        if study_id is not None:
            row = self.model.row_of(study_id)
            if row is not None:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        self._show(study_id)

    def _show(self, study_id: str | None) -> None:
        if study_id == self._current_study:
            return
        self._current_study = study_id
        self.study_view.show_study(study_id)
        self.note_editor.set_study(study_id)
        self.studyShown.emit(study_id or "")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.study_id(current.row()))

    def _activated(self, index: QModelIndex) -> None:
        study_id = self.model.study_id(index.row()) if index.isValid() else None
        if study_id is not None:
            self._show(study_id)
            self.studyOpened.emit(study_id)

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self.selectionChangedIds.emit(self.selected_study_ids())

    def _keep_selection(self) -> None:
        self._kept_selection = self.selected_study_ids()

    def _restore_selection(self) -> None:
        """After a filter or sort change, reselect the studies still listed on the first page."""
        kept = set(self._kept_selection)
        selection = QItemSelection()
        current: QModelIndex | None = None
        for row in range(self.model.rowCount()):
            sid = self.model.study_id(row)
            if sid in kept:
                left = self.model.index(row, 0)
                selection.select(left, self.model.index(row, self.model.columnCount() - 1))
            if sid == self._current_study:
                current = self.model.index(row, 0)
        sm = self.table.selectionModel()
        sm.blockSignals(True)
        try:
            if current is not None:
                sm.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            sm.blockSignals(False)
        self.table.viewport().update()
        ids = self.selected_study_ids()
        if ids != self._kept_selection:
            self.selectionChangedIds.emit(ids)
        self._kept_selection = []

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # ----- search hits -------------------------------------------------------------------------
    def open_hit(self, hit: SearchHit) -> None:
        """Open what a search hit points at: its study here, or its slide / glossary term."""
        if hit.kind in ("study", "finding", "outcome") and hit.study_id:
            self.show_study(str(hit.study_id))
        elif hit.kind == "glossary":
            self.glossaryRequested.emit(str(hit.ref))
        elif hit.slide is not None:
            matched = _first_match(str(hit.snippet or ""))
            if matched:  # the slide opens with the words found lit on it
                self.quoteRequested.emit(int(hit.slide), matched)
            else:
                self.slideRequested.emit(int(hit.slide))
        elif hit.study_id:
            self.show_study(str(hit.study_id))

    # ----- remembered state --------------------------------------------------------------------
    def _follow_stars(self) -> None:
        from bclm_viewer.ui.notes.user_data import find_user_data

        data = find_user_data(self)
        data.changed.connect(self._show_stars)
        self._show_stars()

    def _show_stars(self) -> None:
        from bclm_viewer.ui.notes.user_data import find_user_data

        store = find_user_data(self).store
        self.model.set_starred(frozenset(store.starred()) if store is not None else frozenset())
        if self.overview is not None:
            self.overview.set_user_store(store)

    def save_state(self, s: QSettings) -> None:
        f = self.current_filter()
        s.setValue("studies/filter", json.dumps({
            "factors": list(f.factors), "mode": f.mode, "effects": list(f.effects),
            "endpoints": list(f.endpoints), "text": f.text,
        }))
        s.setValue("studies/header", self.table.horizontalHeader().saveState())
        s.setValue("studies/userColumns", self.table.user_widths())
        s.setValue("studies/splitter", self.splitter.saveState())
        if self._search_panel is not None:  # else the saved state is still the one to keep
            s.setValue("studies/middleSplitter", self.middle_splitter.saveState())
        s.setValue("studies/current", self._current_study or "")

    def restore_state(self, s: QSettings) -> None:
        header = s.value("studies/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            h = self.table.horizontalHeader()
            self.table.sortByColumn(h.sortIndicatorSection(), h.sortIndicatorOrder())
            # Widths the user set are kept; fitted ones are fitted again to today's window.
            self.table.set_user_widths(s.value("studies/userColumns", False, type=bool) is True)
        restore_splitter(self.splitter, s.value("studies/splitter"))
        self._middle_state = s.value("studies/middleSplitter")
        if self._search_panel is not None:
            restore_splitter(self.middle_splitter, self._middle_state)
        raw = s.value("studies/filter")
        if isinstance(raw, str) and raw:
            try:
                data = json.loads(raw)
                self.set_filter(StudyFilter(
                    factors=tuple(str(x) for x in data.get("factors", ())),
                    mode="any" if data.get("mode") == "any" else "all",
                    effects=tuple(str(x) for x in data.get("effects", ())),
                    endpoints=tuple(str(x) for x in data.get("endpoints", ())),
                    text=str(data.get("text", "")),
                ))
            except (ValueError, TypeError, AttributeError):
                pass  # a damaged setting is ignored, not fatal
        current = s.value("studies/current")
        if isinstance(current, str) and current and self.kb.study(current) is not None:
            self.show_study(current)


def _first_match(snippet: str) -> str:
    """The first matched passage of a search snippet (between the KB's highlight marks)."""
    from bclm_viewer.query.fts import HIGHLIGHT_END, HIGHLIGHT_START

    start = snippet.find(HIGHLIGHT_START)
    end = snippet.find(HIGHLIGHT_END, start + 1)
    return snippet[start + 1:end].strip() if 0 <= start < end else ""
