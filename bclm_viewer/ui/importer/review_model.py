"""The review's table: one row per draft study or candidate, over a ``ReviewSession``.

A thin model: the session holds the items and does the work (checks, file writes); the model
turns its items into cells and tells views which rows changed. ``accept``/``reject`` are the
API the page and the tests drive; a refused accept raises ``ReviewError`` and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from bclm_viewer.i18n import QT_TRANSLATE_NOOP
from bclm_viewer.kb.importer.review import ACCEPTED, REJECTED, ReviewItem, ReviewSession
from bclm_viewer.ui.common.qt import Index, translator
from bclm_viewer.ui.common.roles import ReviewItemRole

_tr = translator("Importer")
COLUMNS = (  # translated where shown (_tr)
    QT_TRANSLATE_NOOP("Importer", "Statut"),
    QT_TRANSLATE_NOOP("Importer", "Diapo"),
    QT_TRANSLATE_NOOP("Importer", "Étude"),
    QT_TRANSLATE_NOOP("Importer", "Type"), QT_TRANSLATE_NOOP("Importer", "Mesure / facteur"),
    QT_TRANSLATE_NOOP("Importer", "Valeur / niveau"), QT_TRANSLATE_NOOP("Importer", "Ligne"),
)
KIND_LABELS = {
    "study": QT_TRANSLATE_NOOP("Importer", "étude"),
    "figure": QT_TRANSLATE_NOOP("Importer", "chiffre"),
    "finding": QT_TRANSLATE_NOOP("Importer", "facteur"),
}
# The statuses as the review files store them, translated where shown.
_STATUS_WORDS = (QT_TRANSLATE_NOOP("Importer", "à revoir"),
                 QT_TRANSLATE_NOOP("Importer", "accepté"), QT_TRANSLATE_NOOP("Importer", "rejeté"))
_STATUS_COLOURS = {ACCEPTED: QColor("#2e7d32"), REJECTED: QColor("#9e9e9e")}


def _what(item: ReviewItem) -> tuple[str, str]:
    f = item.fields
    if item.kind == "study":
        return (f.get("first_author") or "n.r.", " ".join(
            x for x in (f.get("journal"), f.get("year")) if x) or "n.r.")
    if item.kind == "figure":
        return (f.get("measure") or "—", f.get("value") or "")
    return (f.get("factor") or "—", f.get("level") or "")


class ReviewModel(QAbstractTableModel):
    progressChanged = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, session: ReviewSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    # ----- Qt ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.session.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.session.items):
            return None
        item = self.session.items[index.row()]
        col = index.column()
        if role == ReviewItemRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return _tr(item.status)  # the status is stored in French (a code)
            if col == 1:
                return "" if item.slide is None else str(item.slide)
            if col == 2:
                return item.study_id
            if col == 3:
                return _tr(KIND_LABELS[item.kind]) if item.kind in KIND_LABELS else item.kind
            if col in (4, 5):
                return _what(item)[col - 4]
            if col == 6:
                return item.source
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == 0:
            colour = _STATUS_COLOURS.get(item.status)
            return QBrush(colour) if colour is not None else None
        return None

    # ----- the review -------------------------------------------------------------------
    def load_more(self, max_files: int | None = None) -> int:
        """Read more of the session's files, adding their rows; the number of rows added."""
        first = len(self.session.items)
        new = self.session.load_more(max_files)
        if new:
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.endInsertRows()
            self.progressChanged.emit(self.progress())
        return len(new)

    def item(self, row: int) -> ReviewItem:
        return self.session.items[row]

    def progress(self) -> str:
        text = self.session.progress()
        return text if self.session.loaded else _tr("{progress} (lecture des fichiers…)").format(
            progress=text)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.progressChanged.emit(self.progress())

    def accept(
        self,
        row: int,
        changes: dict[str, str | None] | None = None,
        *,
        study: str | None = None,
        readings: dict[str, str] | None = None,
    ) -> None:
        """Accept row ``row`` (``ReviewError`` if the content would not pass ``check``)."""
        self.session.accept(row, changes, study=study, readings=readings)
        self._changed(row)

    def reject(self, row: int) -> None:
        self.session.reject(row)
        self._changed(row)

    def next_pending(self, row: int) -> int | None:
        """The first pending row after ``row`` (wrapping), or ``None`` when all are reviewed."""
        items = self.session.items
        n = len(items)
        for k in range(1, n + 1):
            r = (row + k) % n
            if items[r].pending:
                return r
        return None
