"""The reads study mode needs (``bclm_viewer.study``): every figure, finding and slide line in
deck order, kept with the rest of the query API so that the study package holds no SQL.

Rows are plain tuples in the column order each method names; the last column of a figure or a
finding is its readings as JSON (as ``query.readings.readings_sql`` gives them, None when there
are none), so a question can say when its answer is a reading of the slide rather than its words.
Each statement runs once per generation (one pass over the table, in deck order), and the
readings are joined from one grouped pass over their table rather than one subquery per row:
a 10,000-study KB has 200,000 figures, and each column and subquery per row counts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from bclm_viewer.i18n import name_column
from bclm_viewer.query.evidence_reads import KbSource, placeholders
from bclm_viewer.query.readings import study_readings

Row = tuple[Any, ...]


def _readings_join(table: str, id_expr: str) -> str:
    """``r.j``: the readings of each row of ``table`` as a JSON object, NULL when none (the
    same object as ``readings_sql``, grouped once for the whole table)."""
    return (
        "LEFT JOIN (SELECT row_id, json_group_object(field, reason) AS j FROM readings "
        f"WHERE table_name = '{table}' GROUP BY row_id) r ON r.row_id = {id_expr}"
    )


def study_reads_of(kb: KbSource) -> StudyReads:
    """The study-mode reads of a ``KnowledgeBase`` (or of a bare read-only connection)."""
    if isinstance(kb, sqlite3.Connection):
        return StudyReads(kb)
    return StudyReads(kb.connection)


class StudyReads:
    """The SELECTs of question generation, over one read-only connection."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con

    def studies(self) -> list[Row]:
        """(id, label, kind, centre, period, n_patients, slide) of every study, deck order."""
        return self._con.execute(
            "SELECT id, label, kind, centre, period, n_patients, slide FROM studies "
            "ORDER BY sort_order, id"
        ).fetchall()

    def study_readings(self) -> dict[str, dict[str, str]]:
        """{study id: {field: reason}} of every study's own fields read into its slide."""
        return study_readings(self._con)

    def known_ids(self, table: str, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` exist in ``table`` (``studies`` or ``factors``)."""
        if table not in ("studies", "factors"):
            raise ValueError(table)
        return {str(r[0]) for r in self._con.execute(
            f"SELECT id FROM {table} WHERE id IN ({placeholders(len(ids))})", list(ids))}

    def figures(self) -> list[Row]:
        """(study_id, id, measure, value_text, unit, value, value_low, value_high, qualifier,
        group_label, p_value, slide, source, readings JSON) of every figure, deck order."""
        return self._con.execute(
            "SELECT o.study_id, o.id, o.measure, o.value_text, o.unit, o.value, o.value_low, "
            "o.value_high, o.qualifier, o.group_label, o.p_value, o.slide, o.source, r.j "
            "FROM outcomes o JOIN studies s ON s.id = o.study_id "
            f"{_readings_join('outcomes', 'o.id')} "
            "ORDER BY s.sort_order, o.study_id, o.sort_order, o.id"
        ).fetchall()

    def measures(self) -> list[Row]:
        """(id, name, unit, higher_is_better) of every measure, in vocabulary order (the name
        in the current language)."""
        return self._con.execute(
            f"SELECT id, {name_column()}, unit, higher_is_better FROM measures "
            "ORDER BY sort_order, id"
        ).fetchall()

    def factors(self) -> list[Row]:
        """(id, name) of every factor, in vocabulary order (in the current language)."""
        return self._con.execute(
            f"SELECT id, {name_column()} FROM factors ORDER BY sort_order, id"
        ).fetchall()

    def findings(self) -> list[Row]:
        """(id, study_id, factor_id, level, effect, endpoint, analysis, slide, source, readings
        JSON) of every finding, deck order."""
        return self._con.execute(
            "SELECT f.id, f.study_id, f.factor_id, f.level, f.effect, f.endpoint, f.analysis, "
            "f.slide, f.source, r.j FROM study_factors f JOIN studies s ON s.id = f.study_id "
            f"{_readings_join('study_factors', 'f.id')} "
            "ORDER BY s.sort_order, f.study_id, f.sort_order, f.id"
        ).fetchall()

    def slide_texts(self, numbers: Sequence[int]) -> list[Row]:
        """(number, text) of these slides."""
        return self._con.execute(
            f"SELECT number, text FROM slides WHERE number IN ({placeholders(len(numbers))})",
            list(numbers),
        ).fetchall()
