"""The dialogs around the user's store: the set-aside message, export and import.

Apart from ``user_data`` so that opening the notes at start-up loads no dialog class.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bclm_viewer.notes import UserStoreError
from bclm_viewer.ui.common.qt import translator
from bclm_viewer.ui.notes.user_data import UserData


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, name: str) -> None:
    """A non-blocking message box (``open()``), plain text so no content can render as HTML."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.open()


def show_pending_message(parent: QWidget, data: UserData) -> None:
    """Tell the user once that the old notes file was set aside, is read-only, or that none
    could be opened; offer back the notes a previous run could not save."""
    message = data.take_message()
    if message:
        _box(parent, QMessageBox.Icon.Warning, tr("Base de notes"), message, "userStoreMessage")
    elif data.store is None and data.error:
        _box(parent, QMessageBox.Icon.Critical, tr("Base de notes"), data.error, "userStoreMessage")
    from bclm_viewer.ui.notes.unsaved_notes import offer_recovery

    offer_recovery(parent, data)


tr = translator("UserData")


def export_user_data(parent: QWidget, data: UserData) -> Path | None:
    """Ask for a file and write every note, star and list to it as JSON."""
    if data.store is None:
        show_pending_message(parent, data)
        return None
    default = Path.home() / f"mes-notes-mhks-{date.today():%Y-%m-%d}.json"
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Exporter mes données"), str(default), tr("Données bclm-viewer (*.json)")
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".json")
    try:
        data.store.export_json(path)
    except (UserStoreError, OSError) as exc:
        _box(parent, QMessageBox.Icon.Critical, tr("Export impossible"), str(exc), "exportError")
        return None
    _box(
        parent,
        QMessageBox.Icon.Information,
        tr("Export terminé"),
        tr("Vos notes, étoiles et listes ont été enregistrées dans « {path} ».").format(path=path),
        "exportDone",
    )
    return path


def import_user_data(parent: QWidget, data: UserData) -> str | None:
    """Ask for an export file and merge it in (never overwriting); show what was done."""
    if data.store is None:
        show_pending_message(parent, data)
        return None
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Importer des données"), str(Path.home()), tr("Données bclm-viewer (*.json)")
    )
    if not name:
        return None
    try:
        report = data.store.import_json(Path(name))
    except (UserStoreError, OSError, ValueError) as exc:
        _box(parent, QMessageBox.Icon.Warning, tr("Import impossible"), str(exc), "importReport")
        return None
    finally:
        data.poll()
    summary = report.summary()
    _box(parent, QMessageBox.Icon.Information, tr("Import terminé"), summary, "importReport")
    return summary
