"""Self-test questions generated from the KB, right by construction.

Five kinds, each carrying the ids of the figures / findings / study it comes from, their verbatim
quotes and slides (``Source``):

* ``figure``: "Adam 2006 (Hôpital Paul Brousse, 85 patientes) : OS5 ?" → "37%", the deck's
  ``value_text`` with its unit, never rounded;
* ``finding``: "Treska 2014 : Âge « Age < 50 », pour la survie globale (OS) : péjoratif, favorable
  ou non significatif ?";
* ``comparison``: "Laquelle de ces séries rapporte la plus haute OS5 ?", only where
  ``evidence.compare.mark_row`` (the comparison's best / worst rule) marks one single best among
  the series offered: never on a range, a bound, a grouped figure or n.r.;
* ``disagreement``: the factors the matrix flags (``evidence.agreement``: conflit, discordance),
  answered with its plain-French reason;
* ``characteristic``: N, period, centre, design, only where the value is written on the study's
  slide (the quote is that line), since the KB keeps no quote of its own for them.

Nothing is asked about what the deck does not report (n.r.). Where the KB's figure rests on a
reading of the slide's layout (the study's note says "mise en page"), the question says so.
Question ids are stable across KB rebuilds (built from study, measure, factor and level, not
from row order), so a card's review history follows its question.

Generation is one pass over a few SELECTs of whole tables; the multiple-choice options are made
separately (``choices``), when a question is shown or exported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from bclm_viewer.evidence.agreement import FLAGGED
from bclm_viewer.evidence.compare import Cell, Row, mark_row
from bclm_viewer.evidence.figures import (
    Figure,
    UnknownStudyError,
    connection_of,
    placeholders,
    with_unit,
)
from bclm_viewer.evidence.matrix import MatrixSource, UnknownFactorError

KINDS = ("figure", "finding", "comparison", "disagreement", "characteristic")

EFFECT_ANSWERS = {"poor": "péjoratif", "favourable": "favorable",
                  "not significant": "non significatif"}
EFFECT_CHOICES = ("péjoratif", "favorable", "non significatif")
ENDPOINT_TEXT = {"OS": "pour la survie globale (OS)", "DFS": "pour la survie sans récidive (DFS)"}
ENDPOINT_NR = "critère (OS ou DFS) non précisé sur la diapositive"
READING_NOTE = " [lecture de la mise en page de la diapositive : voir la note de l'étude]"
READING_MARK = "mise en page"

# Free entry: how far from the deck's value an answer is still right, per unit of the measure.
TOLERANCES: dict[str, float] = {"%": 2.0, "mois": 1.0, "ans": 0.5, "n": 0.0, "/an": 0.0}

COMPARISON_SIZE = 4  # series offered by a comparison question
MAX_SOURCES = 12  # quotes kept on a disagreement question (a 10,000-study factor has thousands)

CHARACTERISTICS = (("n_patients", "effectif (N patientes)"), ("period", "période"),
                   ("centre", "centre"), ("kind", "type d'étude"))
KIND_LABELS = {"series": "série", "systematic-review": "revue systématique",
               "case-control": "cas-témoins", "clinical-case": "cas clinique"}


class Source(NamedTuple):
    """Where an answer comes from: a figure, a finding or a study line, quoted verbatim."""

    kind: str  # "figure" | "finding" | "study"
    ref: str  # outcome id, finding id or study id
    study_id: str
    study_label: str
    slide: int
    quote: str


PoolEntry = tuple[str, "tuple[float, float] | None"]


def figure_span(f: Figure) -> tuple[float, float] | None:
    """The values a figure allows: a point (its median for "2 [0,7 – 7]") is itself, "< 10"
    is (-inf, 10), "40-60" is [40, 60]; None when nothing was parsed."""
    if f.is_point and f.value is not None:
        return f.value, f.value
    if f.value_low is None and f.value_high is None:
        return None
    low = f.value_low if f.value_low is not None else float("-inf")
    high = f.value_high if f.value_high is not None else float("inf")
    return low, high


class Question(NamedTuple):
    """One question. ``answer`` is shown as is; ``value`` / ``tolerance`` allow free entry.

    ``choices`` is empty until ``choices.with_choices`` fills it (``finding`` and ``comparison``
    questions carry theirs from the start); a ``disagreement`` is revealed, never chosen.
    """

    id: str
    kind: str
    prompt: str
    answer: str
    sources: tuple[Source, ...]
    study_ids: tuple[str, ...]
    factor_ids: tuple[str, ...] = ()
    pool: str = ""  # the distractor pool: same measure / characteristic in other series
    value: float | None = None
    tolerance: float | None = None
    unit: str = ""
    choices: tuple[str, ...] = ()
    reading: bool = False
    span: tuple[float, float] | None = None  # what the answer allows ("< 10": (-inf, 10))

    @property
    def slides(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(s.slide for s in self.sources))

    @property
    def free_entry(self) -> bool:
        return self.value is not None and self.tolerance is not None

    def tolerance_text(self) -> str:
        """"± 2 %" / "valeur exacte", as the question states it."""
        if self.tolerance is None:
            return ""
        if not self.tolerance:
            return "valeur exacte"
        tol = f"{self.tolerance:g}".replace(".", ",")
        return f"± {tol} {self.unit}".rstrip()


@dataclass(frozen=True)
class Scope:
    """What a session covers. Empty: everything. ``factor_ids``: questions on these factors
    (findings, disagreements). ``study_ids`` / ``slides`` (a talk list): questions drawing on
    any of these studies or slides."""

    factor_ids: tuple[str, ...] = ()
    study_ids: tuple[str, ...] = ()
    slides: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not (self.factor_ids or self.study_ids or self.slides or self.kinds)

    def matches(self, q: Question) -> bool:
        if self.kinds and q.kind not in self.kinds:
            return False
        if self.factor_ids and not set(q.factor_ids) & set(self.factor_ids):
            return False
        if self.study_ids or self.slides:
            return bool(set(q.study_ids) & set(self.study_ids)) or bool(
                set(q.slides) & set(self.slides))
        return True


@dataclass
class QuestionBank:
    """Every question of a KB (in deck order) and the pools their distractors come from."""

    questions: list[Question]
    # pool -> (text, span or None) of every figure / characteristic of that pool
    pools: dict[str, list[PoolEntry]] = field(default_factory=dict)

    def select(self, scope: Scope) -> list[Question]:
        if scope.is_empty():
            return list(self.questions)
        return [q for q in self.questions if scope.matches(q)]

    def by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}


# ----- reading the KB -------------------------------------------------------------------------


class _Study(NamedTuple):
    id: str
    label: str
    kind: str | None
    centre: str | None
    period: str | None
    n_patients: int | None
    slide: int | None
    reading: bool


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _studies(con: object) -> dict[str, _Study]:
    rows = connection_of(con).execute(
        "SELECT id, label, kind, centre, period, n_patients, slide, notes_md FROM studies "
        "ORDER BY sort_order, id"
    )
    return {r[0]: _Study(*r[:7], READING_MARK in (r[7] or "")) for r in rows}


def check_scope(kb: object, scope: Scope) -> None:
    """Raise ``UnknownStudyError`` / ``UnknownFactorError`` naming every id the KB lacks."""
    con = connection_of(kb)
    for ids, table, error in ((scope.study_ids, "studies", UnknownStudyError),
                              (scope.factor_ids, "factors", UnknownFactorError)):
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            continue
        known = {r[0] for r in con.execute(
            f"SELECT id FROM {table} WHERE id IN ({placeholders(len(wanted))})", wanted)}
        missing = [i for i in wanted if i not in known]
        if missing:
            raise error(missing)
    unknown_kinds = [k for k in scope.kinds if k not in KINDS]
    if unknown_kinds:
        raise ValueError("type(s) de question inconnu(s) : " + ", ".join(unknown_kinds))


# ----- generation -----------------------------------------------------------------------------


def generate(kb: object, kinds: Sequence[str] = KINDS) -> QuestionBank:
    """Every question of the KB of these kinds, in deck order (studies, then the rest)."""
    con = connection_of(kb)
    studies = _studies(con)
    bank = QuestionBank([], {})
    figures: list[tuple[str, Figure]] = []
    if "figure" in kinds or "comparison" in kinds:
        figures = [(r[0], Figure(*r[1:])) for r in con.execute(
            "SELECT o.study_id, o.id, o.measure, o.value_text, o.unit, o.value, o.value_low, "
            "o.value_high, o.qualifier, o.group_label, o.p_value, o.slide, o.source "
            "FROM outcomes o JOIN studies s ON s.id = o.study_id "
            "ORDER BY s.sort_order, o.study_id, o.sort_order, o.id")]
    measures = {r[0]: (r[1], r[2], None if r[3] is None else bool(r[3])) for r in con.execute(
        "SELECT id, name_fr, unit, higher_is_better FROM measures ORDER BY sort_order, id")}
    factors = {r[0]: r[1] for r in con.execute(
        "SELECT id, name_fr FROM factors ORDER BY sort_order, id")}
    if "figure" in kinds:
        bank.questions += _figure_questions(figures, studies, measures, bank.pools)
    if "finding" in kinds:
        bank.questions += _finding_questions(con, studies, factors)
    if "characteristic" in kinds:
        bank.questions += _characteristic_questions(kb, studies, bank.pools)
    if "comparison" in kinds:
        bank.questions += _comparison_questions(figures, studies, measures)
    if "disagreement" in kinds:
        bank.questions += _disagreement_questions(kb, con, studies, factors)
    return bank


def _context(s: _Study) -> str:
    bits = [b for b in (s.centre, f"{s.n_patients} patientes" if s.n_patients else None) if b]
    return f" ({', '.join(bits)})" if bits else ""


def _figure_questions(
    figures: list[tuple[str, Figure]], studies: dict[str, _Study],
    measures: dict[str, tuple[str, str, bool | None]],
    pools: dict[str, list[PoolEntry]],
) -> list[Question]:
    out: list[Question] = []
    seen: dict[str, int] = {}
    for sid, f in figures:
        s = studies[sid]
        name, unit, _hib = measures.get(f.measure, (f.measure, f.unit, None))
        answer = with_unit(f.value_text, f.unit)
        pool = "figure:" + f.measure
        span = figure_span(f)
        pools.setdefault(pool, []).append((answer, span))
        key = f"figure:{sid}:{f.measure}:{f.group_label or ''}"
        n = seen[key] = seen.get(key, 0) + 1
        if n > 1:
            key = f"{key}:{n}"
        group = f" — groupe « {f.group_label} »" if f.group_label else ""
        prompt = f"{s.label}{_context(s)} : {name}{group} ?"
        if s.reading:
            prompt += READING_NOTE
        point = f.is_point
        out.append(Question(
            key, "figure", prompt, answer,
            (Source("figure", f.id, sid, s.label, f.slide, f.source),), (sid,), (), pool,
            f.value if point else None, TOLERANCES.get(f.unit, 0.0) if point else None,
            f.unit, (), s.reading, span,
        ))
    return out


def _finding_questions(
    con: object, studies: dict[str, _Study], factors: dict[str, str]
) -> list[Question]:
    rows = connection_of(con).execute(
        "SELECT f.id, f.study_id, f.factor_id, f.level, f.effect, f.endpoint, f.analysis, "
        "f.slide, f.source FROM study_factors f JOIN studies s ON s.id = f.study_id "
        "ORDER BY s.sort_order, f.study_id, f.sort_order, f.id")
    groups: dict[str, list[tuple[object, ...]]] = {}
    for r in rows:
        sid, fid, level, endpoint, analysis = r[1], r[2], r[3], r[5], r[6]
        key = f"finding:{sid}:{fid}:{_fold(level or '')}:{endpoint or ''}:{analysis or ''}"
        groups.setdefault(key, []).append(r)
    out: list[Question] = []
    for key, items in groups.items():
        effects = {i[4] for i in items}
        if len(effects) != 1:
            continue  # the same statement read two ways: no single right answer, no question
        _id, sid, fid, level, effect, endpoint, analysis, _slide, _src = items[0]
        s = studies[str(sid)]
        fname = factors.get(str(fid), str(fid))
        shown = bool(level) and _fold(str(level)) not in _fold(fname)
        what = f"{fname} « {level} »" if shown else fname
        how = ENDPOINT_TEXT.get(str(endpoint), ENDPOINT_NR)
        if analysis:
            how += ", analyse " + ("multivariée" if analysis == "multivariate" else "univariée")
        prompt = f"{s.label} : {what}, {how} : péjoratif, favorable ou non significatif ?"
        if s.reading:
            prompt += READING_NOTE
        sources = tuple(Source("finding", str(i[0]), s.id, s.label, int(str(i[7])), str(i[8]))
                        for i in items)
        out.append(Question(key, "finding", prompt, EFFECT_ANSWERS[str(effect)], sources,
                            (s.id,), (str(fid),), "effect", choices=EFFECT_CHOICES,
                            reading=s.reading))
    return out


def _slide_lines(kb: object, numbers: Iterable[int]) -> dict[int, list[str]]:
    con = connection_of(kb)
    wanted = sorted(set(numbers))
    if not wanted:
        return {}
    return {int(n): [line.strip().lstrip("•-–* ").strip() for line in str(text).splitlines()
                     if line.strip().lstrip("•-–* ").strip()]
            for n, text in con.execute(
                f"SELECT number, text FROM slides WHERE number IN ({placeholders(len(wanted))})",
                wanted)}


def _quote_line(lines: list[str], value: str, fold: bool) -> str | None:
    """The first line of the slide holding ``value`` as a whole word (folded for a label)."""
    if fold:
        target = _fold(value)
        return next((line for line in lines if target in _fold(line)), None)
    pattern = re.compile(r"(?<![\w,])" + re.escape(value) + r"(?![\w,])")
    return next((line for line in lines if pattern.search(line)), None)


def _characteristic_questions(
    kb: object, studies: dict[str, _Study], pools: dict[str, list[PoolEntry]]
) -> list[Question]:
    lines = _slide_lines(kb, (s.slide for s in studies.values() if s.slide is not None))
    out: list[Question] = []
    for s in studies.values():
        slide_lines = lines.get(s.slide or 0, [])
        for key, label in CHARACTERISTICS:
            raw = getattr(s, key)
            if raw is None or raw == "":
                continue  # not reported: never asked
            answer = KIND_LABELS.get(str(raw), str(raw)) if key == "kind" else str(raw)
            pool = "characteristic:" + key
            number = float(raw) if key == "n_patients" else None
            span = None if number is None else (number, number)
            pools.setdefault(pool, []).append((answer, span))
            quote = _quote_line(slide_lines, answer, fold=key == "kind")
            if quote is None or s.slide is None:
                continue  # not written on the slide as the KB holds it: no quote, no question
            prompt = f"{s.label} : {label} ?"
            out.append(Question(
                f"characteristic:{s.id}:{key}", "characteristic", prompt, answer,
                (Source("study", s.id, s.id, s.label, s.slide, quote),), (s.id,), (), pool,
                number, 0.0 if number is not None else None, "n" if number is not None else "",
                span=span,
            ))
    return out


def _comparison_questions(
    figures: list[tuple[str, Figure]], studies: dict[str, _Study],
    measures: dict[str, tuple[str, str, bool | None]],
) -> list[Question]:
    """Per measure, the series with one point figure (no group) taken four at a time in deck
    order; a question only where ``mark_row`` marks a single best among the four."""
    per_measure: dict[str, dict[str, list[Figure]]] = {}
    for sid, f in figures:
        per_measure.setdefault(f.measure, {}).setdefault(sid, []).append(f)
    out: list[Question] = []
    for mid, (name, unit, hib) in measures.items():
        if hib is None or mid not in per_measure:
            continue
        ranked = [(sid, figs[0]) for sid, figs in per_measure[mid].items()
                  if len(figs) == 1 and figs[0].is_point and not figs[0].group_label]
        labels_seen: set[str] = set()
        candidates = []
        for sid, f in ranked:  # two series of one label could not be told apart
            if studies[sid].label not in labels_seen:
                labels_seen.add(studies[sid].label)
                candidates.append((sid, f))
        for start in range(0, len(candidates) - 1, COMPARISON_SIZE):
            chunk = candidates[start:start + COMPARISON_SIZE]
            if len(chunk) < 2:
                break
            row = mark_row(Row(f"measure:{mid}", "measure", name, "", unit, hib,
                               tuple(Cell(f.text(), True, figures=(f,)) for _s, f in chunk)))
            best = [i for i, c in enumerate(row.cells) if c.mark == "best"]
            if len(best) != 1:
                continue
            winner = chunk[best[0]]
            sense = "la plus haute" if hib else "la plus basse"
            prompt = f"Laquelle de ces séries rapporte {sense} valeur de {name} ?"
            ids = tuple(sid for sid, _f in chunk)
            out.append(Question(
                f"comparison:{mid}:{'+'.join(sorted(ids))}", "comparison", prompt,
                studies[winner[0]].label,
                tuple(Source("figure", f.id, sid, studies[sid].label, f.slide, f.source)
                      for sid, f in chunk),
                ids, (), "", choices=tuple(studies[sid].label for sid in ids),
            ))
    return out


def _disagreement_questions(
    kb: object, con: object, studies: dict[str, _Study], factors: dict[str, str]
) -> list[Question]:
    src = MatrixSource(kb)
    out: list[Question] = []
    for factor in src.factors:
        if src.status(factor.id) not in FLAGGED:
            continue
        conflict = src.conflict(factor.id)
        rows = connection_of(con).execute(
            "SELECT f.id, f.study_id, f.slide, f.source FROM study_factors f "
            "JOIN studies s ON s.id = f.study_id WHERE f.factor_id = ? "
            f"ORDER BY s.sort_order, f.sort_order LIMIT {MAX_SOURCES}", (factor.id,)).fetchall()
        sources = tuple(Source("finding", r[0], r[1], studies[r[1]].label, int(r[2]), r[3])
                        for r in rows)
        status = ("Conflit (sens opposés)" if conflict.status == "conflict"
                  else "Discordance (significatif ici, NS ailleurs)")
        out.append(Question(
            f"disagreement:{factor.id}", "disagreement",
            f"Quelles séries divergent sur « {factors.get(factor.id, factor.name)} », "
            "et dans quel sens ?",
            f"{status}. {conflict.reason}", sources,
            tuple(dict.fromkeys(s.study_id for s in sources)), (factor.id,),
            reading=any(studies[s.study_id].reading for s in sources),
        ))
    return out
