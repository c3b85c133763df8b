"""Per-connection in-memory tables that let the studies list answer within a frame.

On a 10,000-study KB (~120k findings, ~330k search rows) the plain queries cost 15–150 ms: the
list joins ``study_summary`` by text key for every row, facets run ``COUNT(DISTINCT)`` over all
findings, and the text filter reads ``study_id`` of every full-text match from the FTS content
table. The KB never changes while open, so each connection materialises, once and lazily, in its
``temp`` schema (memory only; the KB file stays read-only):

- ``temp.study_list``: one narrow row per study (the list's columns and sort keys) plus one
  integer per factor whose bits say which (effect, endpoint) pairs the study's findings on that
  factor have (``filters.finding_bit``). Every filter, count and facet is then one scan of
  10,000 small in-memory rows with bit tests.
- ``temp.search_owner``: full-text row id -> study, so the text filter never reads FTS content.
- ``temp.text_hits``: the studies hit by each recent full-text query, so the count, the page and
  the facets of one keystroke share one FTS query.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Iterable

from bclm_viewer.kb.filters import ENDPOINT_SLOTS, finding_bit
from bclm_viewer.kb.schema import EFFECTS

TEXT_CACHE_SIZE = 32

LIST_COLUMNS = (
    "id", "label", "first_author", "year", "journal", "kind", "n_patients", "period", "centre",
    "os5_text", "os5_value", "dfs5_text", "dfs5_value", "r0_text", "r0_value", "title",
    "sort_order",
)


class WorkingSet:
    """The temp tables of one connection; ``factor_ids`` fixes the factor columns' order."""

    def __init__(self, con: sqlite3.Connection, factor_ids: Iterable[str]) -> None:
        self._con = con
        self.factor_columns: dict[str, str] = {
            fid: f"f{n}" for n, fid in enumerate(dict.fromkeys(factor_ids))
        }
        self._list_ready = False
        self._owner_ready = False
        self._text_queries: OrderedDict[str, None] = OrderedDict()

    # ----- temp.study_list -----------------------------------------------------------------
    def ensure_list(self) -> None:
        if self._list_ready:
            return
        con = self._con
        con.execute("PRAGMA temp_store = MEMORY")
        factor_cols = list(self.factor_columns.values())
        con.execute(
            "CREATE TEMP TABLE IF NOT EXISTS study_list (sid INTEGER PRIMARY KEY, "
            + "id TEXT NOT NULL UNIQUE, "
            + ", ".join(LIST_COLUMNS[1:])
            + ", fall INTEGER NOT NULL"
            + "".join(f", {c} INTEGER NOT NULL" for c in factor_cols)
            + ")"
        )
        con.execute("DELETE FROM temp.study_list")
        pair_bits = {(e, p): finding_bit(e, p) for e in EFFECTS for p in ENDPOINT_SLOTS}
        bits: dict[str, dict[str, int]] = {}
        for study_id, factor_id, effect, endpoint in con.execute(
            "SELECT study_id, factor_id, effect, endpoint FROM study_factors"
        ):
            bit = pair_bits.get((effect, endpoint))
            if bit is not None and factor_id in self.factor_columns:
                per = bits.setdefault(study_id, {})
                per[factor_id] = per.get(factor_id, 0) | bit
        studies = con.execute(
            "SELECT s.rowid, s.id, s.label, s.first_author, s.year, s.journal, s.kind, "
            "s.n_patients, s.period, s.centre, ss.os5_text, ss.os5_value, ss.dfs5_text, "
            "ss.dfs5_value, ss.r0_text, ss.r0_value, s.title, s.sort_order "
            "FROM studies s LEFT JOIN study_summary ss ON ss.study_id = s.id"
        ).fetchall()
        rows = []
        for row in studies:
            per = bits.get(row[1], {})
            flags = [per.get(fid, 0) for fid in self.factor_columns]
            fall = 0
            for flag in flags:
                fall |= flag
            rows.append((*row, fall, *flags))
        n = 1 + len(LIST_COLUMNS) + 1 + len(factor_cols)
        con.executemany(f"INSERT INTO temp.study_list VALUES ({', '.join('?' * n)})", rows)
        self._list_ready = True

    # ----- full-text hits ------------------------------------------------------------------
    def _ensure_owner(self) -> None:
        if self._owner_ready:
            return
        self.ensure_list()
        con = self._con
        con.execute(
            "CREATE TEMP TABLE IF NOT EXISTS search_owner "
            "(rid INTEGER PRIMARY KEY, sid INTEGER NOT NULL)"
        )
        con.execute("DELETE FROM temp.search_owner")
        con.execute(f"INSERT INTO temp.search_owner {self._owner_select()}")
        con.execute(
            "CREATE TEMP TABLE IF NOT EXISTS text_hits "
            "(q TEXT NOT NULL, sid INTEGER NOT NULL, PRIMARY KEY (q, sid)) WITHOUT ROWID"
        )
        con.execute("DELETE FROM temp.text_hits")
        self._owner_ready = True

    def _owner_select(self) -> str:
        """SELECT (full-text rowid, study sid) for every search row of a study.

        FTS5 keeps its columns in the shadow table ``search_index_content`` (``id``, ``c0``...),
        which reads ~10x faster than a full scan of the virtual table; the virtual table is the
        fallback should the shadow table not be there (an external-content index).
        """
        con = self._con
        names = [r[1] for r in con.execute("PRAGMA main.table_info(search_index)")]
        shadow = con.execute(
            "SELECT 1 FROM main.sqlite_master WHERE type = 'table' "
            "AND name = 'search_index_content'"
        ).fetchone()
        if shadow is not None and "study_id" in names:
            column = f"c{names.index('study_id')}"
            shadow_columns = {r[1] for r in con.execute(
                "PRAGMA main.table_info(search_index_content)"
            )}
            if column in shadow_columns and "id" in shadow_columns:
                return (f"SELECT c.id, l.sid FROM main.search_index_content c "
                        f"JOIN temp.study_list l ON l.id = c.{column}")
        return ("SELECT si.rowid, l.sid FROM search_index si "
                "JOIN temp.study_list l ON l.id = si.study_id")

    def ensure_text(self, fts: str) -> None:
        """Materialise the studies hit by the FTS query ``fts`` (kept for the next calls)."""
        if fts in self._text_queries:
            self._text_queries.move_to_end(fts)
            return
        self._ensure_owner()
        con = self._con
        try:
            con.execute(
                "INSERT OR IGNORE INTO temp.text_hits (q, sid) SELECT ?, o.sid "
                "FROM search_index JOIN temp.search_owner o ON o.rid = search_index.rowid "
                "WHERE search_index MATCH ?",
                (fts, fts),
            )
        except sqlite3.OperationalError as exc:
            # fts_query makes every query valid; should FTS5 still refuse one, it hits nothing
            # (the statement inserted nothing) rather than crash the typing user.
            if "fts5" not in str(exc):
                raise
        self._text_queries[fts] = None
        while len(self._text_queries) > TEXT_CACHE_SIZE:
            old, _ = self._text_queries.popitem(last=False)
            con.execute("DELETE FROM temp.text_hits WHERE q = ?", (old,))

    def warm_up(self) -> None:
        """Build every table now (e.g. at start-up) rather than on first use."""
        self.ensure_list()
        self._ensure_owner()
