"""What the KB query API hands out: plain frozen records, never a database row.

``None`` always means "not reported by the deck"; the UI and the CLI show it as "n.r.", never as
0 or blank. Records are plain data so they can cross threads, go to JSON (``dataclasses.asdict``)
and outlive the connection.

This module holds what the first screen reads (the studies list and its facets); the records of
a study, a slide, a question, the glossary and the search hits are in ``detail_records``, so a
start-up does not pay for fourteen dataclasses when it shows four.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StudyRow:
    """One line of the studies list (the headline figures come from ``study_summary``)."""

    id: str
    label: str
    first_author: str | None
    year: int | None
    journal: str | None
    kind: str | None
    n_patients: int | None
    period: str | None
    centre: str | None
    os5_text: str | None
    dfs5_text: str | None
    r0_text: str | None


@dataclass(frozen=True)
class Factor:
    """A prognostic factor of the controlled vocabulary; ``synonyms`` as the slides write it."""

    id: str
    name_fr: str
    name_en: str
    category: str
    synonyms: tuple[str, ...]
    sort_order: int


@dataclass(frozen=True)
class FactorFacet:
    """A factor with the number of studies that ticking it would show (see ``factor_facets``)."""

    id: str
    name_fr: str
    name_en: str
    category: str
    count: int

    @property
    def factor_id(self) -> str:
        return self.id


@dataclass(frozen=True)
class ValueFacet:
    """A value of a finding field (an effect, an endpoint) and how many studies selecting it
    alone would show."""

    value: str
    count: int
