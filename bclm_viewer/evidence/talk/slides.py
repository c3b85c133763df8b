"""A talk cut into 16:9 slides readable from the back of a room: no text under 18 pt, a table
too long or too wide for one slide continued on the next with its headers repeated, never
shrunk.

Sizes are in inches on a 13.333 × 7.5 in slide (PowerPoint's 16:9); text heights are estimated
from a conservative average glyph width so that what is planned here fits once drawn in
PowerPoint or Impress (rendered and checked, see ``docs/talk.md``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace

from bclm_viewer.evidence.talk.items import missing_text
from bclm_viewer.evidence.talk.model import Chart, Section, Table, Talk, TRow, slides_text
from bclm_viewer.i18n import translator

_tr = translator("Talk")

SLIDE_W = 13.333
SLIDE_H = 7.5
MARGIN = 0.5
CONTENT_W = SLIDE_W - 2 * MARGIN
TITLE_TOP = 0.3
TITLE_H = 1.05
BODY_TOP = 1.45
FOOTER_TOP = 6.95
FOOTER_H = 0.45

TITLE_PT = 28
BODY_PT = 18  # the smallest text on any slide
TEXT_PT = 20  # a deck slide's verbatim lines
SMALL_PT = 18

MAX_DATA_COLUMNS = 4  # studies side by side on one slide
CELL_MARGIN_H = 0.08  # left + right inner margin of a cell, each
CELL_MARGIN_V = 0.05  # top + bottom, each
GLYPH_EM = 0.56  # average glyph width / font size, safe side (DejaVu ≈ 0.55, Calibri ≈ 0.5)
LINE_SPACING = 1.22
TEXT_SAFETY = 0.88  # verbatim lines are paragraphs: their spacing varies more between apps


def line_height(pt: float) -> float:
    return pt * LINE_SPACING / 72


def chars_per_line(width: float, pt: float) -> int:
    return max(4, int(width * 72 / (pt * GLYPH_EM)))


def wrapped_lines(text: str, width: float, pt: float) -> int:
    """How many lines ``text`` takes in a box ``width`` inches wide (greedy word wrap)."""
    cpl = chars_per_line(width, pt)
    total = 0
    for line in text.split("\n") or [""]:
        used = 0
        lines = 1
        for word in line.split():
            n = len(word)
            if used and used + 1 + n > cpl:
                lines += 1
                used = 0
            if n > cpl:  # a word longer than the line breaks anywhere
                lines += (n - 1) // cpl
                n = n % cpl or cpl
            used += n + (1 if used else 0)
        total += lines
    return total


def text_height(text: str, width: float, pt: float) -> float:
    return wrapped_lines(text, width, pt) * line_height(pt) + 0.02


@dataclass(frozen=True)
class SlideSpec:
    """One slide to draw; sizes already planned (see the module's constants)."""

    kind: str  # "title" | "content" | "references"
    title: str
    subtitle: str = ""
    columns: tuple[tuple[str, ...], ...] = ()  # verbatim text, one or two columns
    table: Table | None = None
    col_widths: tuple[float, ...] = ()  # inches
    row_heights: tuple[float, ...] = ()  # inches, header first
    chart: Chart | None = None
    reading: str = ""
    legend: str = ""
    footer: str = ""
    notes: tuple[str, ...] = ()
    body_top: float = BODY_TOP
    body_bottom: float = FOOTER_TOP


def column_widths(table: Table, total: float = CONTENT_W) -> tuple[float, ...]:
    scale = total / sum(table.widths)
    return tuple(w * scale for w in table.widths)


def row_height(cells: list[str], widths: tuple[float, ...], pt: float = BODY_PT) -> float:
    lines = max(wrapped_lines(t, w - 2 * CELL_MARGIN_H, pt) for t, w in zip(cells, widths,
                                                                             strict=True))
    return lines * line_height(pt) + 2 * CELL_MARGIN_V + 0.04


def _chunk(row: TRow, split: list[list[str]], lead: int, start: int, end: int) -> list[str]:
    """Lines ``start:end`` of a tall row's cells; its label, then "(suite)" on later parts."""
    texts = []
    for j, (cell, lines) in enumerate(zip(row.cells, split, strict=True)):
        if j < lead:
            texts.append(cell.text if start == 0 else _tr("{text} (suite)").format(text=cell.text))
        elif len(lines) > 1:
            texts.append("\n".join(lines[start:end]) or "…")
        else:
            texts.append(cell.text if start == 0 else "…")
    return texts


def _cut_tall_rows(table: Table, widths: tuple[float, ...], room: float) -> Table:
    """A row taller than a slide (a cell listing many groups) becomes several rows of whole
    lines, its label repeated with "(suite)": nothing is ever cut off."""
    rows: list[TRow] = []
    for row in table.rows:
        if row.section or row_height([c.text for c in row.cells], widths) <= room:
            rows.append(row)
            continue
        split = [c.text.split("\n") for c in row.cells]
        most = max(len(x) for x in split)
        start = 0
        while start < most:
            end = start + 1
            while end < most and row_height(_chunk(row, split, table.lead, start, end + 1),
                                            widths) <= room:
                end += 1
            texts = _chunk(row, split, table.lead, start, end)
            rows.append(TRow(tuple(replace(c, text=t) for c, t in zip(row.cells, texts,
                                                                       strict=True))))
            start = end
    return replace(table, rows=tuple(rows))


Planned = tuple[Table, tuple[float, ...], tuple[float, ...]]  # part, column widths, row heights


def split_rows(table: Table, room: float) -> list[Planned]:
    """Cut ``table`` into parts whose rows fit ``room`` inches with the header repeated, about
    evenly filled; a category band never ends a part. Returns (part, widths, row heights)."""
    widths = column_widths(table)
    head = row_height(list(table.header), widths)
    table = _cut_tall_rows(table, widths, room - head)
    heights = [row_height([c.text for c in r.cells], widths) for r in table.rows]

    def cut(limit: float) -> list[tuple[int, int]]:
        bounds = []
        start, n = 0, len(table.rows)
        while start < n:
            used, end = head, start
            while end < n and (end == start or used + heights[end] <= limit):
                used += heights[end]
                end += 1
            if end < n and end - start > 1 and table.rows[end - 1].section:
                end -= 1  # a band goes with the rows under it
            bounds.append((start, end))
            start = end
        return bounds

    bounds = cut(room)
    if len(bounds) > 1:  # spread the rows: no last slide holding a single row
        even = head + (sum(heights) / len(bounds)) + max(heights)
        balanced = cut(min(room, even))
        if len(balanced) == len(bounds):
            bounds = balanced
    return [(replace(table, rows=table.rows[a:b]), widths, (head, *heights[a:b]))
            for a, b in bounds]


def _notes(section: Section, table: Table | None) -> tuple[str, ...]:
    quotes = table.quotes() if table is not None else []
    out = list(dict.fromkeys([*quotes, *section.quotes]))
    if section.reading:
        out.append(section.reading)
    out += section.reading_notes
    if section.sources:
        out.append(_tr("Sources : {slides}").format(
            slides=slides_text(section.sources, "diapositive")))
    if section.user_note:
        out.append(_tr("Ma note : {note}").format(note=section.user_note))
    return tuple(out) or (_tr("Aucune citation : cette diapositive ne montre pas de valeur."),)


def _footer(section: Section, table: Table | None) -> str:
    slides: set[int] = set(section.sources)
    if table is not None:
        slides = {s for r in table.rows for c in r.cells for s in c.slides} or slides
    text = slides_text(sorted(slides), "diapo")
    return _tr("Source : {slides}").format(slides=text) if text else ""


def _numbered(title: str, i: int, n: int) -> str:
    return f"{title} ({i}/{n})" if n > 1 else title


def _top_room(section: Section) -> tuple[float, float]:
    """(body top, body bottom) once the subtitle, the reading and the legend have their place."""
    top = BODY_TOP
    if section.subtitle:
        top += text_height(section.subtitle, CONTENT_W, SMALL_PT) + 0.1
    bottom = FOOTER_TOP - 0.05
    for extra in (section.reading, section.legend):
        if extra:
            bottom -= text_height(extra, CONTENT_W, SMALL_PT) + 0.05
    return top, bottom


def section_slides(section: Section) -> Iterator[SlideSpec]:
    top, bottom = _top_room(section)
    base = SlideSpec("content", section.title, section.subtitle, reading=section.reading,
                     legend=section.legend, body_top=top, body_bottom=bottom)
    if section.text:
        yield from _text_slides(section, base, bottom - top)
    planned = [p for t in section.parts(MAX_DATA_COLUMNS) for p in split_rows(t, bottom - top)
               if p[0].rows]
    for i, (table, widths, heights) in enumerate(planned, 1):
        yield replace(base, title=_numbered(section.title, i, len(planned)), table=table,
                      col_widths=widths, row_heights=heights, footer=_footer(section, table),
                      notes=_notes(section, table))
    if section.chart is not None:
        chart = section.chart
        legend = "\n".join(x for x in (section.legend, missing_text(chart)) if x)
        yield replace(base, chart=chart, legend=legend, footer=_footer(section, None),
                      notes=_notes(section, None),
                      body_bottom=bottom - (text_height(missing_text(chart), CONTENT_W, SMALL_PT)
                                            if chart.missing else 0))
    if not section.text and not planned and section.chart is None:
        yield replace(base, columns=((_tr("Rien à montrer pour cet élément dans la base."),),),
                      notes=_notes(section, None))


def _text_slides(section: Section, base: SlideSpec, room: float) -> Iterator[SlideSpec]:
    """Verbatim lines in one column, two when long; continued when longer still."""
    lines = section.text
    one = [wrapped_lines(x, CONTENT_W, TEXT_PT) for x in lines]
    per_line = line_height(TEXT_PT)
    room *= TEXT_SAFETY
    if sum(one) * per_line <= room:
        chunks: list[tuple[tuple[str, ...], ...]] = [(lines,)]
    else:
        half = CONTENT_W / 2 - 0.2
        counts = [wrapped_lines(x, half, TEXT_PT) for x in lines]
        fit = max(1, int(room / per_line))
        columns: list[tuple[str, ...]] = []
        current: list[str] = []
        used = 0
        for line, n in zip(lines, counts, strict=True):
            if current and used + n > fit:
                columns.append(tuple(current))
                current, used = [], 0
            if not current and not line:
                continue
            current.append(line)
            used += n
        if current:
            columns.append(tuple(current))
        chunks = [tuple(columns[i:i + 2]) for i in range(0, len(columns), 2)]
    for i, cols in enumerate(chunks, 1):
        yield replace(base, title=_numbered(section.title, i, len(chunks)), columns=cols,
                      footer=_footer(section, None), notes=_notes(section, None),
                      reading="", legend="")


def reference_slides(talk: Talk) -> Iterator[SlideSpec]:
    refs = talk.references()
    if not refs:
        return
    lines = [f"{r.label} — {r.text}" + (_tr(" (diapo {n})").format(n=r.slide) if r.slide else "")
             for r in refs]
    room = FOOTER_TOP - BODY_TOP - 0.1
    heights = [text_height(line, CONTENT_W - 0.3, BODY_PT) + 0.08 for line in lines]
    parts = max(1, math.ceil(sum(heights) / room))
    while True:  # as few slides as fit, the references spread evenly over them
        per = math.ceil(len(lines) / parts)
        chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
        tall = max(sum(heights[i:i + per]) for i in range(0, len(lines), per))
        if tall <= room or per == 1:
            break
        parts += 1
    for i, chunk in enumerate(chunks, 1):
        yield SlideSpec("references", _numbered(_tr("Références"), i, len(chunks)),
                        columns=(tuple(chunk),), notes=tuple(chunk))


def talk_slides(talk: Talk) -> list[SlideSpec]:
    """The title slide, every section's slides, the references; footers numbered "3 / 21"."""
    outline = [s.title for s in talk.sections]
    specs = [SlideSpec("title", talk.title, talk.date,
                       notes=(_tr("Plan : {sections}").format(sections=_tr(" ; ").join(outline)),)
                       if outline else ())]
    for section in talk.sections:
        specs += section_slides(section)
    specs += reference_slides(talk)
    n = len(specs)
    return [replace(s, footer=f"{s.footer}\t{i} / {n}" if s.footer else f"\t{i} / {n}")
            for i, s in enumerate(specs, 1)]


