"""The studies table of the Studies page: rows selected whole, columns sized from the font.

Columns get the width of a typical value measured with the font in use (never
ResizeToContents, which would read every row).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from bclm_viewer.ui.cell_delegate import CellDelegate
from bclm_viewer.ui.studies_model import StudiesModel

# Default column widths: the width of a typical value (measured with the font at run time).
_COLUMN_SAMPLES = (
    "★ Bergenfeldt 2011", "2014", "Ann Surg", "revue systématique", "999", "40-60", "40-60",
    "100", "1984–2004", "Hôpital Paul Brousse",
)


class StudiesTable(QTableView):
    """The studies table: Home / End go to the first / last study (not the first / last column)."""

    def __init__(self, model: StudiesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studiesTable")
        self.setModel(model)
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAccessibleName(self.tr("Études"))
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        metrics = self.fontMetrics()
        header_metrics = header.fontMetrics()
        for column, sample in enumerate(_COLUMN_SAMPLES):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample) + 14,
                        header_metrics.horizontalAdvance(title) + 28)  # room for the sort arrow
            header.resizeSection(column, width)
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def moveCursor(  # noqa: N802 - Qt API
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveHome,
                      QAbstractItemView.CursorAction.MoveEnd):
            if action == QAbstractItemView.CursorAction.MoveEnd:
                model = self.model()
                if isinstance(model, StudiesModel):
                    model.fetch_all()  # pages are lazy; End means the real last study
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)
