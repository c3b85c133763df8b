"""A slide's lines in reading order, each knowing where it sits (text frame or table cell).

The same order as the slide's text (``DeckSlide.text``), so a line found here is a line there.
"""

from __future__ import annotations

from dataclasses import dataclass

from bclm_viewer.kb.importer.model import DeckSlide


@dataclass
class SlideLine:
    text: str
    table: int | None = None  # index of the table on the slide
    row: int = 0
    col: int = 0
    first_in_cell: bool = False
    column_header: str | None = None  # the cell above in the table's first row

    @property
    def in_table_body(self) -> bool:
        return self.table is not None and self.row > 0


def slide_lines(slide: DeckSlide) -> list[SlideLine]:
    out: list[SlideLine] = []
    n_table = 0
    for block in slide.blocks:
        if block.table is None:
            out.extend(SlideLine(t) for t in block.lines)
            continue
        rows = block.table.rows
        header = rows[0] if rows else []
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                head = header[c].strip() if r > 0 and c < len(header) else None
                for k, text in enumerate(cell.split("\n")):
                    out.append(SlideLine(text.rstrip(), n_table, r, c, k == 0, head or None))
        n_table += 1
    return out
