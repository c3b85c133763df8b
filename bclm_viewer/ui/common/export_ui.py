"""Export for a talk: handouts to PNG / PDF / paper, charts to PNG / SVG, text files, clipboard.

Handouts are HTML built by ``kb.export_html`` (every value escaped) and laid out by
``QTextDocument``, so the PNG, the PDF and the printout are the same document. Charts are
painted by the chart view itself onto a QImage or a ``QSvgGenerator``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsView, QMenu, QToolButton, QWidget

from bclm_viewer.ui.common.qt import translator

PNG_WIDTH = 1600  # layout width of a handout image, in pixels at scale 1
PNG_SCALE = 2.0  # rendered at twice the layout size: crisp on a projector
SCREEN_DPI = 96.0  # the resolution QTextDocument lays text out at


_tr = translator("Export")


def document(html: str, width: float | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(24)
    doc.setHtml(html)
    if width is not None:
        doc.setTextWidth(width)
    return doc


def paginated(html: str, printer: QPrinter) -> QTextDocument:
    """The handout laid out on the printer's page (its own margins, not Qt's default 2 cm)."""
    doc = document(html)
    points = printer.pageLayout().paintRectPoints().size().toSizeF()
    doc.setPageSize(points * (SCREEN_DPI / 72.0))  # laid out in screen pixels, as on screen
    return doc


def html_to_png(html: str, path: Path, width: int = PNG_WIDTH, scale: float = PNG_SCALE) -> Path:
    """The handout laid out ``width`` pixels wide, rendered at ``scale``, on white."""
    doc = document(html, width)
    size = doc.size()
    image = QImage(
        QSize(int(size.width() * scale) + 1, int(size.height() * scale) + 1),
        QImage.Format.Format_ARGB32,
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    doc.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    if not image.save(str(path)):  # format from the suffix
        raise OSError(_tr("Impossible d'écrire {path}").format(path=path))
    return path


def _pdf_printer(path: Path, landscape: bool) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def html_to_pdf(html: str, path: Path, landscape: bool = True, title: str = "") -> Path:
    """The handout as a PDF (A4, landscape by default: tables are wide)."""
    printer = _pdf_printer(path, landscape)
    if title:
        printer.setDocName(title)
    paginated(html, printer).print_(printer)
    if not path.is_file():
        raise OSError(_tr("Impossible d'écrire {path}").format(path=path))
    return path


def print_html(html: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer, then print the handout; False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Imprimer le document"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paginated(html, printer).print_(printer)
    return True


def view_to_png(view: QGraphicsView, path: Path, scale: float = PNG_SCALE) -> Path:
    """What a graphics view (a chart view) shows, painted at ``scale`` onto white."""
    size = view.viewport().size()
    image = QImage(
        QSize(int(size.width() * scale), int(size.height() * scale)),
        QImage.Format.Format_ARGB32,
    )
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    if not image.save(str(path)):  # format from the suffix
        raise OSError(_tr("Impossible d'écrire {path}").format(path=path))
    return path


def view_to_svg(view: QGraphicsView, path: Path, title: str = "") -> Path:
    """What a graphics view (a chart view) shows, as an SVG drawing: vector all the way."""
    size = view.viewport().size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(_tr("Exporté de bclm-viewer"))
    painter = QPainter(generator)
    view.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return path


def write_text(text: str, path: Path, bom: bool = False) -> Path:
    """UTF-8 text (``bom`` for CSV files a spreadsheet should read as UTF-8)."""
    path.write_text(text, encoding="utf-8-sig" if bom else "utf-8", newline="")
    return path


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def ask_path(parent: QWidget, title: str, name: str, file_filter: str) -> Path | None:
    """A save dialog; None when cancelled. The suffix of ``name`` is added if missing."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, name, file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(Path(name).suffix)
    return path


def export_button(
    parent: QWidget, actions: Sequence[tuple[str, Callable[[], object]]], text: str = ""
) -> QToolButton:
    """A "Exporter ▾" button whose menu holds ``actions`` (label, slot)."""
    button = QToolButton(parent)
    button.setText(text or _tr("Exporter"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    menu = QMenu(button)
    for label, slot in actions:
        action = menu.addAction(label)
        action.triggered.connect(slot)
    button.setMenu(menu)
    return button



class TableExports(Protocol):
    """A page whose table exports as the comparison and the matrix do."""

    def export_csv(self, path: Path) -> Path: ...
    def export_markdown(self, path: Path) -> Path: ...
    def export_png(self, path: Path) -> Path: ...
    def export_pdf(self, path: Path) -> Path: ...
    def print_handout(self) -> None: ...
    def copy_markdown(self) -> None: ...


def table_export_button(
    page: QWidget, exports: TableExports, stem: str,
    image_allowed: Callable[[], bool] = lambda: True,
) -> QToolButton:
    """The "Exporter" menu of a table page: each file format asks where (``<stem>.<suffix>``)
    and writes there; PNG and PDF first ask ``image_allowed`` (which explains a refusal)."""

    def save(title: str, suffix: str, file_filter: str, write: Callable[[Path], Path],
             image: bool = False) -> Callable[[], None]:
        def run() -> None:
            if image and not image_allowed():
                return
            path = ask_path(page, title, f"{stem}.{suffix}", file_filter)
            if path:
                write(path)
        return run

    return export_button(
        page,
        [
            (_tr("CSV…"), save(_tr("Exporter en CSV"), "csv", _tr("CSV (*.csv)"),
                               exports.export_csv)),
            (_tr("Markdown…"), save(_tr("Exporter en Markdown"), "md", _tr("Markdown (*.md)"),
                                    exports.export_markdown)),
            (_tr("Image PNG…"), save(_tr("Exporter en image"), "png", _tr("PNG (*.png)"),
                                     exports.export_png, image=True)),
            (_tr("Document PDF…"), save(_tr("Exporter en PDF"), "pdf", _tr("PDF (*.pdf)"),
                                        exports.export_pdf, image=True)),
            (_tr("Imprimer…"), exports.print_handout),
            (_tr("Copier en Markdown"), exports.copy_markdown),
        ],
        _tr("Exporter"),
    )
