"""Full-text search over ``search_index``: studies, slides, findings, figures, questions.

User text only reaches ``MATCH`` through ``fts.fts_query``, so any text gives hits or an empty
list, never an SQL error. Snippets come from FTS5 ``snippet()`` with the control-character
marks of ``fts``: the UI escapes the text, then turns the marks into highlighting.
"""

from __future__ import annotations

import sqlite3

from bclm_viewer.kb.fts import HIGHLIGHT_END, HIGHLIGHT_START, fts_query
from bclm_viewer.kb.records import SearchHit

# Equal ranks are shown in this order of kinds; kinds not listed come last.
KIND_ORDER = ("study", "slide", "finding", "outcome", "question", "glossary")

SNIPPET_TOKENS = 12

# A one-letter prefix matches most of a large KB (110k of 330k rows on 10,000 studies), and
# ranking every match costs ~150 ms. So one query reads at most RANK_WINDOW matches in index
# order, with their rank and snippet, and the best are kept here: exact whenever a query has at
# most RANK_WINDOW matches (always on the deck's own KB, a few hundred rows; any query specific
# enough to be useful), a ranking of the first RANK_WINDOW matches otherwise.
RANK_WINDOW = 1000

_SEARCH_SQL = f"""
SELECT rowid, kind, ref, study_id, slide, title,
       snippet(search_index, -1, ?, ?, '…', {SNIPPET_TOKENS}), rank
FROM search_index
WHERE search_index MATCH ?
LIMIT ?
"""


def _kind_key(kind: str) -> int:
    try:
        return KIND_ORDER.index(kind)
    except ValueError:
        return len(KIND_ORDER)


def _slide(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(str(value))
    except ValueError:
        return None


def search(con: sqlite3.Connection, text: str, limit: int = 200) -> list[SearchHit]:
    """The best ``limit`` hits for ``text``, by bm25 rank then kind; ``[]`` for blank text."""
    query = fts_query(text) if isinstance(text, str) else None
    if query is None or limit <= 0:
        return []
    try:
        rows = con.execute(
            _SEARCH_SQL, (HIGHLIGHT_START, HIGHLIGHT_END, query, max(RANK_WINDOW, limit))
        ).fetchall()
    except sqlite3.OperationalError as exc:
        # fts_query quotes every token, so this is not expected; still, typing must never crash
        # on a query FTS5 rejects. Any other error (a broken KB) is not the user's text: raise.
        if "fts5" in str(exc):
            return []
        raise
    rows.sort(key=lambda r: (r[7], _kind_key(str(r[1])), r[0]))
    return [
        SearchHit(
            kind=str(kind),
            ref=str(ref),
            study_id=None if study_id is None else str(study_id),
            slide=_slide(slide),
            title="" if title is None else str(title),
            snippet="" if snip is None else str(snip),
        )
        for _rowid, kind, ref, study_id, slide, title, snip, _rank in rows[:limit]
    ]
