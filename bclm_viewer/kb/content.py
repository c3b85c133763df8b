"""The content files as Python objects, one file at a time, with every problem they hold.

Loading only checks what one file can tell (UTF-8, front matter, required fields, types, enums,
figures that parse); ``validate`` checks what needs several files (unknown ids, quotes on
slides). Each loader appends ``Problem``s instead of raising, so that ``check`` can report every
problem at once. Studies load one by one so that a 10,000-study build streams.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bclm_viewer.kb.content_files import bad_name_problems as bad_name_problems
from bclm_viewer.kb.content_files import bad_study_names as bad_study_names
from bclm_viewer.kb.content_files import display_path as display_path
from bclm_viewer.kb.content_files import read_text as read_text
from bclm_viewer.kb.content_files import slide_files as slide_files
from bclm_viewer.kb.content_files import study_names as study_names
from bclm_viewer.kb.drafts import Candidate, read_candidates
from bclm_viewer.kb.frontmatter import Map, Scalar, Seq, YamlProblem, parse_yaml, split_front_matter
from bclm_viewer.kb.problems import ContentError as ContentError
from bclm_viewer.kb.problems import Problem as Problem
from bclm_viewer.kb.readings import FINDING_FIELDS, OUTCOME_FIELDS, STUDY_FIELDS, parse_readings
from bclm_viewer.kb.schema import ANALYSES, EFFECTS, ENDPOINTS, QUESTION_KINDS
from bclm_viewer.kb.values import ParsedValue, parse_value

STUDY_KINDS = ("series", "systematic-review", "case-control", "clinical-case")
CLINICAL_CASE = "clinical-case"


@dataclass
class Slide:
    number: int
    title: str
    text: str
    path: str
    lines: dict[str, int] = field(default_factory=dict)


@dataclass
class Outcome:
    id: str
    measure: str
    value_text: str
    parsed: ParsedValue | None
    group: str | None
    p: str | None
    slide: int | None
    source: str
    sort_order: int
    lines: dict[str, int] = field(default_factory=dict)
    readings: dict[str, str] = field(default_factory=dict)  # field -> reason (kb/readings.py)

    @property
    def field(self) -> str:
        return f"outcomes[{self.sort_order}]"


@dataclass
class Finding:
    id: str
    factor: str
    level: str | None
    effect: str
    endpoint: str | None
    analysis: str | None
    p: str | None
    slide: int | None
    source: str
    sort_order: int
    lines: dict[str, int] = field(default_factory=dict)
    readings: dict[str, str] = field(default_factory=dict)  # field -> reason (kb/readings.py)

    @property
    def field(self) -> str:
        return f"findings[{self.sort_order}]"


@dataclass
class Study:
    id: str
    path: str
    first_author: str | None
    year: int | None
    journal: str | None
    title: str | None
    kind: str | None
    centre: str | None
    period: str | None
    period_source: str | None
    n_patients: int | None
    n_patients_text: str | None
    n_patients_source: str | None
    slide: int | None
    notes_md: str
    outcomes: list[Outcome]
    findings: list[Finding]
    lines: dict[str, int] = field(default_factory=dict)
    draft: bool = False  # written by the importer, not yet confirmed (kb/drafts.py)
    citation_source: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    n_controls: int | None = None  # a case-control study's controls ("51 / 50": 50)
    n_controls_text: str | None = None
    readings: dict[str, str] = field(default_factory=dict)  # field -> reason (kb/readings.py)


@dataclass
class Factor:
    id: str
    name_fr: str
    name_en: str
    category: str
    synonyms: list[str]
    sort_order: int
    lines: dict[str, int] = field(default_factory=dict)
    see_also: list[str] = field(default_factory=list)  # related factors, kept apart


@dataclass
class Measure:
    id: str
    name_fr: str
    name_en: str
    unit: str
    category: str | None
    higher_is_better: bool | None
    sort_order: int
    lines: dict[str, int] = field(default_factory=dict)
    synonyms: list[str] = field(default_factory=list)  # how slides write it (the importer's cues)


@dataclass
class Question:
    id: str
    kind: str
    slide: int
    text: str
    source: str
    sort_order: int
    lines: dict[str, int] = field(default_factory=dict)


@dataclass
class GlossaryTerm:
    term: str
    meaning_fr: str
    meaning_en: str
    sort_order: int
    lines: dict[str, int] = field(default_factory=dict)


# ----- fields -------------------------------------------------------------------------------

_INT = re.compile(r"-?\d+")
# What SQLite's INTEGER holds: a larger whole number cannot be stored as written.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


class Fields:
    """Typed reads of one mapping, each failure recorded as a problem naming the key's line."""

    def __init__(
        self,
        node: Map,
        rel: str,
        problems: list[Problem],
        allowed: tuple[str, ...],
        prefix: str = "",
    ) -> None:
        self.node = node
        self.rel = rel
        self.problems = problems
        self.prefix = prefix
        self.lines: dict[str, int] = {e.key: e.line for e in node}
        for dup in node.duplicates:
            first = node.entries[dup.key].line
            self.problem(dup.key, f"duplicate key (first at line {first})", dup.line)
        for entry in node:
            if entry.key not in allowed:
                self.problem(entry.key, f"unknown field (expected one of: {', '.join(allowed)})")

    def name(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def line(self, key: str) -> int:
        return self.lines.get(key, self.node.line)

    def problem(self, key: str, message: str, line: int | None = None) -> None:
        self.problems.append(
            Problem(self.rel, self.line(key) if line is None else line, self.name(key), message)
        )

    def text(self, key: str, *, required: bool = False) -> str | None:
        entry = self.node.get(key)
        if entry is None or (isinstance(entry.value, Scalar) and entry.value.text is None):
            if required:
                self.problem(key, "missing required field")
            return None
        if not isinstance(entry.value, Scalar):
            self.problem(key, "must be a single value, not a list or mapping")
            return None
        text = entry.value.text
        assert text is not None
        if not text.strip():
            if required:
                self.problem(key, "missing required field")
            return None
        return text

    def integer(self, key: str, *, required: bool = False, count: bool = False) -> int | None:
        text = self.text(key, required=required)
        if text is None:
            return None
        if not _INT.fullmatch(text.strip()):
            self.problem(key, f"{text!r} is not a whole number")
            return None
        if len(text.strip().lstrip("-")) > 19:  # also spares int() its 4,300-digit limit
            self.problem(key, f"{text[:40]!r}… is too large a number")
            return None
        number = int(text)
        if not INT_MIN <= number <= INT_MAX:
            self.problem(key, f"{text!r} is too large a number")
            return None
        if count and number < 0:
            self.problem(key, f"negative count {text!r}")
            return None
        return number

    def choice(self, key: str, choices: tuple[str, ...], *, required: bool = False) -> str | None:
        text = self.text(key, required=required)
        if text is not None and text not in choices:
            self.problem(key, f"unknown value {text!r} (expected one of: {', '.join(choices)})")
            return None
        return text

    def boolean(self, key: str) -> bool | None:
        text = self.text(key)
        if text is None:
            return None
        if text.lower() in ("true", "yes"):
            return True
        if text.lower() in ("false", "no"):
            return False
        self.problem(key, f"{text!r} is not true or false")
        return None

    def texts(self, key: str) -> list[str]:
        entry = self.node.get(key)
        if entry is None or (isinstance(entry.value, Scalar) and entry.value.text is None):
            return []
        if not isinstance(entry.value, Seq):
            self.problem(key, "must be a list")
            return []
        out: list[str] = []
        for item in entry.value.items:
            if not isinstance(item, Scalar) or item.text is None:
                self.problem(key, "every item must be a single value", item.line)
            else:
                out.append(item.text)
        return out

    def mappings(self, key: str) -> list[Map]:
        entry = self.node.get(key)
        if entry is None or (isinstance(entry.value, Scalar) and entry.value.text is None):
            return []
        if not isinstance(entry.value, Seq):
            self.problem(key, "must be a list of entries ('- key: value')")
            return []
        out: list[Map] = []
        for item in entry.value.items:
            if isinstance(item, Map):
                out.append(item)
            else:
                self.problem(key, "every item must be a mapping ('key: value' lines)", item.line)
        return out


# ----- slides and studies -------------------------------------------------------------------


def load_slide(path: Path, root: Path, problems: list[Problem]) -> Slide | None:
    rel = display_path(path, root)
    text = read_text(path, rel, problems)
    if text is None:
        return None
    try:
        fm = split_front_matter(text)
    except YamlProblem as exc:
        problems.append(Problem(rel, exc.line, "front matter", exc.message))
        return None
    f = Fields(fm.meta, rel, problems, ("number", "title"))
    number = f.integer("number", required=True)
    title = f.text("title", required=True)
    if number is None:
        return None
    # A slide without a title is still a slide: its number and text keep other checks exact.
    return Slide(number, title or "", fm.body.rstrip("\n"), rel, {**f.lines, "text": fm.body_line})


_OUTCOME_KEYS = ("measure", "value", "group", "p", "slide", "source", "readings")
_FINDING_KEYS = (
    "factor", "level", "effect", "endpoint", "analysis", "p", "slide", "source", "readings"
)
_STUDY_KEYS = (
    "first_author",
    "year",
    "journal",
    "title",
    "kind",
    "centre",
    "period",
    "period_source",
    "n_patients",
    "n_controls",
    "n_patients_source",
    "slide",
    "outcomes",
    "findings",
    "draft",
    "citation_source",
    "candidates",
    "readings",
)


def _outcome(
    node: Map, k: int, sid: str, slide: int | None, rel: str, problems: list[Problem]
) -> Outcome | None:
    f = Fields(node, rel, problems, _OUTCOME_KEYS, f"outcomes[{k}]")
    measure = f.text("measure", required=True)
    value = f.text("value", required=True)
    source = f.text("source", required=True)
    own_slide = f.integer("slide")
    parsed: ParsedValue | None = None
    if value is not None:
        try:
            parsed = parse_value(value)
        except ValueError as exc:
            f.problem("value", str(exc))
    readings, reading_lines = parse_readings(f, OUTCOME_FIELDS)
    if measure is None or value is None or source is None or parsed is None:
        return None
    return Outcome(
        f"{sid}/o{k:02d}",
        measure,
        value,
        parsed,
        f.text("group"),
        f.text("p"),
        own_slide if own_slide is not None else slide,
        source,
        k,
        {**f.lines, **{f"readings.{key}": n for key, n in reading_lines.items()}},
        readings,
    )


def _finding(
    node: Map, k: int, sid: str, slide: int | None, rel: str, problems: list[Problem]
) -> Finding | None:
    f = Fields(node, rel, problems, _FINDING_KEYS, f"findings[{k}]")
    factor = f.text("factor", required=True)
    effect = f.choice("effect", EFFECTS, required=True)
    endpoint = f.choice("endpoint", ENDPOINTS)
    analysis = f.choice("analysis", ANALYSES)
    source = f.text("source", required=True)
    own_slide = f.integer("slide")
    readings, reading_lines = parse_readings(f, FINDING_FIELDS)
    if factor is None or effect is None or source is None:
        return None
    return Finding(
        f"{sid}/f{k:02d}",
        factor,
        f.text("level"),
        effect,
        endpoint,
        analysis,
        f.text("p"),
        own_slide if own_slide is not None else slide,
        source,
        k,
        {**f.lines, **{f"readings.{key}": n for key, n in reading_lines.items()}},
        readings,
    )


def load_study(path: Path, root: Path, problems: list[Problem]) -> Study | None:
    """One study file; ``None`` when it cannot be read at all (the problems say why)."""
    rel = display_path(path, root)
    text = read_text(path, rel, problems)
    if text is None:
        return None
    try:
        fm = split_front_matter(text)
    except YamlProblem as exc:
        problems.append(Problem(rel, exc.line, "front matter", exc.message))
        return None
    sid = path.stem
    f = Fields(fm.meta, rel, problems, _STUDY_KEYS)
    kind = f.choice("kind", STUDY_KINDS)
    draft = bool(f.boolean("draft"))
    first_author = f.text("first_author", required=kind != CLINICAL_CASE and not draft)
    year = f.integer("year")
    if year is not None and not 1000 <= year <= 9999:
        f.problem("year", f"{year} is not a four-digit year")
        year = None
    slide = f.integer("slide", required=True)
    n_patients = f.integer("n_patients", count=True)
    n_controls = f.integer("n_controls", count=True)
    readings, reading_lines = parse_readings(f, STUDY_FIELDS)
    study = Study(
        id=sid,
        path=rel,
        first_author=first_author,
        year=year,
        journal=f.text("journal"),
        title=f.text("title"),
        kind=kind,
        centre=f.text("centre"),
        period=f.text("period"),
        period_source=f.text("period_source"),
        n_patients=n_patients,
        n_patients_text=f.text("n_patients") if n_patients is not None else None,
        n_patients_source=f.text("n_patients_source"),
        slide=slide,
        notes_md=fm.body.strip("\n").rstrip(),
        outcomes=[],
        findings=[],
        lines={**f.lines, **{f"readings.{key}": n for key, n in reading_lines.items()}},
        n_controls=n_controls,
        n_controls_text=f.text("n_controls") if n_controls is not None else None,
        readings=readings,
        draft=draft,
        citation_source=f.text("citation_source"),
    )
    study.candidates = read_candidates(f, study.slide)
    for k, node in enumerate(f.mappings("outcomes"), 1):
        outcome = _outcome(node, k, sid, study.slide, rel, problems)
        if outcome is not None:
            study.outcomes.append(outcome)
    for k, node in enumerate(f.mappings("findings"), 1):
        finding = _finding(node, k, sid, study.slide, rel, problems)
        if finding is not None:
            study.findings.append(finding)
    return study


# ----- vocabularies -------------------------------------------------------------------------


def _yaml_entries(path: Path, root: Path, problems: list[Problem]) -> Iterator[tuple[Fields, int]]:
    """Each mapping of a YAML list file, ready to read, with its 1-based position."""
    rel = display_path(path, root)
    if not path.is_file():
        problems.append(Problem(rel, 1, "file", "missing"))
        return
    text = read_text(path, rel, problems)
    if text is None:
        return
    try:
        node = parse_yaml(text)
    except YamlProblem as exc:
        problems.append(Problem(rel, exc.line, "yaml", exc.message))
        return
    if node is None:
        problems.append(Problem(rel, 1, "file", "empty file"))
        return
    if not isinstance(node, Seq):
        problems.append(Problem(rel, node.line, "yaml", "must be a list of entries ('- id: ...')"))
        return
    yield from _entries(node, rel, problems, path.stem)


def _entries(
    node: Seq, rel: str, problems: list[Problem], kind: str
) -> Iterator[tuple[Fields, int]]:
    allowed = {
        "factors": ("id", "name_fr", "name_en", "category", "synonyms", "see_also"),
        "measures": (
            "id", "name_fr", "name_en", "unit", "category", "higher_is_better", "synonyms"
        ),
        "questions": ("id", "kind", "slide", "text", "source"),
        "glossary": ("term", "meaning_fr", "meaning_en"),
    }[kind]
    for k, item in enumerate(node.items, 1):
        if not isinstance(item, Map):
            problems.append(Problem(rel, item.line, "yaml", "every entry must be a mapping"))
            continue
        yield Fields(item, rel, problems, allowed), k


def load_factors(root: Path, problems: list[Problem]) -> list[Factor]:
    out: list[Factor] = []
    for f, k in _yaml_entries(root / "factors.yaml", root, problems):
        fid, fr, en = (f.text(key, required=True) for key in ("id", "name_fr", "name_en"))
        category = f.text("category", required=True)
        synonyms = f.texts("synonyms")
        if fid and fr and en and category:
            out.append(Factor(fid, fr, en, category, synonyms, k, f.lines, f.texts("see_also")))
    return out


def load_measures(root: Path, problems: list[Problem]) -> list[Measure]:
    out: list[Measure] = []
    for f, k in _yaml_entries(root / "measures.yaml", root, problems):
        mid, fr, en = (f.text(key, required=True) for key in ("id", "name_fr", "name_en"))
        unit = f.text("unit", required=True)
        category, better = f.text("category"), f.boolean("higher_is_better")
        synonyms = f.texts("synonyms")
        if mid and fr and en and unit:
            out.append(Measure(mid, fr, en, unit, category, better, k, f.lines, synonyms))
    return out


def load_questions(root: Path, problems: list[Problem]) -> list[Question]:
    out: list[Question] = []
    for f, k in _yaml_entries(root / "questions.yaml", root, problems):
        qid = f.text("id", required=True)
        kind = f.choice("kind", QUESTION_KINDS, required=True)
        slide = f.integer("slide", required=True)
        text = f.text("text", required=True)
        source = f.text("source")
        if qid and kind and slide is not None and text:
            out.append(Question(qid, kind, slide, text, source or text, k, f.lines))
    return out


def load_glossary(root: Path, problems: list[Problem]) -> list[GlossaryTerm]:
    out: list[GlossaryTerm] = []
    for f, k in _yaml_entries(root / "glossary.yaml", root, problems):
        term, fr, en = (f.text(key, required=True) for key in ("term", "meaning_fr", "meaning_en"))
        if term and fr and en:
            out.append(GlossaryTerm(term, fr, en, k, f.lines))
    return out
