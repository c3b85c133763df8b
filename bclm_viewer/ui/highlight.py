"""Search snippets drawn with their matches highlighted, without ever rendering content as HTML.

The KB marks matches with control characters (``HIGHLIGHT_START`` / ``HIGHLIGHT_END``). The
delegate turns them into character ranges and draws plain text with ``QTextLayout`` format
ranges, so nothing typed or stored can become markup. ``snippet_html`` exists for places that
need rich text (tooltips): it escapes first, then highlights.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from bclm_viewer.kb.fts import HIGHLIGHT_END, HIGHLIGHT_START

# Custom roles the search model answers (kept here so the delegate needs no model import).
KindLabelRole = Qt.ItemDataRole.UserRole + 20
SnippetRole = Qt.ItemDataRole.UserRole + 21

Index = QModelIndex | QPersistentModelIndex


def snippet_ranges(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """The snippet's plain text and the (start, length) of each highlighted stretch.

    Unbalanced or nested marks are tolerated: a stray end mark is dropped, an unclosed start
    runs to the end of the text.
    """
    out: list[str] = []
    ranges: list[tuple[int, int]] = []
    pos = 0
    start: int | None = None
    for ch in snippet:
        if ch == HIGHLIGHT_START:
            if start is None:
                start = pos
        elif ch == HIGHLIGHT_END:
            if start is not None and pos > start:
                ranges.append((start, pos - start))
            start = None
        else:
            out.append(ch)
            pos += 1
    if start is not None and pos > start:
        ranges.append((start, pos - start))
    return "".join(out), ranges


def snippet_html(snippet: str) -> str:
    """The snippet as safe rich text: escaped first, then the marks become ``<b>``/``</b>``."""
    text, ranges = snippet_ranges(snippet)
    parts: list[str] = []
    last = 0
    for start, length in ranges:
        parts.append(html.escape(text[last:start]))
        parts.append("<b>" + html.escape(text[start : start + length]) + "</b>")
        last = start + length
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def plain_snippet(snippet: str) -> str:
    """The snippet without its marks (accessibility, copy, tests)."""
    return snippet_ranges(snippet)[0]


class SnippetDelegate(QStyledItemDelegate):
    """Two lines per hit: kind and title in bold, then the snippet with matches highlighted.

    Every row has the same height, so the list can use ``setUniformItemSizes(True)``.
    """

    PADDING = 4

    def _line_height(self, option: QStyleOptionViewItem) -> float:
        return QFontMetricsF(option.font).lineSpacing()

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: Index
    ) -> QSize:
        height = int(2 * self._line_height(option) + 2 * self.PADDING + 1)
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget: QWidget | None = opt.widget  # type: ignore[assignment]
        style = widget.style() if widget is not None else None
        # Background and selection only; the text is ours.
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = opt.palette.color(group, text_role)
        rect = QRectF(opt.rect).adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        line = self._line_height(opt)

        painter.save()
        painter.setClipRect(opt.rect)
        painter.setPen(color)
        kind = str(index.data(KindLabelRole) or "")
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bold = QFont(opt.font)
        bold.setBold(True)
        kind_text = f"{kind} · " if kind else ""
        painter.setFont(opt.font)
        kind_width = QFontMetricsF(opt.font).horizontalAdvance(kind_text)
        first = QRectF(rect.left(), rect.top(), rect.width(), line)
        left_centre = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(first, left_centre, kind_text)
        painter.setFont(bold)
        title_rect = first.adjusted(kind_width, 0, 0, 0)
        elided = QFontMetricsF(bold).elidedText(
            title, Qt.TextElideMode.ElideRight, max(0.0, title_rect.width())
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )
        snippet = str(index.data(SnippetRole) or "")
        self._draw_snippet(painter, opt, snippet, QPointF(rect.left(), rect.top() + line), rect)
        painter.restore()

    def _draw_snippet(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        snippet: str,
        origin: QPointF,
        rect: QRectF,
    ) -> None:
        text, ranges = snippet_ranges(" ".join(snippet.split()))
        if not text:
            return
        layout = QTextLayout(text, opt.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        formats: list[QTextLayout.FormatRange] = []
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        for start, length in ranges:
            fr = QTextLayout.FormatRange()
            fr.start = start
            fr.length = length
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if not selected:
                fmt.setBackground(opt.palette.color(QPalette.ColorRole.ToolTipBase))
            fr.format = fmt
            formats.append(fr)
        layout.setFormats(formats)
        layout.beginLayout()
        tl = layout.createLine()
        if tl.isValid():
            tl.setLineWidth(1e6)
            tl.setPosition(QPointF(0, 0))
        layout.endLayout()
        painter.save()
        height = rect.bottom() - origin.y()
        painter.setClipRect(QRectF(origin.x(), origin.y(), rect.width(), height))
        layout.draw(painter, origin)
        painter.restore()
