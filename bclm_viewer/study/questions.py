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

Nothing is asked about what the deck does not report (n.r.). Where the answer is a *reading* of
the slide (``readings``: "Cox" read as multivariate, a column read as OS...), the question says
so with its reason ("◊ lecture : ..."); a comparison never ranks a figure that is a reading.
Question ids are stable across KB rebuilds (built from study, measure, factor and level, not
from row order), so a card's review history follows its question.

Generation is one pass over a few SELECTs of whole tables; the multiple-choice options are made
separately (``choices``), when a question is shown or exported.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

from bclm_viewer.evidence.agreement import FLAGGED
from bclm_viewer.evidence.compare import Cell, Row, mark_row
from bclm_viewer.evidence.figures import Figure, UnknownStudyError, with_unit
from bclm_viewer.evidence.matrix import MatrixSource, UnknownFactorError
from bclm_viewer.i18n import QT_TRANSLATE_NOOP, translator
from bclm_viewer.i18n import plural as tr
from bclm_viewer.query.evidence_reads import KbSource
from bclm_viewer.query.readings import READING_MARK, parse_readings
from bclm_viewer.query.study_reads import StudyReads, study_reads_of
from bclm_viewer.study.bank import LazyPools, QuestionBank, QuestionList, Where
from bclm_viewer.study.records import KINDS, PoolEntry, Question, Scope, Source

__all__ = [
    "CHARACTERISTICS", "EFFECT_ANSWERS", "KINDS", "KIND_LABELS", "PoolEntry", "Question",
    "QuestionBank", "QuestionList", "Scope", "Source", "TOLERANCES", "check_scope", "generate",
]

# The prompts and answers are French here and translated when a question is made (``_tr``,
# context "Study", docs/translations.md); the deck's names, levels and quotes stay as written.
_tr = translator("Study")
EFFECT_ANSWERS = {"poor": QT_TRANSLATE_NOOP("Study", "péjoratif"),
                  "favourable": QT_TRANSLATE_NOOP("Study", "favorable"),
                  "not significant": QT_TRANSLATE_NOOP("Study", "non significatif")}
EFFECT_CHOICES = tuple(EFFECT_ANSWERS.values())
ENDPOINT_TEXT = {"OS": QT_TRANSLATE_NOOP("Study", "pour la survie globale (OS)"),
                 "DFS": QT_TRANSLATE_NOOP("Study", "pour la survie sans récidive (DFS)")}
ENDPOINT_NR = QT_TRANSLATE_NOOP("Study", "critère (OS ou DFS) non précisé sur la diapositive")


def reading_note(reasons: Iterable[str]) -> str:
    """What a question adds when its answer is a reading of the slide, with the reasons (the
    reasons are the KB's own words)."""
    unique = list(dict.fromkeys(reasons))
    if not unique:
        return ""
    return _tr(" [{mark} lecture : {reasons}]").format(mark=READING_MARK,
                                                       reasons=_tr(" ; ").join(unique))


# Free entry: how far from the deck's value an answer is still right, per unit of the measure.
TOLERANCES: dict[str, float] = {"%": 2.0, "mois": 1.0, "ans": 0.5, "n": 0.0, "/an": 0.0}

COMPARISON_SIZE = 4  # series offered by a comparison question
MAX_SOURCES = 12  # quotes kept on a disagreement question (a 10,000-study factor has thousands)

CHARACTERISTICS = (("n_patients", QT_TRANSLATE_NOOP("Study", "effectif (N patientes)")),
                   ("period", QT_TRANSLATE_NOOP("Study", "période")),
                   ("centre", QT_TRANSLATE_NOOP("Study", "centre")),
                   ("kind", QT_TRANSLATE_NOOP("Study", "type d'étude")))
KIND_LABELS = {"series": QT_TRANSLATE_NOOP("Study", "série"),
               "systematic-review": QT_TRANSLATE_NOOP("Study", "revue systématique"),
               "case-control": QT_TRANSLATE_NOOP("Study", "cas-témoins"),
               "clinical-case": QT_TRANSLATE_NOOP("Study", "cas clinique")}
T = TypeVar("T")


# ----- reading the KB -------------------------------------------------------------------------


class _Study(NamedTuple):
    id: str
    label: str
    kind: str | None
    centre: str | None
    period: str | None
    n_patients: int | None
    slide: int | None
    readings: dict[str, str]  # the study's own fields read into its slide: {field: reason}


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _studies(reads: StudyReads) -> dict[str, _Study]:
    readings = reads.study_readings()
    return {r[0]: _Study(r[0], r[1], r[2], r[3], r[4], r[5], r[6], readings.get(r[0], {}))
            for r in reads.studies()}


def check_scope(kb: KbSource, scope: Scope) -> None:
    """Raise ``UnknownStudyError`` / ``UnknownFactorError`` naming every id the KB lacks."""
    reads = study_reads_of(kb)
    for ids, table, error in ((scope.study_ids, "studies", UnknownStudyError),
                              (scope.factor_ids, "factors", UnknownFactorError)):
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            continue
        known = reads.known_ids(table, wanted)
        missing = [i for i in wanted if i not in known]
        if missing:
            raise error(missing)
    unknown_kinds = [k for k in scope.kinds if k not in KINDS]
    if unknown_kinds:
        raise ValueError("type(s) de question inconnu(s) : " + ", ".join(unknown_kinds))


# ----- generation -----------------------------------------------------------------------------


def generate(kb: KbSource, kinds: Sequence[str] = KINDS) -> QuestionBank:
    """Every question of the KB of these kinds, in deck order (studies, then the rest).

    The cyclic garbage collector is paused meanwhile: the rows read are hundreds of thousands
    of tuples, none in a cycle, which it would otherwise scan again and again (a tenth of the
    time on a 10,000-study KB)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _generate(kb, kinds)
    finally:
        if collecting:
            gc.enable()


def _generate(kb: KbSource, kinds: Sequence[str]) -> QuestionBank:
    reads = study_reads_of(kb)
    studies = _studies(reads)
    bank = QuestionBank()
    figures: list[_FigureRow] = []
    if "figure" in kinds or "comparison" in kinds:
        figures = reads.figures()
    findings: list[_FindingRow] = []
    if "finding" in kinds or "disagreement" in kinds:
        findings = reads.findings()
    measures = {r[0]: (r[1], r[2], None if r[3] is None else bool(r[3]))
                for r in reads.measures()}
    factors = {r[0]: r[1] for r in reads.factors()}
    if "figure" in kinds:
        _figure_questions(bank, figures, studies, measures)
    if "finding" in kinds:
        _finding_questions(bank, findings, studies, factors)
    if "characteristic" in kinds:
        bank.add_all(_characteristic_questions(bank, reads, studies))
    if "comparison" in kinds:
        bank.add_all(_comparison_questions(figures, studies, measures))
    if "disagreement" in kinds:
        bank.add_all(_disagreement_questions(kb, findings, studies, factors))
    return bank


def _context(s: _Study) -> str:
    patients = tr("%n patiente(s)", "", s.n_patients) if s.n_patients else None
    bits = [b for b in (s.centre, patients) if b]
    return f" ({', '.join(bits)})" if bits else ""


def _ones(values: Iterable[T]) -> list[tuple[T]]:
    """``(v,)`` for each value, one tuple shared per distinct value (a few hundred slides or
    ten thousand studies, rather than a tuple per question)."""
    cache: dict[T, tuple[T]] = {}
    return [cache.get(v) or cache.setdefault(v, (v,)) for v in values]


def _unique_keys(keys: list[str]) -> list[str]:
    """``keys`` with any repeat numbered (":2", ":3"...), in order: ids stay unique."""
    if len(set(keys)) == len(keys):
        return keys
    seen: set[str] = set()
    add = seen.add
    out: list[str] = []
    append = out.append
    for key in keys:
        if key in seen:
            n = 2
            while f"{key}:{n}" in seen:
                n += 1
            key = f"{key}:{n}"
        add(key)
        append(key)
    return out


# (study_id, then the ``Figure`` fields): rows as read, a ``Figure`` made only where needed
_FigureRow = tuple[Any, ...]


def _row_span(row: _FigureRow) -> tuple[float, float] | None:
    value, low, high, qualifier = row[5], row[6], row[7], row[8]
    if value is not None and qualifier is None:
        return value, value
    if low is None and high is None:
        return None
    return (low if low is not None else float("-inf"), high if high is not None else float("inf"))


def _figure_entry(row: _FigureRow) -> PoolEntry:
    return with_unit(row[3], row[4]), _row_span(row)


def _figure_questions(
    bank: QuestionBank, figures: list[_FigureRow], studies: dict[str, _Study],
    measures: dict[str, tuple[str, str, bool | None]],
) -> None:
    """One question per figure row; its distractor pool is its measure (``LazyPools``)."""
    keys = _unique_keys([f"figure:{r[0]}:{r[2]}:{r[9] or ''}" for r in figures])
    names = {m: v[0] for m, v in measures.items()}

    def build(j: int) -> Question:
        row = figures[j]
        return _make_figure(keys[j], row, studies[row[0]], str(names.get(row[2], row[2])))

    def where() -> Where:
        return (_ones(map(itemgetter(0), figures)), [()] * len(figures),
                _ones(map(itemgetter(11), figures)))

    bank.extend("figure", keys, where, build)
    bank.add_lazy_pools(LazyPools(figures, _figure_pool, _figure_entry))


def _figure_pool(row: _FigureRow) -> str:
    return f"figure:{row[2]}"


def _make_figure(key: str, row: _FigureRow, s: _Study, name: str) -> Question:
    sid, oid, measure, value_text, unit, value, _lo, _hi, qualifier, group = row[:10]
    group_text = _tr(" — groupe « {group} »").format(group=group) if group else ""
    reasons = parse_readings(row[13]).values()
    prompt = _tr("{study} : {measure}{group} ?{reading}").format(
        study=s.label + _context(s), measure=name, group=group_text, reading=reading_note(reasons))
    point = value is not None and qualifier is None
    return Question(
        key, "figure", prompt, with_unit(value_text, unit),
        (Source("figure", oid, sid, s.label, row[11], row[12]),), (sid,), (), "figure:" + measure,
        value if point else None, TOLERANCES.get(unit, 0.0) if point else None,
        unit, (), bool(reasons), _row_span(row),
    )


# id, study, factor, level, effect, endpoint, analysis, slide, quote, readings JSON
_FindingRow = tuple[Any, ...]


def _finding_questions(
    bank: QuestionBank, rows: list[_FindingRow], studies: dict[str, _Study],
    factors: dict[str, str],
) -> None:
    """One question per statement (study, factor, level folded, endpoint, analysis); the
    same statement on two slides is one question with both, unless read two ways."""
    folded = {level: _fold(level or "") for level in {r[3] for r in rows}}
    keys = [f"finding:{r[1]}:{r[2]}:{folded[r[3]]}:{r[5] or ''}:{r[6] or ''}" for r in rows]
    last = dict(zip(keys, range(len(keys)), strict=True))  # keys in order of first appearance
    repeated: dict[str, list[_FindingRow]] = {}
    if len(last) < len(keys):  # a statement on more than one row (two slides)
        repeated = {k: [] for k, n in Counter(keys).items() if n > 1}
        for k, r in zip(keys, rows, strict=True):
            if k in repeated:
                repeated[k].append(r)
    kept = [k for k in last if k not in repeated
            or all(i[4] == repeated[k][0][4] for i in repeated[k])]
    leads = [repeated[k][0] if k in repeated else rows[last[k]] for k in kept]

    def build(j: int) -> Question:
        key, lead = kept[j], leads[j]
        return _make_finding(key, repeated.get(key) or [lead], studies[lead[1]],
                             str(factors.get(lead[2], lead[2])))

    def where() -> Where:
        slides = _ones(map(itemgetter(7), leads))
        for j, key in enumerate(kept):
            if key in repeated:
                slides[j] = tuple(dict.fromkeys(i[7] for i in repeated[key]))
        return _ones(map(itemgetter(1), leads)), _ones(map(itemgetter(2), leads)), slides

    bank.extend("finding", kept, where, build)


def _make_finding(key: str, items: list[_FindingRow], s: _Study, fname: str) -> Question:
    _id, _sid, fid, level, effect, endpoint, analysis, _slide, _src = items[0][:9]
    shown = bool(level) and _fold(str(level)) not in _fold(fname)
    what = _tr("{factor} « {level} »").format(factor=fname, level=level) if shown else fname
    how = _tr(ENDPOINT_TEXT.get(str(endpoint), ENDPOINT_NR))
    if analysis:
        how += (_tr(", analyse multivariée") if analysis == "multivariate"
                else _tr(", analyse univariée"))
    reasons = [r for i in items for r in parse_readings(i[9]).values()]
    prompt = _tr("{study} : {what}, {how} : péjoratif, favorable ou non significatif ?{reading}"
                 ).format(study=s.label, what=what, how=how, reading=reading_note(reasons))
    sources = tuple(Source("finding", str(i[0]), s.id, s.label, int(i[7]), str(i[8]))
                    for i in items)
    return Question(key, "finding", prompt, _tr(EFFECT_ANSWERS[str(effect)]), sources, (s.id,),
                    (str(fid),), "effect", choices=tuple(_tr(c) for c in EFFECT_CHOICES),
                    reading=bool(reasons))


def _slide_lines(reads: StudyReads, numbers: Iterable[int]) -> dict[int, tuple[str, ...]]:
    wanted = sorted(set(numbers))
    if not wanted:
        return {}
    return {int(n): tuple(line.strip().lstrip("•-–* ").strip() for line in str(text).splitlines()
                          if line.strip().lstrip("•-–* ").strip())
            for n, text in reads.slide_texts(wanted)}


@lru_cache(maxsize=1 << 12)
def _tokens(line: str) -> frozenset[str]:
    """The words and numbers of a line, as ``_quote_line`` bounds them ("14,2" is one)."""
    return frozenset(re.findall(r"[\w,]+", line))


@lru_cache(maxsize=1 << 14)
def _quote_line(lines: tuple[str, ...], value: str, fold: bool) -> str | None:
    """The first line of the slide holding ``value`` as a whole word (folded for a label)."""
    if fold:
        target = _fold(value)
        return next((line for line in lines if target in _fold(line)), None)
    if " " not in value:
        return next((line for line in lines if value in _tokens(line)), None)
    pattern = re.compile(r"(?<![\w,])" + re.escape(value) + r"(?![\w,])")
    return next((line for line in lines if pattern.search(line)), None)


def _characteristic_questions(
    bank: QuestionBank, reads: StudyReads, studies: dict[str, _Study]
) -> list[Question]:
    lines = _slide_lines(reads, (s.slide for s in studies.values() if s.slide is not None))
    out: list[Question] = []
    pools: dict[str, list[PoolEntry]] = {"characteristic:" + key: [] for key, _l in CHARACTERISTICS}
    for s in studies.values():
        slide_lines = lines.get(s.slide or 0, ())
        for key, label in CHARACTERISTICS:
            raw = getattr(s, key)
            if raw is None or raw == "":
                continue  # not reported: never asked
            written = KIND_LABELS.get(str(raw), str(raw)) if key == "kind" else str(raw)
            answer = _tr(written) if key == "kind" else written
            pool = "characteristic:" + key
            number = float(raw) if key == "n_patients" else None
            span = None if number is None else (number, number)
            pools[pool].append((answer, span))
            if s.slide is None:
                continue  # no slide, no quote, no question
            quote = _quote_line(slide_lines, written, fold=key == "kind")  # the slide's French
            if quote is None:
                continue  # not written on the slide as the KB holds it: no quote, no question
            reason = s.readings.get(key)
            prompt = _tr("{study} : {label} ?{reading}").format(
                study=s.label, label=_tr(label), reading=reading_note([reason] if reason else []))
            out.append(Question(
                f"characteristic:{s.id}:{key}", "characteristic", prompt, answer,
                (Source("study", s.id, s.id, s.label, s.slide, quote),), (s.id,), (), pool,
                number, 0.0 if number is not None else None, "n" if number is not None else "",
                reading=reason is not None, span=span,
            ))
    for pool, entries in pools.items():
        if entries:
            bank.add_pool_entries(pool, entries)
    return out


def _comparison_questions(
    figures: list[_FigureRow], studies: dict[str, _Study],
    measures: dict[str, tuple[str, str, bool | None]],
) -> list[Question]:
    """Per measure, the series with one point figure (no group) taken four at a time in deck
    order; a question only where ``mark_row`` marks a single best among the four."""
    # A figure that is a reading of its slide is never ranked: the answer would be one. Rows
    # are filtered as read; a ``Figure`` is made only for the series that can be ranked.
    per_study = Counter(zip(map(itemgetter(0), figures), map(itemgetter(2), figures),
                            strict=True))
    per_measure: dict[str, list[_FigureRow]] = {
        m: [] for m, (_n, _u, hib) in measures.items() if hib is not None}
    for row in figures:
        if (row[2] in per_measure and row[5] is not None and row[8] is None and not row[9]
                and per_study[row[0], row[2]] == 1 and not parse_readings(row[13])):
            per_measure[row[2]].append(row)
    out: list[Question] = []
    for mid, (name, unit, hib) in measures.items():
        if hib is None or not per_measure[mid]:
            continue
        labels_seen: set[str] = set()
        candidates = []
        for row in per_measure[mid]:  # two series of one label could not be told apart
            label = studies[row[0]].label
            if label not in labels_seen:
                labels_seen.add(label)
                candidates.append((row[0], Figure(*row[1:13])))  # no readings (filtered)
        for start in range(0, len(candidates) - 1, COMPARISON_SIZE):
            chunk = candidates[start:start + COMPARISON_SIZE]
            if len(chunk) < 2:
                break
            marked = mark_row(Row(f"measure:{mid}", "measure", name, "", unit, hib,
                                  tuple(Cell(f.text(), True, figures=(f,)) for _s, f in chunk)))
            best = [i for i, c in enumerate(marked.cells) if c.mark == "best"]
            if len(best) != 1:
                continue
            winner = chunk[best[0]]
            prompt = (_tr("Laquelle de ces séries rapporte la plus haute valeur de {measure} ?")
                      if hib else
                      _tr("Laquelle de ces séries rapporte la plus basse valeur de {measure} ?")
                      ).format(measure=name)
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
    kb: KbSource, findings: list[_FindingRow], studies: dict[str, _Study],
    factors: dict[str, str],
) -> list[Question]:
    """One question per factor the matrix flags, quoting its first findings in deck order."""
    src = MatrixSource(kb)
    flagged = [f for f in src.factors if src.status(f.id) in FLAGGED]
    quoted: dict[str, list[_FindingRow]] = {f.id: [] for f in flagged}
    todo = len(quoted)
    for r in findings:  # deck order, until every flagged factor has its quotes
        got = quoted.get(r[2])
        if got is not None and len(got) < MAX_SOURCES:
            got.append(r)
            if len(got) == MAX_SOURCES:
                todo -= 1
                if not todo:
                    break
    out: list[Question] = []
    for factor in flagged:
        conflict = src.conflict(factor.id)
        rows = quoted[factor.id]
        sources = tuple(Source("finding", r[0], r[1], studies[r[1]].label, int(r[7]), r[8])
                        for r in rows)
        status = (_tr("Conflit (sens opposés)") if conflict.status == "conflict"
                  else _tr("Discordance (significatif ici, NS ailleurs)"))
        out.append(Question(
            f"disagreement:{factor.id}", "disagreement",
            _tr("Quelles séries divergent sur « {factor} », et dans quel sens ?").format(
                factor=factors.get(factor.id, factor.name)),
            _tr("{status}. {reason}").format(status=status, reason=conflict.reason), sources,
            tuple(dict.fromkeys(s.study_id for s in sources)), (factor.id,),
            reading=any(parse_readings(r[9]) for r in rows),
        ))
    return out
