"""The PDF handout of a talk: the Qt-free HTML (``evidence.talk.handout``) laid out by
``QTextDocument`` on A4 landscape, printed page by page with "3 / 7" and the title at the foot.

Table headers are ``<thead>`` rows, which Qt's layout repeats at the top of every page a
table continues on. The CLI reaches this module through one lazy import (``.importlinter``),
starting a headless ``QApplication`` when none runs.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from bclm_viewer.evidence.talk.files import write_atomically
from bclm_viewer.evidence.talk.handout import handout_html
from bclm_viewer.evidence.talk.model import Talk

RESOLUTION = 300  # dpi of the PDF's device units
LAYOUT_DPI = 96.0  # QTextDocument lays text out in screen pixels
FOOTER_PX = 28.0  # room kept under the text for the page number, in layout pixels
BASE_PT = 10


def _app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    assert isinstance(app, QApplication)
    return app


def _print(html: str, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("bclm-viewer")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    scale = RESOLUTION / LAYOUT_DPI
    width, height = paint.width() / scale, paint.height() / scale
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(BASE_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(width, height - FOOTER_PX))
    page_h = doc.pageSize().height()
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        small = QFont(font)
        small.setPointSizeF(8)
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.save()
            painter.translate(0, -i * page_h)
            doc.drawContents(painter, QRectF(0, i * page_h, width, page_h))
            painter.restore()
            painter.setFont(small)
            foot = QRectF(0, height - FOOTER_PX + 8, width, FOOTER_PX - 8)
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft), title)
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight), f"{i + 1} / {pages}")
            painter.restore()
    finally:
        painter.end()


def write_handout_pdf(talk: Talk, path: Path) -> Path:
    """The handout of ``talk`` as a PDF at ``path``, written atomically."""
    _app()
    html = "".join(handout_html(talk))
    title = f"{talk.title} — {talk.date}"
    return write_atomically(Path(path), lambda tmp: _print(html, tmp, title))
