"""The study progress: cards due, learned, new, retention, and a small chart of the answers
given over the last two weeks and the cards due over the next two."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from bclm_viewer.study.scheduler import Progress

HISTORY_DAYS = 14  # as ``study.scheduler.HISTORY_DAYS`` (not imported: it brings fsrs)

PAST, FUTURE = QColor("#3b6ea8"), QColor("#d9822b")


class DaysChart(QWidget):
    """Bars: answers per day (past, blue), then cards due per day (today on, orange)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyChart")
        self.past: tuple[int, ...] = ()
        self.future: tuple[int, ...] = ()
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Révisions par jour et cartes à venir"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(560, 140)

    def set_days(self, past: Sequence[int], future: Sequence[int]) -> None:
        self.past, self.future = tuple(past), tuple(future)
        self.setToolTip(self.tr("Réponses ces {n} derniers jours : {a} ; cartes dues dans les "
                                "{n} prochains jours : {b}").format(
                                    n=HISTORY_DAYS, a=sum(past), b=sum(future)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        values = [*self.past, *self.future]
        n = max(1, len(values))
        top = max([1, *values])
        text_h = self.fontMetrics().height()
        area = QRectF(4, text_h + 4, self.width() - 8, self.height() - 2 * text_h - 12)
        slot = area.width() / n
        ink = self.palette().color(QPalette.ColorRole.Text)
        p.setPen(ink)
        x = 4.0
        for color, caption in ((PAST, self.tr("Réponses, 14 derniers jours")),
                               (FUTURE, self.tr("À revoir, 14 prochains jours"))):
            p.fillRect(QRectF(x, 3, text_h - 6, text_h - 6), color)
            x += text_h
            width = self.fontMetrics().horizontalAdvance(caption) + 4
            p.drawText(QRectF(x, 0, width, text_h), Qt.AlignmentFlag.AlignLeft, caption)
            x += width + 16
        area.setTop(area.top() + text_h)
        for i, v in enumerate(values):
            h = area.height() * v / top
            color = PAST if i < len(self.past) else FUTURE
            rect = QRectF(area.left() + i * slot + 1, area.bottom() - h, max(1.0, slot - 2), h)
            p.fillRect(rect, color)
            if v:
                p.setPen(ink)
                p.drawText(QRectF(rect.left() - 4, rect.top() - text_h, rect.width() + 8, text_h),
                           Qt.AlignmentFlag.AlignHCenter, str(v))
        p.setPen(ink)
        p.drawLine(int(area.left()), int(area.bottom()), int(area.right()), int(area.bottom()))
        today_x = area.left() + len(self.past) * slot
        p.drawText(QRectF(today_x - 40, area.bottom() + 2, 80, text_h),
                   Qt.AlignmentFlag.AlignHCenter, self.tr("aujourd'hui"))
        p.end()


class ProgressView(QWidget):
    """Numbers and chart for the questions in scope."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyProgress")
        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        names = (("due", self.tr("À revoir aujourd'hui")), ("new", self.tr("Jamais vues")),
                 ("learned", self.tr("Apprises")), ("retention", self.tr("Rétention")),
                 ("total", self.tr("Questions")), ("orphaned", self.tr("Cartes orphelines")))
        for i, (key, title) in enumerate(names):
            value = QLabel("—", self)
            value.setObjectName(f"progress-{key}")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            value.setFont(font)
            caption = QLabel(title, self)
            grid.addWidget(value, 0, i, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(caption, 1, i, Qt.AlignmentFlag.AlignHCenter)
            self.values[key] = value
        self.values["orphaned"].setToolTip(self.tr(
            "Cartes dont la question n'est plus dans la base (gardées, jamais effacées)."))
        self.values["retention"].setToolTip(self.tr(
            "Part des réponses autres que « À revoir » sur les cartes déjà vues."))
        self.chart = DaysChart(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.chart)

    def set_progress(self, p: Progress) -> None:
        self.values["due"].setText(str(p.due))
        self.values["new"].setText(str(p.new))
        self.values["learned"].setText(str(p.learned))
        self.values["total"].setText(str(p.total))
        self.values["orphaned"].setText(str(p.orphaned))
        self.values["retention"].setText(
            "—" if p.retention is None else f"{round(p.retention * 100)} %")
        self.chart.set_days(p.reviews_per_day, p.due_per_day)
