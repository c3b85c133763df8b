"""What needs several files to check: ids that must exist, ids that must be unique, quotes that
must be on their slide, figures that must be in their quote and within their unit's bounds.

``load_context`` reads the small files (slides, vocabularies, deck) once; studies are then
checked one at a time (``iter_studies``) so the build can stream them. Quotes are compared
whitespace-normalised (runs of whitespace → one space) on both sides, as slides wrap lines, and
in Unicode NFC (an accent typed as a separate combining mark, as macOS keyboards and some
copy-pastes give, compares equal to the precomposed one); the text is stored as written.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from bclm_viewer.kb.content import (
    ContentError,
    Factor,
    Finding,
    GlossaryTerm,
    Measure,
    Outcome,
    Problem,
    Question,
    Slide,
    Study,
    bad_name_problems,
    bad_study_names,
    display_path,
    load_factors,
    load_glossary,
    load_measures,
    load_questions,
    load_slide,
    load_study,
    read_text,
    slide_files,
    study_names,
)
from bclm_viewer.kb.drafts import Candidate

__all__ = [
    "ContentError",
    "Context",
    "Problem",
    "check_content",
    "check_study_file",
    "duplicate_study_ids",
    "iter_studies",
    "load_context",
    "normalise",
    "validate_content",
]


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space (and trim), accents composed (NFC): how
    quotes are compared."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


@dataclass
class Context:
    """Everything but the studies: small, read once, used to check each study."""

    root: Path
    slides: dict[int, Slide]
    slide_text: dict[int, str]  # normalised, for quote checks
    factors: dict[str, Factor]
    measures: dict[str, Measure]
    questions: list[Question]
    glossary: list[GlossaryTerm]
    include_drafts: bool = False  # the build also builds draft studies and their candidates


T = TypeVar("T")


def _unique(items: list[T], key: str, path: str, problems: list[Problem]) -> dict[str, T]:
    """Index ``items`` by ``key``, reporting every repeated id (the first one wins)."""
    seen: dict[str, T] = {}
    for item in items:
        value = str(getattr(item, key))
        lines: dict[str, int] = getattr(item, "lines")  # noqa: B009
        if value in seen:
            first: Any = seen[value]
            problems.append(
                Problem(
                    path,
                    lines.get(key, 1),
                    key,
                    f"duplicate {key} {value!r} (first at line {first.lines.get(key, 1)})",
                )
            )
        else:
            seen[value] = item
    return seen


def _check_deck(root: Path, slides: list[Slide], problems: list[Problem]) -> None:
    """The slides, in order, must be ``deck.txt`` cut into pieces (modulo whitespace)."""
    path = root / "deck.txt"
    rel = display_path(path, root)
    if not path.is_file():
        problems.append(Problem(rel, 1, "file", "missing"))
        return
    deck = read_text(path, rel, problems)
    if deck is None:
        return
    deck_norm = normalise(deck)
    pos = 0
    for slide in slides:
        for offset, raw in enumerate(slide.text.split("\n")):
            piece = normalise(raw)
            if not piece:
                continue
            start = pos + 1 if pos else 0
            if not deck_norm.startswith(piece, start):
                got = deck_norm[start : start + max(len(piece), 20)]
                problems.append(
                    Problem(
                        slide.path,
                        slide.lines.get("text", 1) + offset,
                        "text",
                        f"differs from deck.txt: the slide has {piece!r}, the deck {got!r}",
                    )
                )
                return
            pos = start + len(piece)
    if deck_norm[pos:].strip():
        problems.append(
            Problem(
                rel,
                1,
                "text",
                f"text not on any slide: {deck_norm[pos:].strip()[:60]!r}",
            )
        )


def load_context(root: Path, problems: list[Problem]) -> Context:
    """Slides, vocabularies and questions, checked; problems are appended to ``problems``."""
    if not root.is_dir():
        problems.append(Problem(str(root), 1, "content", "content folder does not exist"))
    files = slide_files(root)
    try:
        listed = sorted(n for n in os.listdir(root / "slides") if n.endswith(".md"))
    except OSError:
        listed = []
    problems.extend(bad_name_problems(root / "slides", listed, root))
    slides = [s for s in (load_slide(p, root, problems) for p in files) if s]
    if root.is_dir() and not files:
        problems.append(Problem(f"{root.name}/slides", 1, "file", "no slide files (NN-slug.md)"))
    by_number: dict[int, Slide] = {}
    for slide in slides:
        if slide.number in by_number:
            first = by_number[slide.number]
            problems.append(
                Problem(
                    slide.path,
                    slide.lines.get("number", 1),
                    "number",
                    f"duplicate slide number {slide.number} (first in {first.path})",
                )
            )
        else:
            by_number[slide.number] = slide
    # A slide file that could not be read has no number: order checks would only mislead.
    complete = len(slides) == len(files)
    for expected, slide in enumerate(sorted(by_number.values(), key=lambda s: s.number), 1):
        if complete and slide.number != expected:
            problems.append(
                Problem(
                    slide.path,
                    slide.lines.get("number", 1),
                    "number",
                    f"slide numbers must be contiguous from 1: expected {expected}, "
                    f"found {slide.number}",
                )
            )
            break
    ordered = sorted(by_number.values(), key=lambda s: s.number)
    if slides and complete and len(by_number) == len(slides):
        _check_deck(root, ordered, problems)
    factors_path = display_path(root / "factors.yaml", root)
    measures_path = display_path(root / "measures.yaml", root)
    questions_path = display_path(root / "questions.yaml", root)
    glossary_path = display_path(root / "glossary.yaml", root)
    ctx = Context(
        root=root,
        slides=by_number,
        slide_text={n: normalise(s.text) for n, s in by_number.items()},
        factors=_unique(load_factors(root, problems), "id", factors_path, problems),
        measures=_unique(load_measures(root, problems), "id", measures_path, problems),
        questions=[],
        glossary=[],
    )
    for factor in ctx.factors.values():
        for other in factor.see_also:
            if other not in ctx.factors or other == factor.id:
                problems.append(Problem(factors_path, factor.lines.get("see_also", 1), "see_also",
                                        f"{other!r} is not another factor of factors.yaml"))
    questions = load_questions(root, problems)
    _unique(questions, "id", questions_path, problems)
    for q in questions:
        _check_quote(
            ctx,
            questions_path,
            q.slide,
            q.lines,
            "",
            q.source,
            problems,
            quote_field="source" if "source" in q.lines else "text",
        )
        if "source" in q.lines and normalise(q.text) not in normalise(q.source):
            problems.append(
                Problem(
                    questions_path,
                    q.lines["text"],
                    "text",
                    f"{q.text!r} is not in its source {q.source!r}",
                )
            )
    ctx.questions = questions
    glossary = load_glossary(root, problems)
    _unique(glossary, "term", glossary_path, problems)
    ctx.glossary = glossary
    return ctx


def _check_quote(
    ctx: Context,
    path: str,
    slide: int | None,
    lines: dict[str, int],
    prefix: str,
    source: str,
    problems: list[Problem],
    *,
    quote_field: str = "source",
) -> None:
    """``slide`` must exist and hold ``source`` (whitespace-normalised)."""
    if slide is None:
        return
    name = f"{prefix}.{{}}" if prefix else "{}"
    if slide not in ctx.slide_text:
        if "slide" not in lines:
            return  # inherited from the study, which reports it
        line = lines["slide"]
        problems.append(Problem(path, line, name.format("slide"), f"slide {slide} does not exist"))
        return
    if normalise(source) not in ctx.slide_text[slide]:
        problems.append(
            Problem(
                path,
                lines.get(quote_field, 1),
                name.format(quote_field),
                f"{source!r} is not on slide {slide}",
            )
        )


def _in_source(
    path: str,
    lines: dict[str, int],
    name: str,
    key: str,
    text: str | None,
    source: str,
    problems: list[Problem],
) -> None:
    if text is not None and normalise(text) not in normalise(source):
        problems.append(
            Problem(
                path,
                lines.get(key, 1),
                f"{name}.{key}" if name else key,
                f"{text!r} is not in its source {source!r}",
            )
        )


def _check_outcome(study: Study, o: Outcome, ctx: Context, problems: list[Problem]) -> None:
    path = study.path
    measure = ctx.measures.get(o.measure)
    if measure is None:
        problems.append(
            Problem(
                path,
                o.lines.get("measure", 1),
                f"{o.field}.measure",
                f"unknown measure {o.measure!r} (not in measures.yaml)",
            )
        )
    _check_quote(ctx, path, o.slide, o.lines, o.field, o.source, problems)
    _in_source(path, o.lines, o.field, "value", o.value_text, o.source, problems)
    _in_source(path, o.lines, o.field, "p", o.p, o.source, problems)
    if measure is None or o.parsed is None:
        return
    numbers = o.parsed.numbers()
    where = (path, o.lines.get("value", 1), f"{o.field}.value")
    if measure.unit == "%":
        if any(n > 100 for n in numbers):
            problems.append(Problem(*where, f"percentage over 100: {o.value_text!r}"))
        if any(n < 0 for n in numbers):
            problems.append(Problem(*where, f"negative percentage: {o.value_text!r}"))
    elif measure.unit == "n":
        if any(n < 0 for n in numbers):
            problems.append(Problem(*where, f"negative count: {o.value_text!r}"))
        elif any(n != int(n) for n in numbers):
            problems.append(Problem(*where, f"a count is a whole number: {o.value_text!r}"))


def _check_finding(study: Study, f: Finding, ctx: Context, problems: list[Problem]) -> None:
    if f.factor not in ctx.factors:
        problems.append(
            Problem(
                study.path,
                f.lines.get("factor", 1),
                f"{f.field}.factor",
                f"unknown factor {f.factor!r} (not in factors.yaml)",
            )
        )
    _check_quote(ctx, study.path, f.slide, f.lines, f.field, f.source, problems)
    _in_source(study.path, f.lines, f.field, "p", f.p, f.source, problems)


def check_study(study: Study, ctx: Context, problems: list[Problem]) -> None:
    """Cross-file checks of one loaded study."""
    lines = study.lines
    if study.slide is not None and study.slide not in ctx.slides:
        problems.append(
            Problem(
                study.path, lines.get("slide", 1), "slide", f"slide {study.slide} does not exist"
            )
        )
    elif study.slide is not None:
        for key in ("period_source", "n_patients_source"):
            quote = getattr(study, key)
            if quote is not None:
                _check_quote(
                    ctx, study.path, study.slide, lines, "", quote, problems, quote_field=key
                )
    if study.n_patients_text is not None and study.n_patients_source is not None:
        _in_source(
            study.path,
            lines,
            "",
            "n_patients",
            study.n_patients_text,
            study.n_patients_source,
            problems,
        )
    if study.n_controls_text is not None:
        if study.n_patients_source is None:
            problems.append(Problem(study.path, lines.get("n_controls", 1), "n_controls",
                                    "needs n_patients_source, the quote that holds it"))
        else:
            _in_source(study.path, lines, "", "n_controls", study.n_controls_text,
                       study.n_patients_source, problems)
    for o in study.outcomes:
        _check_outcome(study, o, ctx, problems)
    for f in study.findings:
        _check_finding(study, f, ctx, problems)
    if study.citation_source is not None and study.slide in ctx.slides:
        _check_quote(ctx, study.path, study.slide, lines, "", study.citation_source, problems,
                     quote_field="citation_source")
    for c in study.candidates:
        _check_candidate(study, c, ctx, problems)


def _check_candidate(study: Study, c: Candidate, ctx: Context, problems: list[Problem]) -> None:
    """A candidate's quote must be on its slide and what it names must exist; what it lacks
    (a measure, an effect) is for the review to add."""
    path = study.path
    if c.measure is not None and c.measure not in ctx.measures:
        problems.append(Problem(path, c.lines.get("measure", 1), f"{c.field}.measure",
                                f"unknown measure {c.measure!r} (not in measures.yaml)"))
    if c.factor is not None and c.factor not in ctx.factors:
        problems.append(Problem(path, c.lines.get("factor", 1), f"{c.field}.factor",
                                f"unknown factor {c.factor!r} (not in factors.yaml)"))
    _check_quote(ctx, path, c.slide, c.lines, c.field, c.source, problems)
    _in_source(path, c.lines, c.field, "value", c.value, c.source, problems)
    _in_source(path, c.lines, c.field, "p", c.p, c.source, problems)


def check_study_file(path: Path, ctx: Context, problems: list[Problem]) -> Study | None:
    """Load and check one study file (``None`` if it cannot be read; problems say why)."""
    study = load_study(path, ctx.root, problems)
    if study is not None:
        check_study(study, ctx, problems)
    return study


def duplicate_study_ids(names: list[str], root: Path) -> list[Problem]:
    """Study ids are file names: two that differ only by case would clash on some systems;
    a name that is not UTF-8 cannot be an id (both reported here, for ``check`` and ``build``)."""
    seen: dict[str, str] = {}
    problems: list[Problem] = bad_study_names(root)
    for name in names:
        rel = display_path(root / "studies" / name, root)
        stem = name.removesuffix(".md")
        folded = stem.casefold()
        if folded in seen:
            problems.append(
                Problem(rel, 1, "id", f"duplicate study id {stem!r} (first in {seen[folded]})")
            )
        else:
            seen[folded] = rel
    return problems


def iter_studies(ctx: Context, problems: list[Problem]) -> Iterator[Study]:
    """Every study file, loaded and checked, one at a time in file-name order (the problems of
    each are appended to ``problems`` before it is yielded; unreadable files yield nothing)."""
    names = study_names(ctx.root)
    problems.extend(duplicate_study_ids(names, ctx.root))
    for name in names:
        study = check_study_file(ctx.root / "studies" / name, ctx, problems)
        if study is not None:
            yield study


def check_content(root: Path) -> list[Problem]:
    """Every problem of the content folder ``root`` (empty when it is valid); writes nothing."""
    problems: list[Problem] = []
    ctx = load_context(root, problems)
    n = sum(1 for _ in iter_studies(ctx, problems))
    if n == 0 and root.is_dir():
        problems.append(Problem(f"{root.name}/studies", 1, "file", "no study files (<id>.md)"))
    return problems


def validate_content(root: Path) -> None:
    """Raise ``ContentError`` listing every problem of ``root``; return if it is valid."""
    problems = check_content(root)
    if problems:
        raise ContentError(problems)
