"""Draft studies and their candidates: what an import proposed and nobody has reviewed yet.

A study file with ``draft: true`` was written by the importer: its citation was detected, not
confirmed. Its ``candidates:`` are figures and findings found on the slides, each with its
verbatim line (``source``) and slide; a person accepts each (it moves to ``outcomes:`` or
``findings:``) or rejects it (it is removed). ``check`` counts what is left (``--strict`` fails
on it); the build leaves draft studies and candidates out unless ``include_drafts``, and then
labels those studies "à vérifier" and builds the candidates that are complete enough.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bclm_viewer.kb.frontmatter import Map, Scalar
from bclm_viewer.kb.schema import ANALYSES, EFFECTS, ENDPOINTS

if TYPE_CHECKING:
    from bclm_viewer.kb.content import Fields, Finding, Outcome, Problem, Study

CANDIDATE_KINDS = ("figure", "finding")
TO_CHECK = "à vérifier"
CANDIDATE_KEYS = (
    "id", "kind", "measure", "value", "group", "p", "factor", "level", "effect", "endpoint",
    "analysis", "slide", "source", "readings",
)


@dataclass
class Candidate:
    id: str | None
    kind: str
    measure: str | None
    value: str | None
    group: str | None
    p: str | None
    factor: str | None
    level: str | None
    effect: str | None
    endpoint: str | None
    analysis: str | None
    slide: int | None
    source: str
    sort_order: int
    readings: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    @property
    def field(self) -> str:
        return f"candidates[{self.sort_order}]"


def readings_of(node: Map) -> dict[str, str]:
    """A ``readings:`` mapping ``{field: reason}`` as plain text (anything else is ignored)."""
    entry = node.get("readings")
    if entry is None or not isinstance(entry.value, Map):
        return {}
    return {
        e.key: e.value.text
        for e in entry.value
        if isinstance(e.value, Scalar) and e.value.text is not None
    }


def read_candidates(f: Fields, slide: int | None) -> list[Candidate]:
    """The ``candidates:`` of a study's front matter (problems recorded through ``f``)."""
    from bclm_viewer.kb.content import Fields

    out: list[Candidate] = []
    for k, node in enumerate(f.mappings("candidates"), 1):
        c = Fields(node, f.rel, f.problems, CANDIDATE_KEYS, f"candidates[{k}]")
        kind = c.choice("kind", CANDIDATE_KINDS, required=True)
        source = c.text("source", required=True)
        own = c.integer("slide")
        if kind is None or source is None:
            continue
        out.append(
            Candidate(
                c.text("id"), kind, c.text("measure"), c.text("value"), c.text("group"),
                c.text("p"), c.text("factor"), c.text("level"), c.choice("effect", EFFECTS),
                c.choice("endpoint", ENDPOINTS), c.choice("analysis", ANALYSES),
                own if own is not None else slide, source, k, readings_of(node), c.lines,
            )
        )
    return out


def to_check(study: Study) -> bool:
    return study.draft or bool(study.candidates)


def promote(study: Study) -> None:
    """Add the complete candidates (a measure and a figure that parses; a factor and an effect)
    to the study's outcomes and findings, for a build with drafts."""
    from bclm_viewer.kb.content import Finding, Outcome
    from bclm_viewer.kb.values import parse_value

    outcomes: list[Outcome] = study.outcomes
    findings: list[Finding] = study.findings
    for c in study.candidates:
        if c.kind == "figure" and c.measure and c.value and c.slide is not None:
            try:
                parsed = parse_value(c.value)
            except ValueError:
                continue
            k = len(outcomes) + 1
            outcomes.append(
                Outcome(f"{study.id}/o{k:02d}", c.measure, c.value, parsed, c.group, c.p,
                        c.slide, c.source, k)
            )
        elif c.kind == "finding" and c.factor and c.effect and c.slide is not None:
            k = len(findings) + 1
            findings.append(
                Finding(f"{study.id}/f{k:02d}", c.factor, c.level, c.effect, c.endpoint,
                        c.analysis, c.p, c.slide, c.source, k)
            )


@dataclass(frozen=True)
class DraftStatus:
    path: str
    draft: bool
    candidates: int

    def __str__(self) -> str:
        parts = (["brouillon"] if self.draft else []) + (
            [f"{self.candidates} candidat{'s' if self.candidates != 1 else ''} à revoir"]
            if self.candidates else []
        )
        return f"{self.path}: {', '.join(parts)}"


def review_status(root: Path) -> list[DraftStatus]:
    """Every study file of ``root`` that is a draft or holds candidates, in file order."""
    from bclm_viewer.kb.content import load_study, study_names

    out: list[DraftStatus] = []
    for name in study_names(root):
        problems: list[Problem] = []
        study = load_study(root / "studies" / name, root, problems)
        if study is not None and to_check(study):
            out.append(DraftStatus(study.path, study.draft, len(study.candidates)))
    return out
