"""Start-up: make the KB ready, open the main window, or explain in plain words what failed.

Before the ``QApplication`` exists, ``platform_check`` spots a missing display or X11 library
(Qt would abort with a fatal message) and one plain line is printed instead (exit 2). What
opening the KB did that the user should know (a modified cache rebuilt, a KB built in the temp
folder) is shown once the window is up. A KB page found damaged later, in any view, raises
``sqlite3.DatabaseError`` from inside a slot: ``FaultReporter`` (an ``excepthook``) turns the
first one into a dialog and the others into nothing, instead of one traceback per view; a
change to the user's data that could not be written (a list edited on a full disk) is said
in a box too, where a view did not say it itself.
Only what the first screen needs is imported here; heavier modules load on first use.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bclm_viewer import __version__
from bclm_viewer.kb.paths import resources_dir

if TYPE_CHECKING:
    from bclm_viewer.ui.main_window import MainWindow


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("bclm-viewer")
    app.setApplicationName("bclm-viewer")
    app.setApplicationDisplayName("MHKS — bclm-viewer")
    app.setApplicationVersion(__version__)
    # The desktop entry's name: Wayland and the taskbars match the window to it (and its icon).
    app.setDesktopFileName("bclm-viewer")
    icon = QIcon()
    for name in ("bclm-viewer.svg", "bclm-viewer.png"):  # the PNG where no SVG plugin loads
        path = resources_dir() / "icons" / name
        if path.is_file():
            icon.addFile(str(path))
    app.setWindowIcon(icon)
    from bclm_viewer import i18n
    from bclm_viewer.ui.i18n import choose_language, install

    install(choose_language(i18n.chosen_language()))  # before the first window or message
    return app


def _explain(exc: BaseException, kb_path: Path | None = None) -> tuple[str, str]:
    """A title and a French explanation of what to do, for a dialog or stderr."""
    from bclm_viewer.kb.errors import KbDamagedError, KbError

    name = type(exc).__name__
    if name == "ContentError":
        return (
            QApplication.translate("app", "Contenu invalide"),
            QApplication.translate(
                "app",
                "Le contenu de la base de connaissances contient des erreurs ; la dernière base "
                "valide n'a pas été modifiée. Corrigez les fichiers indiqués puis relancez "
                "« bclm-viewer check ».",
            )
            + "\n\n"
            + str(exc),
        )
    if isinstance(exc, KbDamagedError):
        return QApplication.translate("app", "Base de connaissances abîmée"), str(exc)
    if isinstance(exc, KbError) and kb_path is not None:
        return (
            QApplication.translate("app", "Base de connaissances illisible"),
            QApplication.translate(
                "app",
                "La base de connaissances n'a pas pu être ouverte. Vérifiez le chemin passé à "
                "--kb, ou relancez sans --kb pour utiliser la base intégrée.",
            )
            + "\n\n"
            + str(exc),
        )
    if isinstance(exc, KbError):
        return (
            QApplication.translate("app", "Base de connaissances indisponible"),
            QApplication.translate(
                "app", "La base de connaissances intégrée n'a pas pu être préparée."
            )
            + "\n\n"
            + str(exc),
        )
    return (
        QApplication.translate("app", "Erreur inattendue"),
        QApplication.translate("app", "bclm-viewer n'a pas pu démarrer.") + "\n\n" + str(exc),
    )


def run_app(kb_path: Path | None = None, smoke_test: bool = False) -> int:
    if QApplication.instance() is None:
        from bclm_viewer.ui.platform_check import display_problem

        problem = display_problem()
        if problem is not None:
            print(problem, file=sys.stderr)
            return 2
    app = _application()
    try:
        from bclm_viewer.query.knowledge_base import open_kb

        kb = open_kb(kb_path)
        from bclm_viewer.ui.main_window import MainWindow

        window = MainWindow(kb)
        window.show()
        FaultReporter.install(window, kb.path)
        for notice in kb.notices:
            print(f"bclm-viewer: {notice}", file=sys.stderr)
            if not smoke_test:
                show_notice(window, notice)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a readable message
        title, text = _explain(exc, kb_path)
        print(f"bclm-viewer: {title}: {text}", file=sys.stderr)
        if smoke_test:
            traceback.print_exc()
        else:
            show_error(title, text)
        return 1
    if smoke_test:
        return _smoke(app, window)
    return app.exec()


def run_content(content: Path, include_drafts: bool, review: bool, smoke_test: bool) -> int:
    """``--content DIR [--include-drafts] [--review]``: a content folder such as an imported
    deck's, built and opened, or its review page (``ui/importer/launch.py``)."""
    from bclm_viewer.ui.importer.launch import run_content as run

    return run(content, include_drafts, review, smoke_test)


def show_error(title: str, text: str) -> None:
    """A modal error dialog; the text (which may quote paths and content) stays plain text."""
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Icon.Critical, title, "")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def show_notice(parent: QWidget, text: str) -> QMessageBox:
    """A non-blocking information box (plain text) over the window."""
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Icon.Information, QApplication.translate("app", "À savoir"),
                      "", parent=parent)
    box.setObjectName("kbNotice")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.open()
    return box


class FaultReporter:
    """``sys.excepthook`` while the window lives: a damaged KB read in any view is told once
    (a dialog naming the file and what to do), a user-data change that could not be saved is
    told in one box (updated, not stacked); other errors go to the previous hook."""

    def __init__(self, window: QWidget, kb_path: Path) -> None:
        self.window = window
        self.kb_path = kb_path
        self.told = False
        self.previous = sys.excepthook
        self.store_box: QMessageBox | None = None

    @classmethod
    def install(cls, window: QWidget, kb_path: Path) -> FaultReporter:
        reporter = cls(window, kb_path)
        sys.excepthook = reporter
        window.destroyed.connect(reporter.uninstall)
        return reporter

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        from bclm_viewer.notes import UserStoreError
        from bclm_viewer.query.knowledge_base import is_damaged_kb_error

        if isinstance(exc, UserStoreError):
            self._store_error(exc)
            return
        if not is_damaged_kb_error(exc):
            self.previous(kind, exc, tb)
            return
        if self.told:
            return
        self.told = True
        from bclm_viewer.kb.errors import KbDamagedError

        damaged = exc if isinstance(exc, KbDamagedError) else KbDamagedError(self.kb_path, exc)
        print(f"bclm-viewer: {damaged}", file=sys.stderr)
        from PySide6.QtCore import Qt

        box = QMessageBox(QMessageBox.Icon.Critical,
                          QApplication.translate("app", "Base de connaissances abîmée"), "",
                          parent=self.window)
        box.setObjectName("kbDamaged")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(str(damaged))
        box.open()


    def _store_error(self, exc: BaseException) -> None:
        from PySide6.QtCore import Qt

        print(f"bclm-viewer: {exc}", file=sys.stderr)
        text = QApplication.translate("app", "La modification n'a pas été enregistrée.")
        text += "\n\n" + str(exc)
        box = self.store_box
        if box is None:
            box = QMessageBox(QMessageBox.Icon.Warning,
                              QApplication.translate("app", "Non enregistré"), "",
                              parent=self.window)
            box.setObjectName("storeWriteError")
            box.setTextFormat(Qt.TextFormat.PlainText)
            self.store_box = box
        box.setText(text)
        box.open()


def _smoke(app: QApplication, window: MainWindow) -> int:
    """Paint the window once, check something was drawn, then run what waits for the first
    paint (the notes file) and check it opened.

    With ``BCLM_VIEWER_MARK_FIRST_PAINT`` set, one line ``first paint cpu=S`` (the process's CPU
    seconds) is printed as soon as the first frame is painted: ``benchmarks/startup.py`` times
    the start up to that line, the floor's script likewise."""
    try:
        painted = _PaintSeen(window) if os.environ.get("BCLM_VIEWER_MARK_FIRST_PAINT") else None
        app.processEvents()
        if painted is not None and painted.seen:
            _print_first_paint()
        image = window.grab().toImage()
        if painted is not None and not painted.seen:
            _print_first_paint()  # the grab was the first paint
        if image.isNull() or image.width() == 0:
            print("bclm-viewer --smoke-test: the main window did not paint", file=sys.stderr)
            return 1
        app.processEvents()
        data = window.user_data()
        if data.store is None:
            print(f"bclm-viewer --smoke-test: the notes file did not open: {data.error}",
                  file=sys.stderr)
            return 1
        counts = window.kb.counts()
        from bclm_viewer.ui.i18n import summary_line

        print(summary_line(window))
        print(
            "smoke test ok: "
            + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
            + f"; window {image.width()}x{image.height()}"
        )
        window.close()
        return 0
    except Exception:  # noqa: BLE001
        traceback.print_exc()
        return 1


class _PaintSeen(QObject):
    """Notes whether the window has received a paint event (for the first-paint mark)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.seen = True
            watched.removeEventFilter(self)
        return False


def _print_first_paint() -> None:
    print(f"first paint cpu={time.process_time():.6f}", flush=True)
