"""Qt models over the user store's results: notes and lists found, talk lists, a list's items.

The models hold plain records (``Note``, ``TalkList``, ``ListItem``) and call ``UserStore`` for
every change, so a drag and drop or a rename is saved the moment it happens. ``KbNames`` turns
study ids and slide numbers into the labels the KB knows, and says which studies it lacks.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from bclm_viewer.notes import ListItem, TalkList, UserStore
from bclm_viewer.ui.common.highlight import plain_snippet
from bclm_viewer.ui.common.qt import Index, translator
from bclm_viewer.ui.common.roles import KindLabelRole, RowRole, SnippetRole

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase
    from bclm_viewer.query.records import StudyRow

ITEM_MIME = "application/x-bclm-list-items"
ORPHAN_COLOUR = "#b34700"  # dark orange: readable on light and dark backgrounds


tr = translator("NotesModels")


def local_time(stamp: str | None) -> str:
    """A stored UTC ISO timestamp as local « 12/03/2025 14:05 »."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return stamp


class KbNames:
    """Names the KB gives to studies and slides; ``None`` for what it does not hold."""

    def __init__(self, kb: KnowledgeBase | None) -> None:
        self.kb = kb
        self._labels: dict[str, str | None] = {}
        self._known: set[str] | None = None
        self._rows: dict[str, StudyRow] | None = None

    def study_label(self, study_id: str) -> str | None:
        if study_id not in self._labels:
            study = None
            if self.kb is not None:
                try:
                    study = self.kb.study(study_id)
                except Exception:  # noqa: BLE001 - a KB that cannot answer names nothing
                    study = None
            self._labels[study_id] = getattr(study, "label", None) if study else None
        return self._labels[study_id]

    def study_name(self, study_id: str) -> str:
        return self.study_label(study_id) or study_id

    def known_study_ids(self) -> set[str]:
        """Every study id in the KB (to tell orphaned notes)."""
        if self._known is None:
            self._known = set()
            if self.kb is not None:
                from bclm_viewer.query.filters import StudyFilter

                self._known = set(self.kb.study_ids(StudyFilter()))
        return self._known

    def study_row(self, study_id: str) -> StudyRow | None:
        """The study's row of the studies list (headline figures), or None."""
        if self._rows is None:
            self._rows = {}
            if self.kb is not None:
                from bclm_viewer.query.filters import StudyFilter

                f = StudyFilter()
                rows = self.kb.study_rows(f, "label", False, 0, max(1, self.kb.count_studies(f)))
                self._rows = {r.id: r for r in rows}
        return self._rows.get(study_id)

    def slide_title(self, number: int) -> str | None:
        if self.kb is None:
            return None
        try:
            slide = self.kb.slide(number)
        except Exception:  # noqa: BLE001
            return None
        return getattr(slide, "title", None) if slide else None

    def describe(self, item: ListItem) -> str:
        """One line naming a list item, as the list and the exports show it."""
        if item.kind == "study":
            text = tr("Étude : {name}").format(name=self.study_name(item.ref))
            if self.study_label(item.ref) is None:
                text += " " + tr("(étude absente de la base)")
        elif item.kind == "slide":
            title = self.slide_title(int(item.ref))
            text = (tr("Diapositive {n} : {title}").format(n=item.ref, title=title) if title
                    else tr("Diapositive {n}").format(n=item.ref))
        elif item.kind == "matrix":
            which = {"all": tr("tous les facteurs"), "flagged": tr("désaccords")}
            text = tr("Matrice : {which}").format(which=which.get(item.ref, item.ref))
        elif item.kind == "chart":
            measure, _, ids = item.ref.partition(":")
            names = ", ".join(self.study_name(s) for s in ids.split(",") if s)
            text = (tr("Graphique : {measure} ({names})").format(measure=measure, names=names)
                    if names else tr("Graphique : {measure}").format(measure=measure))
        else:
            names = ", ".join(self.study_name(s) for s in json.loads(item.ref))
            text = tr("Comparaison : {names}").format(names=names)
        if item.caption:
            text += f" — « {item.caption} »"
        return text


@dataclass(frozen=True, slots=True)
class NoteRow:
    """A row of « Mes notes »: a note (``study_id``) or a list (``list_id``)."""

    kind: str  # "note" | "list"
    title: str
    snippet: str  # plain text, or a search snippet holding highlight marks
    updated_at: str
    study_id: str | None = None
    list_id: int | None = None
    orphan: bool = False


class NotesTableModel(QAbstractTableModel):
    """Notes and lists: title and search snippet (drawn by ``highlight.SnippetDelegate``),
    date, and whether the note's study is still in the KB."""

    COLUMNS = ("item", "updated", "state")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NoteRow] = []

    def set_rows(self, rows: Sequence[NoteRow]) -> None:
        if list(rows) == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> NoteRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[NoteRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return (tr("Note ou liste"), tr("Modifiée le"), tr("État"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == RowRole:
            return row
        if column == "item":
            if role == Qt.ItemDataRole.DisplayRole:
                return row.title
            if role == KindLabelRole:
                return tr("Note") if row.kind == "note" else tr("Liste")
            if role == SnippetRole:
                return row.snippet
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_snippet(row.snippet)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "state" and row.orphan:
            return QBrush(QColor(ORPHAN_COLOUR))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "updated":
                return local_time(row.updated_at)
            return tr("Étude absente de la base") if row.orphan else ""
        return None


class TalkListsModel(QAbstractListModel):
    """The user's talk lists; editing a name renames the list in the store at once."""

    def __init__(self, store: UserStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._lists: list[TalkList] = []
        self.reload()

    def reload(self) -> None:
        fresh = self._store.lists()
        if fresh == self._lists:
            return
        if [t.id for t in fresh] == [t.id for t in self._lists]:
            self._lists = fresh
            if fresh:
                self.dataChanged.emit(self.index(0), self.index(len(fresh) - 1))
            return
        self.beginResetModel()
        self._lists = fresh
        self.endResetModel()

    def list_at(self, row: int) -> TalkList | None:
        return self._lists[row] if 0 <= row < len(self._lists) else None

    def row_of(self, list_id: int) -> int:
        return next((i for i, t in enumerate(self._lists) if t.id == list_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lists)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lists):
            return None
        tl = self._lists[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("{name} ({n})").format(name=tl.name, n=tl.n_items)
        if role == Qt.ItemDataRole.EditRole:
            return tl.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n élément(s) — modifiée le {date}", "", tl.n_items).format(
                date=local_time(tl.updated_at)
            )
        if role == RowRole:
            return tl
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = str(value).strip()
        tl = self._lists[index.row()]
        if not name or name == tl.name:
            return False
        self._store.rename_list(tl.id, name)
        fresh = self._store.get_list(tl.id)
        if fresh is not None:
            self._lists[index.row()] = fresh
        self.dataChanged.emit(index, index)
        return True


class ListItemsModel(QAbstractListModel):
    """The ordered items of one list; moving rows (drag and drop) calls ``UserStore.move_item``."""

    def __init__(self, store: UserStore, names: KbNames, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._names = names
        self._list_id: int | None = None
        self._items: list[ListItem] = []

    @property
    def list_id(self) -> int | None:
        return self._list_id

    def set_list(self, list_id: int | None) -> None:
        self.beginResetModel()
        self._list_id = list_id
        self._items = self._store.items(list_id) if list_id is not None else []
        self.endResetModel()

    def reload(self) -> None:
        """Re-read the items (after a change here or in another window)."""
        if self._list_id is None:
            return
        fresh = self._store.items(self._list_id)
        if fresh == self._items:
            return
        if [i.id for i in fresh] == [i.id for i in self._items]:
            self._items = fresh
            self.dataChanged.emit(self.index(0), self.index(len(fresh) - 1))
            return
        self.beginResetModel()
        self._items = fresh
        self.endResetModel()

    def items(self) -> list[ListItem]:
        return list(self._items)

    def item_at(self, row: int) -> ListItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{index.row() + 1}. {self._names.describe(item)}"
        if role == RowRole:
            return item
        return None

    # -- drag and drop: one move per dropped item, each saved at once ----------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled  # drop between items, never onto one

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = [self._items[i.row()].id for i in sorted(indexes, key=lambda i: i.row())
               if i.isValid() and 0 <= i.row() < len(self._items)]
        mime = QMimeData()
        mime.setData(ITEM_MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(ITEM_MIME)

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged items so they sit, in order, before ``row`` (the end if -1)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(ITEM_MIME).data()).decode())]
        except (ValueError, TypeError):
            return False
        target = len(self._items) if row < 0 or parent.isValid() else row
        moved = False
        for item_id in ids:
            source = next((r for r, it in enumerate(self._items) if it.id == item_id), None)
            if source is None:
                continue
            if self.moveRows(QModelIndex(), source, 1, QModelIndex(), target):
                moved = True
            after = next(r for r, it in enumerate(self._items) if it.id == item_id)
            target = after + 1
        return moved

    def moveRows(  # noqa: N802
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Qt's move (``destination_child`` counted before the move) → ``move_item``."""
        n = len(self._items)
        if (
            source_parent.isValid()
            or destination_parent.isValid()
            or count < 1
            or source_row < 0
            or source_row + count > n
            or not 0 <= destination_child <= n
            or source_row <= destination_child <= source_row + count
        ):
            return False
        moving = self._items[source_row : source_row + count]
        new_position = destination_child if destination_child < source_row else (
            destination_child - count
        )
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        for offset, item in enumerate(moving):
            self._store.move_item(item.id, new_position + offset)
        rest = self._items[:source_row] + self._items[source_row + count :]
        self._items = rest[:new_position] + moving + rest[new_position:]
        self.endMoveRows()
        fresh = self._store.items(self._list_id) if self._list_id is not None else []
        if [i.id for i in fresh] == [i.id for i in self._items]:
            self._items = fresh  # new positions; the row numbers shown change too
            self.dataChanged.emit(self.index(0), self.index(len(fresh) - 1))
        else:  # another window changed the list meanwhile: show what is stored
            self.beginResetModel()
            self._items = fresh
            self.endResetModel()
        return True


class HeadlineModel(QAbstractTableModel):
    """Headline figures of a few studies (a comparison item presented or printed)."""

    def __init__(
        self, header: list[str], rows: list[list[str]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._header = header
        self._rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._header)
        ):
            return self._header[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
