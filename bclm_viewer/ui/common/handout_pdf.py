"""The PDF handout of a talk: the Qt-free blocks of ``evidence.talk.handout`` painted on A4
landscape pages with ``QPdfWriter``, "3 / 7" and the title at the foot of every page, each
table's header row repeated at the top of every page it continues on.

Laid out here rather than by ``QTextDocument``: a matrix of 10,000 studies is thousands of
pages, which a text document would hold whole (minutes, and memory growing with the KB);
painted block by block it streams. Two passes: one measures (how many pages: "3 / 7" needs
the total) and spools the blocks to a temporary file, one paints them back from it. The CLI
reaches this module through one lazy import (``.importlinter``), starting a headless
``QApplication`` when none runs.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QApplication

from bclm_viewer.evidence.talk.files import write_atomically
from bclm_viewer.evidence.talk.handout import BG, Block, handout_blocks
from bclm_viewer.evidence.talk.model import Table, Talk, TCell, slides_text

RESOLUTION = 300  # dpi of the PDF's device units
PT = RESOLUTION / 72  # device units per point
SIZES = {"title": 18.0, "heading": 13.0, "text": 9.5, "verbatim": 9.5, "reading": 9.0,
         "small": 8.0, "cell": 9.0, "source": 7.0, "foot": 7.5}
GAP = 6 * PT  # between blocks
PAD = 3 * PT  # inside a table cell
HEADER_BG = QColor("#1f3a5f")
BAND_BG = QColor("#e4eaf2")
GRID = QColor("#9aa5b1")
GREY = QColor("#555555")
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
NO_WRAP = int(Qt.AlignmentFlag.AlignLeft)  # lines known to fit: no line breaking to compute


def _app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    assert isinstance(app, QApplication)
    return app


class _Fonts:
    def __init__(self, device: QPdfWriter) -> None:
        self.fonts: dict[str, QFont] = {}
        self.metrics: dict[str, QFontMetricsF] = {}
        for key, size in SIZES.items():
            font = QFont()
            font.setPointSizeF(size)
            font.setBold(key in ("title", "heading"))
            font.setItalic(key == "reading")
            self.fonts[key] = font
            self.metrics[key] = QFontMetricsF(font, device)
        bold = QFont(self.fonts["cell"])
        bold.setBold(True)
        self.fonts["cell-bold"] = bold
        self.metrics["cell-bold"] = QFontMetricsF(bold, device)
        italic = QFont(self.fonts["cell"])
        italic.setItalic(True)
        self.fonts["cell-nr"] = italic
        self.metrics["cell-nr"] = QFontMetricsF(italic, device)
        # the widest glyph a cell may hold: a line of n characters is at most n of these wide
        self.widest = {key: max(fm.horizontalAdvance(c) for c in "WM—▼▲★≠⚠")
                       for key, fm in self.metrics.items()}
        self.height = lru_cache(maxsize=8192)(self._height)  # "n.r." is measured once
        self.fits = lru_cache(maxsize=1024)(self._fits)  # a row's cells: measured, then drawn

    def _fits(self, key: str, text: str, width: int) -> bool:
        """Whether no line of ``text`` needs wrapping at ``width``: first a bound (n characters
        are at most n widest glyphs), else each line's advance (no line-breaking layout)."""
        lines = text.split("\n")
        if max(len(line) for line in lines) * self.widest[key] <= width:
            return True
        fm = self.metrics[key]
        return all(fm.horizontalAdvance(line) <= width for line in lines)

    def _height(self, key: str, text: str, width: int) -> float:
        fm = self.metrics[key]
        if not text:
            return fm.height()
        if self.fits(key, text, width):
            return (text.count("\n") + 1) * fm.lineSpacing()  # no line wraps: no layout
        return fm.boundingRect(QRectF(0, 0, width, 1e7), WRAP, text).height()


class _Pages:
    """Lays blocks out page after page; paints them when given a painter."""

    def __init__(self, writer: QPdfWriter, painter: QPainter | None, title: str,
                 total: int) -> None:
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.writer = writer
        self.painter = painter
        self.fonts = _Fonts(writer)
        self.width = float(rect.width())
        self.foot = self.fonts.metrics["foot"].height() * 1.6
        self.bottom = float(rect.height()) - self.foot
        self.title = title
        self.total = total
        self.page = 1
        self.y = 0.0

    # -- pages --
    def _footer(self) -> None:
        if self.painter is None:
            return
        p = self.painter
        p.setFont(self.fonts.fonts["foot"])
        p.setPen(GREY)
        rect = QRectF(0, self.bottom + self.foot * 0.3, self.width, self.foot)
        p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), self.title)
        p.drawText(rect, int(Qt.AlignmentFlag.AlignRight), f"{self.page} / {self.total}")

    def new_page(self) -> None:
        self._footer()
        if self.painter is not None:
            self.writer.newPage()
        self.page += 1
        self.y = 0.0

    def finish(self) -> int:
        self._footer()
        return self.page

    def room(self, height: float) -> None:
        """A new page unless ``height`` fits under the cursor (a page never starts empty)."""
        if self.y > 0 and self.y + height > self.bottom:
            self.new_page()

    # -- blocks --
    def text(self, key: str, text: str, colour: QColor | None = None) -> None:
        h = self.fonts.height(key, text, int(self.width))
        extra = GAP * (1.5 if key in ("title", "heading") else 0.6)
        if key == "heading":
            self.room(h + extra + 4 * self.fonts.metrics["cell"].height())  # not orphaned
        if self.y + h > self.bottom and "\n" in text and h > self.bottom / 2:
            for line in text.split("\n"):  # a long block flows on, line by line
                self.text(key, line, colour)
            return
        self.room(h)  # else it starts the next page, whole
        if self.painter is not None:
            self.painter.setFont(self.fonts.fonts[key])
            self.painter.setPen(colour or QColor("#000000"))
            self.painter.drawText(QRectF(0, self.y, self.width, h), WRAP, text)
        self.y += h + extra

    def table(self, table: Table) -> None:
        scale = self.width / sum(table.widths)
        widths = [w * scale for w in table.widths]
        header = [TCell(h) for h in table.header]
        head_h = self._row_height(header, widths, header=True)
        self.room(head_h + self._row_height(list(table.rows[0].cells), widths))
        self._row(header, widths, head_h, header=True)
        for row in table.rows:
            h = self._row_height(list(row.cells), widths, band=row.section)
            if self.y + h > self.bottom:
                self.new_page()
                self._row(header, widths, head_h, header=True)  # the header, repeated
            self._row(list(row.cells), widths, h, band=row.section)
        self.y += GAP

    def _cell_key(self, c: TCell, header: bool, band: bool, first: bool) -> str:
        if header or band or first:
            return "cell-bold"
        return "cell" if c.reported else "cell-nr"

    def _row_height(self, cells: list[TCell], widths: list[float], *, header: bool = False,
                    band: bool = False) -> float:
        best = 0.0
        for i, (c, w) in enumerate(zip(cells, widths, strict=True)):
            inner = int(w - 2 * PAD)
            h = self.fonts.height(self._cell_key(c, header, band, i == 0), c.text, inner)
            if c.slides and c.reported and not header:
                h += self.fonts.metrics["source"].height()
            best = max(best, h)
        return best + 2 * PAD

    def _row(self, cells: list[TCell], widths: list[float], h: float, *, header: bool = False,
             band: bool = False) -> None:
        p = self.painter
        if p is not None:
            x = 0.0
            for i, (c, w) in enumerate(zip(cells, widths, strict=True)):
                rect = QRectF(x, self.y, w, h)
                bg = HEADER_BG if header else BAND_BG if band else (
                    QColor(BG[c.mark or c.effect or ""]) if (c.mark or c.effect) in BG else None)
                if bg is not None:
                    p.fillRect(rect, bg)
                p.setPen(QPen(GRID, 0.5 * PT))
                p.drawRect(rect)
                key = self._cell_key(c, header, band, i == 0)
                p.setFont(self.fonts.fonts[key])
                p.setPen(QColor("#ffffff") if header else GREY if not c.reported
                         else QColor("#000000"))
                inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
                flags = NO_WRAP if self.fonts.fits(key, c.text, int(inner.width())) else WRAP
                p.drawText(inner, flags, c.text)
                if c.slides and c.reported and not header:
                    p.setFont(self.fonts.fonts["source"])
                    p.setPen(GREY)
                    p.drawText(inner, int(Qt.AlignmentFlag.AlignLeft)
                               | int(Qt.AlignmentFlag.AlignBottom), slides_text(c.slides))
                x += w
        self.y += h

    def block(self, b: Block) -> None:
        if b.kind == "table" and b.table is not None:
            if b.table.rows:
                self.table(b.table)
        elif b.kind == "verbatim":
            self.text("verbatim", b.text)
        elif b.kind in ("small", "reading"):
            self.text(b.kind, b.text, GREY)
        else:
            self.text(b.kind, b.text)


Progress = Callable[[int, int], object]


def _lay_out(writer: QPdfWriter, painter: QPainter | None, blocks: Iterable[Block],
             title: str, total: int, progress: Progress | None = None) -> int:
    pages = _Pages(writer, painter, title, total)
    for b in blocks:
        pages.block(b)
        if progress is not None:
            progress(pages.page, total)
    return pages.finish()


def _print(blocks: Callable[[], Iterable[Block]], path: Path, title: str,
           progress: Progress | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("bclm-viewer")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    with tempfile.TemporaryFile() as spool:
        # The first pass counts the pages and spools the blocks it read to a temporary
        # file; the second paints them from there: the KB is read once, memory stays flat.
        def spooled() -> Iterator[Block]:
            for block in blocks():
                pickle.dump(block, spool, pickle.HIGHEST_PROTOCOL)
                yield block

        def replayed() -> Iterator[Block]:
            spool.seek(0)
            while True:
                try:
                    yield pickle.load(spool)
                except EOFError:
                    return

        total = _lay_out(writer, None, spooled(), title, 0)
        painter = QPainter(writer)
        try:
            _lay_out(writer, painter, replayed(), title, total, progress)
        finally:
            painter.end()


def write_handout_pdf(talk: Talk, path: Path, progress: Progress | None = None) -> Path:
    """The handout of ``talk`` as a PDF at ``path``, written atomically; ``progress(page,
    pages)`` is called as the pages are painted (the app's progress bar)."""
    _app()
    title = f"{talk.title} — {talk.date}"
    return write_atomically(Path(path), lambda tmp: _print(lambda: handout_blocks(talk), tmp,
                                                            title, progress))
