"""The review page: the candidates in a table, the selected one's slide with its line
highlighted, the form to confirm or edit it, and the progress ("37 / 61 revus").

Keyboard first: the arrows move through the table, Enter accepts the selected row with the
form's values, Delete rejects it, and the selection then moves to the next row left to review.
Ctrl+B rebuilds the KB from the folder (drafts included, marked "à vérifier") and opens it.
Nothing from the deck is rendered as HTML: the slide and the notes are plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.kb.importer.review import ReviewError, ReviewSession
from bclm_viewer.kb.validate import normalise
from bclm_viewer.ui.common.qt import translator
from bclm_viewer.ui.first_paint import after_first_paint
from bclm_viewer.ui.importer.review_form import ReviewForm
from bclm_viewer.ui.importer.review_model import ReviewModel
from bclm_viewer.ui.settings import restore_splitter, settings

_tr = translator("Importer")
_HIGHLIGHT = QColor("#fff59d")


def line_of(slide_text: str, source: str) -> int | None:
    """The index of the slide's line that holds ``source`` (compared whitespace-normalised)."""
    want = normalise(source)
    lines = slide_text.split("\n")
    for k, line in enumerate(lines):
        if normalise(line) == want:
            return k
    for k, line in enumerate(lines):
        if want and want in normalise(line):
            return k
    return None


class _Keys(QObject):
    """Enter accepts, Delete rejects, in the table (the arrows are the table's own)."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.page.accept_current()
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.page.reject_current()
                return True
        return False


FILES_PER_TURN = 4  # study files read per turn of the event loop while the page is open
FIRST_FILES = 3  # read before the first paint: enough for the first rows


class ReviewPage(QWidget):
    """Opens at once on a large import: the session's files are read a few at a time, after
    the first paint, their rows appended as they come (``session.loaded`` says when done)."""

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ReviewModel(session, self)
        self.table = QTableView()
        self.table.setObjectName("review-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for col, width in enumerate((64, 44, 100, 56, 150, 100)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.table.installEventFilter(_Keys(self))
        self.progress = QLabel(self.model.progress())
        self.progress.setObjectName("review-progress")
        self.model.progressChanged.connect(self.progress.setText)
        self.slide_title = QLabel()
        self.slide_title.setTextFormat(Qt.TextFormat.PlainText)
        self.slide = QPlainTextEdit()
        self.slide.setObjectName("review-slide")
        self.slide.setReadOnly(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.form = ReviewForm(session)
        self.error = QLabel()
        self.error.setObjectName("review-error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b71c1c;")
        self.accept_button = QPushButton(_tr("Accepter (Entrée)"))
        self.reject_button = QPushButton(_tr("Rejeter (Suppr)"))
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.slide_title)
        rl.addWidget(self.slide, 3)
        rl.addWidget(self.notes)
        rl.addWidget(self.form)
        rl.addWidget(self.error)
        rl.addLayout(buttons)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.splitter.setSizes([720, 560])
        restore_splitter(self.splitter, settings().value("review/splitter"))
        self.table.selectionModel().currentRowChanged.connect(self._show_row)
        self.model.load_more(FIRST_FILES)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._loader = QTimer(self)
        self._loader.setInterval(0)
        self._loader.timeout.connect(self._load_step)
        if not session.loaded:
            after_first_paint(self, self._start_loading)

    def _start_loading(self) -> None:
        self._loader.start()

    def _load_step(self) -> None:
        self.model.load_more(FILES_PER_TURN)
        if self.session.loaded:
            self._loader.stop()
            self.progress.setText(self.model.progress())
            if self.current_row() < 0 and self.model.rowCount():
                self.table.selectRow(0)

    def load_all(self) -> None:
        """Read every file now (tests, and before an action that needs every row)."""
        while not self.session.loaded:
            self._load_step()

    # ----- showing ----------------------------------------------------------------------
    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def _show_row(self, current: object = None, previous: object = None) -> None:
        row = self.current_row()
        if row < 0:
            return
        item = self.model.item(row)
        self.error.clear()
        self.form.show_item(item)
        number = item.slide
        slide = self.session.slide(number)
        self.slide_title.setText(_tr("Diapositive {n} — {title}").format(
            n=number, title=slide.title) if slide else "")
        text = slide.text if slide is not None else ""
        if self.slide.toPlainText() != text:
            self.slide.setPlainText(text)
        self.notes.setText(self.session.speaker_notes(number))
        self._highlight(line_of(text, item.source))

    def _highlight(self, line: int | None) -> None:
        if line is None:
            self.slide.setExtraSelections([])
            return
        block = self.slide.document().findBlockByNumber(line)
        sel = QTextEdit.ExtraSelection()
        sel.format.setBackground(_HIGHLIGHT)
        sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(block)
        sel.cursor = cursor
        self.slide.setExtraSelections([sel])
        self.slide.setTextCursor(cursor)
        self.slide.centerCursor()

    def highlighted_line(self) -> str | None:
        sels = self.slide.extraSelections()
        return sels[0].cursor.block().text() if sels else None

    # ----- deciding ---------------------------------------------------------------------
    def accept_current(self) -> None:
        row = self.current_row()
        if row < 0 or not self.model.item(row).pending:
            self._next(row)
            return
        item = self.model.item(row)
        try:
            self.model.accept(
                row, self.form.values(),
                study=None if item.kind == "study" else self.form.target_study(),
                readings=self.form.readings if item.kind != "study" else None,
            )
        except (ReviewError, OSError) as exc:
            self.error.setText(_tr("Non accepté : {error}").format(error=exc))
            return
        self._next(row)

    def reject_current(self) -> None:
        row = self.current_row()
        if row < 0 or not self.model.item(row).pending:
            self._next(row)
            return
        try:
            self.model.reject(row)
        except (ReviewError, OSError) as exc:
            self.error.setText(_tr("Non rejeté : {error}").format(error=exc))
            return
        self._next(row)

    def _next(self, row: int) -> None:
        nxt = self.model.next_pending(max(row, 0))
        if nxt is not None:
            self.table.selectRow(nxt)
        else:
            self.error.setText(_tr("Tout est revu : Ctrl+B construit la base et l'ouvre."))

    def save_state(self) -> None:
        settings().setValue("review/splitter", self.splitter.saveState())


class ReviewWindow(QMainWindow):
    """The review page in its own window, over the content folder ``root``."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.root = Path(root)
        self.setWindowTitle(_tr("Revue de l'import — {folder}").format(folder=self.root))
        self.page = ReviewPage(ReviewSession(self.root, load_all=False), self)
        self.setCentralWidget(self.page)
        self.opened: list[QMainWindow] = []
        menu = self.menuBar().addMenu(_tr("&Revue"))
        build = QAction(_tr("&Construire la base et l'ouvrir"), self)
        build.setShortcut(QKeySequence("Ctrl+B"))
        build.triggered.connect(self.build_and_open)
        close = QAction(_tr("&Fermer"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        menu.addAction(build)
        menu.addAction(close)
        self.resize(1280, 720)

    def build_and_open(self) -> QMainWindow | None:
        from bclm_viewer.ui.importer.launch import build_content, open_main_window

        try:
            path = build_content(self.root, include_drafts=True)
        except Exception as exc:  # noqa: BLE001 - shown to the reviewer, who can fix it
            self.page.error.setText(_tr("La base n'a pas pu être construite :\n{error}").format(
                error=exc))
            return None
        window = open_main_window(path)
        self.opened.append(window)
        return window

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.page._loader.stop()
        self.page.save_state()
        super().closeEvent(event)  # type: ignore[arg-type]
