"""Opening an imported deck: ``Fichier -> Importer un diaporama…``, ``--content DIR`` and
``--content DIR --review``. The KB of a content folder is built into the user cache under a
name derived from the folder's path, so the bundled KB is never replaced."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from bclm_viewer.ui.common.qt import translator

if TYPE_CHECKING:
    from bclm_viewer.ui.importer.review_page import ReviewWindow

_tr = translator("Importer")


def content_kb_path(root: Path) -> Path:
    from bclm_viewer.kb.paths import cache_dir

    key = hashlib.sha1(str(Path(root).resolve()).encode("utf-8")).hexdigest()[:16]
    return cache_dir() / "content" / f"{key}.sqlite"


def build_content(root: Path, *, include_drafts: bool) -> Path:
    from bclm_viewer.kb.build import build_kb

    path = content_kb_path(root)
    build_kb(root, path, include_drafts=include_drafts)
    return path


def open_main_window(kb_path: Path) -> QMainWindow:
    from bclm_viewer.query.knowledge_base import KnowledgeBase
    from bclm_viewer.ui.main_window import MainWindow

    window = MainWindow(KnowledgeBase(kb_path))
    window.show()
    return window


def open_review(root: Path, parent: QWidget | None = None) -> ReviewWindow:
    from bclm_viewer.ui.importer.review_page import ReviewWindow

    window = ReviewWindow(root, parent)
    window.show()
    return window


def import_deck_dialog(parent: QWidget) -> ReviewWindow | None:
    """Ask for a deck and a content folder, import, then open the review page."""
    from bclm_viewer.kb.importer.model import DeckError
    from bclm_viewer.kb.importer.write import import_deck

    deck, _ = QFileDialog.getOpenFileName(
        parent, _tr("Importer un diaporama"), "",
        _tr("Diaporamas (*.pptx *.txt);;Tous les fichiers (*)")
    )
    if not deck:
        return None
    into = QFileDialog.getExistingDirectory(
        parent, _tr("Dossier de contenu où l'importer (nouveau ou existant)")
    )
    if not into:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        import_deck(Path(deck), Path(into))
    except (DeckError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Import impossible"), "",
                          parent=parent)
        box.setTextFormat(box.textFormat().PlainText)
        box.setText(_tr("{error}. Rien n'a été écrit.").format(error=exc))
        box.exec()
        return None
    QApplication.restoreOverrideCursor()
    return open_review(Path(into), parent)


def run_content(root: Path, include_drafts: bool, review: bool, smoke_test: bool) -> int:
    """``bclm-viewer --content DIR [--include-drafts] [--review]``."""
    from bclm_viewer.ui.app import _application, show_error

    app = _application()
    try:
        window: QMainWindow = (
            open_review(root) if review
            else open_main_window(build_content(root, include_drafts=include_drafts))
        )
    except Exception as exc:  # noqa: BLE001 - every failure becomes a readable message
        print(f"bclm-viewer: {root}: {exc}", file=sys.stderr)
        if not smoke_test:
            show_error(_tr("Contenu illisible"), str(exc))
        return 1
    if smoke_test:
        app.processEvents()
        ok = not window.grab().toImage().isNull()
        print(f"smoke test {'ok' if ok else 'failed'}: {root}")
        window.close()
        return 0 if ok else 1
    return app.exec()
