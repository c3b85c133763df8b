"""Notes the notes file could not take: asked about before quitting, offered back at next start.

Quitting first asks every editor to save (``UserData.flush_all``). If some notes still could not
be written (disk full, read-only folder), a prompt says so and offers to write them to a
Markdown file the user picks; quitting anyway is safe when the recovery file could be written
(its path is shown), and says plainly that they are lost when it could not. At the next start,
recovery files left by runs that ended are offered back (``offer_recovery``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bclm_viewer.notes import UserStoreError
from bclm_viewer.notes.recovery import UnsavedNote, pending, restore, write_markdown
from bclm_viewer.ui.common.qt import module_tr as tr
from bclm_viewer.ui.common.qt import translator
from bclm_viewer.ui.notes.user_data import UserData

_tr = translator("UnsavedNotes")


def _names(window: QWidget, notes: list[UnsavedNote]) -> dict[str, str]:
    kb = getattr(window, "kb", None)
    labels = getattr(kb, "study_labels", None)
    if labels is None:
        return {}
    try:
        return dict(labels([n.study_id for n in notes]))
    except Exception:  # noqa: BLE001 - a name is a nicety; the ids are enough
        return {}


def quit_prompt_text(data: UserData) -> str:
    n = len(data.unsaved)
    text = tr("%n note(s) n'ont pas pu être enregistrées dans votre base de notes.", "", n)
    if data.recovery_path is not None:
        text += "\n\n" + _tr(
            "Une copie de secours est gardée dans « {path} » ; elle vous sera proposée au "
            "prochain démarrage. Vous pouvez aussi les enregistrer dans un fichier."
        ).format(path=data.recovery_path)
    else:
        text += "\n\n" + _tr(
            "Aucune copie de secours n'a pu être écrite ({why}). Enregistrez-les dans un "
            "fichier (sur une clé USB par exemple) avant de quitter, sinon elles seront perdues."
        ).format(why="; ".join(data.recovery_failures) or _tr("aucun dossier disponible"))
    return text


def confirm_close(window: QWidget, data: UserData | None) -> bool:
    """Whether ``window`` may close: nothing unsaved, or the user chose what to do with it."""
    if data is None:
        return True
    data.flush_all()
    while data.unsaved:
        notes = list(data.unsaved.values())
        box = QMessageBox(window)
        box.setObjectName("unsavedNotesPrompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Notes non enregistrées"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(quit_prompt_text(data))
        to_file = box.addButton(
            _tr("Enregistrer dans un fichier…"), QMessageBox.ButtonRole.AcceptRole
        )
        quit_label = _tr("Quitter") if data.recovery_path else _tr("Quitter sans enregistrer")
        quit_role = (QMessageBox.ButtonRole.DestructiveRole if data.recovery_path is None
                     else QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(quit_label, quit_role)
        cancel = box.addButton(_tr("Annuler"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(to_file)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is leave:
            return True
        if clicked is not to_file:
            return False
        default = Path.home() / "notes-non-enregistrees.md"
        name, _ = QFileDialog.getSaveFileName(
            window, _tr("Enregistrer les notes dans un fichier"), str(default),
            _tr("Texte Markdown (*.md)"),
        )
        if not name:
            continue
        try:
            write_markdown(Path(name), notes, _names(window, notes))
        except OSError as exc:
            failed = QMessageBox(QMessageBox.Icon.Critical, _tr("Enregistrement impossible"),
                                 "", parent=window)
            failed.setObjectName("unsavedNotesFileError")
            failed.setTextFormat(Qt.TextFormat.PlainText)
            failed.setText(_tr("« {path} » n'a pas pu être écrit : {error}").format(
                path=name, error=exc.strerror or exc))
            failed.exec()
            failed.deleteLater()
            continue
        return True
    return True


def offer_recovery(parent: QWidget, data: UserData) -> None:
    """Offer back (without blocking) the notes a previous run could not save."""
    store = data.store
    if store is None or store.read_only:
        return
    found = pending()
    if not found:
        return
    notes = [n for _, ns in found for n in ns]
    ids = ", ".join(dict.fromkeys(n.study_id for n in notes))
    box = QMessageBox(parent)
    box.setObjectName("recoveryOffer")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Notes retrouvées"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        tr(
            "%n note(s) qui n'avaient pas pu être enregistrées lors d'une session précédente "
            "ont été retrouvées ({ids}). Les restaurer dans vos notes ? Si une note a changé "
            "depuis, l'autre version est gardée à côté, rien n'est écrasé.", "", len(notes)
        ).format(ids=ids)
    )
    restore_button = box.addButton(_tr("Restaurer"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button)

    def clicked(button: object) -> None:
        if button is not restore_button:
            return
        try:
            for path, file_notes in found:
                restore(store, path, file_notes)
        except UserStoreError as exc:
            error = QMessageBox(QMessageBox.Icon.Warning, _tr("Restauration impossible"), "",
                                parent=parent)
            error.setObjectName("recoveryError")
            error.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.setText(str(exc) + "\n" + _tr("Les copies de secours sont gardées."))
            error.open()
        data.poll()  # the editors and lists re-read

    box.buttonClicked.connect(clicked)
    box.open()
