"""What the deck does not say, the KB does not state as a fact.

Walks every study file of the packaged content and, field by field, asks whether the words on
the slides support what the field states. A field the slides do not support must carry a
reading (``readings: {field: reason}``); a reading on a field the slides plainly support is
flagged too, so a reading keeps meaning something. The rules are deliberately literal: the
word must be on the slide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from bclm_viewer.kb.content import Finding, Outcome, Study
from bclm_viewer.kb.paths import content_dir
from bclm_viewer.kb.validate import Context, iter_studies, load_context, normalise

# The words a measure's quote must hold for the figure to be that measure (an unlisted
# measure fails the test: add its words here when you add it to measures.yaml).
MEASURE_WORDS: dict[str, tuple[str, ...]] = {
    "os5": ("OS5",),
    "dfs5": ("DFS5",),
    "median_dfs_months": ("DFS médian",),
    "survival_pct": ("%",),
    "follow_up_months": ("FU",),
    "synchronous_pct": ("synchrone",),
    "solitary_pct": ("solitaire", "unique"),
    "more_than_3_mets_pct": ("MH >3",),
    "max_metastases": ("Mt",),
    "hr_positive_pct": ("RH+",),
    "her2_positive_pct": ("HER2+",),
    "patients_n": ("cas-témoin", "(n:"),
    "operated_n": ("opérées",),
    "resected_n": ("réséquées", "résections"),
    "resected_pct": ("réséquées",),
    "major_hepatectomy_n": ("Hépatectomie majeure",),
    "major_hepatectomy_pct": ("Hépatectomie majeure", "> 3 segments"),
    "r0_pct": ("R0",),
    "r1_pct": ("R1",),
    "r2_pct": ("R2",),
    "operative_deaths": ("DC op",),
    "liver_recurrence_pct": ("RL hépatique",),
    "liver_recurrence_median_months": ("median",),
    "isolated_liver_recurrence_pct": ("isolée",),
    "liver_recurrence_n": ("RLH",),
    "second_hepatectomy_n": ("2nd Hepatect",),
    "third_hepatectomy_n": ("3rd Hepatect",),
    "pcr_pct": ("pCR",),
    "publications_n": ("pub",),
    "cases_per_year": ("/an", "per annum"),
    "metastatic_breast_pct": ("développeront des Mt",),
    "liver_site_pct": ("dans le foie",),
    "multifocal_pct": ("multifocales",),
    "solitary_resectable_pct": ("solitaires",),
    "age_years": ("ans",),
    "chemo_cycles_n": ("cycles",),
    "interval_months": ("mois",),
}
# The words that make a study's design what ``kind`` says.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "series": ("série", "series"),
    "systematic-review": ("systematic review", "revue systématique"),
    "case-control": ("cas-témoin", "case-matched"),
}
CLINICAL_CASE = re.compile(r"^[FH], \d+ ans\b")  # one patient: sex and age
EFFECT_WORDS = {"poor": ("péjorati", "mauvais"), "favourable": ("favorable",)}
ANALYSIS_WORDS = {"multivariate": ("multivari",), "univariate": ("univari",)}
PATIENTS = re.compile(r"\b(\d+) (?:MHKS\b|chir pour MHKS)|cas-témoin")
TWO_FIGURES = re.compile(r"[\d.,]+% / [^%]*[\d.,]+%")  # "69.5% / 60.2%": the direction is there


@dataclass(frozen=True)
class Unsupported:
    where: str
    field: str
    why: str

    def __str__(self) -> str:
        return f"{self.where}: {self.field}: {self.why}"


def _has(text: str, *words: str) -> bool:
    low = normalise(text).lower()
    return any(normalise(w).lower() in low for w in words)


def _tokens_on(text: str, slide: str) -> bool:
    """Every word of ``text`` (a group or level label put together from the slide) is on it
    (a French plural -s aside; "vs", ":" and brackets are the KB's own glue)."""
    words = re.findall(r"[^\s:()]+", text)
    low = normalise(slide).lower()
    return all(
        w.lower() in low or w.lower().rstrip("s") in low for w in words if w.lower() != "vs"
    )


def _surname(study: Study) -> str:
    return (study.first_author or "").split()[0] if study.first_author else ""


def _study_problems(s: Study, ctx: Context) -> list[Unsupported]:
    out: list[Unsupported] = []
    own = ctx.slide_text.get(s.slide or 0, "")
    slides = {s.slide, *(o.slide for o in s.outcomes), *(f.slide for f in s.findings)}
    quoted = " ".join(ctx.slide_text.get(n or 0, "") for n in sorted(n or 0 for n in slides))

    def need(name: str, supported: bool, why: str) -> None:
        if not supported and name not in s.readings:
            out.append(Unsupported(s.path, name, why))
        if supported and name in s.readings:
            out.append(Unsupported(s.path, name, "marked as a reading but the slide says it"))

    if s.kind == "clinical-case":
        need("kind", CLINICAL_CASE.match(own) is not None, "the slide is not one patient")
    elif s.kind is not None:
        need("kind", _has(own, *KIND_WORDS[s.kind]), f"{s.kind!r} is not written on the slide")
    for name in ("first_author", "journal", "title", "centre", "period"):
        value = getattr(s, name)
        if value is not None:
            need(name, _has(quoted, value), f"{value!r} is not on the study's slides")
    if s.year is not None:
        need("year", str(s.year) in quoted, f"{s.year} is not written on the study's slides")
    if s.n_patients is not None:
        need("n_patients", PATIENTS.search(s.n_patients_source or "") is not None,
             f"{s.n_patients_source!r} does not say {s.n_patients} patients")
    if s.kind != "clinical-case":
        need("slide", _has(own, _surname(s)) or _has(own, s.title or "\0"),
             f"slide {s.slide} names neither the author nor the title")
    return out


def _row_problems(s: Study, row: Outcome | Finding, ctx: Context) -> list[Unsupported]:
    out: list[Unsupported] = []
    slide = ctx.slide_text.get(row.slide or 0, "")
    where = f"{s.path}: {row.field}"

    def need(name: str, supported: bool, why: str) -> None:
        if not supported and name not in row.readings:
            out.append(Unsupported(where, name, why))
        if supported and name in row.readings:
            out.append(Unsupported(where, name, "marked as a reading but the slide says it"))

    if s.kind != "clinical-case":
        need("study", _has(slide, _surname(s)) or _has(slide, s.title or "\0"),
             f"slide {row.slide} does not name {s.first_author!r}")
    if isinstance(row, Outcome):
        words = MEASURE_WORDS.get(row.measure)
        assert words is not None, f"no rule for measure {row.measure!r}: add its words"
        need("measure", _has(row.source, *words), f"{row.source!r} does not say {row.measure}")
        if row.group:
            need("group", _tokens_on(row.group, slide), f"{row.group!r} is not on the slide")
        point_range = row.parsed is not None and row.parsed.value is not None and (
            row.parsed.low is not None or row.parsed.high is not None)
        need("value", not point_range, f"{row.value_text!r}: what the point and range are")
        return out
    if row.level:
        need("level", _tokens_on(row.level, row.source), f"{row.level!r} is not in its quote")
    if row.effect == "not significant":
        need("effect", _has(row.source, "NS"), "NS is not in the quote")
    else:
        supported = _has(slide, *EFFECT_WORDS[row.effect]) or (
            row.p is not None and TWO_FIGURES.search(row.source) is not None)
        need("effect", supported, f"{row.effect!r}: no such word on the slide")
    if row.endpoint:
        need("endpoint", _has(row.source, row.endpoint), f"{row.endpoint} is not in the quote")
    if row.analysis:
        need("analysis", _has(slide, *ANALYSIS_WORDS[row.analysis]),
             f"{row.analysis!r} is not written on slide {row.slide}")
    return out


def _load(root: Path) -> tuple[Context, list[Study]]:
    problems: list = []
    ctx = load_context(root, problems)
    studies = list(iter_studies(ctx, problems))
    assert [str(p) for p in problems] == []
    return ctx, studies


def unsupported_in(study: Study, ctx: Context) -> list[Unsupported]:
    out = _study_problems(study, ctx)
    for row in [*study.outcomes, *study.findings]:
        out += _row_problems(study, row, ctx)
    return out


def test_every_field_is_on_its_slide_or_marked_as_a_reading() -> None:
    ctx, studies = _load(content_dir())
    assert len(studies) >= 9
    assert [str(u) for s in studies for u in unsupported_in(s, ctx)] == []


def test_every_measure_of_the_vocabulary_has_a_rule() -> None:
    ctx, _studies = _load(content_dir())
    assert sorted(ctx.measures) == sorted(MEASURE_WORDS)


@pytest.mark.parametrize(
    ("study_id", "row", "name"),
    [
        ("treska-2014", "findings[1]", "endpoint"),  # the first column read as OS
        ("adam-2006", "findings[1]", "analysis"),  # "Cox" is not "multivariate"
        ("abbott-2012", "findings[2]", "effect"),  # favourable from the wording
        ("page-2014", "outcomes[7]", "measure"),  # "opérées 40-60%" as OS5
        ("bergenfeldt-2011", "outcomes[4]", "value"),  # median [range]
        ("dittmar-2013", None, "slide"),  # slide 7 names no study
        ("dittmar-2013", "findings[1]", "study"),
        ("abbott-2012", None, "kind"),  # "série" is not on the slide
        ("mariani-2013", None, "period"),  # "88-07"
    ],
)
def test_a_field_without_its_reading_is_caught(study_id: str, row: str | None, name: str) -> None:
    ctx, studies = _load(content_dir())
    study = next(s for s in studies if s.id == study_id)
    target = study if row is None else next(
        r for r in [*study.outcomes, *study.findings] if r.field == row)
    assert name in target.readings
    assert unsupported_in(study, ctx) == []
    del target.readings[name]
    assert [u.field for u in unsupported_in(study, ctx)] == [name]


def test_a_design_the_slide_does_not_name_is_caught() -> None:
    ctx, studies = _load(content_dir())
    page = next(s for s in studies if s.id == "page-2014")
    page.kind = "series"
    assert [u.field for u in unsupported_in(page, ctx)] == ["kind"]
