"""The history model alone (no Qt): new places pushed, the same place refreshed, forward forgotten
after a new place, the oldest steps dropped beyond the limit."""

from __future__ import annotations

import pytest

from bclm_viewer.ui.common.history import History, Step


def test_back_and_forward_walk_the_places_visited() -> None:
    h = History()
    for where in ("a", "b", "c"):
        assert h.visit(Step("studies", where))
    assert h.back() == Step("studies", "b")
    assert h.back() == Step("studies", "a")
    assert h.back() is None
    assert h.forward() == Step("studies", "b")
    assert h.can_go_forward()


def test_the_same_place_refreshes_its_view_without_a_new_step() -> None:
    h = History()
    h.visit(Step("slides", 4, {"scroll": (0, 0)}))
    assert not h.visit(Step("slides", 4, {"scroll": (0, 120)}))
    assert len(h) == 1
    current = h.current()
    assert current is not None and current.view == {"scroll": (0, 120)}


def test_a_new_place_after_going_back_forgets_the_steps_ahead() -> None:
    h = History()
    for where in (1, 2, 3):
        h.visit(Step("slides", where))
    h.back()
    h.back()
    h.visit(Step("matrix"))
    assert [s.where for s in h.steps()] == [1, None]
    assert not h.can_go_forward()


def test_refresh_only_touches_the_current_place() -> None:
    h = History()
    h.visit(Step("studies", "x", {"scroll": (0, 1)}))
    h.refresh(Step("studies", "y", {"scroll": (0, 9)}))
    current = h.current()
    assert current is not None and current.where == "x" and current.view == {"scroll": (0, 1)}
    h.refresh(Step("studies", "x", {"scroll": (0, 9)}))
    current = h.current()
    assert current is not None and current.view == {"scroll": (0, 9)}


def test_the_oldest_steps_go_beyond_the_limit() -> None:
    h = History(limit=3)
    for where in range(5):
        h.visit(Step("slides", where))
    assert [s.where for s in h.steps()] == [2, 3, 4]
    assert h.index() == 2
    with pytest.raises(ValueError):
        History(limit=0)
