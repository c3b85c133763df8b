"""The handout of a talk (a list, a comparison, the matrix), as blocks the PDF printer lays out
on pages (``ui/common/handout_pdf``), and the same as Markdown.

A title and the date; every value with its source slide under it; tables whose header row the
printer repeats on every page; the references with "et al."; what n.r. means and every reading
(◊) explained in the notes at the end. Blocks are plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bclm_viewer.evidence.talk.items import missing_text
from bclm_viewer.evidence.talk.model import (
    Chart,
    Section,
    Table,
    Talk,
    TCell,
    TRow,
    slides_text,
)
from bclm_viewer.i18n import QT_TRANSLATE_NOOP, translator

_tr = translator("Talk")

HANDOUT_COLUMNS = 6  # studies side by side on an A4 landscape page
LISTED_MATRIX = 60  # a matrix of more studies is printed study by study, not as a grid
LISTING_NOTE = QT_TRANSLATE_NOOP(
    "Talk", "Matrice de {n} études, présentée étude par étude : chaque étude avec les constats "
    "qu'elle rapporte ; un facteur qu'une étude ne mentionne pas n'est pas listé pour elle "
    "(non rapporté, n.r.).")
NR_NOTE = QT_TRANSLATE_NOOP(
    "Talk", "n.r. = non rapporté : la diapositive ne donne pas cette valeur (jamais 0 ni une "
    "case vide). Les valeurs sont telles qu'écrites sur les diapositives (virgule décimale "
    "comprise) ; sous chaque valeur, la diapositive d'où elle vient.")
BG = {"best": "#d9f2d9", "worst": "#f8dcdc", "poor": "#f8dcdc", "favourable": "#d9f2d9",
      "not significant": "#eeeeee", "mixed": "#fff1c6"}  # the cell colours, as on the slides


@dataclass(frozen=True)
class Block:
    """A piece of the handout, in reading order; the printer lays them out on pages."""

    kind: str  # "title" | "heading" | "text" | "verbatim" | "reading" | "small" | "table"
    text: str = ""
    table: Table | None = None


def chart_table(chart: Chart) -> Table:
    """A chart on paper: one line per bar, its nature said (value, range, bound)."""
    nature = {"point": _tr("valeur"), "range": _tr("intervalle"), "bound": _tr("borne")}
    rows = tuple(TRow((TCell(b.label), TCell(b.text, slides=(b.slide,)),
                       TCell(nature[b.kind]))) for b in chart.bars)
    return Table((_tr("Série"), chart.measure, _tr("Nature")), rows, (3, 3, 2))


def section_blocks(section: Section) -> Iterator[Block]:
    yield Block("heading", section.title)
    if section.subtitle:
        yield Block("text", section.subtitle)
    if section.user_note:
        yield Block("reading", _tr("Ma note : {note}").format(note=section.user_note))
    if section.text:
        where = slides_text(section.sources, "diapositive")
        yield Block("small", _tr("Texte exact ({slides}) :").format(slides=where))
        yield Block("verbatim", "\n".join(section.text))
    if section.listing is not None and section.columns > LISTED_MATRIX:
        yield Block("small", _tr(LISTING_NOTE).format(n=section.columns))
        if section.summary is not None:
            yield Block("table", table=section.summary)
        for table in section.listing():
            yield Block("table", table=table)
    else:
        for table in section.parts(HANDOUT_COLUMNS):
            if table.rows:
                yield Block("table", table=table)
    if section.chart is not None:
        if section.chart.bars:
            yield Block("table", table=chart_table(section.chart))
        missing = missing_text(section.chart)
        if missing:
            yield Block("text", missing)
    if section.reading:
        yield Block("reading", section.reading)
    if section.legend:
        yield Block("small", section.legend)


def handout_blocks(talk: Talk) -> Iterator[Block]:
    """The handout, block by block: a large matrix is read a few columns at a time and
    never held whole (call again for a second pass)."""
    yield Block("title", talk.title)
    yield Block("text", talk.date)
    readings: list[str] = []
    for section in talk.sections:
        yield from section_blocks(section)
        if section.reading_notes:
            readings += [_tr("{title} : {reading}").format(title=section.title, reading=n)
                         for n in section.reading_notes]
        elif section.reading:
            readings.append(_tr("{title} : {reading}").format(title=section.title,
                                                              reading=section.reading))
    refs = talk.references()
    if refs:
        yield Block("heading", _tr("Références"))
        for n, r in enumerate(refs, 1):
            where = _tr(" (diapo {n})").format(n=r.slide) if r.slide else ""
            yield Block("text", f"{n}. {r.label} — {r.text}{where}")
    yield Block("heading", _tr("Notes"))
    yield Block("small", _tr(NR_NOTE))
    for text in readings:
        yield Block("small", text)


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
        if section.user_note:
            out += ["> " + line for line in section.user_note.splitlines()] + [""]
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
        for extra in (section.reading, *section.reading_notes, section.legend):
            if extra:
                out += [extra, ""]
    refs = talk.references()
    if refs:
        out += ["## " + _tr("Références"), ""]
        out += [f"- {r.label} — {r.text}"
                + (_tr(" (diapo {n})").format(n=r.slide) if r.slide else "") for r in refs]
        out.append("")
    out += ["## " + _tr("Notes"), "", _tr(NR_NOTE), ""]
    return "\n".join(out)
