"""Citation lines on a slide -> draft studies' first author, year, journal and title.

Recognised: "Adam R & al. Ann Surg 2006", "Chua TC &al" with "EJC 2011" on the next line,
"Smith J et al.", "Dupont A and col."; and, in a table, a row whose first cell starts with a
name and a year ("Treska 14 24": year 2014). Everything found is a *draft*: a person confirms it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bclm_viewer.kb.importer.lines import SlideLine

_AUTHOR = r"(?P<author>[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-Z]{1,3}\.?)?)"
_ETAL = r",?\s*(?:&\s*|\bet\s+|\band\s+)(?:al|col)\b\.?"
_TAIL = r"(?:\s*(?P<journal>[A-Z][A-Za-z .]*?)?\s*(?P<year>(?:19|20)\d{2})\b)?"
_CITATION = re.compile(_AUTHOR + _ETAL + _TAIL)
_JOURNAL_YEAR = re.compile(r"^\s*(?P<journal>[A-Z][A-Za-z .]*?)\s+(?P<year>(?:19|20)\d{2})\s*$")
_TABLE_CITATION = re.compile(
    r"^\s*(?P<author>[A-ZÀ-Ý][a-zà-ÿ'’\-]+)\s+(?P<year>\d{2}|(?:19|20)\d{2})\b"
)


@dataclass
class Citation:
    first_author: str
    year: int | None
    journal: str | None
    title: str | None
    source: str  # the verbatim text (one line, or two joined by a space)
    line: int  # index of its (first) line in the slide's lines
    span: tuple[int, int]  # where it sits on that line
    table_row: tuple[int, int] | None = None  # (table, row) for a table row's citation


def _year(text: str | None) -> int | None:
    if not text:
        return None
    n = int(text)
    if n < 100:
        return 2000 + n if n <= 40 else 1900 + n
    return n


def _title(lines: list[SlideLine], index: int, before: str, slide_title: str) -> str | None:
    """The words before the citation in its paragraph (its title, as decks usually put it)."""
    parts = [before.strip()] if before.strip() else []
    k = index - 1
    while k >= 0 and lines[k].text.strip() and lines[k].table is None:
        parts.insert(0, lines[k].text.strip())
        k -= 1
    if len(parts) > 1 and parts[0] == slide_title and len(parts[0].split()) <= 2:
        parts.pop(0)
    title = " ".join(" ".join(parts).split()).rstrip(" .")
    return title or None


def find_citations(lines: list[SlideLine], slide_title: str) -> list[Citation]:
    out: list[Citation] = []
    for i, line in enumerate(lines):
        if line.table is not None:
            if line.col == 0 and line.first_in_cell and line.row > 0:
                m = _TABLE_CITATION.match(line.text)
                if m:
                    out.append(
                        Citation(
                            m["author"], _year(m["year"]), None, None, m[0].strip(), i,
                            m.span(), (line.table, line.row),
                        )
                    )
            continue
        for m in _CITATION.finditer(line.text):
            journal = (m["journal"] or "").strip(" .") or None
            year = _year(m["year"])
            source = m[0].strip()
            span = m.span()
            if year is None and i + 1 < len(lines) and lines[i + 1].table is None:
                nxt = _JOURNAL_YEAR.match(lines[i + 1].text)
                if nxt:
                    journal = nxt["journal"].strip(" .") or journal
                    year = _year(nxt["year"])
                    source = f"{line.text[span[0]:].strip()} {lines[i + 1].text.strip()}"
            out.append(
                Citation(
                    m["author"].strip(), year, journal,
                    _title(lines, i, line.text[: span[0]], slide_title), source, i, span,
                )
            )
    return out
