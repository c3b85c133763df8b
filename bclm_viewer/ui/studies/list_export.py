"""The filtered studies list exported or copied from the app (Studies page, Fichier, Édition).

The writers are ``evidence.studies_list`` (the CLI's ``search --format csv|md`` uses them too);
here is only where they go: a file the user names, or the clipboard as an HTML table (a word
processor pastes a table) with tab-separated text beside it (a spreadsheet pastes cells). The
list is the one the page shows: its filter and its sort order.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from bclm_viewer.evidence.studies_list import StudiesList, studies_list, studies_text
from bclm_viewer.ui.common import export_ui
from bclm_viewer.ui.common.qt import translator

if TYPE_CHECKING:
    from bclm_viewer.ui.studies.studies_page import StudiesPage


_tr = translator("StudiesExport")


def shown_list(page: StudiesPage) -> StudiesList:
    """The studies the page lists now, in its order, with its filter in words."""
    model = page.model
    return studies_list(page.kb, page.current_filter(), model.column_key(model.sort_column()),
                        model.descending())


def export_file(page: StudiesPage, fmt: str, path: Path) -> Path:
    """Write the list as ``fmt`` ("csv" with a BOM for spreadsheets, or "md") to ``path``."""
    return export_ui.write_text(studies_text(shown_list(page), fmt), path, bom=fmt == "csv")


def copy_list(page: StudiesPage) -> int:
    """The list on the clipboard (HTML table + tab-separated text); the number of studies."""
    table = shown_list(page)
    mime = QMimeData()
    mime.setHtml(studies_text(table, "html"))
    mime.setText(studies_text(table, "tsv"))
    QGuiApplication.clipboard().setMimeData(mime)
    return len(table.rows)


def ask_and_export(page: StudiesPage, fmt: str = "csv") -> Path | None:
    """Ask where (CSV or Markdown, by the name's suffix), then write; None when cancelled."""
    title = _tr("Exporter la liste des études")
    filters = [_tr("CSV (*.csv)"), _tr("Markdown (*.md)")]
    if fmt == "md":
        filters.reverse()
    path = export_ui.ask_path(page, title, f"etudes.{fmt}", ";;".join(filters))
    if path is None:
        return None
    return export_file(page, "md" if path.suffix.lower() in (".md", ".markdown") else "csv",
                       path)
