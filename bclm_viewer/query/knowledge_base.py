"""The read-only query API of the KB: the only way the UI and the CLI read it.

Each call answers within a frame on a 10,000-study KB: the studies list (filters, counts, facets,
pages) runs on bitsets the build precomputed (``working_set``, ``derived``), everything else is
indexed SQL. One connection per ``KnowledgeBase``, opened ``mode=ro``; statements are constant
strings, so sqlite3's statement cache prepares each one once. The KB never changes while open,
so the small vocabularies are read once and kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from bclm_viewer.kb.derived import SORTS
from bclm_viewer.kb.errors import KbError
from bclm_viewer.kb.schema import EFFECTS, ENDPOINTS, missing_tables, not_a_kb
from bclm_viewer.query import search as _search
from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.query.readings import parse_readings, readings_sql
from bclm_viewer.query.records import Factor, FactorFacet, StudyRow, ValueFacet
from bclm_viewer.query.working_set import WorkingSet

if TYPE_CHECKING:  # created by the methods that return them (``detail_records``: why)
    from bclm_viewer.query.clinical_search import Recognised
    from bclm_viewer.query.detail_records import (
        Finding,
        GlossaryEntry,
        Measure,
        Outcome,
        Question,
        SearchHit,
        Slide,
        SlideRefCounts,
        SlideRefs,
        SlideSummary,
        StudyDetail,
    )
    from bclm_viewer.query.evidence_reads import EvidenceReads

CACHE_KIB = 64 << 10  # SQLite's page cache (KiB): grows with use, up to this

# The studies list columns, in display order; each is a valid ``sort`` key.
STUDY_COLUMNS: tuple[str, ...] = (
    "label", "year", "journal", "kind", "n_patients", "period", "centre", "os5", "dfs5", "r0",
)

# Sort keys (NULLs last in both directions, ties in deck order): see ``derived.SORTS``.
SORT_KEYS: tuple[str, ...] = tuple(SORTS)

_FROM_STUDIES = "FROM studies s LEFT JOIN study_summary ss ON ss.study_id = s.id"
_STUDY_ROW_SQL = (
    "SELECT s.id, s.label, s.first_author, s.year, s.journal, s.kind, s.n_patients, s.period, "
    f"s.centre, ss.os5_text, ss.dfs5_text, ss.r0_text, s.n_controls {_FROM_STUDIES}"
)

_OUTCOME_SQL = """
SELECT o.id, o.study_id, o.measure, COALESCE(m.name_fr, o.measure), COALESCE(m.name_en, o.measure),
       o.unit, o.value, o.value_text, o.value_low, o.value_high, o.qualifier, o.group_label,
       o.p_value, o.slide, o.source, o.sort_order, """ + readings_sql("outcomes", "o.id") + """
FROM outcomes o LEFT JOIN measures m ON m.id = o.measure
"""
_FINDING_SQL = """
SELECT sf.id, sf.study_id, sf.factor_id, COALESCE(f.name_fr, sf.factor_id),
       COALESCE(f.name_en, sf.factor_id), COALESCE(f.category, ''), sf.level, sf.effect,
       sf.endpoint, sf.analysis, sf.p_value, sf.slide, sf.source, sf.sort_order,
       """ + readings_sql("study_factors", "sf.id") + """
FROM study_factors sf LEFT JOIN factors f ON f.id = sf.factor_id
"""
# A slide's figures or findings in the order listed, walked on the index (slide, study_id, ...):
# a page's keys are found in the index and only that page's rows are read.
_SLIDE_ORDER = "ORDER BY study_id, sort_order, id"
_QUESTION_SQL = "SELECT id, kind, text, slide, source, sort_order FROM questions"


def parse_synonyms(text: str | None) -> tuple[str, ...]:
    """``factors.synonyms`` as stored: a JSON list (one per line is accepted too)."""
    if not text:
        return ()
    try:
        value = json.loads(text)
    except ValueError:
        return tuple(s.strip() for s in text.splitlines() if s.strip())
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return (str(value),)


def _with_readings(cls: Any, row: tuple[Any, ...]) -> Any:
    """A record from a row whose last column is ``readings_sql``'s JSON."""
    return cls(*row[:-1], readings=parse_readings(row[-1]))


def _check_sort(sort: str) -> None:
    if sort not in SORTS:
        raise ValueError(f"unknown sort key {sort!r} (expected one of {SORT_KEYS})")


def _connect(path: Path) -> sqlite3.Connection:
    path = Path(path)
    if not path.exists():
        raise KbError(f"La base de connaissances « {path} » n'existe pas.")
    if not path.is_file():
        raise KbError(f"« {path} » n'est pas un fichier de base de connaissances.")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True, cached_statements=512, isolation_level=None)
    except sqlite3.Error as exc:
        raise KbError(f"La base de connaissances « {path} » ne s'ouvre pas : {exc}") from exc
    try:
        missing = missing_tables(con)
    except sqlite3.DatabaseError as exc:
        con.close()
        raise KbError(
            f"« {path} » n'est pas une base de connaissances bclm-viewer "
            f"(fichier SQLite illisible : {exc})."
        ) from exc
    if missing:
        con.close()
        raise not_a_kb(path, missing)
    # Search reads the full-text index (tens of MB on 10,000 studies) at every keystroke: with
    # SQLite's default 2 MB page cache each query rereads its pages through read() and runs up
    # to 2x slower. The file never changes while open, so its pages can stay cached.
    con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return con


class KnowledgeBase:
    """A read-only view of one KB file. Use as a context manager, or call ``close()``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._con = _connect(self.path)
        self.notices: list[str] = []  # what opening it did that the user should know
        self._factors: tuple[Factor, ...] | None = None
        self._counts: dict[str, int] | None = None
        self._working_set: WorkingSet | None = None
        self._evidence_reads: EvidenceReads | None = None

    # ----- life cycle ----------------------------------------------------------------------
    @property
    def connection(self) -> sqlite3.Connection:
        """The read-only connection (tests and benchmarks; never the UI nor ``evidence``)."""
        return self._con

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def evidence_reads(self) -> EvidenceReads:
        """The reads of the comparison and the matrix (``query.evidence_reads``)."""
        if self._evidence_reads is None:
            from bclm_viewer.query.evidence_reads import EvidenceReads

            self._evidence_reads = EvidenceReads(self._con)
        return self._evidence_reads

    def _all(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[tuple[Any, ...]]:
        return self._con.execute(sql, params).fetchall()

    def _scalar(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> Any:
        row = self._con.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # ----- the KB as a whole ---------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self._all("SELECT key, value FROM meta ORDER BY key")}

    def counts(self) -> dict[str, int]:
        """Rows per kind of thing: studies, slides, outcomes, findings, questions, glossary,
        factors, measures. The build wrote them in ``meta`` (``COUNT(*)`` reads every row)."""
        if self._counts is None:
            tables = {
                "studies": "studies", "slides": "slides", "outcomes": "outcomes",
                "findings": "study_factors", "questions": "questions", "glossary": "glossary",
                "factors": "factors", "measures": "measures",
            }
            meta = dict(self._all("SELECT key, value FROM meta"))
            counts = {}
            for kind, table in tables.items():
                stored = meta.get(f"count_{table}")
                counts[kind] = (int(stored) if stored is not None and str(stored).isdigit()
                                else int(self._scalar(f"SELECT COUNT(*) FROM {table}")))
            self._counts = counts
        return dict(self._counts)

    # ----- the studies list ----------------------------------------------------------------
    def total_studies(self) -> int:
        return self.counts()["studies"]

    @property
    def _ws(self) -> WorkingSet:
        if self._working_set is None:
            self._working_set = WorkingSet(self._con, (x.id for x in self.factors()))
        return self._working_set

    def warm_up(self) -> None:
        """Read the list's bitsets and default order now rather than on first use (a few
        hundred kilobytes whatever the KB's size)."""
        self._ws.matching(StudyFilter())
        self._ws.any_finding_bits(StudyFilter().mask)
        self._ws.order("year", False)

    def count_studies(self, f: StudyFilter) -> int:
        if f.is_empty():
            return self.total_studies()
        return self._ws.matching(f).bit_count()

    def study_rows(
        self,
        f: StudyFilter,
        sort: str = "year",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[StudyRow]:
        """One page of the filtered, sorted studies list (NULLs last in both directions)."""
        _check_sort(sort)
        ws = self._ws
        ords = ws.page(ws.matching(f), sort, descending, max(0, int(offset)), max(0, int(limit)))
        return ws.rows(ords)

    def study_ids(self, f: StudyFilter, sort: str = "year", descending: bool = False) -> list[str]:
        """Every matching study id in list order (for selection bookkeeping)."""
        _check_sort(sort)
        ws = self._ws
        return ws.ids(ws.listed(ws.matching(f), sort, descending))

    # ----- facets --------------------------------------------------------------------------
    def factor_facets(self, f: StudyFilter) -> list[FactorFacet]:
        """Every factor with the number of studies that ticking it would show.

        ``"all"``: studies of the current result having a matching finding on the factor (a
        ticked factor shows the current total). ``"any"``: the factor ticks are left out (the
        usual disjunctive facet): studies passing the text filter that have a finding on the
        factor with a selected effect and endpoint. Ordered by category (in vocabulary order),
        then factor.
        """
        factors = self.factors()
        if not factors:
            return []
        ws = self._ws
        base = ws.matching(f, include_findings=f.mode == "all")
        mask = f.mask
        return [
            FactorFacet(x.id, x.name_fr, x.name_en, x.category,
                        (base & ws.factor_bits(x.id, mask)).bit_count())
            for x in factors
        ]

    def effect_facets(self, f: StudyFilter) -> list[ValueFacet]:
        """Per effect, the studies the filter would keep with that effect alone selected."""
        ws = self._ws
        return [ValueFacet(e, ws.matching(replace(f, effects=(e,))).bit_count()) for e in EFFECTS]

    def endpoint_facets(self, f: StudyFilter) -> list[ValueFacet]:
        """Per endpoint, the studies the filter would keep with that endpoint alone selected."""
        ws = self._ws
        return [ValueFacet(e, ws.matching(replace(f, endpoints=(e,))).bit_count())
                for e in ENDPOINTS]

    def readings_by_value(self, field: str) -> dict[str, int]:
        """Per value of a finding field (``endpoint``, ``analysis``), how many studies have a
        finding whose value of that field is a reading (a filter on it includes readings)."""
        if field not in ("endpoint", "analysis", "effect"):
            raise ValueError(f"no readings count for finding field {field!r}")
        return {str(v): int(n) for v, n in self._all(
            f"SELECT sf.{field}, COUNT(DISTINCT sf.study_id) FROM readings r "
            "JOIN study_factors sf ON sf.id = r.row_id "
            f"WHERE r.table_name = 'study_factors' AND r.field = ? AND sf.{field} IS NOT NULL "
            f"GROUP BY sf.{field}", (field,))}

    def related_factors(self, factor_id: str) -> list[Factor]:
        """The factors related to ``factor_id`` but kept apart (its ``see_also`` and the
        factors that name it in theirs), in vocabulary order."""
        factors = self.factors()
        own = next((x.see_also for x in factors if x.id == factor_id), ())
        return [x for x in factors
                if x.id != factor_id and (x.id in own or factor_id in x.see_also)]

    # ----- vocabularies --------------------------------------------------------------------
    def factors(self) -> list[Factor]:
        """The factor vocabulary, grouped by category (categories in vocabulary order)."""
        if self._factors is None:
            rows = [
                Factor(str(i), str(fr), str(en), str(cat), parse_synonyms(syn), int(order),
                       parse_synonyms(see))
                for i, fr, en, cat, syn, order, see in self._all(
                    "SELECT id, name_fr, name_en, category, synonyms, sort_order, see_also "
                    "FROM factors ORDER BY sort_order, id"
                )
            ]
            first: dict[str, int] = {}
            for n, x in enumerate(rows):
                first.setdefault(x.category, n)
            self._factors = tuple(sorted(rows, key=lambda x: first[x.category]))
        return list(self._factors)

    def factor(self, factor_id: str) -> Factor | None:
        return next((x for x in self.factors() if x.id == factor_id), None)

    def factor_categories(self) -> list[str]:
        return list(dict.fromkeys(x.category for x in self.factors()))

    def measures(self) -> list[Measure]:
        from bclm_viewer.query.detail_records import Measure

        return [
            Measure(i, fr, en, unit, cat, None if hib is None else bool(hib), order)
            for i, fr, en, unit, cat, hib, order in self._all(
                "SELECT id, name_fr, name_en, unit, category, higher_is_better, sort_order "
                "FROM measures ORDER BY sort_order, id"
            )
        ]

    def questions(self, kind: str | None = None) -> list[Question]:
        from bclm_viewer.query.detail_records import Question

        if kind is None:
            rows = self._all(f"{_QUESTION_SQL} ORDER BY sort_order, id")
        else:
            rows = self._all(f"{_QUESTION_SQL} WHERE kind = ? ORDER BY sort_order, id", (kind,))
        return [Question(*r) for r in rows]

    def glossary(self) -> list[GlossaryEntry]:
        from bclm_viewer.query.detail_records import GlossaryEntry

        return [GlossaryEntry(*r) for r in self._all(
            "SELECT term, meaning_fr, meaning_en, sort_order FROM glossary "
            "ORDER BY sort_order, term"
        )]

    # ----- one study -----------------------------------------------------------------------
    def study(self, study_id: str) -> StudyDetail | None:
        from bclm_viewer.query.detail_records import StudyDetail

        row = self._con.execute(
            "SELECT s.id, s.label, s.citation, s.first_author, s.year, s.journal, s.title, "
            "s.kind, s.centre, s.period, s.n_patients, s.slide, s.notes_md, s.notes_html, "
            "s.source_path, s.sort_order, ss.os5_text, ss.os5_value, ss.dfs5_text, "
            "ss.dfs5_value, ss.r0_text, ss.r0_value, COALESCE(ss.n_outcomes, 0), "
            "COALESCE(ss.n_findings, 0), s.n_controls, "
            f"{readings_sql('studies', 's.id')} {_FROM_STUDIES} WHERE s.id = ?",
            (study_id,),
        ).fetchone()
        return None if row is None else _with_readings(StudyDetail, row)

    def study_labels(self, study_ids: Iterable[str]) -> dict[str, str]:
        """The list label of each of ``study_ids`` that exists (one query for all)."""
        wanted = json.dumps(sorted(set(study_ids)))
        return dict(self._all(
            "SELECT study_id, label FROM study_list "
            "WHERE study_id IN (SELECT value FROM json_each(?))", (wanted,)
        ))

    def outcomes(self, study_id: str) -> list[Outcome]:
        from bclm_viewer.query.detail_records import Outcome

        rows = self._all(f"{_OUTCOME_SQL} WHERE o.study_id = ? ORDER BY o.sort_order, o.id",
                         (study_id,))
        return [_with_readings(Outcome, r) for r in rows]

    def findings(self, study_id: str) -> list[Finding]:
        from bclm_viewer.query.detail_records import Finding

        rows = self._all(f"{_FINDING_SQL} WHERE sf.study_id = ? ORDER BY sf.sort_order, sf.id",
                         (study_id,))
        return [_with_readings(Finding, r) for r in rows]

    # ----- slides --------------------------------------------------------------------------
    def slide_count(self) -> int:
        return self.counts()["slides"]

    def slides(self) -> list[SlideSummary]:
        from bclm_viewer.query.detail_records import SlideSummary

        return [SlideSummary(*r) for r in self._all("SELECT number, title FROM slides "
                                                     "ORDER BY number")]

    def slide(self, number: int) -> Slide | None:
        from bclm_viewer.query.detail_records import Slide

        row = self._con.execute(
            "SELECT number, title, text, html, source_path FROM slides WHERE number = ?",
            (number,),
        ).fetchone()
        return None if row is None else Slide(*row)

    def slide_refs(self, number: int) -> SlideRefs:
        """The studies a slide presents or quotes, and the figures, findings, questions on it."""
        from bclm_viewer.query.detail_records import Finding, Outcome, Question, SlideRefs

        studies = self._all(
            f"{_STUDY_ROW_SQL} WHERE s.slide = ? "
            "OR s.id IN (SELECT study_id FROM outcomes WHERE slide = ?) "
            "OR s.id IN (SELECT study_id FROM study_factors WHERE slide = ?) "
            "ORDER BY s.sort_order, s.id",
            (number, number, number),
        )
        outcomes = self._all(f"{_OUTCOME_SQL} WHERE o.slide = ? ORDER BY o.study_id, "
                             "o.sort_order, o.id", (number,))
        findings = self._all(f"{_FINDING_SQL} WHERE sf.slide = ? ORDER BY sf.study_id, "
                             "sf.sort_order, sf.id", (number,))
        questions = self._all(f"{_QUESTION_SQL} WHERE slide = ? ORDER BY sort_order, id",
                              (number,))
        return SlideRefs(
            number,
            tuple(StudyRow(*r) for r in studies),
            tuple(_with_readings(Outcome, r) for r in outcomes),
            tuple(_with_readings(Finding, r) for r in findings),
            tuple(Question(*r) for r in questions),
        )

    _SLIDE_STUDY = (
        "(s.slide = ? OR EXISTS (SELECT 1 FROM outcomes WHERE slide = ? AND study_id = s.id) "
        "OR EXISTS (SELECT 1 FROM study_factors WHERE slide = ? AND study_id = s.id))"
    )

    def slide_ref_counts(self, number: int) -> SlideRefCounts:
        """The sizes of ``slide_refs(number)``'s four parts, from the indexes alone."""
        from bclm_viewer.query.detail_records import SlideRefCounts

        args = (number,)
        return SlideRefCounts(
            int(self._scalar(  # IN, not EXISTS: two index ranges, not a probe per study
                "SELECT count(*) FROM studies s WHERE s.slide = ? "
                "OR s.id IN (SELECT study_id FROM outcomes WHERE slide = ?) "
                "OR s.id IN (SELECT study_id FROM study_factors WHERE slide = ?)", args * 3)),
            int(self._scalar("SELECT count(*) FROM outcomes WHERE slide = ?", args)),
            int(self._scalar("SELECT count(*) FROM study_factors WHERE slide = ?", args)),
            int(self._scalar("SELECT count(*) FROM questions WHERE slide = ?", args)),
        )

    def slide_refs_page(self, number: int, offset: int, limit: int,
                        counts: SlideRefCounts | None = None) -> SlideRefs:
        """Rows ``offset`` to ``offset + limit`` of ``slide_refs(number)`` read as one list
        (studies, then figures, findings, questions, in the same order): what a view shows of a
        slide that holds thousands of rows. ``counts``: ``slide_ref_counts(number)``, read
        again when not given. Each part is an indexed LIMIT / OFFSET read."""
        from bclm_viewer.query.detail_records import Finding, Outcome, Question, SlideRefs

        sizes = counts if counts is not None else self.slide_ref_counts(number)
        parts: list[list[tuple[Any, ...]]] = []
        first = 0
        for size, sql, per_part in (
            (sizes.studies, f"{_STUDY_ROW_SQL} WHERE {self._SLIDE_STUDY} "
             "ORDER BY s.sort_order, s.id LIMIT ? OFFSET ?", 3),
            (sizes.outcomes, f"{_OUTCOME_SQL} WHERE o.rowid IN (SELECT rowid FROM outcomes "
             f"WHERE slide = ? {_SLIDE_ORDER} LIMIT ? OFFSET ?) "
             "ORDER BY o.study_id, o.sort_order, o.id", 1),
            (sizes.findings, f"{_FINDING_SQL} WHERE sf.rowid IN (SELECT rowid FROM study_factors "
             f"WHERE slide = ? {_SLIDE_ORDER} LIMIT ? OFFSET ?) "
             "ORDER BY sf.study_id, sf.sort_order, sf.id", 1),
            (sizes.questions, f"{_QUESTION_SQL} WHERE slide = ? ORDER BY sort_order, id "
             "LIMIT ? OFFSET ?", 1),
        ):
            start = max(0, offset - first)
            stop = min(size, offset + limit - first)
            parts.append(self._all(sql,
                                   (*(number,) * per_part, stop - start, start))
                         if stop > start else [])
            first += size
        studies, outcomes, findings, questions = parts
        return SlideRefs(
            number,
            tuple(StudyRow(*r) for r in studies),
            tuple(_with_readings(Outcome, r) for r in outcomes),
            tuple(_with_readings(Finding, r) for r in findings),
            tuple(Question(*r) for r in questions),
        )

    # ----- full text -----------------------------------------------------------------------
    def search(self, text: str, limit: int = 200, *, snippets: bool = True) -> list[SearchHit]:
        """Hits for any typed text (``[]`` when nothing is searchable); see ``kb.search``."""
        return _search.search(self._con, text, limit, snippets=snippets)

    def search_ranked(self, text: str, limit: int = 200) -> list[int]:
        """The rowids of the best hits for ``text``, best first (``search`` without the rows)."""
        return _search.ranked(self._con, text, limit)

    def search_hits(
        self, text: str, rowids: list[int], *, snippets: bool = True
    ) -> list[SearchHit]:
        """The hits of some ``search_ranked`` rowids, in their order."""
        return _search.hits(self._con, text, rowids, snippets=snippets)

    def search_concepts(self, text: str) -> list[Recognised]:
        """The clinical concepts ``text`` names ("HER2-": Statut HER2 = HER2-), as typed."""
        from bclm_viewer.query.clinical_search import recognised

        return recognised(self._con, text)

    def snippets(self, text: str, rowids: Iterable[int]) -> dict[int, str]:
        """The marked snippets of some hits of ``text`` (``SearchHit.rowid``), by rowid."""
        return _search.snippets(self._con, text, rowids)


def open_kb(kb_path: Path | None = None) -> KnowledgeBase:
    """The KB at ``kb_path``, else the bundled one (built or rebuilt in the user cache when
    missing, stale or corrupt): what the app and the CLI open."""
    from bclm_viewer.kb.cache import ensure_kb

    notices: list[str] = []
    kb = KnowledgeBase(ensure_kb(kb_path, notices))
    kb.notices = notices
    return kb


def is_damaged_kb_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite reading a damaged KB file (for the UI, which has no sqlite3)."""
    from bclm_viewer.kb.errors import KbDamagedError

    return isinstance(exc, (sqlite3.DatabaseError, KbDamagedError))
