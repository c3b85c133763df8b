"""What the comparison and the matrix are made of: a figure and a finding as the deck wrote
them, and the few reads both need (the words they write, ``Labels``, are in ``words``).

``None`` is "not reported": shown as ``Labels.nr`` ("n.r."), never 0 or blank. p-values, values
and levels are kept verbatim (``value_text``, "14,2", "< 10", "<0.0001"). The SQL behind the
reads is in ``query.evidence_reads``: the evidence package reads the KB through the query API.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from bclm_viewer.evidence.words import FRENCH, Labels
from bclm_viewer.i18n import plural as tr
from bclm_viewer.kb.errors import KbError
from bclm_viewer.query.evidence_reads import EvidenceReads
from bclm_viewer.query.readings import READING_MARK, parse_readings


def _unknown_studies(ids: Sequence[str]) -> str:
    return tr("étude(s) inconnue(s) : {ids}", "", len(ids)).format(ids=", ".join(ids))


class UnknownStudyError(KbError):
    """Some requested study ids are not in the KB; ``ids`` lists them."""

    def __init__(self, ids: Sequence[str]) -> None:
        self.ids = tuple(ids)
        super().__init__(_unknown_studies(self.ids))


# ----- records --------------------------------------------------------------------------------


def format_p(p: str) -> str:
    """A p-value as written, prefixed: "p = 0.049", "p <0.0001"."""
    p = p.strip()
    return f"p {p}" if p[:1] in "<>≤≥" else f"p = {p}"


def with_unit(value_text: str, unit: str) -> str:
    """The figure as the deck wrote it plus its unit ("37%", "14,2 mois"; counts bare)."""
    if unit in ("", "n"):
        return value_text
    if unit == "%":
        return f"{value_text}%"
    return f"{value_text} {unit}"


@dataclass(frozen=True)
class Figure:
    """One figure (an ``outcomes`` row), verbatim."""

    id: str
    measure: str
    value_text: str
    unit: str
    value: float | None
    value_low: float | None
    value_high: float | None
    qualifier: str | None
    group_label: str | None
    p_value: str | None
    slide: int
    source: str
    # Fields the KB reads into the slide: {field: reason} (``query/readings.py``).
    readings: dict[str, str] = field(default_factory=dict, hash=False)

    def reasons(self) -> tuple[str, ...]:
        """The reasons of this figure's readings (its measure, value, group, study...)."""
        return tuple(dict.fromkeys(self.readings.values()))

    def _value_read(self) -> bool:
        return any(k in self.readings for k in ("measure", "value", "study", "slide"))

    @property
    def is_point(self) -> bool:
        """A single number ("37", or "2 [0,7 – 7]" whose point is 2), not a range or bound."""
        return self.value is not None and self.qualifier is None

    def text(self) -> str:
        """The value and unit, marked "◊" when the figure is read into the slide (its measure,
        its value or its study is a reading)."""
        text = with_unit(self.value_text, self.unit)
        return f"{text} {READING_MARK}" if self._value_read() else text

    def labelled(self) -> str:
        """``group : value (p)``: how a cell lists several figures of one measure."""
        text = self.text()
        if self.group_label:
            group = self.group_label
            if "group" in self.readings:
                group = f"{group} {READING_MARK}"
            text = f"{group} : {text}"
        if self.p_value:
            text = f"{text} ({format_p(self.p_value)})"
        return text


@dataclass(frozen=True)
class FindingItem:
    """One prognostic statement (a ``study_factors`` row), verbatim."""

    id: str
    study_id: str
    factor_id: str
    level: str | None
    effect: str
    endpoint: str | None
    analysis: str | None
    p_value: str | None
    slide: int
    source: str
    # Fields the KB reads into the slide: {field: reason} (``query/readings.py``).
    readings: dict[str, str] = field(default_factory=dict, hash=False)

    def reasons(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.readings.values()))

    def read(self, name: str) -> bool:
        """Whether ``name`` (effect, endpoint, analysis...) is a reading here, or the whole
        finding is (its attribution to the study)."""
        return name in self.readings or "study" in self.readings

    def text(self, labels: Labels = FRENCH) -> str:
        """"▼ péj. Age < 50 (OS, multiv., p = 0.049)"; a missing endpoint says so."""
        head = labels.effect(self.effect)
        if self.level:
            head = f"{head} {self.level}"
        details = [self.endpoint or labels.endpoint_nr]
        if self.analysis:
            details.append(
                labels.multivariate if self.analysis == "multivariate" else labels.univariate
            )
        if self.p_value:
            details.append(format_p(self.p_value))
        return f"{head} ({', '.join(details)})"


def finding_lines(items: Sequence[FindingItem], labels: Labels = FRENCH) -> list[str]:
    """One line per (effect, level), endpoints / analyses / p-values merged:
    "▼ péj. Age < 50 (OS, DFS)". The same statement on two slides (Dittmar, slides 7 and 11)
    is one line; each keeps its own quote."""
    groups: dict[tuple[str, str | None], list[FindingItem]] = {}
    for item in items:
        groups.setdefault((item.effect, item.level), []).append(item)
    lines = []
    mark = f" {labels.reading}"

    def read(items: Iterable[FindingItem], name: str) -> str:
        """The mark when every item giving this detail gives it as a reading."""
        return mark if all(i.read(name) for i in items) else ""

    for (effect, level), group in groups.items():
        head = labels.effect(effect) + read(group, "effect") + (f" {level}" if level else "")
        endpoints = dict.fromkeys(g.endpoint for g in group if g.endpoint)
        details = [e + read((g for g in group if g.endpoint == e), "endpoint")
                   for e in endpoints]
        details = details or [labels.endpoint_nr]
        analyses = dict.fromkeys(g.analysis for g in group if g.analysis)
        details += [
            (labels.multivariate if a == "multivariate" else labels.univariate)
            + read((g for g in group if g.analysis == a), "analysis")
            for a in analyses
        ]
        details += [format_p(p) for p in dict.fromkeys(g.p_value for g in group if g.p_value)]
        lines.append(f"{head} ({', '.join(details)})")
    return lines


@dataclass(frozen=True)
class Quote:
    """Where a cell's content comes from: a slide and, when there is one, the verbatim text."""

    slide: int | None
    text: str | None


@dataclass(frozen=True)
class StudyColumn:
    id: str
    label: str
    citation: str
    slide: int | None
    n_patients: int | None
    n_controls: int | None = None  # a case-control study: "51 / 50"
    kind: str | None = None  # "clinical-case": never ranked nor charted

    @property
    def n_text(self) -> str | None:
        """N as shown: "85", or "51 / 50" (cases / controls)."""
        if self.n_patients is None:
            return None
        return str(self.n_patients) + (f" / {self.n_controls}" if self.n_controls else "")




def figure_of(row: Sequence[object]) -> Figure:
    """A ``Figure`` from a row of ``EvidenceReads.figures`` after its study id (its last column:
    the readings' JSON)."""
    make: Any = Figure  # the row's length is known from the read, not to mypy
    return cast(Figure, make(*row[:-1], readings=parse_readings(cast(str | None, row[-1]))))


# ----- reads --------------------------------------------------------------------------------


def grouped_by_category(items: Iterable[tuple[str, str]]) -> list[str]:
    """Ids (given in sort order with their category) grouped by category, categories in the
    order they first appear: the vocabulary's own order, kept within each category."""
    groups: dict[str, list[str]] = {}
    for ident, category in items:
        groups.setdefault(category, []).append(ident)
    return [ident for ids in groups.values() for ident in ids]


def load_findings(
    reads: EvidenceReads, study_ids: Sequence[str], factor_ids: Sequence[str] = ()
) -> list[FindingItem]:
    """The findings of these studies (optionally on these factors), in file order."""
    make: Any = FindingItem  # the row's length is known from the read, not to mypy
    return [make(*r[:-1], readings=parse_readings(r[-1]))
            for r in reads.findings(study_ids, factor_ids)]


def load_studies(reads: EvidenceReads, study_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Every column of the ``studies`` rows of these ids (a dict by id); unknown ids raise."""
    ids = list(dict.fromkeys(study_ids))
    found = reads.studies(ids)
    missing = [i for i in ids if i not in found]
    if missing:
        raise UnknownStudyError(missing)
    return found
