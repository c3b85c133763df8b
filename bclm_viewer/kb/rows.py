"""KB rows from content objects: labels, citations, headline figures, search entries.

Pure functions (no database), so the rows of a study can be made in a worker process. Each
table's rows are tuples in ``COLUMNS`` order, inserted by sqlite-utils in list mode.
"""

from __future__ import annotations

import json
from typing import Any

from bclm_viewer.kb.content import CLINICAL_CASE, Study
from bclm_viewer.kb.drafts import TO_CHECK, to_check
from bclm_viewer.kb.render import render_markdown
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


def study_citation(study: Study) -> str:
    """Authors. Title. Journal year. — only what the file gives, nothing invented."""
    if study.kind == CLINICAL_CASE and not study.first_author:
        return study.title or "Cas clinique"
    where = " ".join(str(x) for x in (study.journal, study.year) if x is not None)
    parts = [p.strip() for p in (study.first_author, study.title, where) if p and p.strip()]
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
    ],
    "measures": ["id", "name_fr", "name_en", "unit", "category", "higher_is_better", "sort_order"],
    "factors": ["id", "name_fr", "name_en", "category", "synonyms", "sort_order"],
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
        rows["slides"].append((n, s.title, s.text, render_markdown(s.text, breaks=True), s.path))
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
            study_citation(study),
            study.path,
            0,
        )
    )
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
        if o.measure in headline:
            headline[o.measure].append(f"{o.value_text} %" + (f" ({o.group})" if o.group else ""))
            sort_value.setdefault(o.measure, p.sort_key())
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
