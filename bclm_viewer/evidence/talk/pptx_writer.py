"""A talk as a PowerPoint file (python-pptx): native, editable tables; charts as native bar
charts, ranges and bounds drawn as what they are; speaker notes holding the verbatim quotes and
slide numbers behind every slide; a title slide and the references.

python-pptx is imported here only, and this module only when exporting (start-up never pays for
it). On the user's template (``template``), its slide layouts and theme are used and its own
slides dropped; the slide size is set to 16:9 (our layout is planned for it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.dml import MSO_LINE_DASH_STYLE, MSO_PATTERN_TYPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.exc import PackageNotFoundError
from pptx.oxml import parse_xml
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide, SlideLayout
from pptx.util import Emu, Inches, Pt

from bclm_viewer.evidence.talk.files import write_atomically
from bclm_viewer.evidence.talk.model import Bar, Chart, TCell
from bclm_viewer.evidence.talk.slides import (
    BODY_PT,
    CELL_MARGIN_H,
    CELL_MARGIN_V,
    CONTENT_W,
    FOOTER_H,
    FOOTER_TOP,
    MARGIN,
    SMALL_PT,
    TEXT_PT,
    TITLE_H,
    TITLE_PT,
    TITLE_TOP,
    SlideSpec,
    text_height,
    wrapped_lines,
)
from bclm_viewer.i18n import translate

GREY = RGBColor(0x66, 0x66, 0x66)
HEADER_BG = RGBColor(0x1F, 0x3A, 0x5F)
BAND_BG = RGBColor(0xE4, 0xEA, 0xF2)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
BLACK = RGBColor(0x1A, 0x1A, 0x1A)
FILL = {
    "best": RGBColor(0xD9, 0xF2, 0xD9),
    "worst": RGBColor(0xF8, 0xDC, 0xDC),
    "poor": RGBColor(0xF8, 0xDC, 0xDC),
    "favourable": RGBColor(0xD9, 0xF2, 0xD9),
    "not significant": RGBColor(0xEE, 0xEE, 0xEE),
    "mixed": RGBColor(0xFF, 0xF1, 0xC6),
}
BAR_COLOUR = RGBColor(0x2F, 0x5F, 0x9A)


class TemplateError(ValueError):
    """The template is not a PowerPoint file python-pptx can open."""


def open_presentation(template: Path | None) -> PresentationType:
    if template is None:
        prs = Presentation()
    else:
        if Path(template).suffix.lower() != ".pptx":
            raise TemplateError(f"le modèle doit être un fichier .pptx : {template}")
        try:
            prs = Presentation(str(template))
        except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
            raise TemplateError(f"modèle PowerPoint illisible : {template} ({exc})") from exc
        _drop_slides(prs)
    prs.slide_width = Emu(12192000)  # 13.333 in: PowerPoint's own 16:9
    prs.slide_height = Emu(6858000)
    return prs


def _drop_slides(prs: PresentationType) -> None:
    """A template's own slides are examples: only its layouts and theme are kept."""
    ids = prs.slides._sldIdLst  # noqa: SLF001 - python-pptx has no public delete
    for sld in list(ids):
        prs.part.drop_rel(sld.rId)
        ids.remove(sld)


def _layout(prs: PresentationType, names: Sequence[str], fallback: int) -> SlideLayout:
    layouts = list(prs.slide_layouts)
    for name in names:
        for layout in layouts:
            if layout.name.lower() == name.lower():
                return layout
    with_title = [x for x in layouts
                  if any(p.placeholder_format.idx == 0 for p in list(x.placeholders))]
    pool = with_title or layouts
    return pool[min(fallback, len(pool) - 1)]


def _text(frame: object, lines: Sequence[str], pt: float, *, bold: bool = False,
          colour: RGBColor | None = None, italic: bool = False,
          align: PP_ALIGN | None = None) -> None:
    tf = frame  # a TextFrame
    tf.word_wrap = True  # type: ignore[attr-defined]
    tf.auto_size = MSO_AUTO_SIZE.NONE  # type: ignore[attr-defined]
    paragraphs = list(lines) or [""]
    tf.text = ""  # type: ignore[attr-defined]
    for i, line in enumerate(paragraphs):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()  # type: ignore[attr-defined]
        if align is not None:
            p.alignment = align
        run = p.add_run()
        run.text = line
        run.font.size = Pt(pt)
        run.font.bold = bold
        run.font.italic = italic
        if colour is not None:
            run.font.color.rgb = colour


def _box(slide: Slide, left: float, top: float, width: float, height: float,
         lines: Sequence[str], pt: float, **style: object) -> None:
    shape = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    tf = shape.text_frame
    tf.margin_left = tf.margin_right = Inches(0.05)
    tf.margin_top = tf.margin_bottom = Inches(0.02)
    _text(tf, lines, pt, **style)  # type: ignore[arg-type]


def _title(slide: Slide, text: str, top: float = TITLE_TOP, height: float = TITLE_H,
           pt: float = TITLE_PT) -> None:
    lines = wrapped_lines(text, CONTENT_W, pt)
    while lines * (pt * 1.22 / 72) > height and pt > 20:
        pt -= 2
        lines = wrapped_lines(text, CONTENT_W, pt)
    title = slide.shapes.title
    if title is None:
        _box(slide, MARGIN, top, CONTENT_W, height, [text], pt, bold=True)
        return
    title.left, title.top = Inches(MARGIN), Inches(top)
    title.width, title.height = Inches(CONTENT_W), Inches(height)
    tf = title.text_frame
    tf.vertical_anchor = MSO_ANCHOR.BOTTOM
    _text(tf, [text], pt, bold=True, align=PP_ALIGN.LEFT)


def _clear_placeholders(slide: Slide) -> None:
    """Placeholders of the layout we do not fill (body, date...) are removed: no empty
    "Click to add text" boxes on a projected slide."""
    for ph in list(slide.placeholders):
        if ph.placeholder_format.idx != 0:
            ph._element.getparent().remove(ph._element)  # noqa: SLF001


A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # python-pptx's default style


def _emu(inches: float) -> int:
    return int(round(inches * 914400))


def _run_xml(text: str, *, bold: bool, italic: bool, colour: RGBColor) -> str:
    rpr = (f'<a:rPr lang="fr-FR" sz="{int(BODY_PT * 100)}" b="{int(bold)}" i="{int(italic)}" '
           f'dirty="0"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></a:rPr>')
    return f"<a:r>{rpr}<a:t>{xml_escape(text)}</a:t></a:r>"


def _cell_xml(tc: TCell, *, header: bool = False, band: bool = False) -> str:
    """One ``a:tc``: its lines as paragraphs, 18 pt, its fill. Written as XML text: the
    python-pptx cell API costs about 2 ms a cell, a 20-item talk has thousands."""
    colour = WHITE if header else (GREY if not tc.reported else BLACK)
    bold = header or band or tc.mark == "best"
    paragraphs = "".join(
        f"<a:p>{_run_xml(line, bold=bold, italic=not tc.reported, colour=colour)}</a:p>"
        if line else f'<a:p><a:endParaRPr lang="fr-FR" sz="{int(BODY_PT * 100)}"/></a:p>'
        for line in tc.text.split("\n"))
    fill = HEADER_BG if header else BAND_BG if band else FILL.get(tc.mark or tc.effect or "")
    fill_xml = (f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill is not None
                else "<a:noFill/>")
    h, v = _emu(CELL_MARGIN_H), _emu(CELL_MARGIN_V)
    return (f'<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</a:txBody>'
            f'<a:tcPr marL="{h}" marR="{h}" marT="{v}" marB="{v}">{fill_xml}</a:tcPr></a:tc>')


def table_xml(spec: SlideSpec) -> str:
    """The ``a:tbl`` of a planned table: a native, editable PowerPoint table."""
    table = spec.table
    assert table is not None
    grid = "".join(f'<a:gridCol w="{_emu(w)}"/>' for w in spec.col_widths)
    rows = [f'<a:tr h="{_emu(spec.row_heights[0])}">'
            + "".join(_cell_xml(TCell(h), header=True) for h in table.header) + "</a:tr>"]
    for row, height in zip(table.rows, spec.row_heights[1:], strict=True):
        rows.append(f'<a:tr h="{_emu(height)}">'
                    + "".join(_cell_xml(c, band=row.section) for c in row.cells) + "</a:tr>")
    return (f'<a:tbl xmlns:a="{A_NS}"><a:tblPr firstRow="1"><a:tableStyleId>{TABLE_STYLE}'
            f"</a:tableStyleId></a:tblPr><a:tblGrid>{grid}</a:tblGrid>{''.join(rows)}</a:tbl>")


def _table(slide: Slide, spec: SlideSpec) -> None:
    assert spec.table is not None
    shape: Any = slide.shapes.add_table(1, len(spec.table.header), Inches(MARGIN),
                                        Inches(spec.body_top), Inches(CONTENT_W),
                                        Inches(sum(spec.row_heights)))
    data = shape._element.graphic.graphicData  # noqa: SLF001 - the table's XML, replaced whole
    data.replace(data.tbl, parse_xml(table_xml(spec)))


def _bar_parts(bar: Bar, top: float) -> tuple[float, float]:
    """(invisible base, visible length) of a bar: a point from 0, a range from its low end,
    a bound from 0 to it ("< 10") or from it to the axis' end ("> 50")."""
    if bar.kind == "point" and bar.value is not None:
        return 0.0, bar.value
    if bar.kind == "range" and bar.low is not None and bar.high is not None:
        return bar.low, bar.high - bar.low
    if bar.high is not None:
        return 0.0, bar.high
    low = bar.low or 0.0
    return low, max(0.0, top - low)


def _chart(slide: Slide, spec: SlideSpec) -> None:
    chart_spec: Chart | None = spec.chart
    assert chart_spec is not None
    bars = list(chart_spec.bars)
    if not bars:
        _box(slide, MARGIN, spec.body_top, CONTENT_W, 1.0,
             [translate("Talk", "Aucune série ne rapporte « {measure} ».").format(
                 measure=chart_spec.measure)], TEXT_PT)
        return
    highest = max((x for b in bars for x in (b.value, b.low, b.high) if x is not None),
                  default=1.0)
    top = 100.0 if chart_spec.unit == "%" and highest <= 100 else highest * 1.15
    data = CategoryChartData()
    data.categories = [b.label for b in reversed(bars)]  # bar charts list bottom-up
    parts = [_bar_parts(b, top) for b in reversed(bars)]
    data.add_series("base", [p[0] for p in parts])
    data.add_series(chart_spec.measure, [p[1] for p in parts])
    height = spec.body_bottom - spec.body_top
    frame: Any = slide.shapes.add_chart(
        XL_CHART_TYPE.BAR_STACKED, Inches(MARGIN), Inches(spec.body_top), Inches(CONTENT_W),
        Inches(height), data)  # type: ignore[arg-type]
    chart = frame.chart
    chart.has_legend = False
    chart.font.size = Pt(BODY_PT)
    value_axis = chart.value_axis
    value_axis.minimum_scale = 0
    value_axis.maximum_scale = top
    value_axis.has_major_gridlines = True
    value_axis.tick_labels.font.size = Pt(BODY_PT)
    chart.category_axis.tick_labels.font.size = Pt(BODY_PT)
    plot = chart.plots[0]
    plot.gap_width = 60
    base, shown = plot.series
    base.format.fill.background()
    base.format.line.fill.background()
    for point_index, bar in enumerate(reversed(bars)):
        point = shown.points[point_index]
        if bar.kind == "point":
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = BAR_COLOUR
        elif bar.kind == "range":
            point.format.fill.patterned()
            point.format.fill.pattern = MSO_PATTERN_TYPE.WIDE_UPWARD_DIAGONAL
            point.format.fill.fore_color.rgb = BAR_COLOUR
            point.format.fill.back_color.rgb = WHITE
            point.format.line.color.rgb = BAR_COLOUR
        else:
            point.format.fill.background()
            point.format.line.color.rgb = BAR_COLOUR
            point.format.line.width = Pt(2.5)
            point.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        label = point.data_label
        label.has_text_frame = True
        label.text_frame.text = bar.text
        font = label.text_frame.paragraphs[0].runs[0].font
        font.size = Pt(BODY_PT)
        font.bold = True
        font.color.rgb = WHITE if bar.kind == "point" else BLACK
        label.position = XL_LABEL_POSITION.INSIDE_BASE if bar.kind != "point" else \
            XL_LABEL_POSITION.INSIDE_END


def _footer(slide: Slide, spec: SlideSpec) -> None:
    left, _, right = spec.footer.partition("\t")
    if left:
        _box(slide, MARGIN, FOOTER_TOP, CONTENT_W * 0.8, FOOTER_H, [left], SMALL_PT, colour=GREY)
    if right:
        _box(slide, MARGIN + CONTENT_W * 0.8, FOOTER_TOP, CONTENT_W * 0.2, FOOTER_H, [right],
             SMALL_PT, colour=GREY, align=PP_ALIGN.RIGHT)


def _below(slide: Slide, spec: SlideSpec) -> None:
    """The reading (◊) and the legend, under the body, above the footer."""
    top = spec.body_bottom + 0.05
    for text, italic in ((spec.reading, True), (spec.legend, False)):
        if not text:
            continue
        h = text_height(text, CONTENT_W, SMALL_PT)
        _box(slide, MARGIN, top, CONTENT_W, h, text.split("\n"), SMALL_PT, italic=italic,
             colour=GREY)
        top += h + 0.05


def _notes(slide: Slide, notes: Sequence[str]) -> None:
    frame = slide.notes_slide.notes_text_frame
    if frame is not None:
        frame.text = "\n".join(notes)


def add_slide(prs: PresentationType, spec: SlideSpec, layouts: tuple[SlideLayout, ...]) -> None:
    title_layout, content_layout = layouts
    if spec.kind == "title":
        slide = prs.slides.add_slide(title_layout)
        _clear_placeholders(slide)
        _title(slide, spec.title, top=2.2, height=1.6, pt=40)
        _box(slide, MARGIN, 4.0, CONTENT_W, 0.8, [spec.subtitle], 24, colour=GREY)
        _footer(slide, spec)
        _notes(slide, spec.notes)
        return
    slide = prs.slides.add_slide(content_layout)
    _clear_placeholders(slide)
    _title(slide, spec.title)
    top = 1.45
    if spec.subtitle:
        h = text_height(spec.subtitle, CONTENT_W, SMALL_PT)
        _box(slide, MARGIN, top, CONTENT_W, h, spec.subtitle.split("\n"), SMALL_PT, colour=GREY)
    if spec.columns:
        pt = BODY_PT if spec.kind == "references" else TEXT_PT
        width = CONTENT_W / len(spec.columns)
        for i, lines in enumerate(spec.columns):
            _box(slide, MARGIN + i * width, spec.body_top, width - 0.2,
                 spec.body_bottom - spec.body_top, lines, pt)
    if spec.table is not None:
        _table(slide, spec)
    if spec.chart is not None:
        _chart(slide, spec)
    _below(slide, spec)
    _footer(slide, spec)
    _notes(slide, spec.notes)


def write_pptx(specs: Sequence[SlideSpec], path: Path, template: Path | None = None,
               progress: Callable[[int, int], object] | None = None) -> Path:
    """The slides as a .pptx at ``path`` (atomically); on ``template``'s layouts and theme.
    ``progress(done, total)`` is called after each slide (the app's progress bar)."""
    prs = open_presentation(template)
    layouts = (_layout(prs, ("Title Slide", "Titre"), 0),
               _layout(prs, ("Title Only", "Titre seul"), 5))
    for n, spec in enumerate(specs, 1):
        add_slide(prs, spec, layouts)
        if progress is not None:
            progress(n, len(specs))
    return write_atomically(Path(path), lambda tmp: prs.save(str(tmp)))
