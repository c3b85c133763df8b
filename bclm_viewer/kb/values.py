"""The deck's figures as written ("14,2", "5-10", "< 10", "- de 4", "2 [0,7 – 7]") → numbers.

The text is always kept verbatim (``outcomes.value_text``); the numbers only sort, filter and
chart. A range is never turned into a point, and anything not in the grammar below is refused
(the content must say what it means rather than be guessed at):

- point ``37``, ``14,2`` (French decimal comma; a point is accepted: ``69.5``), ``-3``
- range ``5-10``, ``0,7 – 7`` (hyphen or en dash) → ``low``/``high``, ``value`` NULL
- bound ``< 10``, ``- de 4`` ("moins de") → qualifier ``<``, ``high``;
  ``> 3``, ``+ de 3`` ("plus de") → qualifier ``>``, ``low``; ``≤``/``≥`` likewise
- point with its range ``2 [0,7 – 7]`` → ``value``, ``low``, ``high``
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"\d+(?:[.,]\d+)?"
_DASH = r"[-–]"
_POINT = re.compile(rf"(-?{_NUM})")
_RANGE = re.compile(rf"({_NUM})\s*{_DASH}\s*({_NUM})")
_BOUND = re.compile(rf"([<>≤≥])\s*({_NUM})")
_WORD_BOUND = re.compile(rf"([-+])\s*de\s+({_NUM})", re.IGNORECASE)
_POINT_RANGE = re.compile(rf"({_NUM})\s*\[\s*({_NUM})\s*{_DASH}\s*({_NUM})\s*\]")


@dataclass(frozen=True)
class ParsedValue:
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None

    def numbers(self) -> tuple[float, ...]:
        """Every number the text holds (for range checks such as "at most 100 %")."""
        return tuple(n for n in (self.value, self.low, self.high) if n is not None)

    def sort_key(self) -> float | None:
        """One number to sort by: the value, else the low end, else the high end."""
        for n in (self.value, self.low, self.high):
            if n is not None:
                return n
        return None


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _ordered(low: float, high: float, text: str) -> None:
    if low > high:
        raise ValueError(f"range {text!r} runs backwards ({low:g} > {high:g})")


def parse_value(text: str) -> ParsedValue:
    """Parse a figure as the deck writes it; raise ``ValueError`` with a reason otherwise."""
    t = " ".join(text.split())
    if m := _POINT.fullmatch(t):
        return ParsedValue(_num(m[1]))
    if m := _RANGE.fullmatch(t):
        low, high = _num(m[1]), _num(m[2])
        _ordered(low, high, t)
        return ParsedValue(None, low, high)
    if m := _BOUND.fullmatch(t):
        qualifier = m[1]
        n = _num(m[2])
        if qualifier in "<≤":
            return ParsedValue(None, None, n, qualifier)
        return ParsedValue(None, n, None, qualifier)
    if m := _WORD_BOUND.fullmatch(t):
        n = _num(m[2])
        if m[1] == "-":
            return ParsedValue(None, None, n, "<")
        return ParsedValue(None, n, None, ">")
    if m := _POINT_RANGE.fullmatch(t):
        value, low, high = _num(m[1]), _num(m[2]), _num(m[3])
        _ordered(low, high, t)
        if not low <= value <= high:
            raise ValueError(f"{t!r}: the point {value:g} is outside its range")
        return ParsedValue(value, low, high)
    raise ValueError(
        f"{text!r} is not a figure (expected e.g. '37', '14,2', '5-10', '< 10', '- de 4', "
        "'2 [0,7 – 7]'; no unit)"
    )
