"""The studies filter: what the user ticked and typed, as one hashable value.

A study matches a ticked factor F when it has a finding (a ``study_factors`` row) on F whose
effect is among ``effects`` and whose endpoint is among ``endpoints`` (each only when given).
``mode="all"`` keeps studies matching every ticked factor, ``"any"`` those matching at least one.
With no factor ticked, ``effects``/``endpoints`` keep the studies having any finding with them.
``text`` keeps the studies with a full-text hit on their own row or on one of their findings or
figures; text with nothing searchable in it (blank, punctuation only) restricts nothing, like an
empty search box.

``working_set`` evaluates it on bitsets of studies: a finding's (effect, endpoint) pair is one
bit (``finding_bit``) and the filter accepts the pairs of ``mask``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from bclm_viewer.kb.schema import EFFECTS, ENDPOINTS
from bclm_viewer.query.fts import fts_query

Mode = Literal["all", "any"]
MODES: tuple[Mode, ...] = ("all", "any")


# Finding endpoints as bit slots: the schema's endpoints, then "not said" (NULL).
ENDPOINT_SLOTS: tuple[str | None, ...] = (*ENDPOINTS, None)


def finding_bit(effect: str, endpoint: str | None) -> int:
    """The bit of one (effect, endpoint) pair in a finding mask (``StudyFilter.mask``)."""
    return 1 << (EFFECTS.index(effect) * len(ENDPOINT_SLOTS) + ENDPOINT_SLOTS.index(endpoint))


def finding_mask(effects: Iterable[str], endpoints: Iterable[str]) -> int:
    """Bits of the findings a filter accepts: given effects (else all) x given endpoints (else
    all, including findings whose endpoint the slide does not say)."""
    effs = tuple(effects) or EFFECTS
    eps: tuple[str | None, ...] = tuple(endpoints) or ENDPOINT_SLOTS
    mask = 0
    for effect in effs:
        for endpoint in eps:
            mask |= finding_bit(effect, endpoint)
    return mask


def _dedupe(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


@dataclass(frozen=True)
class StudyFilter:
    """What the user ticked and typed; hashable so results can be cached per filter."""

    factors: tuple[str, ...] = ()
    mode: Mode = "all"
    effects: tuple[str, ...] = ()
    endpoints: tuple[str, ...] = ()
    text: str = ""

    def __post_init__(self) -> None:
        # Accept lists from callers but store tuples (hashable, comparable); drop repeats.
        object.__setattr__(self, "factors", _dedupe(self.factors))
        object.__setattr__(self, "effects", _dedupe(self.effects))
        object.__setattr__(self, "endpoints", _dedupe(self.endpoints))
        if self.mode not in MODES:
            raise ValueError(f"unknown filter mode {self.mode!r} (expected one of {MODES})")
        for effect in self.effects:
            if effect not in EFFECTS:
                raise ValueError(f"unknown effect {effect!r} (expected one of {EFFECTS})")
        for endpoint in self.endpoints:
            if endpoint not in ENDPOINTS:
                raise ValueError(f"unknown endpoint {endpoint!r} (expected one of {ENDPOINTS})")

    @cached_property
    def fts(self) -> str | None:
        """The FTS5 query of ``text``, or None when it holds nothing to search."""
        return fts_query(self.text) if self.text else None

    @cached_property
    def mask(self) -> int:
        """The (effect, endpoint) bits of the findings this filter accepts."""
        return finding_mask(self.effects, self.endpoints)

    def restricts_findings(self) -> bool:
        return bool(self.factors or self.effects or self.endpoints)

    def is_empty(self) -> bool:
        """True when the filter keeps every study."""
        return not (self.restricts_findings() or self.fts)
