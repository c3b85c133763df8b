"""Search and the studies filter for typed text that names clinical concepts (``clinical``).

``search`` and ``working_set`` ask here first; text that names no concept goes their usual way.
For text that does ("HER2-", "age > 50", "M+ Os", "bone metastases"):

- **hits**: the rows full-text search finds for the concepts' names (a superset, up to the rank
  window), each read and kept or dropped by its relation to what was typed, then ordered: the
  same level first (a finding on the factor with that level before the other rows), then the
  opposite cut-off, another cut-off, the factor's findings that give no level; each by bm25
  rank. A row naming only the other sign or code ("RH+" for ``RH-``) is not a hit.
- **the studies filter**: the studies having such a hit, found without reading every row of a
  large KB: a factor's findings by their levels (one grouped query per factor, kept), measures
  by their names (one query per measure, kept), and only the few rows whose body, not their
  title, names the concept are read.

A name with no level and nothing to read in capitals (``OS5``, "bone metastases") needs no
reading at all: full-text search on its names answers, as fast as any search.
"""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bclm_viewer.kb.schema import SEARCH_KINDS
from bclm_viewer.query.clinical import (
    EXACT,
    NONE,
    OPPOSITE,
    OTHER,
    REJECT,
    RELATION_WORDS,
    UNSTATED,
    Concept,
    Vocabulary,
    load_vocabulary,
)
from bclm_viewer.query.fts import fts_query

if TYPE_CHECKING:
    from bclm_viewer.query.working_set import WorkingSet

_CACHE = 64  # readings, hit relations and study sets kept per connection
_KIND_RANK = {k: n for n, k in enumerate(SEARCH_KINDS)}


@dataclass(frozen=True)
class Recognised:
    """What the typed text was read as, for the UI's "Filtrer par" chip and the CLI."""

    factor_id: str | None
    measure_ids: tuple[str, ...]
    label: str  # "Statut HER2 = HER2-"
    level: str  # "HER2-", "" when none


@dataclass(frozen=True)
class Reading:
    """The typed text read as clinical concepts, and the plain words left over."""

    concepts: tuple[Concept, ...]
    rest: str

    def fts(self) -> str:
        parts = [c.fts() for c in self.concepts]
        rest = fts_query(self.rest) if self.rest else None
        if rest:
            parts.append(rest)
        return " AND ".join(parts)


class _State:
    """What one connection's clinical search keeps: its vocabulary and per-query results."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.vocabulary: Vocabulary = load_vocabulary(con)
        self.readings: OrderedDict[str, Reading | None] = OrderedDict()
        self.relations: OrderedDict[str, dict[int, int]] = OrderedDict()
        self.bits: OrderedDict[str, int] = OrderedDict()
        self.levels: dict[str, dict[str | None, int]] = {}  # factor -> level -> studies
        self.measures: dict[str, int] = {}  # measure -> studies with a figure of it
        self.ords: dict[str, int] | None = None
        # Rows read per FTS query ("age > 5" and "age > 50" read the same rows), and rankings.
        self.candidates: OrderedDict[str, tuple[list[Any], dict[str, tuple[str, str]]]] = \
            OrderedDict()
        self.body_rows: OrderedDict[str, tuple[list[Any], dict[str, tuple[str, str]]]] = \
            OrderedDict()
        self.ranked: OrderedDict[str, list[int]] = OrderedDict()


_STATES: OrderedDict[int, _State] = OrderedDict()


def _state(con: sqlite3.Connection) -> _State:
    state = _STATES.get(id(con))
    if state is None or state.con is not con:
        state = _State(con)
        _STATES[id(con)] = state
        while len(_STATES) > 8:
            _STATES.popitem(last=False)
    else:
        _STATES.move_to_end(id(con))
    return state


def _remember(cache: OrderedDict[str, object], key: str, value: object) -> None:
    cache[key] = value
    while len(cache) > _CACHE:
        cache.popitem(last=False)


def reading(con: sqlite3.Connection, text: object) -> Reading | None:
    """``text`` read as clinical concepts; ``None`` when it names none (a plain search)."""
    if not isinstance(text, str) or not text.strip():
        return None
    state = _state(con)
    if text in state.readings:
        state.readings.move_to_end(text)
        return state.readings[text]
    concepts, rest = state.vocabulary.read(text[:500])
    found = Reading(tuple(concepts), rest) if concepts else None
    _remember(state.readings, text, found)  # type: ignore[arg-type]
    return found


def recognised(con: sqlite3.Connection, text: object) -> list[Recognised]:
    """The concepts ``text`` names, in the order typed."""
    r = reading(con, text)
    if r is None:
        return []
    return [Recognised(c.factor_id, c.measure_ids, c.label(), c.level_text())
            for c in r.concepts]


def fts_for(con: sqlite3.Connection, text: object) -> str | None:
    """The FTS5 query whose matches hold the hits of ``text`` (for ranks and snippets)."""
    r = reading(con, text)
    if r is not None:
        return r.fts()
    return fts_query(text) if isinstance(text, str) else None


# ----- relations of rows ------------------------------------------------------------------------
def _finding_levels(con: sqlite3.Connection, refs: Iterable[str]) -> dict[str, tuple[str, str]]:
    wanted = json.dumps(sorted(set(refs)))
    return {str(i): (str(f), "" if lv is None else str(lv)) for i, f, lv in con.execute(
        "SELECT id, factor_id, level FROM study_factors "
        "WHERE id IN (SELECT value FROM json_each(?))", (wanted,))}


def _finding_relation(c: Concept, level: str | None) -> int:
    """A finding on the concept's own factor, by its level (its row repeats every synonym)."""
    if c.level is None:
        return EXACT
    rel = c.relation_to(level or "")
    return UNSTATED if rel == NONE else rel


def _text_relation(c: Concept, text: str) -> int:
    rel = c.relation_to(text)
    return NONE if rel == UNSTATED else rel  # a study's own text must say the level


def _row_relation(r: Reading, kind: str, text: str, finding: tuple[str, str] | None) -> int:
    worst = EXACT
    for c in r.concepts:
        if kind == "finding" and finding is not None and finding[0] == c.factor_id:
            rel = _finding_relation(c, finding[1])
        else:
            rel = _text_relation(c, text)
        if rel >= REJECT:
            return NONE
        worst = max(worst, rel)
    return worst


def ranked(con: sqlite3.Connection, text: str, window: int) -> list[int] | None:
    """The rowids of the hits of ``text`` best first; ``None`` when full-text search on
    ``fts_for(text)`` ranks them alone (no concept, or none with a level to read)."""
    r = reading(con, text)
    if r is None or not any(c.needs_reading() for c in r.concepts):
        return None
    state = _state(con)
    key = f"{window}\x00{text}"
    done = state.ranked.get(key)
    if done is not None:
        state.ranked.move_to_end(key)
        return done
    fts = r.fts()
    read = state.candidates.get(fts)
    if read is None:
        try:
            rows = con.execute(
                "SELECT rank, rowid, kind, ref, title, body FROM search_index "
                "WHERE search_index MATCH ? LIMIT ?", (fts, window)).fetchall()
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc):
                return []
            raise
        read = (rows, _finding_levels(con, (str(ref) for _, _, kind, ref, _, _ in rows
                                            if kind == "finding")))
        _remember(state.candidates, fts, read)  # type: ignore[arg-type]
    rows, findings = read
    own = {c.factor_id for c in r.concepts if c.factor_id}
    keyed = []
    relations: dict[int, int] = {}
    for rank, rowid, kind, ref, title, body in rows:
        finding = findings.get(str(ref)) if kind == "finding" else None
        rel = _row_relation(r, str(kind), f"{title or ''}\n{body or ''}", finding)
        if rel >= REJECT:
            continue
        relations[int(rowid)] = rel
        first = 0 if finding is not None and finding[0] in own else 1
        keyed.append((rel, first, rank, _KIND_RANK.get(str(kind), len(_KIND_RANK)), rowid))
    keyed.sort()
    _remember(state.relations, text, relations)  # type: ignore[arg-type]
    done = [int(k[-1]) for k in keyed]
    _remember(state.ranked, key, done)  # type: ignore[arg-type]
    return done


def relations(con: sqlite3.Connection, text: str, rowids: list[int]) -> dict[int, str]:
    """``SearchHit.relation`` of some hits of ``text`` by rowid ("" for a plain match)."""
    r = reading(con, text)
    if r is None or not rowids or not any(c.needs_reading() for c in r.concepts):
        return {}
    state = _state(con)
    known = state.relations.get(text, {})
    missing = [x for x in rowids if x not in known]
    if missing:
        rows = con.execute(
            "SELECT rowid, kind, ref, title, body FROM search_index "
            "WHERE rowid IN (SELECT value FROM json_each(?))", (json.dumps(missing),)).fetchall()
        findings = _finding_levels(con, (str(ref) for _, kind, ref, _, _ in rows
                                         if kind == "finding"))
        known = dict(known)
        for rowid, kind, ref, title, body in rows:
            finding = findings.get(str(ref)) if kind == "finding" else None
            known[int(rowid)] = _row_relation(r, str(kind), f"{title or ''}\n{body or ''}",
                                              finding)
    return {x: RELATION_WORDS.get(known.get(x, EXACT), "") for x in rowids}


# ----- the studies filter -----------------------------------------------------------------------
def study_bits(ws: WorkingSet, con: sqlite3.Connection, text: str, fts: str) -> int:
    """The studies the typed ``text`` keeps (``working_set`` bits): those with a hit."""
    r = reading(con, text)
    if r is None:
        return ws.text_bits(fts)
    state = _state(con)
    key = text
    bits = state.bits.get(key)
    if bits is not None:
        state.bits.move_to_end(key)
        return bits
    bits = ws.all
    for c in r.concepts:
        if bits:
            bits &= _concept_bits(ws, state, c)
    rest = fts_query(r.rest) if r.rest else None
    if rest and bits:
        bits &= ws.text_bits(rest)
    _remember(state.bits, key, bits)  # type: ignore[arg-type]
    return bits


def _ords(ws: WorkingSet, state: _State, ids: Iterable[str]) -> int:
    """The bitset (``working_set``) of the studies ``ids``."""
    if state.ords is None:
        state.ords = {str(i): int(o) for i, o in state.con.execute(
            "SELECT study_id, ord FROM study_list")}
    ords = state.ords
    n = ws.n
    digits = bytearray(b"0") * n
    for i in ids:
        o = ords.get(i)
        if o is not None and o < n:
            digits[o] = 49
    digits.reverse()
    return int(digits, 2) if n else 0


def _concept_bits(ws: WorkingSet, state: _State, c: Concept) -> int:
    if not c.needs_reading():
        return ws.text_bits(c.fts())
    con = state.con
    bits = 0
    factor = c.factor_id
    if factor is not None:
        levels = state.levels.get(factor)
        if levels is None:
            levels = {lv: _ords(ws, state, str(studies or "").split("\x1f")) for lv, studies in
                      con.execute("SELECT level, group_concat(study_id, char(31)) "
                                  "FROM study_factors WHERE factor_id = ? GROUP BY level",
                                  (factor,))}
            state.levels[factor] = levels
        for level, studies in levels.items():
            if _finding_relation(c, level) < REJECT:
                bits |= studies
    for target, name in state.vocabulary.names.items():
        if target[0] == "measure" and _text_relation(c, name) in (EXACT, OPPOSITE, OTHER):
            known = state.measures.get(target[1])
            if known is None:
                known = _ords(ws, state, (str(s) for (s,) in con.execute(
                    "SELECT DISTINCT study_id FROM outcomes WHERE measure = ?", (target[1],))))
                state.measures[target[1]] = known
            bits |= known
    # Rows naming the concept in their body only (a title names a measure or a factor: above).
    names = c.fts()
    read = state.body_rows.get(names)
    if read is None:
        try:
            rows = con.execute(
                "SELECT kind, ref, study_id, title, body FROM search_index "
                "WHERE search_index MATCH ? AND study_id IS NOT NULL",
                (f"{names} NOT title : {names}",)).fetchall()
        except sqlite3.OperationalError as exc:
            if "fts5" not in str(exc):
                raise
            rows = []
        read = (rows, _finding_levels(con, (str(ref) for kind, ref, *_ in rows
                                            if kind == "finding")))
        _remember(state.body_rows, names, read)  # type: ignore[arg-type]
    rows, findings = read
    ids = []
    for kind, ref, study_id, title, body in rows:
        finding = findings.get(str(ref)) if kind == "finding" else None
        if finding is not None and finding[0] == factor:
            continue  # counted by its level above
        if _text_relation(c, f"{title or ''}\n{body or ''}") in (EXACT, OPPOSITE, OTHER):
            ids.append(str(study_id))
    return bits | _ords(ws, state, ids) if ids else bits
