"""What a deck reader gives: slides as blocks of verbatim lines, tables as rows of cells.

A slide's *text* (what ``content/slides/NN-*.md`` and ``deck.txt`` hold, and what quotes are
checked against) is its blocks in reading order, one line per paragraph line; a table is written
row by row, each cell's lines then a blank line, so the text stays plain and every cell's words
stay in the order they are read. The table itself (rows and cells) is kept alongside, so that
candidates found in a cell know their row and column headers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

IMAGE_ONLY_NOTE = "image seule : texte non extrait"


@dataclass
class Table:
    """A table as rows of cells; a cell is its text (lines joined by ``\\n``)."""

    rows: list[list[str]]

    def lines(self) -> list[str]:
        out: list[str] = []
        for row in self.rows:
            for cell in row:
                cell_lines = [ln.rstrip() for ln in cell.split("\n")]
                if any(cell_lines):
                    out.extend(cell_lines)
                    out.append("")
        while out and not out[-1]:
            out.pop()
        return out


@dataclass
class Block:
    """One text frame (``lines``) or one table (``table``), in reading order."""

    lines: list[str] = field(default_factory=list)
    table: Table | None = None

    def text_lines(self) -> list[str]:
        return self.table.lines() if self.table is not None else self.lines


@dataclass
class DeckSlide:
    number: int
    title: str
    blocks: list[Block]
    notes: str = ""
    image_only: bool = False

    @property
    def text(self) -> str:
        """The slide's text: its blocks in reading order, a blank line between two blocks."""
        out: list[str] = []
        for block in self.blocks:
            lines = [ln.rstrip() for ln in block.text_lines()]
            while lines and not lines[-1]:
                lines.pop()
            while lines and not lines[0]:
                lines.pop(0)
            if not lines:
                continue
            if out:
                out.append("")
            out.extend(lines)
        return "\n".join(out)

    def tables(self) -> list[Table]:
        return [b.table for b in self.blocks if b.table is not None]


@dataclass
class Deck:
    """A read deck: its slides in order, and the text ``deck.txt`` gets (verbatim for a text
    deck; the slides' texts for a PPTX)."""

    slides: list[DeckSlide]
    deck_text: str
    source_name: str


class DeckError(Exception):
    """The input is not a deck we can read; the message says why, in one sentence."""
