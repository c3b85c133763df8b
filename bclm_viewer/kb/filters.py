"""The studies filter and the one place it becomes SQL.

A study matches a ticked factor F when it has a finding (a ``study_factors`` row) on F whose
effect is among ``effects`` and whose endpoint is among ``endpoints`` (each only when given).
``mode="all"`` keeps studies matching every ticked factor, ``"any"`` those matching at least one.
With no factor ticked, ``effects``/``endpoints`` keep the studies having any finding with them.
``text`` keeps the studies with a full-text hit on their own row or on one of their findings or
figures; text with nothing searchable in it (blank, punctuation only) restricts nothing, like an
empty search box.

The SQL is a condition on a row of ``temp.study_list`` (see ``working_set``), where each factor
is one integer column of (effect, endpoint) bits: a factor test is ``(column & mask) != 0``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from bclm_viewer.kb.fts import fts_query
from bclm_viewer.kb.schema import EFFECTS, ENDPOINTS

Mode = Literal["all", "any"]
MODES: tuple[Mode, ...] = ("all", "any")

Params = list[object]

# Finding endpoints as bit slots: the schema's endpoints, then "not said" (NULL).
ENDPOINT_SLOTS: tuple[str | None, ...] = (*ENDPOINTS, None)


def finding_bit(effect: str, endpoint: str | None) -> int:
    """The bit of one (effect, endpoint) pair in a factor column of ``temp.study_list``."""
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

    @property
    def fts(self) -> str | None:
        """The FTS5 query of ``text``, or None when it holds nothing to search."""
        return fts_query(self.text) if self.text else None

    @property
    def mask(self) -> int:
        """The (effect, endpoint) bits of the findings this filter accepts."""
        return finding_mask(self.effects, self.endpoints)

    def restricts_findings(self) -> bool:
        return bool(self.factors or self.effects or self.endpoints)

    def is_empty(self) -> bool:
        """True when the filter keeps every study."""
        return not (self.restricts_findings() or self.fts)

    def without_factors(self) -> StudyFilter:
        return replace(self, factors=())


def factor_test(column: str, params: Params, mask: int) -> str:
    """True when the factor column ``column`` has a finding in ``mask``."""
    params.append(mask)
    return f"({column} & ?) != 0"


def findings_condition(
    f: StudyFilter, columns: Mapping[str, str], params: Params, mask: int | None = None
) -> str:
    """The factor/effect/endpoint part of ``f`` on a ``temp.study_list`` row, or ``""``."""
    m = f.mask if mask is None else mask
    if f.factors:
        known = [columns[x] for x in f.factors if x in columns]
        if f.mode == "all":
            if len(known) < len(f.factors):
                return "0"  # a factor the KB does not know: no study has it
            return " AND ".join(factor_test(c, params, m) for c in known)
        if not known:
            return "0"
        return factor_test("(" + " | ".join(known) + ")", params, m)
    if f.effects or f.endpoints:
        return factor_test("fall", params, m)
    return ""


def text_condition(fts: str, params: Params) -> str:
    """Studies hit by ``fts`` (the caller has materialised them in ``temp.text_hits``)."""
    params.append(fts)
    return "sid IN (SELECT sid FROM temp.text_hits WHERE q = ?)"


def study_condition(
    f: StudyFilter,
    columns: Mapping[str, str],
    params: Params,
    *,
    include_findings: bool = True,
    mask: int | None = None,
) -> str:
    """A boolean SQL expression on a ``temp.study_list`` row (``"1"`` when it keeps all).

    Parameters are appended to ``params`` in order. ``include_findings=False`` keeps only the
    text: the base set of disjunctive facets. ``mask`` overrides the filter's effect/endpoint
    bits (the effect and endpoint facets).
    """
    conds = []
    if include_findings:
        cond = findings_condition(f, columns, params, mask)
        if cond:
            conds.append(cond)
    fts = f.fts
    if fts is not None:
        conds.append(text_condition(fts, params))
    return " AND ".join(conds) if conds else "1"
