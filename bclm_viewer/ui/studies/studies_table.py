"""The studies table of the Studies page: rows selected whole, columns sized from the font.

Columns get the width of a typical value measured with the font in use (never
ResizeToContents, which would read every row). When the table is too narrow for every column up
to the headline figures (at 1280 px with a study open), the text columns give up width down to
their titles' (type first, then journal, the study's label last), so OS5, DFS5 and R0 stay in
view without scrolling; their texts are elided and given in full by the tooltip. Once the user
resizes a column, the widths are theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from bclm_viewer.ui.common.cell_delegate import CellDelegate
from bclm_viewer.ui.studies.studies_model import StudiesModel

# Default column widths: the width of a typical value (measured with the font at run time).
_COLUMN_SAMPLES = (
    "★ Bergenfeldt 2011", "2014 ◊", "Ann Surg", "revue systématique", "51 / 50", "40-60", "40-60",
    "100", "1984–2004 ◊", "Hôpital Paul Brousse",
)
_FLEXIBLE = (3, 2, 0)  # type, journal, then study: what gives up width, in this order
_IN_VIEW = 8  # columns kept in view when they can be: up to R0 (see studies_model.columns)


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
        self._natural: list[int] = []  # each column's width for a typical value
        self._minimum: list[int] = []  # its title's (and the sort arrow's)
        for column, sample in enumerate(_COLUMN_SAMPLES):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            minimum = header_metrics.horizontalAdvance(title) + 28  # room for the sort arrow
            self._minimum.append(minimum)
            self._natural.append(max(metrics.horizontalAdvance(sample) + 14, minimum))
        self._user_widths = False
        self._fitting = False  # set while _fit resizes, so that only the user's resizes count
        for column, width in enumerate(self._natural):
            header.resizeSection(column, width)
        header.sectionResized.connect(self._section_resized)  # after: these are not the user's
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    # ----- column widths ---------------------------------------------------------------------
    def user_widths(self) -> bool:
        """Whether the user has sized the columns (then they are kept as they are)."""
        return self._user_widths

    def set_user_widths(self, user: bool) -> None:
        """Restored state: ``False`` goes back to the fitted widths."""
        self._user_widths = user
        self._fit()

    def fitted_widths(self, available: int) -> list[int]:
        """The widths for ``available`` pixels: the natural ones, less what the flexible columns
        can give (type first, the study's label last) until the first ``_IN_VIEW`` fit."""
        widths = list(self._natural)
        excess = sum(widths[:_IN_VIEW]) - available
        for c in _FLEXIBLE:
            if excess <= 0:
                break
            give = min(excess, self._natural[c] - self._minimum[c])
            widths[c] -= give
            excess -= give
        return widths

    def _fit(self) -> None:
        if self._user_widths:
            return
        # The room a vertical scroll bar would take is kept free, whether it shows now or not.
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        available = self.width() - 2 * self.frameWidth() - scroll_bar
        header = self.horizontalHeader()
        self._fitting = True
        try:
            for column, width in enumerate(self.fitted_widths(available)):
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, old: int, new: int) -> None:
        if not self._fitting:
            self._user_widths = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

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
