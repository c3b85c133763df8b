"""The build's last step: the tables the studies list reads instead of scanning 100,000s of rows.

The KB is read-only at run time, so whatever the list can know in advance is written once here,
from the public tables (``schema.DERIVED_DDL`` says what each holds):

- ``study_list``: the list's columns per study, numbered ``ord`` in deck order;
- ``finding_bits``: per (factor, effect, endpoint), the studies with such a finding, as a bitset
  over ``ord`` (a filter or a facet count is then a few integer ANDs and a popcount);
- ``study_orders``: every sort key's order of the ords (a page is a walk down one array);
- ``search_index`` itself: its rows are staged in ``temp.search_stage`` while studies stream in
  and inserted here with rowids that say their study and kind (``schema.SEARCH_ROWID_SHIFT``);
- ``study_text``: one full-text document per study, for one-word text filters.

Both writers of KBs (``kb.build`` and the tests' ``kb_sample``) stage their search rows with
``SEARCH_STAGE_DDL`` and end with ``finish``.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array

from bclm_viewer.kb.schema import (
    DERIVED_DDL,
    SEARCH_KIND_SHIFT,
    SEARCH_KINDS,
    SEARCH_ROWID_SHIFT,
)

# The typecode of unsigned 32-bit integers (``study_orders.ords``).
U32 = next(code for code in "IL" if array(code).itemsize == 4)

SEARCH_STAGE_DDL = (
    "CREATE TEMP TABLE search_stage (kind TEXT, ref TEXT, study_id TEXT, slide INTEGER, "
    "title TEXT, body TEXT)"
)
SEARCH_STAGE_INSERT = "INSERT INTO temp.search_stage VALUES (?, ?, ?, ?, ?, ?)"

# sort key -> (table.column, ...) terms, most significant first, on ``studies s`` joined to
# ``study_summary ss``. Each term sorts NULLs last in both directions; a figure reported
# without a point value (a range, "< 10") sorts after the valued ones, before the unreported.
SORTS: dict[str, tuple[str, ...]] = {
    "label": ("s.label COLLATE NOCASE",),
    "first_author": ("s.first_author COLLATE NOCASE",),
    "year": ("s.year",),
    "journal": ("s.journal COLLATE NOCASE",),
    "title": ("s.title COLLATE NOCASE",),
    "kind": ("s.kind",),
    "n_patients": ("s.n_patients",),
    "period": ("s.period COLLATE NOCASE",),
    "centre": ("s.centre COLLATE NOCASE",),
    "os5": ("ss.os5_text", "ss.os5_value"),
    "dfs5": ("ss.dfs5_text", "ss.dfs5_value"),
    "r0": ("ss.r0_text", "ss.r0_value"),
}

_FROM = (
    "FROM studies s JOIN study_list l ON l.study_id = s.id "
    "LEFT JOIN study_summary ss ON ss.study_id = s.id"
)


def order_by(sort: str, descending: bool) -> str:
    """The ORDER BY of ``sort`` (ties in deck order, i.e. by ord, whatever the direction)."""
    terms = SORTS[sort]
    parts = [f"{term.removesuffix(' COLLATE NOCASE')} IS NULL" for term in terms]
    parts.append(terms[-1] + (" DESC" if descending else ""))
    return "ORDER BY " + ", ".join(parts) + ", l.ord"


def _study_list(con: sqlite3.Connection) -> None:
    con.execute(
        "INSERT INTO study_list SELECT row_number() OVER (ORDER BY s.sort_order, s.id) - 1, "
        "s.id, s.label, s.first_author, s.year, s.journal, s.kind, s.n_patients, s.period, "
        "s.centre, ss.os5_text, ss.dfs5_text, ss.r0_text, s.n_controls, NULL "
        "FROM studies s LEFT JOIN study_summary ss ON ss.study_id = s.id"
    )


# A reading of a study field or of a headline figure -> the study_list column it shows in.
_LIST_READINGS = {
    ("studies", "kind"): "kind", ("studies", "year"): "year", ("studies", "journal"): "journal",
    ("studies", "n_patients"): "n_patients", ("studies", "n_controls"): "n_patients",
    ("studies", "period"): "period", ("studies", "centre"): "centre",
    ("studies", "first_author"): "label",
    ("os5", None): "os5_text", ("dfs5", None): "dfs5_text", ("r0_pct", None): "r0_text",
}


def _list_readings(con: sqlite3.Connection) -> None:
    """``study_list.readings``: which of a study's list columns are readings, and why."""
    found: dict[str, dict[str, str]] = {}
    for study_id, table, name, reason, measure in con.execute(
        "SELECT r.study_id, r.table_name, r.field, r.reason, o.measure FROM readings r "
        "LEFT JOIN outcomes o ON r.table_name = 'outcomes' AND o.id = r.row_id "
        "WHERE r.table_name IN ('studies', 'outcomes') ORDER BY r.rowid"
    ):
        column = _LIST_READINGS.get((measure, None) if table == "outcomes" else (table, name))
        if column is not None and (table == "studies" or name != "p"):
            found.setdefault(study_id, {}).setdefault(column, reason)
    con.executemany(
        "UPDATE study_list SET readings = ? WHERE study_id = ?",
        [(json.dumps(v, ensure_ascii=False), k) for k, v in found.items()],
    )


def _search_index(con: sqlite3.Connection) -> None:
    """Staged search rows -> ``search_index``, with rowids that say their study and kind."""
    kind = "CASE st.kind " + " ".join(
        f"WHEN '{k}' THEN {n}" for n, k in enumerate(SEARCH_KINDS)
    ) + f" ELSE {len(SEARCH_KINDS)} END"
    numbered = (
        f"SELECT COALESCE(l.ord + 1, 0) AS block, {kind} AS kind_no, st.rowid AS staged "
        "FROM temp.search_stage st LEFT JOIN study_list l ON l.study_id = st.study_id"
    )
    worst = con.execute(
        f"SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM ({numbered}) GROUP BY block, kind_no)"
    ).fetchone()[0]
    if worst is not None and worst >= 1 << SEARCH_KIND_SHIFT:
        raise ValueError(f"{worst} search rows of one kind for one study: too many")
    con.execute(
        "INSERT INTO search_index (rowid, kind, ref, study_id, slide, title, body) "
        "SELECT (n.block << ?) | (n.kind_no << ?) "
        "       | row_number() OVER (PARTITION BY n.block, n.kind_no ORDER BY n.staged), "
        "       st.kind, st.ref, st.study_id, st.slide, st.title, st.body "
        f"FROM ({numbered}) n JOIN temp.search_stage st ON st.rowid = n.staged "
        "ORDER BY 1",
        (SEARCH_ROWID_SHIFT, SEARCH_KIND_SHIFT),
    )


def _study_text(con: sqlite3.Connection) -> None:
    con.execute(
        "INSERT INTO study_text (rowid, text) "
        "SELECT l.ord + 1, group_concat(COALESCE(st.title, '') || ' ' || COALESCE(st.body, ''), "
        "       ' ') "
        "FROM temp.search_stage st JOIN study_list l ON l.study_id = st.study_id "
        "GROUP BY l.ord ORDER BY l.ord"
    )
    con.execute("INSERT INTO study_text (study_text) VALUES ('optimize')")


def _finding_bits(con: sqlite3.Connection) -> None:
    size = (con.execute("SELECT COUNT(*) FROM study_list").fetchone()[0] + 7) // 8
    bits: dict[tuple[str, str, str | None], bytearray] = {}
    for factor_id, effect, endpoint, ord_ in con.execute(
        "SELECT f.factor_id, f.effect, f.endpoint, l.ord FROM study_factors f "
        "JOIN study_list l ON l.study_id = f.study_id"
    ):
        key = (factor_id, effect, endpoint)
        mask = bits.get(key)
        if mask is None:
            mask = bits[key] = bytearray(size)
        mask[ord_ >> 3] |= 1 << (ord_ & 7)
    con.executemany(
        "INSERT INTO finding_bits VALUES (?, ?, ?, ?)",
        [(*key, bytes(mask)) for key, mask in sorted(bits.items(), key=lambda kv: str(kv[0]))],
    )


def _study_orders(con: sqlite3.Connection) -> None:
    rows = []
    for key in SORTS:
        for descending in (0, 1):
            ords = array(U32, (r[0] for r in con.execute(
                f"SELECT l.ord {_FROM} {order_by(key, bool(descending))}"
            )))
            if sys.byteorder == "big":  # pragma: no cover - stored little-endian
                ords.byteswap()
            rows.append((key, descending, ords.tobytes()))
    con.executemany("INSERT INTO study_orders VALUES (?, ?, ?)", rows)


def finish(con: sqlite3.Connection) -> None:
    """Write the derived tables (``studies.sort_order`` final, search rows staged), then drop
    the stage. Runs inside the writer's transaction."""
    for statement in DERIVED_DDL.split(";"):
        if "CREATE" in statement:  # (not executescript: it would commit)
            con.execute(statement)
    _study_list(con)
    _list_readings(con)
    _search_index(con)
    _study_text(con)
    _finding_bits(con)
    _study_orders(con)
    con.execute("DROP TABLE temp.search_stage")
