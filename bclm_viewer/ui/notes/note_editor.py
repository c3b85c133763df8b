"""The note and star of one study: typed in Markdown, saved at once, never lost.

There is no Save button. Each keystroke restarts a short timer (``SAVE_DELAY_MS``) whose end
saves; focus leaving the editor, switching study, hiding or closing the window, and the app
quitting save too, so the last keystrokes are always written. A save that fails (disk full,
read-only folder) says so at once and keeps saying it (« Non enregistré : disque plein »); the
text stays in the editor, goes to ``UserData.unsaved`` (and its recovery file), and is written
by itself when the disk takes it again. A read-only store shows a banner and a read-only
editor. Each save passes the text the
editor started from (``base_md``): if another window changed the note meanwhile, the store
keeps that other text as a conflict instead of losing it. The preview shows only what
``UserStore.note_html`` renders (raw HTML off, unsafe links refused), in a browser that neither
follows links nor loads any resource.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.notes import StoreWriteError, UserStoreError
from bclm_viewer.notes.recovery import UnsavedNote
from bclm_viewer.ui.common.text_browser import OfflineTextBrowser
from bclm_viewer.ui.notes.add_to_list import AddToListButton
from bclm_viewer.ui.notes.conflict_bar import ConflictBar
from bclm_viewer.ui.notes.notes_models import KbNames
from bclm_viewer.ui.notes.user_data import UserData, find_user_data

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

SAVE_DELAY_MS = 250
FAILED_STYLE = "QLabel { color: #b00020; font-weight: bold; }"
BANNER_STYLE = "QLabel { background: #fff4ce; color: #4a3b00; padding: 4px 8px; }"
WIDE_PX = 640  # narrower than this, the editor and its preview take turns


class NoteEditor(QWidget):
    """Per-study note (Markdown + preview) and star. ``set_study(id)`` shows another study."""

    saved = Signal(str)  # study id, after its note was written
    starToggled = Signal(str, bool)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        parent: QWidget | None = None,
        data: UserData | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self._names = KbNames(kb)
        self._data = data if data is not None else find_user_data(self)
        self._study_id: str | None = None
        self._base = ""  # the stored text this editor last loaded or saved
        self._dirty = False
        self._loading = False
        self._failure: str | None = None  # why the last save failed, while it still does

        self.title = QLabel(self)
        self.title.setObjectName("noteTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # Never widen the column it sits in: a long name or status is cut, not imposed.
        self.title.setMinimumWidth(1)
        self.star = QToolButton(self)
        self.star.setObjectName("starButton")
        self.star.setCheckable(True)
        self.star.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.star.toggled.connect(self._star_toggled)
        self.status = QLabel(self)
        self.status.setObjectName("noteStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setEnabled(False)  # discreet: greyed text
        self.status.setMinimumWidth(1)

        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteEdit")
        self.edit.setPlaceholderText(
            self.tr("Votre note sur cette étude, en Markdown (*italique*, **gras**, - liste)…")
        )
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.installEventFilter(self)
        self.preview = OfflineTextBrowser(self)
        self.preview.setObjectName("notePreview")
        self.preview.setPlaceholderText(self.tr("Aperçu de la note"))
        # Narrow (beside a study): write or preview, one at a time; wide: side by side.
        self.preview_toggle = QToolButton(self)
        self.preview_toggle.setObjectName("previewToggle")
        self.preview_toggle.setText(self.tr("Aperçu"))
        self.preview_toggle.setCheckable(True)
        self.preview_toggle.toggled.connect(self._arrange)
        self.add_to_list = AddToListButton(self._data, "study", self.study_id, self)
        self.add_to_list.setText(self.tr("+ Liste"))
        self.add_to_list.setToolTip(self.tr("Ajouter cette étude à une liste d'exposé"))

        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setText(
            self.tr(
                "Lecture seule : le dossier de vos notes ne peut pas être écrit, "
                "aucune modification ne peut être enregistrée."
            )
        )
        self.banner.hide()

        self.conflicts = ConflictBar(self, before=self.flush)
        self.conflicts.resolved.connect(self._conflict_resolved)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.star)
        head.addWidget(self.title, 1)
        head.addWidget(self.status)
        head.addWidget(self.add_to_list)
        head.addWidget(self.preview_toggle)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.edit)
        split.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.conflicts)
        layout.addWidget(split, 1)

        self._data.changed.connect(self._external_change)
        self._data.flushRequested.connect(self.flush)
        self._data.unsavedChanged.connect(self._unsaved_changed)
        self._data.writableChanged.connect(self._writable_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self.set_study(None)
        self._arrange()

    # -- public ---------------------------------------------------------------------------

    def study_id(self) -> str | None:
        return self._study_id

    def text(self) -> str:
        return self.edit.toPlainText()

    def is_dirty(self) -> bool:
        return self._dirty

    def set_study(self, study_id: str | None, title: str | None = None) -> None:
        """Save the current note, then show ``study_id``'s note and star (None: nothing)."""
        self.flush()
        self._study_id = study_id
        store = self._data.store
        enabled = study_id is not None and store is not None
        read_only = self._data.read_only
        self.edit.setEnabled(enabled)
        self.edit.setReadOnly(read_only)
        self.banner.setVisible(read_only)
        self.star.setEnabled(enabled and not read_only)
        self.add_to_list.setEnabled(enabled and not read_only)
        if study_id is None:
            self.title.setText(self.tr("Aucune étude choisie"))
        else:
            name = title or self._names.study_name(study_id)
            self.title.setText(self.tr("Ma note — {name}").format(name=name))
        self._failure = None
        self.status.setStyleSheet("")
        self.status.setEnabled(False)
        if store is None:
            self.status.setText(self.tr("Notes indisponibles"))
            self.status.setToolTip(self._data.error or "")
        else:
            self.status.setText("")
        self._load()

    def flush(self) -> bool:
        """Save now if there is anything unsaved; True when nothing is left unsaved."""
        self.save_timer.stop()
        store = self._data.store
        if not self._dirty or self._study_id is None or store is None:
            return not self._dirty
        text = self.edit.toPlainText()
        try:
            store.set_note(self._study_id, text, base_md=self._base)
        except (UserStoreError, ValueError) as exc:
            self._save_failed(text, exc)
            return False
        self._data.forget_unsaved(self._study_id)
        self._base = text
        self._dirty = False
        self._show_saved()
        self._render_preview()
        self.conflicts.show_for(store, self._study_id)
        self.saved.emit(self._study_id)
        self._data.poll()
        return True

    def _save_failed(self, text: str, exc: Exception) -> None:
        """Say it at once and keep saying it; keep the text (here, in ``unsaved`` and in the
        recovery file). ``UserData`` writes it again by itself when the disk takes it."""
        assert self._study_id is not None
        plain = exc.plain if isinstance(exc, StoreWriteError) else str(exc)
        self._failure = plain
        self._data.keep_unsaved(UnsavedNote(self._study_id, text, self._base))
        self.status.setText(self.tr("Non enregistré : {reason}").format(reason=plain))
        kept = self._data.recovery_path
        tip = str(exc)
        if kept is not None:
            tip += "\n" + self.tr("Copie de secours : {path}").format(path=kept)
        self.status.setToolTip(tip)
        self.status.setEnabled(True)
        self.status.setStyleSheet(FAILED_STYLE)

    def _show_saved(self) -> None:
        self._failure = None
        self.status.setText(self.tr("Enregistré"))
        self.status.setToolTip("")
        self.status.setStyleSheet("")
        self.status.setEnabled(False)

    def _unsaved_changed(self) -> None:
        """``UserData`` wrote our kept text by itself: the editor is saved again."""
        sid = self._study_id
        if sid is None or not self._dirty or sid in self._data.unsaved:
            return
        store = self._data.store
        note = store.note(sid) if store is not None else None
        if note is not None and note.body_md == self.edit.toPlainText():
            self._base = note.body_md
            self._dirty = False
            self._show_saved()
            self._render_preview()
            self.saved.emit(sid)

    def _writable_changed(self) -> None:
        self.edit.setReadOnly(False)
        self.banner.hide()
        enabled = self._study_id is not None
        self.star.setEnabled(enabled)
        self.add_to_list.setEnabled(enabled)

    # -- loading and refreshing ----------------------------------------------------------------

    def _load(self) -> None:
        store = self._data.store
        note = store.note(self._study_id) if store is not None and self._study_id else None
        self._base = note.body_md if note else ""
        kept = self._data.unsaved.get(self._study_id) if self._study_id else None
        self._loading = True
        # A text the notes file could not take is shown, not the stored one behind it.
        self.edit.setPlainText(kept.body_md if kept else self._base)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)  # go on writing where it stopped
        self._loading = False
        self._dirty = kept is not None
        if kept is not None:
            self._base = kept.base_md
            self.save_timer.start()
        starred = bool(store is not None and self._study_id and store.is_starred(self._study_id))
        self._show_star(starred)
        self._render_preview()
        self.conflicts.show_for(store, self._study_id)

    def _external_change(self) -> None:
        """Another window or program changed the data: follow it unless we are mid-edit."""
        store = self._data.store
        if store is None or self._study_id is None:
            return
        self._show_star(store.is_starred(self._study_id))
        self.conflicts.show_for(store, self._study_id)
        if self._dirty:
            return  # our save comes next and keeps the other text as a conflict
        note = store.note(self._study_id)
        stored = note.body_md if note else ""
        if stored == self._base:
            return
        cursor = self.edit.textCursor().position()
        self._base = stored
        self._loading = True
        self.edit.setPlainText(stored)
        self._loading = False
        moved = self.edit.textCursor()
        moved.setPosition(min(cursor, len(stored)))
        self.edit.setTextCursor(moved)
        self._render_preview()

    def _conflict_resolved(self, study_id: str) -> None:
        if study_id == self._study_id and not self._dirty:
            self._load()  # « Prendre l'autre version » changed the note
        self._data.poll()

    def _render_preview(self) -> None:
        store = self._data.store
        if store is None or self._study_id is None:
            self.preview.clear()
            return
        try:
            rendered = store.note_html(self._study_id)
        except ImportError:  # the renderer is not there: show the text itself
            self.preview.setPlainText(self.edit.toPlainText())
            return
        self.preview.setHtml(rendered or "")

    def _text_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        if self._failure is None:  # a failure stays on show until a save goes through
            self.status.setText(self.tr("Modification…"))
        self.save_timer.start()

    # -- star -----------------------------------------------------------------------------

    def _show_star(self, starred: bool) -> None:
        self.star.blockSignals(True)
        self.star.setChecked(starred)
        self.star.blockSignals(False)
        self._label_star(starred)

    def _label_star(self, starred: bool) -> None:
        mark = "★" if starred else "☆"
        self.star.setText(mark if not self.is_wide() else mark + " " + self.tr("Favori"))
        self.star.setToolTip(
            self.tr("Retirer l'étoile") if starred else self.tr("Marquer cette étude d'une étoile")
        )

    def _star_toggled(self, starred: bool) -> None:
        store = self._data.store
        if store is None or self._study_id is None:
            return
        try:
            store.set_star(self._study_id, starred)
        except UserStoreError as exc:
            plain = exc.plain if isinstance(exc, StoreWriteError) else str(exc)
            self.status.setText(self.tr("Étoile non enregistrée : {reason}").format(reason=plain))
            self.status.setToolTip(str(exc))
            self.status.setEnabled(True)
            self.status.setStyleSheet(FAILED_STYLE)
            self._show_star(not starred)
            return
        self._label_star(starred)
        if self._failure is None:
            self.status.setText(self.tr("Enregistré"))
        self.starToggled.emit(self._study_id, starred)
        self._data.poll()

    # -- layout --------------------------------------------------------------------------------

    def is_wide(self) -> bool:
        return self.width() >= WIDE_PX

    def _arrange(self) -> None:
        wide = self.is_wide()
        self.preview_toggle.setVisible(not wide)
        previewing = not wide and self.preview_toggle.isChecked()
        self.edit.setVisible(not previewing)
        self.preview.setVisible(wide or previewing)
        self._label_star(self.star.isChecked())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange()

    # -- every way out saves -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.flush()
        super().closeEvent(event)
