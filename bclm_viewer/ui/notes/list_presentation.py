"""A talk list presented: each item as the slides the PowerPoint export would hold, in order,
in the viewer's ``PresentationWindow``.

A deck slide is shown as the deck shows it (then its structured reading, when the KB has one);
a study, a comparison, the matrix: their planned 16:9 slides (``evidence.talk.slides``), tables
continued with their headers repeated, type scaled to the screen as a projector would, never
below the readable size; a chart: the measure drawn as on the Chart page.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QTextBrowser, QWidget

from bclm_viewer.evidence.talk.items import ItemError, TalkItem, item_sections
from bclm_viewer.evidence.talk.slide_html import spec_html
from bclm_viewer.evidence.talk.slides import (
    CONTENT_W,
    FOOTER_TOP,
    TITLE_TOP,
    SlideSpec,
    section_slides,
)
from bclm_viewer.kb.errors import KbError
from bclm_viewer.notes import ListItem
from bclm_viewer.ui.common.qt import translator
from bclm_viewer.ui.slides.presentation import PresentationItem, PresentationWindow

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

BODY_H_PT = (FOOTER_TOP - TITLE_TOP - 1.0) * 72  # the slide's body, under its title
BODY_W_PT = CONTENT_W * 72


tr = translator("ListPresentation")


class SlideView(QTextBrowser):
    """One planned slide, its type scaled to the space the presentation gives (as on a
    projected 16:9 slide: 18 pt there is 1/30 of the slide's height here)."""

    def __init__(self, spec: SlideSpec) -> None:
        super().__init__()
        self.setObjectName("presentedSlide")
        self.spec = spec
        self.setWindowTitle(spec.title)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.px_per_pt = 0.0

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        scale = min(self.viewport().height() / BODY_H_PT, self.viewport().width() / BODY_W_PT)
        scale = max(scale, 0.5)
        if abs(scale - self.px_per_pt) > 0.01:
            self.px_per_pt = scale
            self.setHtml(spec_html(self.spec, scale))


def _view(spec: SlideSpec) -> Callable[[], QWidget]:
    return lambda: SlideView(spec)


CHART_SIZE = (720.0, 380.0)  # the chart's own layout size; the view scales it to the screen


class ChartSlide(QGraphicsView):
    """The measure drawn as on the Chart page, laid out at ``CHART_SIZE`` and scaled whole to
    the screen: its labels grow with it, as a projected slide's would."""

    def __init__(self, chart: QChart, title: str) -> None:
        super().__init__()
        self.setObjectName("presentedChart")
        self.setWindowTitle(title)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart = chart
        scene = QGraphicsScene(self)
        scene.addItem(chart)
        chart.resize(*CHART_SIZE)
        self.setScene(scene)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fitInView(QRectF(0, 0, *CHART_SIZE), Qt.AspectRatioMode.KeepAspectRatio)


def _chart(kb: KnowledgeBase, item: TalkItem, title: str) -> Callable[[], QWidget]:
    def make() -> QWidget:
        from bclm_viewer.evidence.compare import measure_figures, measure_info
        from bclm_viewer.evidence.talk.items import parse_chart_ref
        from bclm_viewer.query.filters import StudyFilter
        from bclm_viewer.ui.evidence.chart_drawing import MeasureChart, bars_for

        measure, ids = parse_chart_ref(item.ref)
        info = measure_info(kb, measure)
        assert info is not None  # item_sections checked it
        rows = measure_figures(kb, measure, ids or kb.study_ids(StudyFilter(), "year"))
        missing = ", ".join(s.label for s, f in rows if not f)
        footer = tr("Non rapporté (n.r.) : {names}").format(names=missing) if missing else ""
        footer = "\n".join(textwrap.wrap(footer, 70))  # the chart draws it unwrapped
        chart = MeasureChart(info, bars_for([(s, f) for s, f in rows if f]), footer)
        chart.setMargins(QMargins(8, 8, 8, 8 + 16 * (footer.count("\n") + 1)))
        return ChartSlide(chart, title)

    return make


def _missing(title: str, message: str) -> Callable[[], QWidget]:
    return lambda: SlideView(SlideSpec("content", title, columns=((message,),)))


def presentation_items(kb: KnowledgeBase, items: Sequence[ListItem]) -> list[PresentationItem]:
    """What ``PresentationWindow`` shows for each list item, in the list's order."""
    shown: list[PresentationItem] = []
    for item in items:
        talk_item = TalkItem(item.kind, item.ref, item.caption)
        try:
            sections = item_sections(kb, talk_item)
        except (ItemError, KbError) as exc:
            shown.append(_missing(tr("Élément indisponible"), str(exc)))
            continue
        for n, section in enumerate(sections):
            if section.kind == "slide" and n == 0:
                shown.append(int(item.ref))  # the deck's own slide, as the deck shows it
            elif section.kind == "chart":
                shown.append(_chart(kb, talk_item, section.title))
            else:
                shown += [_view(spec) for spec in section_slides(section)]
    return shown


def present_list(kb: KnowledgeBase, items: Sequence[ListItem], parent: QWidget | None
                 ) -> PresentationWindow:
    """Open the presentation of ``items`` full screen, on the first one."""
    window = PresentationWindow(kb, presentation_items(kb, items), parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:  # Esc: back to the app, keyboard ready (Ctrl+1... work at once)
        window.finished.connect(lambda _index: _reactivate(parent))
    window.start()
    return window


def _reactivate(parent: QWidget) -> None:
    """The window the presentation came from, active again with the focus where it was."""
    host = parent.window()
    host.activateWindow()
    parent.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
