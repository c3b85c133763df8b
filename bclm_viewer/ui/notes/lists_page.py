"""« Listes »: named talk lists (« Exposé du 12 mars ») of studies, slides and comparisons.

Each list is ordered by drag and drop (the model saves every move at once), can be renamed in
place, deleted softly (« Annuler » brings it back; « Listes supprimées » too, later), presented
in order and exported to Markdown or PDF. Items are added from what the other pages show
(« Ajouter l'étude courante »…) or from their own « Ajouter à une liste » menus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.notes import ListItem, UserStoreError
from bclm_viewer.ui.notes.add_to_list import current_refs, default_list_name
from bclm_viewer.ui.notes.list_export import export_list
from bclm_viewer.ui.notes.notes_models import KbNames, ListItemsModel, TalkListsModel
from bclm_viewer.ui.notes.user_data import find_user_data
from bclm_viewer.ui.settings import restore_splitter

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase


class ListsPage(QWidget):
    """Talk lists on the left, the chosen list's items on the right."""

    studyRequested = Signal(str)  # noqa: N815 - page protocol
    slideRequested = Signal(int)  # noqa: N815

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listsPage")
        self.kb = kb
        self._names = KbNames(kb)
        self._data = find_user_data(self)
        self._undo: tuple[str, Any] | None = None
        self.presentation: QWidget | None = None
        store = self._data.store
        assert store is not None or self._data.error is not None

        # -- left: the lists
        self.lists_model = TalkListsModel(store, self) if store is not None else None
        self.lists_view = QListView(self)
        self.lists_view.setObjectName("listsView")
        self.lists_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        if self.lists_model is not None:
            self.lists_view.setModel(self.lists_model)
            self.lists_view.selectionModel().currentChanged.connect(self._list_chosen)
            self.lists_model.dataChanged.connect(self._show_title)  # renamed in place
        self.new_button = self._button(self.tr("Nouvelle liste"), self.new_list, "newList")
        self.rename_button = self._button(self.tr("Renommer"), self.rename_current, "renameList")
        self.delete_button = self._button(self.tr("Supprimer"), self.delete_current, "deleteList")
        self.trash = QToolButton(self)
        self.trash.setObjectName("deletedLists")
        self.trash.setText(self.tr("Listes supprimées"))
        self.trash.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.trash_menu = QMenu(self.trash)
        self.trash_menu.aboutToShow.connect(self._fill_trash)
        self.trash.setMenu(self.trash_menu)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._heading(self.tr("Mes listes")))
        left_layout.addWidget(self.lists_view, 1)
        row = QHBoxLayout()
        for w in (self.new_button, self.rename_button, self.delete_button):
            row.addWidget(w)
        left_layout.addLayout(row)
        left_layout.addWidget(self.trash, 0, Qt.AlignmentFlag.AlignLeft)

        # -- right: the items of the chosen list
        self.items_model = ListItemsModel(store, self._names, self) if store is not None else None
        self.title = self._heading("")
        self.items_view = QListView(self)
        self.items_view.setObjectName("itemsView")
        self.items_view.setSpacing(2)
        self.items_view.setAlternatingRowColors(True)
        if self.items_model is not None:
            self.items_view.setModel(self.items_model)
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setDragEnabled(True)
        self.items_view.setAcceptDrops(True)
        self.items_view.setDropIndicatorShown(True)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.items_view.customContextMenuRequested.connect(self._item_menu)
        self.items_view.doubleClicked.connect(self._open_item)
        hint = QLabel(self.tr("Glissez-déposez les éléments pour changer leur ordre."), self)
        hint.setEnabled(False)
        self.add_study = self._button(
            self.tr("Ajouter l'étude courante"), lambda: self.add_current("study"), "addStudy"
        )
        self.add_slide = self._button(
            self.tr("Ajouter la diapositive courante"),
            lambda: self.add_current("slide"),
            "addSlide",
        )
        self.add_comparison = self._button(
            self.tr("Ajouter la comparaison courante"),
            lambda: self.add_current("comparison"),
            "addComparison",
        )
        self.remove_button = self._button(self.tr("Retirer"), self.remove_selected, "removeItem")
        self.remove_action = QAction(self.tr("Retirer de la liste"), self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.items_view.addAction(self.remove_action)
        self.present_button = self._button(self.tr("Présenter"), self.present, "presentList")
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportList")
        self.export_button.setText(self.tr("Exporter"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("En Markdown…"), self.export_markdown)
        export_menu.addAction(self.tr("En PDF…"), self.export_pdf)
        export_menu.addAction(self.tr("Exporter en PowerPoint…"), self.export_pptx)
        export_menu.addAction(self.tr("En PowerPoint sur un modèle…"),
                              lambda: self.export_pptx(with_template=True))
        self.export_button.setMenu(export_menu)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.items_view, 1)
        right_layout.addWidget(hint)
        adds = QHBoxLayout()
        for w in (self.add_study, self.add_slide, self.add_comparison):
            adds.addWidget(w)
        adds.addStretch(1)
        right_layout.addLayout(adds)
        acts = QHBoxLayout()
        acts.addWidget(self.remove_button)
        acts.addStretch(1)
        acts.addWidget(self.export_button)
        acts.addWidget(self.present_button)
        right_layout.addLayout(acts)

        # -- undo bar, shown after a deletion until the next action
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Annuler"), self.undo_bar)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        if store is None:
            error = QLabel(self._data.error or "", self)
            error.setWordWrap(True)
            layout.addWidget(error)
            self.setEnabled(False)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.undo_bar)
        self._data.changed.connect(self.refresh)
        if self.lists_model is not None and self.lists_model.rowCount():
            self.lists_view.setCurrentIndex(self.lists_model.index(0))
        self._show_title()
        self._update_buttons()

    def _button(self, text: str, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # -- page protocol --------------------------------------------------------------------

    def save_state(self, s: QSettings) -> None:
        s.setValue("lists/splitter", self.splitter.saveState())
        s.setValue("lists/current", self.current_list_id() or 0)

    def restore_state(self, s: QSettings) -> None:
        state = s.value("lists/splitter")
        restore_splitter(self.splitter, state)
        current = s.value("lists/current", 0, type=int)
        if isinstance(current, int) and current:
            self.show_list(current)

    def show_list(self, list_id: int) -> bool:
        """Select list ``list_id`` (from « Mes notes »); False if it is not (or no more) here."""
        if self.lists_model is None:
            return False
        row = self.lists_model.row_of(list_id)
        if row < 0:
            return False
        self.lists_view.setCurrentIndex(self.lists_model.index(row))
        return True

    # -- state ------------------------------------------------------------------------------

    def current_list_id(self) -> int | None:
        return self.items_model.list_id if self.items_model is not None else None

    def refresh(self) -> None:
        """Follow changes made here, in another window or in another running copy."""
        if self.lists_model is None or self.items_model is None:
            return
        current = self.current_list_id()
        self.lists_model.reload()
        if current is not None and self.lists_model.row_of(current) < 0:
            current = None  # deleted elsewhere
        if current is None and self.lists_model.rowCount():
            self.lists_view.setCurrentIndex(self.lists_model.index(0))
        elif current is None:
            self._show(None)
        else:
            self.lists_view.setCurrentIndex(self.lists_model.index(self.lists_model.row_of(current)))
            self.items_model.reload()
            self._show_title()
        self._update_buttons()

    def _list_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tl = self.lists_model.list_at(current.row()) if self.lists_model is not None else None
        self._show(tl.id if tl is not None else None)

    def _show(self, list_id: int | None) -> None:
        if self.items_model is None:
            return
        if list_id != self.items_model.list_id:
            self.items_model.set_list(list_id)
        self._show_title()
        self._update_buttons()

    def _show_title(self) -> None:
        store = self._data.store
        list_id = self.current_list_id()
        tl = store.get_list(list_id) if store is not None and list_id is not None else None
        if tl is not None:
            self.title.setText(tl.name)
        elif self.lists_model is not None and self.lists_model.rowCount():
            self.title.setText(self.tr("Choisissez une liste à gauche."))
        else:
            self.title.setText(self.tr(
                "Aucune liste : « Nouvelle liste » en crée une, puis ajoutez-y l'étude, "
                "la diapositive ou la comparaison courante."))

    def _update_buttons(self) -> None:
        has_list = self.current_list_id() is not None
        has_items = bool(self.items_model is not None and self.items_model.rowCount())
        for button in (self.rename_button, self.delete_button, self.add_study, self.add_slide,
                       self.add_comparison):
            button.setEnabled(has_list)
        for widget in (self.remove_button, self.present_button, self.export_button):
            widget.setEnabled(has_items)

    def _changed(self) -> None:
        self._data.poll()
        self.refresh()

    def _report(self, exc: Exception) -> None:
        self._offer_undo(None, self.tr("Non enregistré : {error}").format(error=exc))

    # -- lists --------------------------------------------------------------------------------

    def new_list(self) -> int | None:
        """A new list named after today, selected and ready to be renamed in place."""
        store = self._data.store
        if store is None or self.lists_model is None:
            return None
        self._clear_undo()
        list_id = store.create_list(default_list_name())
        self._changed()
        self.show_list(list_id)
        self.rename_current()
        return list_id

    def rename_current(self) -> None:
        index = self.lists_view.currentIndex()
        if index.isValid():
            self.lists_view.setFocus()
            self.lists_view.edit(index)

    def delete_current(self) -> None:
        store = self._data.store
        list_id = self.current_list_id()
        if store is None or list_id is None:
            return
        tl = store.get_list(list_id)
        store.delete_list(list_id)
        self._changed()
        name = tl.name if tl is not None else ""
        text = self.tr("Liste « {name} » supprimée.").format(name=name)
        self._offer_undo(("list", list_id), text)

    def _fill_trash(self) -> None:
        self.trash_menu.clear()
        store = self._data.store
        deleted = [t for t in store.lists(include_deleted=True) if t.deleted] if store else []
        if not deleted:
            self.trash_menu.addAction(self.tr("Aucune liste supprimée")).setEnabled(False)
        for tl in deleted:
            action = self.trash_menu.addAction(self.tr("Restaurer « {name} »").format(name=tl.name))
            action.triggered.connect(lambda _=False, i=tl.id: self.restore_list(i))

    def restore_list(self, list_id: int) -> None:
        store = self._data.store
        if store is None:
            return
        store.restore_list(list_id)
        self._clear_undo()
        self._changed()
        self.show_list(list_id)

    # -- items --------------------------------------------------------------------------------

    def add_current(self, kind: str) -> bool:
        """Append what the matching page shows now; False (and a message) if it shows nothing."""
        store = self._data.store
        list_id = self.current_list_id()
        if store is None or list_id is None:
            return False
        ref = current_refs(self.window()).get(kind)
        if ref is None:
            messages = {
                "study": self.tr("Aucune étude ouverte : choisissez-en une dans « Études »."),
                "slide": self.tr("Aucune diapositive ouverte : choisissez-en une."),
                "comparison": self.tr("Aucune comparaison en cours."),
            }
            self._offer_undo(None, messages[kind])
            return False
        return self.add_item(kind, ref)

    def add_item(self, kind: str, ref: str, caption: str | None = None) -> bool:
        store = self._data.store
        list_id = self.current_list_id()
        if store is None or list_id is None:
            return False
        try:
            store.add_item(list_id, kind, ref, caption)
        except (UserStoreError, ValueError) as exc:
            self._report(exc)
            return False
        self._clear_undo()
        self._changed()
        return True

    def selected_items(self) -> list[ListItem]:
        if self.items_model is None:
            return []
        rows = sorted(i.row() for i in self.items_view.selectionModel().selectedRows())
        if not rows and self.items_view.currentIndex().isValid():
            rows = [self.items_view.currentIndex().row()]
        return [it for it in (self.items_model.item_at(r) for r in rows) if it is not None]

    def remove_selected(self) -> None:
        store = self._data.store
        chosen = self.selected_items()
        if store is None or not chosen:
            return
        removed = [store.remove_item(it.id) for it in reversed(chosen)]
        self._changed()
        self._offer_undo(
            ("items", list(reversed(removed))),
            self.tr("%n élément(s) retiré(s) de la liste.", "", len(removed)),
        )

    def _item_menu(self, pos: QPoint) -> None:
        index = self.items_view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        item = self.items_model.item_at(index.row()) if self.items_model is not None else None
        if item is not None and item.kind in ("study", "slide"):
            menu.addAction(self.tr("Ouvrir"), lambda: self._open_item(index))
        menu.addAction(self.remove_action)
        menu.popup(self.items_view.viewport().mapToGlobal(pos))

    def _open_item(self, index: QModelIndex) -> None:
        item = self.items_model.item_at(index.row()) if self.items_model is not None else None
        if item is None:
            return
        if item.kind == "study" and self._names.study_label(item.ref) is not None:
            self.studyRequested.emit(item.ref)
        elif item.kind == "slide":
            self.slideRequested.emit(int(item.ref))

    # -- undo -----------------------------------------------------------------------------------

    def _offer_undo(self, action: tuple[str, Any] | None, text: str) -> None:
        self._undo = action
        self.undo_label.setText(text)
        self.undo_button.setVisible(action is not None)
        self.undo_bar.show()

    def _clear_undo(self) -> None:
        self._undo = None
        self.undo_bar.hide()

    def undo(self) -> None:
        """Bring back the list or items just deleted, where they were."""
        store = self._data.store
        action, self._undo = self._undo, None
        self.undo_bar.hide()
        if store is None or action is None:
            return
        what, payload = action
        if what == "list":
            store.restore_list(payload)
            self._changed()
            self.show_list(payload)
            return
        for item in payload:  # in ascending position, so each goes back to its own place
            new_id = store.add_item(item.list_id, item.kind, item.ref, item.caption)
            store.move_item(new_id, item.position)
        self._changed()
        self.show_list(payload[0].list_id)

    # -- presenting and exporting -----------------------------------------------------------------

    def present(self) -> QWidget | None:
        """Show the list's slides and comparisons, in order, in presentation mode."""
        from bclm_viewer.ui.notes.list_presentation import present_list

        if self.items_model is None or not self.items_model.rowCount():
            return None
        self.presentation = present_list(self.kb, self.items_model.items(), self)
        return self.presentation

    def export_markdown(self) -> Path | None:
        return self._export("md")

    def export_pdf(self) -> Path | None:
        """The list's handout: every item with its values, source slides and references."""
        return self._export_talk("pdf")

    def export_pptx(self, with_template: bool = False) -> Path | None:
        """The list as PowerPoint slides (the same file as ``bclm-viewer list export``)."""
        return self._export_talk("pptx", with_template)

    def _export_talk(self, fmt: str, with_template: bool = False) -> Path | None:
        """The list as slides (``pptx``) or as the PDF handout (``pdf``), the user's notes on
        its studies in the speaker notes and the handout."""
        from bclm_viewer.evidence.talk.items import TalkItem, study_notes
        from bclm_viewer.ui.notes.talk_export import export_talk

        store = self._data.store
        list_id = self.current_list_id()
        talk_list = store.get_list(list_id) if store is not None and list_id is not None else None
        if store is None or talk_list is None or list_id is None:
            return None
        items = [TalkItem(i.kind, i.ref, i.caption) for i in store.items(list_id)]
        try:
            return export_talk(self, self.kb, talk_list.name, items, fmt,
                               with_template=with_template,
                               notes=study_notes(items, store.note))
        except (OSError, ValueError) as exc:
            self._report(exc)
            return None

    def _export(self, fmt: str) -> Path | None:
        store = self._data.store
        list_id = self.current_list_id()
        if store is None or list_id is None:
            return None
        try:
            path = export_list(self, self._names, store, list_id, fmt)
        except OSError as exc:
            self._report(exc)
            return None
        if path is not None:
            self._offer_undo(None, self.tr("Liste exportée dans « {path} ».").format(path=path))
        return path
