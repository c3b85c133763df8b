"""Export a talk from the app: PowerPoint (optionally on the user's template) or the PDF
handout, the same files as ``bclm-viewer list export``. A progress bar shows while it works,
and the status message links to the file written."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QToolButton,
    QWidget,
)

from bclm_viewer.ui.common.export_ui import ask_path
from bclm_viewer.ui.common.qt import translator

if TYPE_CHECKING:
    from bclm_viewer.evidence.talk.items import TalkItem
    from bclm_viewer.query.knowledge_base import KnowledgeBase

STATUS_MS = 20000


_tr = translator("TalkExport")


def safe_name(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_" else "-" for ch in name).strip() or "expose"


def write_talk_file(kb: KnowledgeBase, title: str, items: Sequence[TalkItem], fmt: str,
                    path: Path, template: Path | None = None,
                    notes: Mapping[str, str] | None = None,
                    progress: Callable[[int, int], object] | None = None) -> Path:
    """Build the talk and write it (``pptx`` or ``pdf``); raises ``OSError`` / ``ValueError``."""
    from bclm_viewer.evidence.talk.items import build_talk

    talk = build_talk(kb, title, items, date.today().strftime("%d/%m/%Y"), notes)
    if fmt == "pptx":
        from bclm_viewer.evidence.talk.pptx_writer import write_pptx
        from bclm_viewer.evidence.talk.slides import talk_slides

        return write_pptx(talk_slides(talk), path, template, progress)
    from bclm_viewer.ui.common.handout_pdf import write_handout_pdf

    return write_handout_pdf(talk, path, progress)


def show_written(parent: QWidget, path: Path) -> None:
    """ "Exporté : <a>file</a>" in the main window's status bar; a click opens the file."""
    window = parent.window()
    if not isinstance(window, QMainWindow):
        return
    url = QUrl.fromLocalFile(str(path)).toString()
    label = QLabel(_tr("Exporté : {link}").format(
        link=f"<a href='{html.escape(url, quote=True)}'>{html.escape(str(path))}</a>"))
    label.setObjectName("exportedFile")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
    bar = window.statusBar()
    for old in bar.findChildren(QLabel, "exportedFile"):
        bar.removeWidget(old)
        old.deleteLater()
    bar.addWidget(label, 1)


def export_talk(parent: QWidget, kb: KnowledgeBase, title: str, items: Sequence[TalkItem],
                fmt: str, *, with_template: bool = False,
                notes: Mapping[str, str] | None = None) -> Path | None:
    """Ask where (and which template), then write; None when cancelled. Raises ``OSError`` /
    ``ValueError`` (a template that is not a .pptx) for the caller to report."""
    template: Path | None = None
    if with_template:
        chosen, _ = QFileDialog.getOpenFileName(parent, _tr("Choisir un modèle PowerPoint"),
                                                str(Path.home()), _tr("PowerPoint (*.pptx)"))
        if not chosen:
            return None
        template = Path(chosen)
    suffix = ".pptx" if fmt == "pptx" else ".pdf"
    pattern = _tr("PowerPoint (*.pptx)") if fmt == "pptx" else _tr("PDF (*.pdf)")
    caption = _tr("Exporter en PowerPoint") if fmt == "pptx" else _tr("Exporter le polycopié PDF")
    path = ask_path(parent, caption, str(Path.home() / f"{safe_name(title)}{suffix}"), pattern)
    if path is None:
        return None
    progress = QProgressDialog(_tr("Export en cours…"), "", 0, 0, parent)
    progress.setObjectName("exportProgress")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)  # shown only when the export takes more than a moment
    progress.setValue(0)

    def advance(done: int, total: int) -> None:
        if total > 0 and progress.maximum() != total:
            progress.setMaximum(total)
        progress.setValue(min(done, max(total, 1)))  # shows the dialog once 400 ms have passed
        QCoreApplication.processEvents()

    try:
        written = write_talk_file(kb, title, items, fmt, path, template, notes, advance)
    finally:
        progress.close()
        progress.deleteLater()
    show_written(parent, written)
    return written


class TalkButton(QToolButton):
    """« Exposé ▾ » on the comparison, matrix and chart pages: export what the page shows as
    PowerPoint slides (optionally on a template) or as the PDF handout, or add it to a list.
    ``item()`` says what the page shows now (None: nothing to export)."""

    def __init__(self, page: QWidget, kb: KnowledgeBase, item: Callable[[], TalkItem | None],
                 title: Callable[[], str]) -> None:
        super().__init__(page)
        self.setObjectName("talkButton")
        self.setText(_tr("Exposé"))
        self.setToolTip(_tr("Exporter en PowerPoint ou en polycopié PDF, ou ajouter à une liste"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.page, self.kb, self.item, self.title = page, kb, item, title
        menu = QMenu(self)
        menu.addAction(_tr("Exporter en PowerPoint…"), lambda: self.export("pptx"))
        menu.addAction(_tr("Exporter en PowerPoint sur un modèle…"),
                       lambda: self.export("pptx", True))
        menu.addAction(_tr("Polycopié PDF…"), lambda: self.export("pdf"))
        self.add_menu = menu.addMenu(_tr("Ajouter à une liste"))
        self.add_menu.aboutToShow.connect(self._fill_lists)
        self.setMenu(menu)

    def _fill_lists(self) -> None:
        from bclm_viewer.ui.notes.add_to_list import fill_menu
        from bclm_viewer.ui.notes.user_data import find_user_data

        item = self.item()
        kind = item.kind if item is not None else "study"
        fill_menu(self.add_menu, find_user_data(self.page), kind,
                  lambda: item.ref if item is not None else None)

    def export(self, fmt: str, with_template: bool = False) -> Path | None:
        item = self.item()
        if item is None:
            return None
        try:
            return export_talk(self.page, self.kb, self.title(), [item], fmt,
                               with_template=with_template)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self.page, _tr("Export impossible"), str(exc))
            return None


def comparison_item(study_ids: Sequence[str]) -> TalkItem | None:
    """The comparison of these studies as a list item (None: fewer than two)."""
    from bclm_viewer.evidence.talk.items import TalkItem
    from bclm_viewer.notes import comparison_ref

    ids = list(dict.fromkeys(study_ids))
    return TalkItem("comparison", comparison_ref(ids)) if len(ids) >= 2 else None
