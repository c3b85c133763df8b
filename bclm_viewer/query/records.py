"""What the KB query API hands out: plain frozen records, never a database row.

``None`` always means "not reported by the deck"; the UI and the CLI show it as "n.r.", never as
0 or blank. Records are plain data so they can cross threads, go to JSON (``dataclasses.asdict``)
and outlive the connection.

This module holds what the first screen reads (the studies list and its facets); the records of
a study, a slide, a question, the glossary and the search hits are in ``detail_records``, so a
start-up does not pay for fourteen dataclasses when it shows four.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def n_text(n_patients: int | None, n_controls: int | None) -> str | None:
    """N as the deck gives it: "85"; a case-control study "51 / 50" (cases / controls)."""
    if n_patients is None:
        return None if n_controls is None else f"n.r. / {n_controls}"
    return str(n_patients) if n_controls is None else f"{n_patients} / {n_controls}"


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
    n_controls: int | None = None  # a case-control study: n_patients cases / n_controls
    # The list columns (``label``, ``kind``, ``year``, ``n_patients``, ``os5_text``...) whose
    # value is a reading of the slide, with the reason (``query/readings.py``).
    readings: dict[str, str] = field(default_factory=dict, hash=False)

    @property
    def n_text(self) -> str | None:
        """N as shown: "85", or "51 / 50" (cases / controls); ``None``: not reported."""
        return n_text(self.n_patients, self.n_controls)


@dataclass(frozen=True)
class Factor:
    """A prognostic factor of the controlled vocabulary; ``synonyms`` as the slides write it."""

    id: str
    name_fr: str
    name_en: str
    category: str
    synonyms: tuple[str, ...]
    sort_order: int
    see_also: tuple[str, ...] = ()  # related factors kept apart (bone -> extrahepatic)


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
