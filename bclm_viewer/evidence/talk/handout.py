"""The handout of a talk (a list, a comparison, the matrix): HTML for Qt's text engine, which
prints it to PDF with page numbers (``ui/common/handout_pdf``), and the same as Markdown.

A title and the date; every value with its source slide under it; tables in ``<thead>`` so
that their header row is repeated on every page; the references with "et al."; what n.r.
means and every reading (◊) explained in the notes at the end. Everything from the KB or the
user goes through ``html.escape``: nothing is ever live markup.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

from bclm_viewer.evidence.talk.items import missing_text
from bclm_viewer.evidence.talk.model import Chart, Section, Table, Talk, TCell, slides_text

HANDOUT_COLUMNS = 6  # studies side by side on an A4 landscape page
NR_NOTE = ("n.r. = non rapporté : la diapositive ne donne pas cette valeur (jamais 0 ni une case "
           "vide). Les valeurs sont telles qu'écrites sur les diapositives (virgule décimale "
           "comprise) ; sous chaque valeur, la diapositive d'où elle vient.")
BG = {"best": "#d9f2d9", "worst": "#f8dcdc", "poor": "#f8dcdc", "favourable": "#d9f2d9",
      "not significant": "#eeeeee", "mixed": "#fff1c6"}


def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _cell(c: TCell, band: bool = False) -> str:
    if band:
        return f"<td bgcolor='#e4eaf2'><b>{esc(c.text)}</b></td>"
    if not c.reported:
        return f"<td><i><font color='#666666'>{esc(c.text)}</font></i></td>"
    bg = BG.get(c.mark or c.effect or "")
    attr = f" bgcolor='{bg}'" if bg else ""
    where = slides_text(c.slides)
    source = f"<br><font size='2' color='#555555'>{esc(where)}</font>" if where else ""
    return f"<td{attr}>{esc(c.text)}{source}</td>"


def table_html(table: Table) -> str:
    head = "".join(f"<th align='left' bgcolor='#1f3a5f'><font color='#ffffff'>{esc(h)}</font>"
                   "</th>" for h in table.header)
    rows = []
    for row in table.rows:
        cells = [_cell(row.cells[0], row.section) if row.section else
                 f"<td><b>{esc(row.cells[0].text)}</b></td>"]
        cells += [_cell(c, row.section) for c in row.cells[1:]]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ("<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def chart_table(chart: Chart) -> Table:
    """A chart on paper: one line per bar, its nature said (point, range, bound)."""
    from bclm_viewer.evidence.talk.model import TRow

    nature = {"point": "valeur", "range": "intervalle", "bound": "borne"}
    rows = tuple(TRow((TCell(b.label), TCell(b.text, slides=(b.slide,)),
                       TCell(nature[b.kind]))) for b in chart.bars)
    return Table(("Série", chart.measure, "Nature"), rows, (3, 3, 2))


def section_html(section: Section) -> Iterator[str]:
    yield f"<h2>{esc(section.title)}</h2>"
    if section.subtitle:
        yield f"<p><font color='#444444'>{esc(section.subtitle)}</font></p>"
    if section.text:
        where = slides_text(section.sources, "diapositive")
        yield (f"<p><i>Texte exact ({esc(where)}) :</i></p>"
               f"<p style='margin-left:20px'>{esc(chr(10).join(section.text))}</p>")
    for table in section.parts(HANDOUT_COLUMNS):
        if table.rows:
            yield table_html(table)
            yield "<p></p>"
    if section.chart is not None:
        yield table_html(chart_table(section.chart))
        missing = missing_text(section.chart)
        if missing:
            yield f"<p>{esc(missing)}</p>"
    if section.reading:
        yield f"<p><i>{esc(section.reading)}</i></p>"
    if section.legend:
        yield f"<p><font color='#444444'>{esc(section.legend)}</font></p>"


def handout_html(talk: Talk) -> Iterator[str]:
    """The handout, piece by piece (a large matrix is never one string in memory twice)."""
    yield ("<html><head><meta charset='utf-8'></head><body>"
           f"<h1>{esc(talk.title)}</h1><p>{esc(talk.date)}</p>")
    readings: list[str] = []
    for section in talk.sections:
        yield from section_html(section)
        if section.reading:
            readings.append(f"{section.title} : {section.reading}")
    refs = talk.references()
    if refs:
        yield "<h2>Références</h2><ol>"
        for r in refs:
            where = f" (diapo {r.slide})" if r.slide else ""
            yield f"<li><b>{esc(r.label)}</b> — {esc(r.text)}{esc(where)}</li>"
        yield "</ol>"
    yield "<h2>Notes</h2><p><small>" + esc(NR_NOTE) + "</small></p>"
    for text in readings:
        yield f"<p><small>{esc(text)}</small></p>"
    yield "</body></html>"


# ----- Markdown ---------------------------------------------------------------------------------


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ; ")


def _md_cell(c: TCell) -> str:
    where = slides_text(c.slides)
    return _md(c.text) + (f" ({where})" if where and c.reported else "")


def talk_markdown(talk: Talk) -> str:
    out = [f"# {talk.title}", "", talk.date, ""]
    for section in talk.sections:
        out += [f"## {section.title}", ""]
        if section.subtitle:
            out += [section.subtitle.replace("\n", "  \n"), ""]
        if section.text:
            out += ["```", *section.text, "```", ""]
        tables = list(section.parts(HANDOUT_COLUMNS))
        if section.chart is not None:
            tables.append(chart_table(section.chart))
        for table in tables:
            out.append("| " + " | ".join(_md(h) for h in table.header) + " |")
            out.append("|" + " --- |" * len(table.header))
            for row in table.rows:
                out.append("| " + " | ".join(_md_cell(c) for c in row.cells) + " |")
            out.append("")
        for extra in (section.reading, section.legend):
            if extra:
                out += [extra, ""]
    refs = talk.references()
    if refs:
        out += ["## Références", ""]
        out += [f"- {r.label} — {r.text}" + (f" (diapo {r.slide})" if r.slide else "")
                for r in refs]
        out.append("")
    out += ["## Notes", "", NR_NOTE, ""]
    return "\n".join(out)
