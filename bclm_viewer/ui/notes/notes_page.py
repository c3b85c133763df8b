"""« Mes notes »: every note and talk list in one place, searchable like the KB.

Search goes through ``UserStore.search`` (the same FTS5 escaping as the KB search); snippets are
escaped before their matches are bolded. A note whose study is no longer in the KB (after a
rebuild from changed content) is listed as « Étude absente de la base » and stays editable
here: it is never deleted. The page follows changes made elsewhere through ``UserData.changed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.notes import UserStore
from bclm_viewer.notes.plain import markdown_plain
from bclm_viewer.ui.common.highlight import SnippetDelegate
from bclm_viewer.ui.common.qt import module_tr as tr
from bclm_viewer.ui.notes.note_editor import NoteEditor
from bclm_viewer.ui.notes.notes_models import KbNames, NoteRow, NotesTableModel
from bclm_viewer.ui.notes.user_data import find_user_data
from bclm_viewer.ui.settings import restore_splitter

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

SEARCH_LIMIT = 200


def build_rows(store: UserStore, names: KbNames, query: str) -> list[NoteRow]:
    """The page's rows: search hits best first, or every note and list, newest first."""
    notes = {n.study_id: n for n in store.notes()}
    lists = {t.id: t for t in store.lists()}
    known = names.known_study_ids() if names.kb is not None else set(notes)

    def note_row(study_id: str, snippet: str) -> NoteRow:
        note = notes.get(study_id)
        return NoteRow(
            "note", names.study_name(study_id), snippet, note.updated_at if note else "",
            study_id=study_id, orphan=study_id not in known,
        )

    if query.strip():
        rows: list[NoteRow] = []
        for hit in store.search(query, limit=SEARCH_LIMIT):
            if hit.kind == "note" and hit.study_id is not None:
                rows.append(note_row(hit.study_id, markdown_plain(hit.snippet)))
            elif hit.list_id in lists:
                t = lists[hit.list_id]
                rows.append(NoteRow("list", t.name, hit.snippet, t.updated_at, list_id=t.id))
        return rows
    rows = [note_row(sid, " ".join(markdown_plain(n.body_md).split())[:200])
            for sid, n in notes.items()]
    rows += [
        NoteRow("list", t.name, _items_text(t.n_items), t.updated_at, list_id=t.id)
        for t in lists.values()
    ]
    rows.sort(key=lambda r: r.updated_at, reverse=True)
    return rows


def _items_text(n: int) -> str:
    return tr("%n élément(s)", "", n)


class NotesPage(QWidget):
    """Every note and list; select a note to read or edit it, double-click to open it."""

    studyRequested = Signal(str)  # noqa: N815 - page protocol
    listRequested = Signal(int)  # noqa: N815

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPage")
        self.kb = kb
        self._names = KbNames(kb)
        self._data = find_user_data(self)

        self.search = QLineEdit(self)
        self.search.setObjectName("notesSearch")
        self.search.setPlaceholderText(self.tr("Rechercher dans mes notes et mes listes…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.count = QLabel(self)
        self.count.setObjectName("notesCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)

        self.model = NotesTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("notesTable")
        self.table.setModel(self.model)
        delegate = SnippetDelegate(self.table)
        self.table.setItemDelegateForColumn(0, delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        option = QStyleOptionViewItem()
        option.font = self.table.font()
        rows.setDefaultSectionSize(delegate.sizeHint(option, QModelIndex()).height())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._open)

        self.editor = NoteEditor(kb, self, data=self._data)
        self.list_info = QLabel(self)
        self.list_info.setObjectName("listInfo")
        self.list_info.setTextFormat(Qt.TextFormat.PlainText)
        self.list_info.setWordWrap(True)
        self.list_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_list = QPushButton(self.tr("Ouvrir la liste"), self)
        self.open_list.clicked.connect(self._open_current_list)
        list_pane = QWidget(self)
        list_layout = QVBoxLayout(list_pane)
        list_layout.addWidget(self.list_info)
        list_layout.addWidget(self.open_list, 0, Qt.AlignmentFlag.AlignLeft)
        list_layout.addStretch(1)
        self.detail = QStackedWidget(self)
        self.detail.addWidget(self.editor)
        self.detail.addWidget(list_pane)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if self._data.store is None:
            unavailable = QLabel(self._data.error or self.tr("Notes indisponibles"), self)
            unavailable.setWordWrap(True)
            unavailable.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(unavailable)
            self.search.setEnabled(False)
        layout.addWidget(self.splitter, 1)
        self._data.changed.connect(self.refresh)
        self.refresh()

    # -- page protocol --------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def save_state(self, s: QSettings) -> None:
        s.setValue("notes/splitter", self.splitter.saveState())

    def restore_state(self, s: QSettings) -> None:
        state = s.value("notes/splitter")
        restore_splitter(self.splitter, state)

    # -- content --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read notes and lists (search text, a change here or in another program)."""
        store = self._data.store
        if store is None:
            return
        current = self._current_row()
        rows = build_rows(store, self._names, self.search.text())
        self.model.set_rows(rows)
        n_notes = sum(1 for r in rows if r.kind == "note")
        n_orphans = sum(1 for r in rows if r.orphan)
        text = self.tr("%n note(s)", "", n_notes) + ", " + self.tr(
            "%n liste(s)", "", len(rows) - n_notes
        )
        if n_orphans:
            text += self.tr(" — {n} sur une étude absente de la base").format(n=n_orphans)
        if not rows and not self.search.text().strip():
            text = self.tr(
                "Aucune note pour l'instant : écrivez-en une sous la fiche d'une étude "
                "(onglet « Études »)."
            )
        self.count.setText(text)
        if current is not None:
            for i, row in enumerate(rows):
                if (row.kind, row.study_id, row.list_id) == current:
                    self.table.selectRow(i)
                    break

    def _current_row(self) -> tuple[str, str | None, int | None] | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return (row.kind, row.study_id, row.list_id) if row else None

    def select_note(self, study_id: str) -> bool:
        """Select ``study_id``'s note (tests, and « Mes notes » links)."""
        for i, row in enumerate(self.model.rows()):
            if row.kind == "note" and row.study_id == study_id:
                self.table.selectRow(i)
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is None:
            return
        if row.kind == "note" and row.study_id is not None:
            title = row.title
            if row.orphan:
                title += " — " + self.tr("Étude absente de la base")
            if self.editor.study_id() != row.study_id:
                self.editor.set_study(row.study_id, title)
            self.detail.setCurrentIndex(0)
        else:
            self.list_info.setText(self.tr("Liste « {name} »").format(name=row.title))
            self.detail.setCurrentIndex(1)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        if row.kind == "list" and row.list_id is not None:
            self.listRequested.emit(row.list_id)
        elif row.study_id is not None and not row.orphan:
            self.studyRequested.emit(row.study_id)

    def _open_current_list(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and row.list_id is not None:
            self.listRequested.emit(row.list_id)
