"""The main window: one tab per page, menus and shortcuts, remembered layout.

Pages are created the first time they are shown so start-up builds only the first screen.
A page is a QWidget built as ``Page(kb, parent)``; it may define the signals
``slideRequested(int)`` / ``studyRequested(str)`` and the methods ``save_state(QSettings)``,
``restore_state(QSettings)``, ``show_slide(int)``, ``show_study(str)``, ``focus_search()``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from bclm_viewer.ui.settings import settings


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    target: str  # "module:Class", imported on first show


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("MainWindow", text)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("studies", lambda: _tr("Études"), "bclm_viewer.ui.studies_page:StudiesPage"),
    PageSpec("slides", lambda: _tr("Diapositives"), "bclm_viewer.ui.slides_page:SlidesPage"),
    PageSpec("questions", lambda: _tr("Questions"), "bclm_viewer.ui.questions_page:QuestionsPage"),
    PageSpec("glossary", lambda: _tr("Glossaire"), "bclm_viewer.ui.glossary_page:GlossaryPage"),
)


class MainWindow(QMainWindow):
    def __init__(self, kb: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kb = kb
        self.setWindowTitle(self.tr("MHKS — chirurgie des métastases hépatiques du cancer du sein"))
        self.setMinimumSize(900, 560)
        self._pages: dict[str, QWidget] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for spec in PAGES:
            holder = QWidget()
            holder.setObjectName(f"holder-{spec.key}")
            self.tabs.addTab(holder, spec.title())
        self.tabs.currentChanged.connect(self._ensure_current_page)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._restore()
        self._ensure_current_page(self.tabs.currentIndex())

    # ----- pages -------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page ``key``, created now if it was never shown."""
        if key not in self._pages:
            index = [s.key for s in PAGES].index(key)
            spec = PAGES[index]
            module_name, class_name = spec.target.split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            widget: QWidget = cls(self.kb, self)
            self._pages[key] = widget
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            old.deleteLater()
            self.tabs.insertTab(index, widget, spec.title())
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self._connect_page(widget)
            restore = getattr(widget, "restore_state", None)
            if restore is not None:
                restore(settings())
        return self._pages[key]

    def _connect_page(self, widget: QWidget) -> None:
        slide_sig = getattr(widget, "slideRequested", None)
        if slide_sig is not None:
            slide_sig.connect(self.show_slide)
        study_sig = getattr(widget, "studyRequested", None)
        if study_sig is not None:
            study_sig.connect(self.show_study)

    def _ensure_current_page(self, index: int) -> None:
        if 0 <= index < len(PAGES):
            self.page(PAGES[index].key)

    def switch_to(self, key: str) -> QWidget:
        widget = self.page(key)
        self.tabs.setCurrentWidget(widget)
        return widget

    def show_slide(self, number: int) -> None:
        page = self.switch_to("slides")
        page.show_slide(number)  # type: ignore[attr-defined]

    def show_study(self, study_id: str) -> None:
        page = self.switch_to("studies")
        page.show_study(study_id)  # type: ignore[attr-defined]

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
        self.quit_action = self._action(
            self.tr("&Quitter"), self.close, QKeySequence(QKeySequence.StandardKey.Quit)
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("É&dition"))
        self.find_action = self._action(
            self.tr("&Rechercher…"), self.focus_search, QKeySequence(QKeySequence.StandardKey.Find)
        )
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&Affichage"))
        self.view_menu = view_menu
        for i, spec in enumerate(PAGES):
            act = self._action(
                spec.title(), lambda i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}"
            )
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

        help_menu = bar.addMenu(self.tr("&Aide"))
        self.about_action = self._action(self.tr("À &propos…"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def focus_search(self) -> None:
        page = self.switch_to("studies")
        page.focus_search()  # type: ignore[attr-defined]

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    def present(self) -> None:
        page = self.page("slides")
        page.start_presentation()  # type: ignore[attr-defined]

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
        else:
            self.resize(1440, 900)
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
            save = getattr(widget, "save_state", None)
            if save is not None:
                save(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_layout()
        super().closeEvent(event)
