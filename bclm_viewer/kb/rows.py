"""KB rows from content objects: labels, citations, headline figures, search entries.

Pure functions (no database), so the rows of a study can be made in a worker process. Each
table's rows are tuples in ``COLUMNS`` order, inserted by sqlite-utils in list mode.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bclm_viewer.kb.content import CLINICAL_CASE, Study
from bclm_viewer.kb.drafts import TO_CHECK, to_check
from bclm_viewer.kb.render import render_markdown, render_slide
from bclm_viewer.kb.validate import Context

Row = tuple[Any, ...]
Rows = dict[str, list[Row]]
SUMMARY_MEASURES = ("os5", "dfs5", "r0_pct")  # study_summary's os5_*, dfs5_*, r0_* columns


# ----- labels -------------------------------------------------------------------------------


def _is_initials(token: str) -> bool:
    letters = token.replace(".", "").replace("-", "")
    return 0 < len(letters) <= 3 and letters.isupper()


def _surname(first_author: str) -> str:
    """ "Adam R" → "Adam", "Page AL" → "Page": trailing initials dropped."""
    tokens = first_author.split()
    while len(tokens) > 1 and _is_initials(tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


def study_label(study: Study) -> str:
    """ "Adam 2006"; the clinical case by its title, else "Cas clinique"; a draft or a study
    with unreviewed candidates (built only on request) is marked "(à vérifier)" wherever its
    label shows."""
    if study.kind == CLINICAL_CASE or not study.first_author:
        label = study.title or "Cas clinique"
    else:
        name = _surname(study.first_author)
        label = f"{name} {study.year}" if study.year is not None else name
    return f"{label} ({TO_CHECK})" if to_check(study) else label


def _et_al(first_author: str, slide_text: str) -> bool:
    """The slide writes "<first author> & al." (or "&al"): the citation says "et al."."""
    return re.search(re.escape(first_author) + r"\s*&\s*al\b", slide_text) is not None


def study_citation(study: Study, slide_text: str = "") -> str:
    """Authors [et al.]. Title. Journal year. — only what the file gives, nothing invented, no
    empty part ("Dittmar, 2013." when the slide names no title nor journal). "et al." when
    ``slide_text`` (the study's slide) writes "& al." after the first author. The clinical case
    is cited as the deck's slide."""
    if study.kind == CLINICAL_CASE and not study.first_author:
        what = f"Cas clinique « {study.title} »" if study.title else "Cas clinique"
        return f"{what}, diapositive {study.slide} du diaporama." if study.slide else what + "."
    author = (study.first_author or "").strip()
    if author and _et_al(author, slide_text):
        author += " et al."
    where = " ".join(str(x) for x in (study.journal, study.year) if x is not None)
    if author and not study.title and not study.journal and study.year is not None:
        return f"{author.rstrip('.')}, {study.year}."
    parts = [p.strip() for p in (author, study.title, where) if p and p.strip()]
    return " ".join(p if p.endswith((".", "?", "!")) else p + "." for p in parts)


# ----- rows ---------------------------------------------------------------------------------

COLUMNS: dict[str, list[str]] = {
    "slides": ["number", "title", "text", "html", "source_path"],
    "studies": [
        "id",
        "first_author",
        "year",
        "journal",
        "title",
        "kind",
        "centre",
        "period",
        "n_patients",
        "slide",
        "notes_md",
        "notes_html",
        "label",
        "citation",
        "source_path",
        "sort_order",
        "n_controls",
    ],
    "measures": ["id", "name_fr", "name_en", "unit", "category", "higher_is_better", "sort_order"],
    "factors": ["id", "name_fr", "name_en", "category", "synonyms", "sort_order", "see_also"],
    "outcomes": [
        "id",
        "study_id",
        "measure",
        "value",
        "unit",
        "value_text",
        "value_low",
        "value_high",
        "qualifier",
        "group_label",
        "p_value",
        "slide",
        "source",
        "sort_order",
    ],
    "study_factors": [
        "id",
        "study_id",
        "factor_id",
        "level",
        "effect",
        "endpoint",
        "analysis",
        "p_value",
        "slide",
        "source",
        "sort_order",
    ],
    "questions": ["id", "kind", "text", "slide", "source", "sort_order"],
    "glossary": ["term", "meaning_fr", "meaning_en", "sort_order"],
    "study_summary": [
        "study_id",
        "os5_text",
        "os5_value",
        "dfs5_text",
        "dfs5_value",
        "r0_text",
        "r0_value",
        "n_outcomes",
        "n_findings",
    ],
    "readings": ["table_name", "row_id", "study_id", "field", "reason"],
    "search_index": ["kind", "ref", "study_id", "slide", "title", "body"],
    "meta": ["key", "value"],
}


def _text(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def context_rows(ctx: Context) -> Rows:
    """Rows of everything but the studies (slides, vocabularies, questions, glossary)."""
    rows = empty_rows()
    for n in sorted(ctx.slides):
        s = ctx.slides[n]
        rows["slides"].append((n, s.title, s.text, render_slide(s.text), s.path))
        rows["search_index"].append(("slide", str(n), None, n, s.title, s.text))
    for m in ctx.measures.values():
        better = None if m.higher_is_better is None else int(m.higher_is_better)
        rows["measures"].append(
            (m.id, m.name_fr, m.name_en, m.unit, m.category, better, m.sort_order)
        )
    for f in ctx.factors.values():
        rows["factors"].append(
            (
                f.id,
                f.name_fr,
                f.name_en,
                f.category,
                json.dumps(f.synonyms, ensure_ascii=False),
                f.sort_order,
                json.dumps(f.see_also) if f.see_also else None,
            )
        )
    for q in ctx.questions:
        rows["questions"].append((q.id, q.kind, q.text, q.slide, q.source, q.sort_order))
        rows["search_index"].append(("question", q.id, None, q.slide, "", q.text))
    for g in ctx.glossary:
        rows["glossary"].append((g.term, g.meaning_fr, g.meaning_en, g.sort_order))
        rows["search_index"].append(
            ("glossary", g.term, None, None, g.term, f"{g.meaning_fr} — {g.meaning_en}")
        )
    return rows


def study_rows(study: Study, ctx: Context, rows: Rows) -> None:
    """Append the rows of one valid study (``studies.sort_order`` is set once all are in)."""
    label = study_label(study)
    sid = study.id
    rows["studies"].append(
        (
            sid,
            study.first_author,
            study.year,
            study.journal,
            study.title,
            study.kind,
            study.centre,
            study.period,
            study.n_patients,
            study.slide,
            study.notes_md,
            render_markdown(study.notes_md) if study.notes_md else "",
            label,
            study_citation(study, ctx.slide_text.get(study.slide or 0, "")),
            study.path,
            0,
            study.n_controls,
        )
    )
    for name, reason in study.readings.items():
        rows["readings"].append(("studies", sid, sid, name, reason))
    rows["search_index"].append(
        (
            "study",
            sid,
            sid,
            study.slide,
            label,
            _text(
                study.title,
                study.journal,
                study.centre,
                study.period,
                study.notes_md,
                study.first_author,
            ),
        )
    )
    headline: dict[str, list[str]] = {m: [] for m in SUMMARY_MEASURES}
    sort_value: dict[str, float | None] = {}
    for o in study.outcomes:
        assert o.parsed is not None
        measure = ctx.measures[o.measure]
        p = o.parsed
        rows["outcomes"].append(
            (
                o.id,
                sid,
                o.measure,
                p.value,
                measure.unit,
                o.value_text,
                p.low,
                p.high,
                p.qualifier,
                o.group,
                o.p,
                o.slide,
                o.source,
                o.sort_order,
            )
        )
        rows["search_index"].append(
            ("outcome", o.id, sid, o.slide, measure.name_fr, _text(o.source, o.group))
        )
        for name, reason in o.readings.items():
            rows["readings"].append(("outcomes", o.id, sid, name, reason))
        if o.measure in headline:
            headline[o.measure].append(f"{o.value_text} %" + (f" ({o.group})" if o.group else ""))
            if p.value is not None and p.qualifier is None:
                # A point only: a bound ("< 10") or a range ("40-60") is never one, so a study
                # without a point sorts after those with one (``derived.SORTS``).
                sort_value.setdefault(o.measure, p.value)
    for f in study.findings:
        factor = ctx.factors[f.factor]
        rows["study_factors"].append(
            (
                f.id,
                sid,
                f.factor,
                f.level,
                f.effect,
                f.endpoint,
                f.analysis,
                f.p,
                f.slide,
                f.source,
                f.sort_order,
            )
        )
        for name, reason in f.readings.items():
            rows["readings"].append(("study_factors", f.id, sid, name, reason))
        title = f"{factor.name_fr} {f.level}" if f.level else factor.name_fr
        rows["search_index"].append(
            (
                "finding",
                f.id,
                sid,
                f.slide,
                title,
                _text(f.source, factor.name_en, " ".join(factor.synonyms)),
            )
        )
    summary: list[Any] = [sid]
    for m in SUMMARY_MEASURES:
        summary += ["; ".join(headline[m]) or None, sort_value.get(m)]
    rows["study_summary"].append((*summary, len(study.outcomes), len(study.findings)))


def empty_rows() -> Rows:
    return {table: [] for table in COLUMNS}
