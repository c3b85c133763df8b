"""The main window: one tab per page, menus and shortcuts, remembered layout.

Pages are created the first time they are shown so start-up builds only the first screen.
What the window asks of a page is in ``ui/page.py``; the calls on one page go through its typed
accessor (``studies_page()``...). To add a page, add one ``PageSpec`` line to ``PAGES``.
The notes file is opened just after the window's first paint (or sooner by whatever needs it
first), so the first screen waits for neither it nor its modules.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from bclm_viewer.ui.common.qt import translator
from bclm_viewer.ui.first_paint import after_first_paint
from bclm_viewer.ui.page import REQUESTS, PageClass, StatefulPage
from bclm_viewer.ui.settings import settings
from bclm_viewer.ui.style import style_tabs

if TYPE_CHECKING:
    from bclm_viewer.notes import UserStore
    from bclm_viewer.query.knowledge_base import KnowledgeBase
    from bclm_viewer.ui.evidence.chart_page import ChartPage
    from bclm_viewer.ui.evidence.compare_page import ComparePage
    from bclm_viewer.ui.notes.lists_page import ListsPage
    from bclm_viewer.ui.notes.user_data import UserData
    from bclm_viewer.ui.reference.glossary_page import GlossaryPage
    from bclm_viewer.ui.slides.slides_page import SlidesPage
    from bclm_viewer.ui.studies.studies_page import StudiesPage


@dataclass(frozen=True)
class PageSpec:
    """A tab: its settings key, its title (translated when asked) and its page class."""

    key: str
    title: Callable[[], str]
    target: str  # "module:Class" under bclm_viewer.ui, imported on first show


_tr = translator("MainWindow")


PAGES: tuple[PageSpec, ...] = (
    PageSpec("studies", lambda: _tr("Études"), "studies.studies_page:StudiesPage"),
    PageSpec("slides", lambda: _tr("Diapositives"), "slides.slides_page:SlidesPage"),
    PageSpec("questions", lambda: _tr("Questions"), "reference.questions_page:QuestionsPage"),
    PageSpec("glossary", lambda: _tr("Glossaire"), "reference.glossary_page:GlossaryPage"),
    PageSpec("notes", lambda: _tr("Mes notes"), "notes.notes_page:NotesPage"),
    PageSpec("lists", lambda: _tr("Listes"), "notes.lists_page:ListsPage"),
    PageSpec("compare", lambda: _tr("Comparaison"), "evidence.compare_page:ComparePage"),
    PageSpec("matrix", lambda: _tr("Matrice"), "evidence.matrix_page:MatrixPage"),
    PageSpec("chart", lambda: _tr("Graphique"), "evidence.chart_page:ChartPage"),
    PageSpec("study", lambda: _tr("Réviser"), "study.study_page:StudyPage"),
)



class PageTabs(QTabWidget):
    """A QTabWidget repaints itself whole on every LayoutRequest a page sends up (a label's new
    text, a panel shown); when nothing it lays out has changed, the request is dropped. What it
    buys (``benchmarks/interaction.py``, 10,000 studies, CPU time): a search keystroke's p95
    14.1-17.6 ms, median of ten runs 15.4, against 15.2-16.5, median of seven 16.4, without."""

    _laid_out: tuple[object, ...] | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            key = (self.size(), self.tabBar().sizeHint(), self.minimumSizeHint(), self.count(),
                   self.currentIndex())
            if key == self._laid_out:
                return True
            self._laid_out = key
        return super().event(event)

class MainWindow(QMainWindow):
    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.setWindowTitle(self.tr("MHKS — chirurgie des métastases hépatiques du cancer du sein"))
        self.setMinimumSize(900, 560)
        self._pages: dict[str, QWidget] = {}
        self._user_data: UserData | None = None
        self.tabs = PageTabs(self)
        style_tabs(self.tabs)
        self.tabs.setDocumentMode(True)
        for spec in PAGES:
            holder = QWidget()
            holder.setObjectName(f"holder-{spec.key}")
            self.tabs.addTab(holder, spec.title())
        self.tabs.currentChanged.connect(self._ensure_current_page)
        self.tabs.currentChanged.connect(self._sync_chart_scope)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        from bclm_viewer.ui.navigation import Navigation

        self.navigation = Navigation(self)  # back / forward, quotes lit on their slides
        self._restore()
        self._ensure_current_page(self.tabs.currentIndex())
        self.navigation.record_now()
        after_first_paint(self, self._open_user_data)

    # ----- pages -------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page ``key``, created now if it was never shown."""
        if key not in self._pages:
            index = [s.key for s in PAGES].index(key)
            spec = PAGES[index]
            module_name, class_name = spec.target.split(":")
            module = importlib.import_module(f"bclm_viewer.ui.{module_name}")
            cls: PageClass = getattr(module, class_name)
            widget = cls(self.kb, self)
            self._pages[key] = widget
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            if old is not None:
                old.deleteLater()
            self.tabs.insertTab(index, widget, spec.title())
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self._connect_page(widget)
            if isinstance(widget, StatefulPage):
                widget.restore_state(settings())
            self.navigation.attach(key, widget)
        return self._pages[key]

    # Typed accessors: the calls on one page, checked by mypy against its class.
    def studies_page(self) -> StudiesPage:
        return cast("StudiesPage", self.page("studies"))

    def slides_page(self) -> SlidesPage:
        return cast("SlidesPage", self.page("slides"))

    def glossary_page(self) -> GlossaryPage:
        return cast("GlossaryPage", self.page("glossary"))

    def lists_page(self) -> ListsPage:
        return cast("ListsPage", self.page("lists"))

    def compare_page(self) -> ComparePage:
        return cast("ComparePage", self.page("compare"))

    def chart_page(self) -> ChartPage:
        return cast("ChartPage", self.page("chart"))

    def _built(self, key: str) -> QWidget | None:
        """The page ``key`` if it was ever shown (never builds it)."""
        return self._pages.get(key)

    def user_data(self) -> UserData:
        """The user's notes, stars and lists, shared by every page (``.store``); opened by the
        first caller (a page showing a note, else ``_open_user_data`` after the first paint)."""
        if self._user_data is None:
            from bclm_viewer.ui.notes.user_data import acquire_user_data

            self._user_data = acquire_user_data(self)
        return self._user_data

    def _open_user_data(self) -> None:
        """Open the notes file now that the window is up, and say if it was set aside."""
        data = self.user_data()
        if data.needs_telling():
            from bclm_viewer.ui.notes.user_data_dialogs import show_pending_message

            show_pending_message(self, data)

    def _export_user_data(self) -> None:
        from bclm_viewer.ui.notes.user_data_dialogs import export_user_data

        export_user_data(self, self.user_data())

    def _import_user_data(self) -> None:
        from bclm_viewer.ui.notes.user_data_dialogs import import_user_data

        import_user_data(self, self.user_data())

    def _import_deck(self) -> None:
        from bclm_viewer.ui.importer.launch import import_deck_dialog

        import_deck_dialog(self)

    def user_store(self) -> UserStore | None:
        return self.user_data().store

    def show_list(self, list_id: int) -> None:
        self.switch_to("lists")
        self.lists_page().show_list(list_id)

    def existing_pages(self) -> list[QWidget]:
        """The pages built so far (pages are built the first time they are shown)."""
        return list(self._pages.values())

    def current_study_id(self) -> str | None:
        """The study shown on the Studies page, if it was ever built."""
        built = self._built("studies") is not None
        return self.studies_page().current_study() if built else None

    def _connect_page(self, widget: QWidget) -> None:
        for signal_name, slot_name in REQUESTS:
            signal = getattr(widget, signal_name, None)
            if signal is not None:
                signal.connect(getattr(self, slot_name))

    def _ensure_current_page(self, index: int) -> None:
        if 0 <= index < len(PAGES):
            self.page(PAGES[index].key)

    def switch_to(self, key: str) -> QWidget:
        widget = self.page(key)
        self.tabs.setCurrentWidget(widget)
        return widget

    def show_slide(self, number: int) -> None:
        self.switch_to("slides")
        self.slides_page().show_slide(number)

    def show_study(self, study_id: str) -> None:
        self.switch_to("studies")
        self.studies_page().show_study(study_id)

    # ----- comparison, matrix, chart ---------------------------------------------------------
    def compare_selection(self) -> None:
        """Ctrl+D: compare the studies selected on the Studies page (two or more)."""
        ids = self.studies_page().selected_study_ids()
        if len(ids) < 2:
            self.statusBar().showMessage(
                self.tr(
                    "Sélectionnez au moins deux études (Ctrl-clic ou Maj-clic) pour les comparer."
                ),
                6000,
            )
            return
        self.statusBar().clearMessage()  # a hint from an earlier try is no longer true
        self.switch_to("compare")
        self.compare_page().set_studies(ids)

    def copy_citation(self) -> None:
        """Copy the citation of the study in view (compared column, else the Studies page)."""
        current = self.tabs.currentWidget()
        if current is not None and current is self._built("compare"):
            if self.compare_page().copy_citation():
                return
        study_id = self.current_study_id()
        if self._built("studies") is not None:
            selected = self.studies_page().selected_study_ids()
            study_id = selected[0] if len(selected) == 1 else study_id
        if not study_id:
            self.statusBar().showMessage(self.tr("Aucune étude sélectionnée."), 4000)
            return
        from bclm_viewer.evidence.compare import study_citation
        from bclm_viewer.ui.common.export_ui import copy_text

        copy_text(study_citation(self.kb, study_id))
        self.statusBar().showMessage(self.tr("Citation copiée."), 3000)

    def copy_studies_list(self) -> None:
        """Ctrl+Shift+E: the filtered studies list on the clipboard, as a table."""
        n = self.studies_page().copy_list()
        self.statusBar().showMessage(self.tr("%n étude(s) copiée(s) en tableau.", "", n),
                                     4000)

    def filter_studies_by_factor(self, factor_id: str) -> None:
        """A factor clicked in the matrix: the studies list filtered on it."""
        from bclm_viewer.query.filters import StudyFilter

        self.switch_to("studies")
        self.studies_page().set_filter(StudyFilter(factors=(factor_id,)))

    def _sync_chart_scope(self, index: int) -> None:
        """The chart follows the Studies page: its selection, else its filtered list."""
        built = self._built("chart")
        if built is None or self.tabs.widget(index) is not built:
            return
        chart = self.chart_page()
        if self._built("studies") is None:
            chart.set_study_ids(None)
            return
        studies = self.studies_page()
        ids = studies.selected_study_ids()
        if ids:
            chart.set_study_ids(ids, self.tr("sélection"))
            return
        f = studies.current_filter()
        if f.is_empty():
            chart.set_study_ids(None)
        else:
            chart.set_study_ids(self.kb.study_ids(f), self.tr("études filtrées"))

    def show_glossary_term(self, term: str) -> None:
        self.switch_to("glossary")
        self.glossary_page().show_term(term)

    # ----- menus ---------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        self.export_action = self._action(
            self.tr("&Exporter mes données…"), self._export_user_data
        )
        self.import_action = self._action(
            self.tr("&Importer des données…"), self._import_user_data
        )
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        self.import_deck_action = self._action(
            self.tr("Importer un &diaporama…"), self._import_deck, "Ctrl+Shift+I"
        )
        file_menu.addAction(self.import_deck_action)
        file_menu.addSeparator()
        self.export_list_action = self._action(  # the filtered studies list: CSV or Markdown
            self.tr("Exporter la &liste des études…"),
            lambda: self.studies_page().export_list(), "Ctrl+E")
        file_menu.addAction(self.export_list_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quitter"), self.close)
        # Some desktops define no standard Quit key: Ctrl+Q then, as users expect.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("É&dition"))
        self.find_action = self._action(
            self.tr("&Rechercher…"), self.focus_search, QKeySequence(QKeySequence.StandardKey.Find)
        )
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.compare_action = self._action(
            self.tr("&Comparer la sélection"), self.compare_selection, "Ctrl+D"
        )
        edit_menu.addAction(self.compare_action)
        self.copy_citation_action = self._action(
            self.tr("Copier la &citation"), self.copy_citation, "Ctrl+Shift+C"
        )
        edit_menu.addAction(self.copy_citation_action)
        self.copy_list_action = self._action(
            self.tr("Copier la liste des é&tudes"), self.copy_studies_list, "Ctrl+Shift+E")
        edit_menu.addAction(self.copy_list_action)

        view_menu = bar.addMenu(self.tr("&Affichage"))
        self.view_menu = view_menu
        for i, spec in enumerate(PAGES):
            act = self._action(spec.title(), partial(self.tabs.setCurrentIndex, i), f"Ctrl+{i + 1}")
            view_menu.addAction(act)
        view_menu.addSeparator()
        self.fullscreen_action = self._action(
            self.tr("&Plein écran"),
            self.toggle_full_screen,
            QKeySequence(QKeySequence.StandardKey.FullScreen),
        )
        self.fullscreen_action.setCheckable(True)
        view_menu.addAction(self.fullscreen_action)
        self.present_action = self._action(self.tr("&Présentation"), self.present, "F5")
        view_menu.addAction(self.present_action)
        self._build_language_menu(view_menu)

        help_menu = bar.addMenu(self.tr("&Aide"))
        self.shortcuts_action = self._action(
            self.tr("&Raccourcis clavier…"), self.show_shortcuts, "F1")
        help_menu.addAction(self.shortcuts_action)
        self.about_action = self._action(self.tr("À &propos…"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """Affichage -> Langue: each language named in itself; applied at once (the window is
        rebuilt in it, ``ui/i18n.py``) and remembered."""
        from bclm_viewer import i18n

        menu = view_menu.addMenu(self.tr("&Langue"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in (("fr", "Français"), ("en", "English")):
            action = QAction(name, group)
            action.setCheckable(True)
            action.setChecked(code == i18n.language())
            action.triggered.connect(partial(self.set_language, code))
            menu.addAction(action)
            self.language_actions[code] = action

    def set_language(self, language: str) -> MainWindow:
        """Show the app in ``language`` from now on: returns the window that shows it."""
        from bclm_viewer.ui.i18n import switch_language

        return switch_language(self, language)

    def focus_search(self) -> None:
        self.switch_to("studies")
        self.studies_page().focus_search()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    def present(self) -> None:
        self.slides_page().start_presentation()

    def show_shortcuts(self) -> None:
        """F1: every key the app answers to (read from the menus, and the pages' own)."""
        from bclm_viewer.ui.shortcuts import show_shortcuts

        show_shortcuts(self)

    def about_text(self) -> str:
        from bclm_viewer import __version__

        meta = self.kb.meta()
        counts = self.kb.counts()
        return self.tr(
            "bclm-viewer {version}\n\nChirurgie des métastases hépatiques du cancer du sein "
            "(MHKS) : les séries publiées, leurs résultats et leurs facteurs pronostiques.\n\n"
            "Base de connaissances construite le {built}\n"
            "{studies} études, {slides} diapositives, {outcomes} chiffres, {findings} "
            "constats, {questions} questions et perspectives."
        ).format(
            version=__version__,
            built=meta.get("built_at", "?"),
            studies=counts.get("studies", 0),
            slides=counts.get("slides", 0),
            outcomes=counts.get("outcomes", 0),
            findings=counts.get("findings", 0),
            questions=counts.get("questions", 0),
        )

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("À propos de bclm-viewer"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.about_text())
        box.setIcon(QMessageBox.Icon.Information)
        box.open()

    # ----- layout memory -------------------------------------------------------------------
    def _restore(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # first start: sized to the screen (settings.first_window_rect)
            from bclm_viewer.ui.settings import first_window_rect

            screen = self.screen()
            if screen is not None:
                free = screen.availableGeometry()
                self.setMinimumSize(self.minimumSize().boundedTo(free.size()))  # a small screen
                self.setGeometry(first_window_rect(free))
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        tab = s.value("window/tab", 0, type=int)
        if isinstance(tab, int) and 0 <= tab < len(PAGES):
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(tab)
            self.tabs.blockSignals(False)

    def save_layout(self, s: QSettings | None = None) -> None:
        s = s or settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/tab", self.tabs.currentIndex())
        for widget in self._pages.values():
            if isinstance(widget, StatefulPage):
                widget.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        from bclm_viewer.ui.notes.unsaved_notes import confirm_close

        if not confirm_close(self, self._user_data):  # notes the disk would not take
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
