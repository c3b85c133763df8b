"""The evidence matrix: prognostic factors × studies, each cell what that study found, and which
factors the series disagree on.

Two kinds of disagreement are told apart, because they do not mean the same thing:
a **conflit** (opposite directions) and a **discordance** (significant here, NS there); the
rules are in ``agreement``.

``MatrixSource`` reads lazily: the factor list and the ordered study ids once, the cells a block
of studies at a time, a factor's conflict when first asked, so a 10,000-study KB opens at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from bclm_viewer.evidence.agreement import (
    CONCORDANT,
    CONFLICT,
    DISCORDANT,
    FLAGGED,
    NONE,
    SINGLE,
    UNDETERMINED,
    FactorConflict,
    _Group,
    classify,
    level_pole,
    worse_pole,
)
from bclm_viewer.evidence.figures import (
    FRENCH,
    STUDY_COLUMNS,
    FindingItem,
    Labels,
    Quote,
    StudyColumn,
    UnknownStudyError,
    connection_of,
    finding_lines,
    grouped_by_category,
    load_findings,
    placeholders,
)
from bclm_viewer.kb.errors import KbError
from bclm_viewer.kb.schema import EFFECTS

__all__ = [  # the agreement rules come from ``agreement``; importing them from here works too
    "CONCORDANT", "CONFLICT", "DISCORDANT", "FLAGGED", "NONE", "SINGLE", "UNDETERMINED",
    "FactorConflict", "Matrix", "MatrixCell", "MatrixFactor", "MatrixSource", "UnknownFactorError",
    "_Group", "build_matrix", "classify", "level_pole", "matrix_from_source", "summarize",
    "worse_pole",
]

MAX_NAMED = 3  # studies named per group in a reason; the rest are counted
MAX_SEEK_LEVELS = 64


class UnknownFactorError(KbError):
    def __init__(self, ids: Sequence[str]) -> None:
        self.ids = tuple(ids)
        super().__init__("facteur(s) inconnu(s) : " + ", ".join(self.ids))


# ----- cells ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixCell:
    findings: tuple[FindingItem, ...]
    text: str  # one line per (effect, level); "n.r." when the study says nothing on the factor
    effect: str | None  # the common effect, "mixed", or None when empty

    @property
    def reported(self) -> bool:
        return bool(self.findings)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return tuple(Quote(f.slide, f.source) for f in self.findings)

    @property
    def readings(self) -> tuple[str, ...]:
        """The reasons of what the cell's findings read into the slide ("◊" in ``text``)."""
        return tuple(dict.fromkeys(r for f in self.findings for r in f.reasons()))

    @property
    def first_slide(self) -> int | None:
        return self.findings[0].slide if self.findings else None


def summarize(items: Sequence[FindingItem], labels: Labels = FRENCH) -> MatrixCell:
    """A cell from a study's findings on a factor (see ``compare.finding_lines``)."""
    if not items:
        return MatrixCell((), labels.nr, None)
    effects = {i.effect for i in items}
    effect = effects.pop() if len(effects) == 1 else "mixed"
    return MatrixCell(tuple(items), "\n".join(finding_lines(items, labels)), effect)


@dataclass(frozen=True)
class MatrixFactor:
    id: str
    name: str
    category: str


# ----- lazy source ----------------------------------------------------------------------------

ID_PAGE = 200


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
            ids = [r[0] for r in rows]
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


class MatrixSource:
    """Reads the matrix on demand. Columns: ``study_ids`` if given (in that order), else every
    study with a finding (on ``factor_ids`` when given), in the KB's study order."""

    def __init__(
        self,
        kb: object,
        factor_ids: Sequence[str] = (),
        study_ids: Sequence[str] | None = None,
        labels: Labels = FRENCH,
    ) -> None:
        self.con = connection_of(kb)
        self.labels = labels
        self._n_factors = self._factor_count()
        self.factors = self._load_factors(list(dict.fromkeys(factor_ids)))
        self._factor_ids = [f.id for f in self.factors]
        self._explicit = study_ids is not None
        self.study_ids = self._load_study_ids(study_ids)
        self._studies: dict[str, StudyColumn] = {}
        self._cells: dict[tuple[str, str], MatrixCell] = {}
        self._raw: dict[tuple[str, str], list[FindingItem]] = {}
        self._loaded: set[str] = set()
        self._conflicts: dict[str, FactorConflict] = {}
        self._statuses: dict[str, str] = {}

    def _load_factors(self, wanted: list[str]) -> list[MatrixFactor]:
        rows = {
            r[0]: r
            for r in self.con.execute(
                "SELECT id, name_fr, category FROM factors ORDER BY sort_order"
            )
        }
        missing = [f for f in wanted if f not in rows]
        if missing:
            raise UnknownFactorError(missing)
        order = grouped_by_category((f, r[2]) for f, r in rows.items())
        keep = [f for f in order if not wanted or f in wanted]
        return [MatrixFactor(f, rows[f][1], rows[f][2]) for f in keep]

    def _load_study_ids(self, study_ids: Sequence[str] | None) -> Sequence[str]:
        if study_ids is not None:
            ids = list(dict.fromkeys(study_ids))
            if not ids:
                return []
            known = {
                r[0]
                for r in self.con.execute(
                    f"SELECT id FROM studies WHERE id IN ({placeholders(len(ids))})", ids
                )
            }
            missing = [i for i in ids if i not in known]
            if missing:
                raise UnknownStudyError(missing)
            return ids
        params: list[object] = []
        cond = ""
        if self._factor_ids and len(self._factor_ids) < self._n_factors:
            cond = f" AND sf.factor_id IN ({placeholders(len(self._factor_ids))})"
            params = list(self._factor_ids)
        return LazyStudyIds(self.con, cond, params)

    def _factor_count(self) -> int:
        return int(self.con.execute("SELECT COUNT(*) FROM factors").fetchone()[0])

    # -- studies and cells, a block at a time --
    def load_headers(self, study_ids: Sequence[str]) -> None:
        """Read the column headers (label, citation) of these studies if not yet read."""
        todo = [s for s in study_ids if s not in self._studies]
        if not todo:
            return
        for r in self.con.execute(
            f"SELECT {STUDY_COLUMNS} FROM studies WHERE id IN ({placeholders(len(todo))})",
            todo,
        ):
            self._studies[r[0]] = StudyColumn(*r)

    def load(self, study_ids: Sequence[str]) -> None:
        """Read the headers and the findings of these studies (a block of columns); each cell's
        text is composed when first asked for."""
        todo = [s for s in study_ids if s not in self._loaded]
        if not todo:
            return
        self.load_headers(todo)
        subset = self._factor_ids if len(self._factor_ids) < self._n_factors else ()
        for item in load_findings(self.con, todo, subset):
            self._raw.setdefault((item.factor_id, item.study_id), []).append(item)
        self._loaded.update(todo)

    def study(self, study_id: str) -> StudyColumn:
        self.load_headers([study_id])
        return self._studies[study_id]

    def cell(self, factor_id: str, study_id: str) -> MatrixCell:
        key = (factor_id, study_id)
        cell = self._cells.get(key)
        if cell is None:
            self.load([study_id])
            cell = summarize(self._raw.get(key, ()), self.labels)
            self._cells[key] = cell
        return cell

    # -- agreement, one factor at a time --
    def status(self, factor_id: str) -> str:
        """The agreement status alone: read from the covering index, no study names."""
        if factor_id in self._conflicts:
            return self._conflicts[factor_id].status
        if factor_id not in self._statuses:
            groups = self._groups(factor_id, named=False)
            self._statuses[factor_id] = classify(factor_id, groups, self._name(factor_id)).status
        return self._statuses[factor_id]

    def conflict(self, factor_id: str) -> FactorConflict:
        """Status and reason, naming the studies (a few more queries: read on demand)."""
        if factor_id not in self._conflicts:
            groups = self._groups(factor_id, named=True)
            self._conflicts[factor_id] = classify(factor_id, groups, self._name(factor_id))
        return self._conflicts[factor_id]

    def _name(self, factor_id: str) -> str | None:
        return next((f.name for f in self.factors if f.id == factor_id), None)

    def _scope(self, params: list[object]) -> str:
        if not self._explicit:
            return ""
        params.extend(self.study_ids)
        return f" AND sf.study_id IN ({placeholders(len(self.study_ids))})"

    def _groups(self, factor_id: str, named: bool) -> list[_Group]:
        """The factor's (effect, level) groups in order of first appearance, NS merged into one;
        ``named``: with exact study counts and the first few study labels."""
        if self._explicit and not self.study_ids:
            return []
        rows = None if named or self._explicit else self._seek_groups(factor_id)
        if rows is None:
            params: list[object] = [factor_id]
            scope = self._scope(params)
            count = "COUNT(DISTINCT sf.study_id)" if named else "0"
            rows = self.con.execute(
                f"SELECT sf.effect, sf.level, {count}, MIN(sf.study_id), MAX(sf.study_id) "
                f"FROM study_factors sf WHERE sf.factor_id = ?{scope} "
                "GROUP BY sf.effect, sf.level ORDER BY MIN(sf.rowid)",
                params,
            ).fetchall()
        groups: list[_Group] = []
        ns = [r for r in rows if r[0] == "not significant"]
        merged_ns = False
        for effect, level, n, first, last in rows:
            if effect == "not significant":
                if merged_ns:
                    continue
                merged_ns, level = True, None
                first = min(r[3] for r in ns)
                last = max(r[4] for r in ns)
                n = self._ns_count(factor_id) if named else (1 if first == last else 2)
            elif not named:
                n = 1 if first == last else 2
            labels = self._labels(factor_id, effect, level) if named else ()
            groups.append(_Group(level, effect, int(n), labels, first, last))
        return groups

    def _seek_groups(self, factor_id: str) -> list[tuple[str, str | None, int, str, str]] | None:
        """(effect, level, 0, first study, last study) by seeks in ``idx_study_factors_level``
        (a few dozen index probes instead of a scan of every finding of the factor on a large
        KB); None when a factor has too many distinct levels for that to pay."""
        con = self.con
        rows: list[tuple[str, str | None, int, str, str]] = []
        base = "FROM study_factors WHERE factor_id = ? AND effect = ?"
        for effect in EFFECTS:
            levels: list[str | None] = []
            if con.execute(f"SELECT 1 {base} AND level IS NULL LIMIT 1",
                           (factor_id, effect)).fetchone():
                levels.append(None)
            row = con.execute(f"SELECT level {base} AND level IS NOT NULL ORDER BY level LIMIT 1",
                              (factor_id, effect)).fetchone()
            while row is not None:
                if len(levels) > MAX_SEEK_LEVELS:
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

    def _ns_count(self, factor_id: str) -> int:
        params: list[object] = [factor_id]
        scope = self._scope(params)
        row = self.con.execute(
            "SELECT COUNT(DISTINCT sf.study_id) FROM study_factors sf WHERE sf.factor_id = ? "
            f"AND sf.effect = 'not significant'{scope}",
            params,
        ).fetchone()
        return int(row[0])

    def _labels(self, factor_id: str, effect: str, level: str | None) -> tuple[str, ...]:
        params: list[object] = [factor_id, effect]
        cond = "" if effect == "not significant" else " AND sf.level IS ?"
        if cond:
            params.append(level)
        scope = self._scope(params)
        rows = self.con.execute(
            "SELECT s.label FROM study_factors sf JOIN studies s ON s.id = sf.study_id "
            f"WHERE sf.factor_id = ? AND sf.effect = ?{cond}{scope} "
            f"GROUP BY s.id ORDER BY MIN(s.sort_order) LIMIT {MAX_NAMED}",
            params,
        )
        return tuple(r[0] for r in rows)


@dataclass(frozen=True)
class Matrix:
    """A fully read matrix (for exports and the CLI): ``cells[row][column]``."""

    factors: tuple[MatrixFactor, ...]
    studies: tuple[StudyColumn, ...]
    cells: tuple[tuple[MatrixCell, ...], ...]
    conflicts: tuple[FactorConflict, ...]
    labels: Labels = FRENCH


def build_matrix(
    kb: object,
    factor_ids: Sequence[str] = (),
    study_ids: Sequence[str] | None = None,
    labels: Labels = FRENCH,
) -> Matrix:
    """The whole matrix at once (raises ``UnknownFactorError`` / ``UnknownStudyError``)."""
    src = MatrixSource(kb, factor_ids, study_ids, labels)
    return matrix_from_source(src)


def matrix_from_source(src: MatrixSource, study_ids: Sequence[str] | None = None) -> Matrix:
    """Materialise a source (all its columns, or these, in this order)."""
    ids = list(src.study_ids if study_ids is None else study_ids)
    src.load(ids)
    return Matrix(
        tuple(src.factors),
        tuple(src.study(s) for s in ids),
        tuple(tuple(src.cell(f.id, s) for s in ids) for f in src.factors),
        tuple(src.conflict(f.id) for f in src.factors),
        src.labels,
    )
