"""The evidence matrix: prognostic factors × studies, each cell what that study found, and which
factors the series disagree on.

Two kinds of disagreement are told apart, because they do not mean the same thing:
a **conflit** (opposite directions) and a **discordance** (significant here, NS there); the
rules are in ``agreement``.

``MatrixSource`` reads lazily: the factor list and the ordered study ids once, the cells a block
of studies at a time, a factor's conflict when first asked, so a 10,000-study KB opens at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bclm_viewer.evidence import words
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
    FindingItem,
    Quote,
    StudyColumn,
    UnknownStudyError,
    finding_lines,
    grouped_by_category,
    load_findings,
)
from bclm_viewer.evidence.words import FRENCH, Labels
from bclm_viewer.i18n import plural as tr
from bclm_viewer.kb.errors import KbError
from bclm_viewer.kb.schema import EFFECTS
from bclm_viewer.query.evidence_reads import KbSource, reads_of

__all__ = [  # the agreement rules come from ``agreement``; importing them from here works too
    "CONCORDANT", "CONFLICT", "DISCORDANT", "FLAGGED", "NONE", "SINGLE", "UNDETERMINED",
    "FactorConflict", "Matrix", "MatrixCell", "MatrixFactor", "MatrixSource", "UnknownFactorError",
    "_Group", "build_matrix", "classify", "level_pole", "matrix_from_source", "summarize",
    "worse_pole",
]

MAX_NAMED = 3  # studies named per group in a reason; the rest are counted
MAX_SEEK_LEVELS = 64


def _unknown_factors(ids: Sequence[str]) -> str:
    return tr("facteur(s) inconnu(s) : {ids}", "", len(ids)).format(ids=", ".join(ids))


class UnknownFactorError(KbError):
    def __init__(self, ids: Sequence[str]) -> None:
        self.ids = tuple(ids)
        super().__init__(_unknown_factors(self.ids))


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


class MatrixSource:
    """Reads the matrix on demand. Columns: ``study_ids`` if given (in that order), else every
    study with a finding (on ``factor_ids`` when given), in the KB's study order."""

    def __init__(
        self,
        kb: KbSource,
        factor_ids: Sequence[str] = (),
        study_ids: Sequence[str] | None = None,
        labels: Labels = FRENCH,
    ) -> None:
        self.reads = reads_of(kb)
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
        rows = {r[0]: r for r in self.reads.factors()}
        missing = [f for f in wanted if f not in rows]
        if missing:
            raise UnknownFactorError(missing)
        order = grouped_by_category((f, r[2]) for f, r in rows.items())
        keep = [f for f in order if not wanted or f in wanted]
        return [MatrixFactor(f, rows[f][1], words.category(rows[f][2])) for f in keep]

    def _load_study_ids(self, study_ids: Sequence[str] | None) -> Sequence[str]:
        if study_ids is not None:
            ids = list(dict.fromkeys(study_ids))
            if not ids:
                return []
            known = self.reads.known_study_ids(ids)
            missing = [i for i in ids if i not in known]
            if missing:
                raise UnknownStudyError(missing)
            return ids
        subset = self._factor_ids if len(self._factor_ids) < self._n_factors else []
        return self.reads.studies_with_findings(subset)

    def _factor_count(self) -> int:
        return self.reads.factor_count()

    # -- studies and cells, a block at a time --
    def load_headers(self, study_ids: Sequence[str]) -> None:
        """Read the column headers (label, citation) of these studies if not yet read."""
        todo = [s for s in study_ids if s not in self._studies]
        if not todo:
            return
        for r in self.reads.study_columns(todo):
            self._studies[r[0]] = StudyColumn(*r)

    def load(self, study_ids: Sequence[str]) -> None:
        """Read the headers and the findings of these studies (a block of columns); each cell's
        text is composed when first asked for."""
        todo = [s for s in study_ids if s not in self._loaded]
        if not todo:
            return
        self.load_headers(todo)
        subset = self._factor_ids if len(self._factor_ids) < self._n_factors else ()
        for item in load_findings(self.reads, todo, subset):
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

    def _scope(self) -> list[str] | None:
        """The studies agreement is read within: the columns when given, else every study."""
        return list(self.study_ids) if self._explicit else None

    def _groups(self, factor_id: str, named: bool) -> list[_Group]:
        """The factor's (effect, level) groups in order of first appearance, NS merged into one;
        ``named``: with exact study counts and the first few study labels."""
        if self._explicit and not self.study_ids:
            return []
        rows = None if named or self._explicit else self._seek_groups(factor_id)
        if rows is None:
            rows = self.reads.factor_groups(factor_id, named, self._scope())
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
        """(effect, level, 0, first study, last study) by index seeks (see
        ``EvidenceReads.seek_groups``); None when a factor has too many distinct levels."""
        return self.reads.seek_groups(factor_id, EFFECTS, MAX_SEEK_LEVELS)

    def _ns_count(self, factor_id: str) -> int:
        return self.reads.not_significant_count(factor_id, self._scope())

    def _labels(self, factor_id: str, effect: str, level: str | None) -> tuple[str, ...]:
        return self.reads.group_labels(factor_id, effect, level, MAX_NAMED, self._scope())


@dataclass(frozen=True)
class Matrix:
    """A fully read matrix (for exports and the CLI): ``cells[row][column]``."""

    factors: tuple[MatrixFactor, ...]
    studies: tuple[StudyColumn, ...]
    cells: tuple[tuple[MatrixCell, ...], ...]
    conflicts: tuple[FactorConflict, ...]
    labels: Labels = FRENCH


def build_matrix(
    kb: KbSource,
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
