"""The records a study page, a slide, the questions, the glossary and the search hand out.

Same rules as ``records`` (frozen plain data; ``None`` is "not reported by the deck"); kept apart
so that they are created when a page first needs them, not at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bclm_viewer.query.records import n_text

if TYPE_CHECKING:
    from bclm_viewer.query.records import StudyRow


@dataclass(frozen=True)
class StudyDetail:
    """Everything the KB holds about one study (``studies`` plus its ``study_summary`` row)."""

    id: str
    label: str
    citation: str
    first_author: str | None
    year: int | None
    journal: str | None
    title: str | None
    kind: str | None
    centre: str | None
    period: str | None
    n_patients: int | None
    slide: int | None
    notes_md: str
    notes_html: str
    source_path: str
    sort_order: int
    os5_text: str | None
    os5_value: float | None
    dfs5_text: str | None
    dfs5_value: float | None
    r0_text: str | None
    r0_value: float | None
    n_outcomes: int
    n_findings: int
    n_controls: int | None = None  # a case-control study: n_patients cases / n_controls
    # Fields the KB reads into the slide, with the reason (``query/readings.py``).
    readings: dict[str, str] = field(default_factory=dict, hash=False)

    @property
    def n_text(self) -> str | None:
        """N as shown: "85", or "51 / 50" (cases / controls); ``None``: not reported."""
        return n_text(self.n_patients, self.n_controls)


@dataclass(frozen=True)
class Outcome:
    """A figure of a study, verbatim (``value_text``) with its parsed value and its quote."""

    id: str
    study_id: str
    measure: str
    measure_name_fr: str
    measure_name_en: str
    unit: str
    value: float | None
    value_text: str
    value_low: float | None
    value_high: float | None
    qualifier: str | None
    group_label: str | None
    p_value: str | None
    slide: int
    source: str
    sort_order: int
    # Fields the KB reads into the slide, with the reason (``query/readings.py``).
    readings: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Finding:
    """A prognostic statement of a study (a ``study_factors`` row) with its factor's names."""

    id: str
    study_id: str
    factor_id: str
    factor_name_fr: str
    factor_name_en: str
    factor_category: str
    level: str | None
    effect: str
    endpoint: str | None
    analysis: str | None
    p_value: str | None
    slide: int
    source: str
    sort_order: int
    # Fields the KB reads into the slide, with the reason (``query/readings.py``).
    readings: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Measure:
    """A measure of the vocabulary (OS5, R0...): its names, unit and sense."""

    id: str
    name_fr: str
    name_en: str
    unit: str
    category: str | None
    higher_is_better: bool | None
    sort_order: int


@dataclass(frozen=True)
class SlideSummary:
    """A slide as the deck's outline lists it."""

    number: int
    title: str


@dataclass(frozen=True)
class Slide:
    """A slide of the deck: its text, and the same as safe HTML."""

    number: int
    title: str
    text: str
    html: str
    source_path: str


@dataclass(frozen=True)
class Question:
    """A question or perspective the deck raises, quoted from its slide."""

    id: str
    kind: str
    text: str
    slide: int
    source: str
    sort_order: int


@dataclass(frozen=True)
class GlossaryEntry:
    """A term of the glossary, in French and English."""

    term: str
    meaning_fr: str
    meaning_en: str
    sort_order: int


@dataclass(frozen=True)
class SlideRefs:
    """What a slide holds: the studies it presents or quotes, and every row quoted from it."""

    number: int
    studies: tuple[StudyRow, ...]
    outcomes: tuple[Outcome, ...]
    findings: tuple[Finding, ...]
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class SlideRefCounts:
    """How many studies, figures, findings and questions a slide holds (``slide_refs`` sizes)."""

    studies: int
    outcomes: int
    findings: int
    questions: int

    @property
    def total(self) -> int:
        return self.studies + self.outcomes + self.findings + self.questions


@dataclass(frozen=True)
class SearchHit:
    """One full-text match. ``snippet`` is plain text in which the matched words are wrapped in
    ``fts.HIGHLIGHT_START`` / ``fts.HIGHLIGHT_END`` (control characters, never HTML); it is ""
    when asked for without (``KnowledgeBase.snippets`` gives it later, by ``rowid``)."""

    kind: str
    ref: str
    study_id: str | None
    slide: int | None
    title: str
    snippet: str
    rowid: int = 0  # the row of search_index
    # How the row relates to a clinical token typed ("HER2-", "age > 50"; ``query.clinical``):
    # "" a match, "opposite" the opposite cut-off, "other" another cut-off, "unstated" a
    # finding on the factor that gives no level.
    relation: str = ""
