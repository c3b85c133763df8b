"""What a talk is made of, before any file format: sections (one per list item) holding tables,
verbatim text and charts, each value with the slides it comes from.

Plain frozen data, no Qt, no python-pptx: the PowerPoint writer (``pptx_writer``) cuts a
section into 16:9 slides (``slides``), the handout (``handout``) lays it out on A4 pages. A
value the deck does not give is a cell with ``reported=False`` showing "n.r.", never blank.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from bclm_viewer.i18n import plural as tr


@dataclass(frozen=True)
class TCell:
    """One table cell: its text as written, the slides behind it, how to show it."""

    text: str
    reported: bool = True
    slides: tuple[int, ...] = ()
    mark: str | None = None  # "best" | "worst" (comparison)
    effect: str | None = None  # "poor" | "favourable" | "not significant" | "mixed" (colour)
    quotes: tuple[str, ...] = ()  # 'diapo 4 : « OS5: 37% »': the speaker notes of its slide


@dataclass(frozen=True)
class TRow:
    cells: tuple[TCell, ...]
    section: bool = False  # a category band: its first cell names the category


@dataclass(frozen=True)
class Table:
    """A table; ``lead`` columns on the left (row labels) and ``tail`` on the right are kept
    on every part when the data columns between them are split (see ``column_groups``)."""

    header: tuple[str, ...]
    rows: tuple[TRow, ...]
    widths: tuple[float, ...]  # relative widths, one per column
    lead: int = 1
    tail: int = 0

    def quotes(self) -> list[str]:
        """The verbatim quotes behind the cells this table shows, once each, in order."""
        return list(dict.fromkeys(q for r in self.rows for c in r.cells for q in c.quotes))

    def reports(self, row: TRow) -> bool:
        """A data row with at least one reported value in its data columns."""
        end = len(row.cells) - self.tail
        return any(c.reported for c in row.cells[self.lead:end])

    @property
    def data_columns(self) -> int:
        return len(self.header) - self.lead - self.tail

    def column_groups(self, size: int) -> list[Table]:
        """The table cut into parts of at most ``size`` data columns, label columns repeated;
        rows left with no reported value in a part are dropped from it (no n.r.-only rows)."""
        n = self.data_columns
        if n <= size:
            return [self]
        parts = []
        for start in range(0, n, size):
            keep = (list(range(self.lead))
                    + list(range(self.lead + start, self.lead + min(n, start + size)))
                    + list(range(self.lead + n, len(self.header))))
            rows = tuple(TRow(tuple(r.cells[i] for i in keep), r.section) for r in self.rows)
            part = replace(self, header=tuple(self.header[i] for i in keep), rows=rows,
                           widths=tuple(self.widths[i] for i in keep))
            parts.append(part.without_empty_rows())
        return parts

    def without_empty_rows(self) -> Table:
        """Data rows that report something; a section band only if a row of it is kept."""
        kept: list[TRow] = []
        band: TRow | None = None
        for row in self.rows:
            if row.section:
                band = row
            elif self.reports(row):
                if band is not None:
                    kept.append(band)
                    band = None
                kept.append(row)
        return replace(self, rows=tuple(kept))


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: a point, a range ("40-60") or a bound ("< 10"), never confused."""

    label: str
    text: str  # as written, with its unit
    kind: str  # "point" | "range" | "bound"
    value: float | None
    low: float | None
    high: float | None
    slide: int


@dataclass(frozen=True)
class Chart:
    measure: str
    unit: str
    bars: tuple[Bar, ...]
    missing: tuple[str, ...]  # the series that do not report the measure (n.r.)


@dataclass(frozen=True)
class Reference:
    label: str
    text: str  # the citation, "et al." after the first author
    slide: int | None


@dataclass(frozen=True)
class Section:
    """What one list item presents. ``tables`` may be a callable yielding the parts (a matrix
    of 10,000 studies is read a block of columns at a time, never held whole)."""

    kind: str  # "study" | "comparison" | "slide" | "matrix" | "chart"
    title: str
    subtitle: str = ""
    text: tuple[str, ...] = ()  # verbatim slide lines
    tables: tuple[Table, ...] = ()
    table_parts: Callable[[int], Iterator[Table]] | None = field(default=None, compare=False)
    table_title: str = ""
    chart: Chart | None = None
    reading: str = ""  # ◊ what goes beyond the words of the slide, and why
    # The reasons of the values marked ◊ (the KB's readings): speaker notes and handout footnotes,
    # not the slide itself, where ``reading`` says only that ◊ marks a reading.
    reading_notes: tuple[str, ...] = ()
    sources: tuple[int, ...] = ()  # the deck slides behind what the section shows
    quotes: tuple[str, ...] = ()  # 'diapo 4 : « OS5: 37% »', for the speaker notes
    references: tuple[Reference, ...] = ()
    legend: str = ""
    user_note: str = ""  # the user's own note on the study (speaker notes and handout)
    # A matrix of many studies on paper: study by study, its findings listed (see ``handout``)
    listing: Callable[[], Iterator[Table]] | None = field(default=None, compare=False)
    summary: Table | None = None  # per factor, the agreement between series and why
    columns: int = 0  # how many studies a matrix has

    def parts(self, size: int) -> Iterator[Table]:
        """Every table, its data columns cut in groups of ``size``."""
        if self.table_parts is not None:
            yield from self.table_parts(size)
            return
        for table in self.tables:
            yield from table.column_groups(size)


@dataclass(frozen=True)
class Talk:
    title: str
    date: str
    sections: tuple[Section, ...]

    def references(self) -> list[Reference]:
        """Every study the talk cites, once, in order of first appearance."""
        seen: dict[str, Reference] = {}
        for section in self.sections:
            for ref in section.references:
                seen.setdefault(ref.label, ref)
        return list(seen.values())


def slides_text(slides: tuple[int, ...] | list[int], word: str = "diapo") -> str:
    """ "diapo 4" / "diapos 4, 11"; "" when none."""
    numbers = sorted(set(slides))
    if not numbers:
        return ""
    listed = ", ".join(str(n) for n in numbers)
    if word == "diapositive":
        return tr("diapositive(s) {numbers}", "", len(numbers)).format(numbers=listed)
    return tr("diapo(s) {numbers}", "", len(numbers)).format(numbers=listed)
