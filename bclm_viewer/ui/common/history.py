"""Back and forward over where the reader has been, as a browser does (no Qt here).

A ``Step`` is a place: the page's key, what identifies the place on that page (a study id, a
slide number, a glossary term...) and how it looked (selection, scroll), as plain values the page
gave and will take back. ``History`` is the list of steps and the position in it: a new place
drops the steps ahead of the position (as a browser forgets "forward" after a new link), the
same place seen again only refreshes how it looked. It is bounded: the oldest steps go first.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_STEPS = 500  # a day's reading; the oldest steps are forgotten beyond


@dataclass(frozen=True)
class Step:
    """One place: ``page`` (a page key), ``where`` (what the place is on that page, compared to
    tell a new place from the same one) and ``view`` (selection, scroll: restored, not compared)."""

    page: str
    where: Hashable = None
    view: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def same_place(self, other: Step | None) -> bool:
        return other is not None and other.page == self.page and other.where == self.where


class History:
    """The steps and the position; ``visit`` a place, ``back`` / ``forward`` to move."""

    def __init__(self, limit: int = MAX_STEPS) -> None:
        if limit < 1:
            raise ValueError("a history holds at least one step")
        self._steps: list[Step] = []
        self._index = -1
        self._limit = limit

    def __len__(self) -> int:
        return len(self._steps)

    def steps(self) -> list[Step]:
        return list(self._steps)

    def index(self) -> int:
        return self._index

    def current(self) -> Step | None:
        return self._steps[self._index] if self._steps else None

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return 0 <= self._index < len(self._steps) - 1

    def visit(self, step: Step) -> bool:
        """Arrive at ``step``: a new place is pushed (forgetting the steps ahead), the same place
        refreshes the current step. True when a step was added."""
        if step.same_place(self.current()):
            self._steps[self._index] = step
            return False
        del self._steps[self._index + 1:]
        self._steps.append(step)
        if len(self._steps) > self._limit:
            del self._steps[: len(self._steps) - self._limit]
        self._index = len(self._steps) - 1
        return True

    def refresh(self, step: Step) -> None:
        """Update how the current place looks (its scroll, its selection) before leaving it;
        ignored unless ``step`` is that place."""
        if step.same_place(self.current()):
            self._steps[self._index] = step

    def back(self) -> Step | None:
        """The step before, now current (None at the first step)."""
        if not self.can_go_back():
            return None
        self._index -= 1
        return self._steps[self._index]

    def forward(self) -> Step | None:
        """The step after, now current (None at the last step)."""
        if not self.can_go_forward():
            return None
        self._index += 1
        return self._steps[self._index]
