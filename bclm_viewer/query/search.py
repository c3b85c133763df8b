"""Full-text search over ``search_index``: studies, slides, findings, figures, questions.

User text only reaches ``MATCH`` through ``fts.fts_query``, so any text gives hits or an empty
list, never an SQL error. Snippets come from FTS5 ``snippet()`` with the control-character
marks of ``fts``: the UI escapes the text, then turns the marks into highlighting.

Per keystroke on 10,000 studies: ``ranked`` reads the rank of up to 500 rows (~2 ms) and no
column (reading them from FTS5's content table doubles that); ``hits`` reads the columns and
snippets (~4 µs each) of the rows asked for. The UI ranks, then reads the rows it shows, a block
at a time; ``search`` does both at once.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from bclm_viewer.kb.schema import SEARCH_KIND_SHIFT, SEARCH_KINDS
from bclm_viewer.query import clinical_search as _clinical
from bclm_viewer.query.fts import HIGHLIGHT_END, HIGHLIGHT_START

if TYPE_CHECKING:
    from bclm_viewer.query.detail_records import SearchHit

# Equal ranks are shown in this order of kinds; kinds not listed come last. A row's rowid says
# its kind (``schema.SEARCH_KIND_SHIFT``), so the order needs no column of the row.
KIND_ORDER = SEARCH_KINDS

SNIPPET_TOKENS = 12

# A one-letter prefix matches most of a large KB (110k of 330k rows on 10,000 studies), and
# ranking every match costs ~150 ms. So one query reads at most RANK_WINDOW matches in index
# order (slides, questions and glossary first, then the studies' rows in deck order), with their
# rank, and the best are kept here: exact whenever a query has at most RANK_WINDOW matches
# (always on the deck's own KB, a few hundred rows; any query specific enough to be useful), a
# ranking of the first RANK_WINDOW matches otherwise.
RANK_WINDOW = 500  # 1,000 cost ~0.8 ms more a keystroke; the deck's own KB has 164 rows

# A one-character word ("h", the first keystroke of any search) matches a third of a large KB,
# and bm25 counts every match of a word before ranking any (~3 ms on 10,000 studies, a fifth of
# the frame) for an order nobody can use. Such a query lists its first matches by kind, in index
# order; from the second character on, hits are ranked.
_ONE_CHARACTER = re.compile(r'"[^"]"\*')

_RANK_SQL = f"""
SELECT rank, (rowid >> {SEARCH_KIND_SHIFT}) & 7, rowid
FROM search_index
WHERE search_index MATCH ?
LIMIT ?
"""
_UNRANKED_SQL = f"""
SELECT 0, (rowid >> {SEARCH_KIND_SHIFT}) & 7, rowid
FROM search_index
WHERE search_index MATCH ?
LIMIT ?
"""
_ROWS_SQL = """
SELECT rowid, kind, ref, study_id, slide, title
FROM search_index
WHERE rowid IN (SELECT value FROM json_each(?))
"""
# FTS5 runs an ``IN (...)`` on rowid as one query per value (each re-reading the doclists: ~0.5
# ms for a long prefix), but takes a rowid range in one: so the snippets of a few hits are one
# pass over the matches between the first and the last of them.
_SNIPPET_SQL = f"""
SELECT rowid, CASE WHEN rowid IN (SELECT value FROM json_each(?))
                   THEN snippet(search_index, -1, ?, ?, '…', {SNIPPET_TOKENS}) END
FROM search_index
WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?
"""


def _slide(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(str(value))
    except ValueError:
        return None


def ranked(con: sqlite3.Connection, text: str, limit: int = 200) -> list[int]:
    """The rowids of the best ``limit`` hits for ``text``, best first (bm25 rank, then kind,
    then index order; a one-character word is not ranked); ``[]`` for blank text. Reads no
    column of the rows."""
    query = _clinical.fts_for(con, text)  # "bone metastases": every name of the factor
    if query is None or limit <= 0:
        return []
    clinical = _clinical.ranked(con, text, max(RANK_WINDOW, limit))  # "HER2-", "M+ Os"...
    if clinical is not None:
        return clinical[:limit]
    sql = _UNRANKED_SQL if _ONE_CHARACTER.fullmatch(query) else _RANK_SQL
    try:
        rows = con.execute(sql, (query, max(RANK_WINDOW, limit))).fetchall()
    except sqlite3.OperationalError as exc:
        # fts_query quotes every token, so this is not expected; still, typing must never crash
        # on a query FTS5 rejects. Any other error (a broken KB) is not the user's text: raise.
        if "fts5" in str(exc):
            return []
        raise
    rows.sort()  # (rank, kind, rowid): the kind comes from the rowid (schema.SEARCH_KIND_SHIFT)
    return [rowid for _rank, _kind, rowid in rows[:limit]]


def hits(
    con: sqlite3.Connection, text: str, rowids: list[int], *, snippets: bool = True
) -> list[SearchHit]:
    """The hits of ``rowids`` (from ``ranked``), in that order; ``snippets=False`` leaves every
    ``snippet`` empty."""
    from bclm_viewer.query.detail_records import SearchHit  # at the first search, not at start-up

    if not rowids:
        return []
    order = {int(rowid): n for n, rowid in enumerate(rowids)}
    rows = con.execute(_ROWS_SQL, ("[" + ",".join(map(str, order)) + "]",)).fetchall()
    rows.sort(key=lambda r: order[r[0]])
    query = _clinical.fts_for(con, text)
    marked = _snippets(con, query, [r[0] for r in rows]) if snippets and query and rows else {}
    relation = _clinical.relations(con, text, [r[0] for r in rows])
    return [
        SearchHit(
            kind=str(kind),
            ref=str(ref),
            study_id=None if study_id is None else str(study_id),
            slide=_slide(slide),
            title="" if title is None else str(title),
            snippet=marked.get(rowid, ""),
            rowid=int(rowid),
            relation=relation.get(rowid, ""),
        )
        for rowid, kind, ref, study_id, slide, title in rows
    ]


def search(
    con: sqlite3.Connection, text: str, limit: int = 200, *, snippets: bool = True
) -> list[SearchHit]:
    """The best ``limit`` hits for ``text``, by bm25 rank then kind; ``[]`` for blank text."""
    return hits(con, text, ranked(con, text, limit), snippets=snippets)


def _snippets(con: sqlite3.Connection, query: str, rowids: list[int]) -> dict[int, str]:
    wanted = sorted({int(r) for r in rowids})
    params = ("[" + ",".join(map(str, wanted)) + "]", HIGHLIGHT_START, HIGHLIGHT_END, query,
              wanted[0], wanted[-1])
    try:
        rows = con.execute(_SNIPPET_SQL, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc):
            return {}
        raise
    return {int(rowid): str(snip) for rowid, snip in rows if snip is not None}


def snippets(con: sqlite3.Connection, text: str, rowids: Iterable[int]) -> dict[int, str]:
    """The marked snippet of each of ``rowids`` (hits of ``text``), by rowid."""
    query = _clinical.fts_for(con, text)
    wanted = list(rowids)
    if query is None or not wanted:
        return {}
    return _snippets(con, query, wanted)
