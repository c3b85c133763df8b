"""Every generated question of the bundled KB is checked against the KB itself: the answer is
exactly the deck's value, its quote is on its slide and holds it, no option is a second right
answer, nothing is asked about n.r., rankings only where ``mark_row`` is certain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kb_sample import make_sample_kb

from bclm_viewer.evidence.compare import build_comparison
from bclm_viewer.evidence.figures import UnknownStudyError, with_unit
from bclm_viewer.evidence.matrix import FLAGGED, MatrixSource, UnknownFactorError
from bclm_viewer.query.knowledge_base import KnowledgeBase
from bclm_viewer.study.choices import check_answer, parse_number, pick, with_choices
from bclm_viewer.study.questions import (
    EFFECT_ANSWERS,
    KIND_LABELS,
    KINDS,
    Scope,
    check_scope,
    generate,
)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _on_slide(kb: KnowledgeBase, slide: int, quote: str) -> bool:
    found = kb.slide(slide)
    return found is not None and _norm(quote) in _norm(found.text)


@pytest.fixture(scope="module")
def bank(real_kb: KnowledgeBase) -> Any:
    return generate(real_kb)


def test_every_kind_is_generated_from_the_bundled_kb(bank: Any) -> None:
    kinds = {q.kind for q in bank.questions}
    assert kinds == set(KINDS)
    ids = [q.id for q in bank.questions]
    assert len(ids) == len(set(ids))


def test_every_answer_is_the_decks_value_and_every_quote_is_on_its_slide(
    real_kb: KnowledgeBase, bank: Any
) -> None:
    outcomes = {o.id: o for s in real_kb.study_ids(_all()) for o in real_kb.outcomes(s)}
    findings = {f.id: f for s in real_kb.study_ids(_all()) for f in real_kb.findings(s)}
    for q in bank.questions:
        assert q.answer and q.answer.strip() != "n.r.", q.id
        assert "n.r." not in q.prompt, q.id
        assert q.sources, q.id
        for src in q.sources:
            assert _on_slide(real_kb, src.slide, src.quote), (q.id, src)
        if q.kind == "figure":
            (src,) = q.sources
            o = outcomes[src.ref]
            assert q.answer == with_unit(o.value_text, o.unit)
            assert src.quote == o.source and src.slide == o.slide
            assert _norm(o.value_text) in _norm(src.quote)
            if q.free_entry:
                assert o.value is not None and o.qualifier is None and q.value == o.value
            else:
                assert o.value is None or o.qualifier is not None or q.value is None
        elif q.kind == "finding":
            for src in q.sources:
                f = findings[src.ref]
                assert EFFECT_ANSWERS[f.effect] == q.answer
                assert src.quote == f.source and f.slide == src.slide
                assert f.factor_id in q.factor_ids
        elif q.kind == "characteristic":
            (src,) = q.sources
            study = real_kb.study(src.study_id)
            assert study is not None
            field = q.id.rsplit(":", 1)[1]
            raw = getattr(study, field)
            assert raw is not None
            expected = KIND_LABELS.get(str(raw), str(raw)) if field == "kind" else str(raw)
            assert q.answer == expected
            assert q.answer.casefold() in src.quote.casefold()
            assert src.slide == study.slide


def test_rankings_only_where_the_comparison_marks_a_single_best(
    real_kb: KnowledgeBase, bank: Any
) -> None:
    comparisons = [q for q in bank.questions if q.kind == "comparison"]
    assert comparisons
    for q in comparisons:
        measure = q.id.split(":")[1]
        comp = build_comparison(real_kb, q.study_ids)
        row = comp.row(f"measure:{measure}")
        for cell in row.cells:  # one point figure each: no range, bound, group or n.r.
            assert len(cell.figures) == 1 and cell.figures[0].is_point
            assert not cell.figures[0].group_label
        best = [comp.studies[i].label for i, c in enumerate(row.cells) if c.mark == "best"]
        assert best == [q.answer]
        assert sorted(q.choices) == sorted(s.label for s in comp.studies)
    # OS5 of Page 2014 is a range and a bound: never offered in a ranking
    assert not any("page-2014" in q.study_ids for q in comparisons)


def test_disagreements_are_the_matrix_flags(real_kb: KnowledgeBase, bank: Any) -> None:
    src = MatrixSource(real_kb)
    flagged = {f.id for f in src.factors if src.status(f.id) in FLAGGED}
    asked = {q.factor_ids[0] for q in bank.questions if q.kind == "disagreement"}
    assert asked == flagged and flagged
    for q in bank.questions:
        if q.kind == "disagreement":
            assert src.conflict(q.factor_ids[0]).reason in q.answer


@pytest.mark.parametrize("seed", [0, 1, 7, 2024])
def test_options_hold_the_answer_once_and_no_second_right_answer(
    bank: Any, seed: int
) -> None:
    for q in bank.questions:
        shown = with_choices(q, bank, seed)
        if q.kind == "disagreement":
            assert shown.choices == ()
            continue
        assert shown.choices.count(q.answer) == 1, q.id
        assert len(set(shown.choices)) == len(shown.choices), q.id
        assert len(shown.choices) >= 2, q.id
        for option in shown.choices:
            if option != q.answer:
                assert not check_answer(q, option), (q.id, option)
                assert parse_number(option) is None or q.value is None or (
                    abs(parse_number(option) - q.value) > (q.tolerance or 0)  # type: ignore[operator]
                ), (q.id, option)


def test_bounds_and_ranges_get_options_that_cannot_be_right(bank: Any) -> None:
    page = {q.id: with_choices(q, bank, 3) for q in bank.questions
            if q.id.startswith("figure:page-2014:os5")}
    bound = page["figure:page-2014:os5:Tous stades"]
    assert bound.answer == "< 10%"
    for option in bound.choices:
        if option != bound.answer:
            assert not option.startswith("<"), option  # "< 15%" would be right too


def _kb_readings(kb: KnowledgeBase, q: Any) -> list[str]:
    """The reasons the KB gives for what a figure or finding question asks."""
    reasons: list[str] = []
    for source in q.sources:
        rows = kb.outcomes(source.study_id) if source.kind == "figure" else kb.findings(
            source.study_id)
        reasons += [r for row in rows if row.id == source.ref for r in row.readings.values()]
    return reasons


def test_a_reading_is_said_in_the_question_with_its_reason(
    bank: Any, real_kb: KnowledgeBase
) -> None:
    asked = [q for q in bank.questions if q.kind in ("figure", "finding")]
    read = [q for q in asked if _kb_readings(real_kb, q)]
    # The deck's readings (Treska's columns read as OS / DFS, "Cox" read as multivariate...)
    # reach the questions; the others say nothing of the kind.
    assert {q.study_ids[0] for q in read} >= {"treska-2014", "adam-2006", "abbott-2012"}
    for q in asked:
        reasons = _kb_readings(real_kb, q)
        assert q.reading == bool(reasons), q.id
        assert ("◊ lecture" in q.prompt) == bool(reasons), q.id
        assert all(r in q.prompt for r in reasons), q.id
    # A ranking never rests on a reading.
    for q in bank.questions:
        if q.kind == "comparison":
            assert not _kb_readings(real_kb, q), q.id


def test_free_entry_accepts_commas_dots_units_within_the_tolerance(bank: Any) -> None:
    q = next(q for q in bank.questions if q.id == "figure:abbott-2012:os5:")
    assert q.answer == "43,6%" and q.tolerance == 2.0
    for typed in ("43,6", "43.6", "43,6 %", " 45 ", "42%"):
        assert check_answer(q, typed), typed
    for typed in ("46", "41,5", "quarante", "", "43,6,1"):
        assert not check_answer(q, typed), typed
    n = next(q for q in bank.questions if q.id == "figure:adam-2006:operated_n:")
    assert check_answer(n, "108") and not check_answer(n, "107")


def test_same_seed_same_quiz_other_seed_other_order(bank: Any) -> None:
    a = [with_choices(q, bank, 5) for q in pick(bank.questions, 20, 5)]
    b = [with_choices(q, bank, 5) for q in pick(bank.questions, 20, 5)]
    c = pick(bank.questions, 20, 6)
    assert a == b
    assert [q.id for q in a] != [q.id for q in c]


def test_scope_by_factor_study_slide_and_kind(bank: Any) -> None:
    her2 = bank.select(Scope(factor_ids=("her2",)))
    assert her2 and all("her2" in q.factor_ids for q in her2)
    adam = bank.select(Scope(study_ids=("adam-2006",)))
    assert adam and all("adam-2006" in q.study_ids for q in adam)
    slide = bank.select(Scope(slides=(11,)))
    assert slide and all(11 in q.slides for q in slide)
    figures = bank.select(Scope(kinds=("figure",)))
    assert figures and {q.kind for q in figures} == {"figure"}


def test_unknown_ids_are_named(real_kb: KnowledgeBase) -> None:
    with pytest.raises(UnknownStudyError, match="nobody-1999"):
        check_scope(real_kb, Scope(study_ids=("adam-2006", "nobody-1999")))
    with pytest.raises(UnknownFactorError, match="astrology"):
        check_scope(real_kb, Scope(factor_ids=("astrology",)))


def test_a_large_sample_kb_generates_consistent_questions(tmp_path: Path) -> None:
    with KnowledgeBase(make_sample_kb(tmp_path / "kb.sqlite", 300)) as kb:
        bank = generate(kb)
        assert {q.kind for q in bank.questions} >= {"figure", "finding", "comparison"}
        for q in bank.questions[:3000]:
            shown = with_choices(q, bank, 1)
            if q.kind != "disagreement":
                assert shown.choices.count(q.answer) == 1
                assert not any(check_answer(q, o) for o in shown.choices if o != q.answer)


def _all() -> Any:
    from bclm_viewer.query.filters import StudyFilter

    return StudyFilter()
