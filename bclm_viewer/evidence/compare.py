"""Studies side by side: one column per study, one row per characteristic, measure and factor.

Rows come from the vocabularies (``measures`` and ``factors``, grouped by category in their
file order), never from a hard-coded list, so a measure added to ``measures.yaml`` appears here.
Each measure keeps its own row: a median DFS never lands in the DFS5 row, Mariani's survival
percentages of unreported type stay in "Survie (type non précisé)".

Best / worst marks are only placed where they are certain (see ``mark_row``). Whatever the deck
does not give is ``labels.nr`` ("n.r."), never 0 or blank.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from bclm_viewer.evidence import words
from bclm_viewer.evidence.figures import (
    Figure,
    FindingItem,
    Quote,
    StudyColumn,
    UnknownStudyError,
    figure_of,
    finding_lines,
    format_p,
    grouped_by_category,
    load_findings,
    load_studies,
)
from bclm_viewer.evidence.words import FRENCH, Labels
from bclm_viewer.query.evidence_reads import EvidenceReads, KbSource, reads_of

__all__ = [  # the records come from ``evidence``; importing them from here keeps working
    "FRENCH", "Cell", "Comparison", "Figure", "FindingItem", "Labels", "MeasureInfo", "Quote",
    "Row", "StudyColumn", "UnknownStudyError", "build_comparison", "mark_row",
    "measure_figures", "measure_info", "study_citation",
]


@dataclass(frozen=True)
class Cell:
    text: str
    reported: bool
    figures: tuple[Figure, ...] = ()
    findings: tuple[FindingItem, ...] = ()
    quotes: tuple[Quote, ...] = ()
    mark: str | None = None  # "best" | "worst"
    readings: tuple[str, ...] = ()  # reasons of what the cell reads into the slide ("◊")
    rankable: bool = True  # False for the clinical case: never ranked against the series

    @property
    def first_slide(self) -> int | None:
        return next((q.slide for q in self.quotes if q.slide is not None), None)


@dataclass(frozen=True)
class Row:
    key: str  # "study:n_patients", "measure:os5", "factor:age"
    kind: str  # "study" | "measure" | "factor"
    label: str
    category: str
    unit: str | None
    higher_is_better: bool | None
    cells: tuple[Cell, ...]
    mark_note: str = ""  # why the row has no marks although it could have

    @property
    def reported(self) -> bool:
        return any(c.reported for c in self.cells)

    @property
    def ref(self) -> str:
        return self.key.split(":", 1)[1]


@dataclass(frozen=True)
class Comparison:
    studies: tuple[StudyColumn, ...]
    rows: tuple[Row, ...]
    labels: Labels = field(default=FRENCH, compare=False)

    @property
    def study_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.studies)

    def select(self, ids: Sequence[str]) -> Comparison:
        """These columns in this order; best / worst recomputed over the columns kept."""
        index = {s.id: i for i, s in enumerate(self.studies)}
        picks = [index[i] for i in ids if i in index]
        rows = []
        for row in self.rows:
            cells = tuple(replace(row.cells[i], mark=None) for i in picks)
            rows.append(mark_row(replace(row, cells=cells, mark_note="")))
        return Comparison(tuple(self.studies[i] for i in picks), tuple(rows), self.labels)

    def reported_rows(self) -> Comparison:
        """Without the rows where no compared study reports anything."""
        return replace(self, rows=tuple(r for r in self.rows if r.reported))

    def row(self, key: str) -> Row:
        return next(r for r in self.rows if r.key == key)


# ----- best / worst ---------------------------------------------------------------------------

MARK_NOTE_BOUND = "bound"  # a range or bound of the row could lie beyond the best/worst point


def _comparable(cell: Cell) -> float | None:
    """The value of a cell that may be ranked: one figure, no group label, a point (never the
    clinical case's)."""
    if len(cell.figures) != 1 or not cell.rankable:
        return None
    fig = cell.figures[0]
    if fig.group_label or not fig.is_point:
        return None
    return fig.value


def _span(fig: Figure) -> tuple[float, float]:
    """The interval a figure allows: a point is itself, "< 10" is (-inf, 10), "5-10" is [5, 10]."""
    if fig.is_point and fig.value is not None:
        return fig.value, fig.value
    low = fig.value_low if fig.value_low is not None else float("-inf")
    high = fig.value_high if fig.value_high is not None else float("inf")
    return low, high


def mark_row(row: Row) -> Row:
    """Mark the best and worst values of a measure row, only where that is certain.

    Ranked: cells holding exactly one figure, without group label, that is a point (a point
    with its range, "2 [0,7 – 7]", ranks as its point). At least two such cells and
    ``higher_is_better`` known; ties share a mark; nothing is marked when all are equal.
    A range ("40-60") or bound ("< 10") is never ranked against a point as if it were one:
    if any other figure of the row (a range, a bound, a grouped figure) could lie beyond the best
    point, the best is not marked (likewise the worst), and ``mark_note`` says why.
    """
    if row.kind != "measure" or row.higher_is_better is None:
        return row
    values = [_comparable(c) for c in row.cells]
    ranked = [v for v in values if v is not None]
    if len(ranked) < 2 or min(ranked) == max(ranked):
        return row
    sign = 1.0 if row.higher_is_better else -1.0
    best = max(v * sign for v in ranked) * sign
    worst = min(v * sign for v in ranked) * sign
    others = [
        f for c, v in zip(row.cells, values, strict=True) if v is None and c.rankable
        for f in c.figures
    ]
    best_ok = worst_ok = True
    for fig in others:
        low, high = _span(fig)
        if row.higher_is_better:
            best_ok = best_ok and high < best
            worst_ok = worst_ok and low > worst
        else:
            best_ok = best_ok and low > best
            worst_ok = worst_ok and high < worst
    cells = []
    for cell, v in zip(row.cells, values, strict=True):
        mark = None
        if v is not None and v == best and best_ok:
            mark = "best"
        elif v is not None and v == worst and worst_ok:
            mark = "worst"
        cells.append(replace(cell, mark=mark))
    note = "" if (best_ok and worst_ok) else MARK_NOTE_BOUND
    return replace(row, cells=tuple(cells), mark_note=note)


# ----- loading --------------------------------------------------------------------------------


def _load_figures(reads: EvidenceReads, study_ids: Sequence[str]) -> list[tuple[str, Figure]]:
    return [(r[0], figure_of(r[1:])) for r in reads.figures(study_ids)]


def _text(value: object, labels: Labels) -> tuple[str, bool]:
    if value is None or value == "":
        return labels.nr, False
    return str(value), True


def _characteristic_rows(
    reads: EvidenceReads, studies: list[dict[str, Any]], labels: Labels
) -> list[Row]:
    specs = (
        ("kind", labels.kind, None),
        ("journal", labels.journal, None),
        ("year", labels.year, None),
        ("n_patients", labels.n_patients, "n_patients_source"),
        ("period", labels.period, "period_source"),
        ("centre", labels.centre, None),
    )
    rows = []
    read = reads.study_readings([s["id"] for s in studies])
    for key, label, source_col in specs:
        cells = []
        for s in studies:
            raw = s[key]
            if key == "kind":
                text, reported = labels.kind_label(raw), raw is not None
            elif key == "n_patients" and raw is not None and s["n_controls"] is not None:
                text, reported = f"{raw} / {s['n_controls']}", True  # cases / controls
            else:
                text, reported = _text(raw, labels)
            quote_text = s[source_col] if source_col and source_col in s else None
            quotes = (Quote(s["slide"], quote_text),) if reported else ()
            reasons = tuple(r for k, r in read.get(s["id"], {}).items()
                            if reported and (k == key or (key, k) == ("n_patients", "n_controls")))
            if reasons:
                text = f"{text} {labels.reading}"
            cells.append(Cell(text, reported, quotes=quotes, readings=reasons))
        rows.append(
            Row(f"study:{key}", "study", label, labels.characteristics, None, None, tuple(cells))
        )
    return rows


def _reasons(items: Sequence[Figure] | Sequence[FindingItem]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r for i in items for r in i.reasons()))


def _measure_rows(
    reads: EvidenceReads, ids: list[str], labels: Labels, cases: set[str]
) -> list[Row]:
    measures = {r[0]: r for r in reads.measures()}
    order = grouped_by_category((m, r[3] or "") for m, r in measures.items())
    by_cell: dict[tuple[str, str], list[Figure]] = {}
    for study_id, fig in _load_figures(reads, ids):
        by_cell.setdefault((fig.measure, study_id), []).append(fig)
    rows = []
    for mid in order:
        _id, name, unit, category, hib = measures[mid]
        cells = []
        for sid in ids:
            figs = tuple(by_cell.get((mid, sid), ()))
            if not figs:
                cells.append(Cell(labels.nr, False))
                continue
            if len(figs) == 1 and not figs[0].group_label:
                text = figs[0].text()
                if figs[0].p_value:
                    text = f"{text} ({format_p(figs[0].p_value)})"
            else:
                text = "\n".join(f.labelled() for f in figs)
            quotes = tuple(Quote(f.slide, f.source) for f in figs)
            cells.append(Cell(text, True, figures=figs, quotes=quotes, readings=_reasons(figs),
                              rankable=sid not in cases))
        row = Row(
            f"measure:{mid}",
            "measure",
            name,
            words.category(category),
            unit,
            None if hib is None else bool(hib),
            tuple(cells),
        )
        rows.append(mark_row(row))
    return rows


def _factor_rows(reads: EvidenceReads, ids: list[str], labels: Labels) -> list[Row]:
    factors = {r[0]: r for r in reads.factors()}
    order = grouped_by_category((f, r[2]) for f, r in factors.items())
    by_cell: dict[tuple[str, str], list[FindingItem]] = {}
    for item in load_findings(reads, ids):
        by_cell.setdefault((item.factor_id, item.study_id), []).append(item)
    rows = []
    for fid in order:
        _id, name, category = factors[fid]
        cells = []
        for sid in ids:
            items = tuple(by_cell.get((fid, sid), ()))
            if not items:
                cells.append(Cell(labels.nr, False))
                continue
            text = "\n".join(finding_lines(items, labels))
            quotes = tuple(Quote(i.slide, i.source) for i in items)
            cells.append(Cell(text, True, findings=items, quotes=quotes,
                              readings=_reasons(items)))
        rows.append(
            Row(f"factor:{fid}", "factor", name,
                f"{labels.findings} — {words.category(category)}", None, None, tuple(cells))
        )
    return rows


def build_comparison(
    kb: KbSource, study_ids: Sequence[str], labels: Labels = FRENCH
) -> Comparison:
    """The comparison of these studies, columns in the order given (duplicates dropped).

    Raises ``UnknownStudyError`` naming every id the KB does not hold.
    """
    reads = reads_of(kb)
    ids = list(dict.fromkeys(study_ids))
    if not ids:
        return Comparison((), (), labels)
    found = load_studies(reads, ids)
    studies = [found[i] for i in ids]
    columns = tuple(
        StudyColumn(s["id"], s["label"], s["citation"], s["slide"], s["n_patients"],
                    s["n_controls"], s["kind"])
        for s in studies
    )
    cases = {s.id for s in columns if s.kind == "clinical-case"}
    rows = (
        _characteristic_rows(reads, studies, labels)
        + _measure_rows(reads, ids, labels, cases)
        + _factor_rows(reads, ids, labels)
    )
    return Comparison(columns, tuple(rows), labels)


def study_citation(kb: KbSource, study_id: str) -> str:
    """The study's citation as the KB holds it (raises ``UnknownStudyError``)."""
    return str(load_studies(reads_of(kb), [study_id])[study_id]["citation"])


@dataclass(frozen=True)
class MeasureInfo:
    id: str
    name: str
    unit: str
    category: str
    higher_is_better: bool | None


def measure_info(kb: KbSource, measure_id: str) -> MeasureInfo | None:
    row = reads_of(kb).measure(measure_id)
    if row is None:
        return None
    higher = None if row[4] is None else bool(row[4])
    return MeasureInfo(row[0], row[1], row[2], row[3] or "", higher)


def measure_figures(
    kb: KbSource, measure_id: str, study_ids: Sequence[str]
) -> list[tuple[StudyColumn, tuple[Figure, ...]]]:
    """For each study (in the order given), its figures for one measure (empty = n.r.)."""
    reads = reads_of(kb)
    ids = list(dict.fromkeys(study_ids))
    columns = {r[0]: StudyColumn(*r) for r in reads.study_columns(ids)}
    figures: dict[str, list[Figure]] = {}
    for r in reads.figures(ids, measure_id):
        figures.setdefault(r[0], []).append(figure_of(r[1:]))
    missing = [i for i in ids if i not in columns]
    if missing:
        raise UnknownStudyError(missing)
    return [(columns[i], tuple(figures.get(i, ()))) for i in ids]
