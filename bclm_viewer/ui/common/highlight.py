"""Search snippets drawn with their matches highlighted, without ever rendering content as HTML.

The KB marks matches with control characters (``HIGHLIGHT_START`` / ``HIGHLIGHT_END``). The
delegate turns them into character ranges and draws plain text with ``QTextLayout`` format
ranges, so nothing typed or stored can become markup. ``snippet_html`` exists for places that
need rich text (tooltips): it escapes first, then highlights.
"""

from __future__ import annotations

import html
from collections import OrderedDict

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt
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

from bclm_viewer.query.fts import HIGHLIGHT_END, HIGHLIGHT_START
from bclm_viewer.ui.common.qt import Index
from bclm_viewer.ui.common.roles import KindLabelRole, SnippetRole

# Looked up once: a Qt enum costs more to read and combine than the rest of a paint step.
_KIND_LABEL = int(KindLabelRole)
_SNIPPET = int(SnippetRole)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_LEFT_VCENTER = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_SELECTED = QStyle.StateFlag.State_Selected.value


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
    LAYOUTS = 128  # snippet layouts kept (a list shows ~15; repaints reuse them)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._font_key = ""
        self._bold = QFont()
        self._metrics = QFontMetricsF(self._bold)
        self._bold_metrics = QFontMetricsF(self._bold)
        self._layouts: OrderedDict[tuple[str, str, bool, int], QTextLayout] = OrderedDict()

    def _fonts(self, font: QFont) -> None:
        """Bold font and metrics for ``font``, made once (a paint must not rebuild them)."""
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._bold = QFont(font)
            self._bold.setBold(True)
            self._metrics = QFontMetricsF(font)
            self._bold_metrics = QFontMetricsF(self._bold)
            self._layouts.clear()

    def _line_height(self, option: QStyleOptionViewItem) -> float:
        return QFontMetricsF(option.font).lineSpacing()

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: Index
    ) -> QSize:
        height = int(2 * self._line_height(option) + 2 * self.PADDING + 1)
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else None
        # Background, selection and focus only (the view's option has no text): the text is
        # ours, so the model's display roles are not asked for (initStyleOption).
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        self._fonts(option.font)
        selected = bool(option.state.value & _SELECTED)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(QPalette.ColorGroup.Active, text_role)
        pad = self.PADDING
        rect = QRectF(option.rect).adjusted(pad, pad, -pad, -pad)
        line = self._metrics.lineSpacing()

        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(color)
        kind = str(index.data(_KIND_LABEL) or "")
        title = str(index.data(_DISPLAY) or "")
        kind_text = f"{kind} · " if kind else ""
        painter.setFont(option.font)
        kind_width = self._metrics.horizontalAdvance(kind_text)
        first = QRectF(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(first, _LEFT_VCENTER, kind_text)
        painter.setFont(self._bold)
        title_rect = first.adjusted(kind_width, 0, 0, 0)
        elided = self._bold_metrics.elidedText(
            title, Qt.TextElideMode.ElideRight, max(0.0, title_rect.width())
        )
        painter.drawText(title_rect, _LEFT_VCENTER, elided)
        snippet = str(index.data(_SNIPPET) or "")
        layout = self._layout(snippet, option, selected)
        if layout is not None:
            origin = QPointF(rect.left(), rect.top() + line)
            painter.setClipRect(
                QRectF(origin.x(), origin.y(), rect.width(), rect.bottom() - origin.y())
            )
            layout.draw(painter, origin)
        painter.restore()

    def _layout(
        self, snippet: str, opt: QStyleOptionViewItem, selected: bool
    ) -> QTextLayout | None:
        """The snippet laid out on one line with its matches in bold (kept for repaints)."""
        key = (snippet, self._font_key, selected, opt.palette.cacheKey())
        layout = self._layouts.get(key)
        if layout is not None:
            self._layouts.move_to_end(key)
            return layout
        text, ranges = snippet_ranges(" ".join(snippet.split()))
        if not text:
            return None
        layout = QTextLayout(text, opt.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        formats: list[QTextLayout.FormatRange] = []
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
        self._layouts[key] = layout
        while len(self._layouts) > self.LAYOUTS:
            self._layouts.popitem(last=False)
        return layout
