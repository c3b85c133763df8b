"""The reads the comparison and the matrix need (``bclm_viewer.evidence``), kept with the rest
of the query API so that the evidence package holds no SQL of its own.

Rows come back as plain tuples, in the column order each method names; the evidence package
turns them into its records (``Figure``, ``FindingItem``, ``StudyColumn``). Every statement is
indexed: a comparison reads its few studies, the matrix a block of studies or one factor at a
time (``LazyStudyIds`` pages the study ids), so a 10,000-study KB answers within a frame.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, overload

from bclm_viewer.i18n import name_column
from bclm_viewer.query.readings import readings_sql, study_readings

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

KbSource: TypeAlias = "KnowledgeBase | sqlite3.Connection"
"""What the evidence functions read: a ``KnowledgeBase``, or a bare read-only connection."""

Row = tuple[Any, ...]

CHUNK = 900  # ids per IN (...) list, well under SQLite's variable limit
ID_PAGE = 200  # study ids ``LazyStudyIds`` reads at once

_FIGURE_COLUMNS = (
    "study_id, id, measure, value_text, unit, value, value_low, value_high, qualifier, "
    f"group_label, p_value, slide, source, {readings_sql('outcomes', 'outcomes.id')}"
)
_FINDING_COLUMNS = (
    "id, study_id, factor_id, level, effect, endpoint, analysis, p_value, slide, source, "
    + readings_sql("study_factors", "study_factors.id")
)
_STUDY_COLUMNS = "id, label, citation, slide, n_patients, n_controls, kind"


def placeholders(n: int) -> str:
    return ", ".join("?" * n)


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def reads_of(kb: KbSource) -> EvidenceReads:
    """The evidence reads of a ``KnowledgeBase`` (or of a bare connection)."""
    if isinstance(kb, sqlite3.Connection):
        return EvidenceReads(kb)
    return kb.evidence_reads()


class LazyStudyIds(Sequence[str]):
    """The ids of the studies with a finding (on the chosen factors), in the KB's order, read a
    page at a time: counting them is one indexed pass, listing 10,000 ids up front is not."""

    def __init__(self, con: sqlite3.Connection, cond: str, params: list[object]) -> None:
        self._con = con
        self._where = (
            f"WHERE EXISTS (SELECT 1 FROM study_factors sf WHERE sf.study_id = s.id{cond})"
        )
        self._params = params
        self._pages: dict[int, list[str]] = {}
        row = con.execute(f"SELECT COUNT(*) FROM studies s {self._where}", params).fetchone()
        self._len = int(row[0])

    def __len__(self) -> int:
        return self._len

    def _page(self, number: int) -> list[str]:
        """One page of ids; a page in the second half is read from the end (descending), so
        the OFFSET the index walks never exceeds half the list."""
        if number not in self._pages:
            start = number * ID_PAGE
            size = min(ID_PAGE, self._len - start)
            if start <= self._len // 2:
                order, offset = "", start
            else:
                order, offset = " DESC", self._len - start - size
            rows = self._con.execute(
                f"SELECT s.id FROM studies s {self._where} "
                f"ORDER BY s.sort_order{order}, s.id{order} LIMIT ? OFFSET ?",
                [*self._params, size, offset],
            )
            ids = [str(r[0]) for r in rows]
            self._pages[number] = ids[::-1] if order else ids
        return self._pages[number]

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._len))]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        return self._page(index // ID_PAGE)[index % ID_PAGE]


class EvidenceReads:
    """The SELECTs of the comparison and the matrix, over one read-only connection."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con

    # ----- vocabularies ----------------------------------------------------------------------
    def factors(self) -> list[Row]:
        """(id, name_fr, category) of every factor, in vocabulary order."""
        return self._con.execute(
            f"SELECT id, {name_column()}, category FROM factors ORDER BY sort_order"
        ).fetchall()

    def factor_count(self) -> int:
        return int(self._con.execute("SELECT COUNT(*) FROM factors").fetchone()[0])

    def measures(self) -> list[Row]:
        """(id, name_fr, unit, category, higher_is_better) of every measure, in order."""
        return self._con.execute(
            f"SELECT id, {name_column()}, unit, category, higher_is_better FROM measures "
            "ORDER BY sort_order"
        ).fetchall()

    def measure(self, measure_id: str) -> Row | None:
        """(id, name_fr, unit, category, higher_is_better) of one measure, or None."""
        row: Row | None = self._con.execute(
            f"SELECT id, {name_column()}, unit, category, higher_is_better FROM measures "
            "WHERE id = ?",
            (measure_id,),
        ).fetchone()
        return row

    # ----- studies -----------------------------------------------------------------------------
    def studies(self, study_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Every column of the ``studies`` rows of these ids, by id (unknown ids left out)."""
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(dict.fromkeys(study_ids))):
            cursor = self._con.execute(
                f"SELECT * FROM studies WHERE id IN ({placeholders(len(chunk))})", chunk
            )
            names = [d[0] for d in cursor.description]
            for values in cursor:
                row = dict(zip(names, values, strict=True))
                found[str(row["id"])] = row
        return found

    def study_readings(self, study_ids: Sequence[str]) -> dict[str, dict[str, str]]:
        """The readings of these studies' own fields: {study id: {field: reason}}."""
        return study_readings(self._con, study_ids)

    def known_study_ids(self, study_ids: Sequence[str]) -> set[str]:
        known: set[str] = set()
        for chunk in _chunks(study_ids):
            known.update(
                str(r[0]) for r in self._con.execute(
                    f"SELECT id FROM studies WHERE id IN ({placeholders(len(chunk))})", chunk
                )
            )
        return known

    def study_columns(self, study_ids: Sequence[str]) -> list[Row]:
        """(id, label, citation, slide, n_patients, n_controls, kind) of these studies (unknown
        ids left out)."""
        rows: list[Row] = []
        for chunk in _chunks(study_ids):
            rows += self._con.execute(
                f"SELECT {_STUDY_COLUMNS} FROM studies WHERE id IN ({placeholders(len(chunk))})",
                chunk,
            ).fetchall()
        return rows

    def studies_with_findings(self, factor_ids: Sequence[str] = ()) -> LazyStudyIds:
        """The ids of the studies with a finding (on these factors, if any), in study order."""
        if not factor_ids:
            return LazyStudyIds(self._con, "", [])
        # "+": per study, seek its findings by study (a handful), never scan the factor's
        # findings once per study (idx_study_factors_level would: 3.6 s on 10,000 studies).
        cond = f" AND +sf.factor_id IN ({placeholders(len(factor_ids))})"
        return LazyStudyIds(self._con, cond, list(factor_ids))

    # ----- figures and findings -------------------------------------------------------------
    def figures(self, study_ids: Sequence[str], measure_id: str | None = None) -> list[Row]:
        """(study_id, then the ``Figure`` fields) of these studies (on one measure if given),
        by study then in file order."""
        rows: list[Row] = []
        for chunk in _chunks(study_ids):
            marks = placeholders(len(chunk))
            if measure_id is None:
                rows += self._con.execute(
                    f"SELECT {_FIGURE_COLUMNS} FROM outcomes WHERE study_id IN ({marks}) "
                    "ORDER BY study_id, sort_order",
                    chunk,
                ).fetchall()
            else:
                rows += self._con.execute(
                    f"SELECT {_FIGURE_COLUMNS} FROM outcomes WHERE measure = ? "
                    f"AND study_id IN ({marks}) ORDER BY study_id, sort_order",
                    [measure_id, *chunk],
                ).fetchall()
        return rows

    def findings(self, study_ids: Sequence[str], factor_ids: Sequence[str] = ()) -> list[Row]:
        """The ``FindingItem`` fields of these studies' findings (optionally on these
        factors), by study then in file order."""
        if not study_ids:
            return []
        params: list[object] = list(study_ids)
        where = f"study_id IN ({placeholders(len(study_ids))})"
        if factor_ids:
            # "+": filter rows, never pick the factor index over the (much narrower) study index.
            where += f" AND +factor_id IN ({placeholders(len(factor_ids))})"
            params.extend(factor_ids)
        return self._con.execute(
            f"SELECT {_FINDING_COLUMNS} FROM study_factors WHERE {where} "
            "ORDER BY study_id, sort_order",
            params,
        ).fetchall()

    # ----- one factor's agreement --------------------------------------------------------------
    @staticmethod
    def _scope(scope: Sequence[str] | None, params: list[object]) -> str:
        if scope is None:
            return ""
        params.extend(scope)
        return f" AND sf.study_id IN ({placeholders(len(scope))})"

    def factor_groups(
        self, factor_id: str, named: bool, scope: Sequence[str] | None = None
    ) -> list[Row]:
        """(effect, level, studies or 0 unless ``named``, first study id, last study id) per
        (effect, level) of the factor's findings (within ``scope`` if given), in order of
        first appearance."""
        params: list[object] = [factor_id]
        where = self._scope(scope, params)
        count = "COUNT(DISTINCT sf.study_id)" if named else "0"
        return self._con.execute(
            f"SELECT sf.effect, sf.level, {count}, MIN(sf.study_id), MAX(sf.study_id) "
            f"FROM study_factors sf WHERE sf.factor_id = ?{where} "
            "GROUP BY sf.effect, sf.level ORDER BY MIN(sf.rowid)",
            params,
        ).fetchall()

    def seek_groups(
        self, factor_id: str, effects: Sequence[str], max_levels: int
    ) -> list[tuple[str, str | None, int, str, str]] | None:
        """(effect, level, 0, first study, last study) by seeks in ``idx_study_factors_level``
        (a few dozen index probes instead of a scan of every finding of the factor on a large
        KB); None when an effect has more than ``max_levels`` distinct levels."""
        con = self._con
        rows: list[tuple[str, str | None, int, str, str]] = []
        base = "FROM study_factors WHERE factor_id = ? AND effect = ?"
        for effect in effects:
            levels: list[str | None] = []
            if con.execute(f"SELECT 1 {base} AND level IS NULL LIMIT 1",
                           (factor_id, effect)).fetchone():
                levels.append(None)
            row = con.execute(f"SELECT level {base} AND level IS NOT NULL ORDER BY level LIMIT 1",
                              (factor_id, effect)).fetchone()
            while row is not None:
                if len(levels) > max_levels:
                    return None
                levels.append(row[0])
                row = con.execute(f"SELECT level {base} AND level > ? ORDER BY level LIMIT 1",
                                  (factor_id, effect, row[0])).fetchone()
            for level in levels:
                key = (factor_id, effect, level)
                first = con.execute(f"SELECT MIN(study_id) {base} AND level IS ?", key).fetchone()
                last = con.execute(f"SELECT MAX(study_id) {base} AND level IS ?", key).fetchone()
                rows.append((effect, level, 0, first[0], last[0]))
        return rows

    def not_significant_count(self, factor_id: str, scope: Sequence[str] | None = None) -> int:
        """The studies with a "not significant" finding on the factor (within ``scope``)."""
        params: list[object] = [factor_id]
        where = self._scope(scope, params)
        row = self._con.execute(
            "SELECT COUNT(DISTINCT sf.study_id) FROM study_factors sf WHERE sf.factor_id = ? "
            f"AND sf.effect = 'not significant'{where}",
            params,
        ).fetchone()
        return int(row[0])

    def group_labels(
        self,
        factor_id: str,
        effect: str,
        level: str | None,
        limit: int,
        scope: Sequence[str] | None = None,
    ) -> tuple[str, ...]:
        """The labels of the first ``limit`` studies (in study order) with a finding of this
        effect (and level, unless "not significant") on the factor."""
        params: list[object] = [factor_id, effect]
        cond = "" if effect == "not significant" else " AND sf.level IS ?"
        if cond:
            params.append(level)
        where = self._scope(scope, params)
        rows = self._con.execute(
            "SELECT s.label FROM study_factors sf JOIN studies s ON s.id = sf.study_id "
            f"WHERE sf.factor_id = ? AND sf.effect = ?{cond}{where} "
            f"GROUP BY s.id ORDER BY MIN(s.sort_order) LIMIT {int(limit)}",
            params,
        )
        return tuple(str(r[0]) for r in rows)
