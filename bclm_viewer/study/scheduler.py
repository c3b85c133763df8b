"""Spaced repetition over the generated questions, with ``fsrs`` (the scheduler Anki uses).

``StudyScheduler`` turns an answer (Again / Hard / Good / Easy = 1-4) into the card's next
state and saves both at once in the user file (``notes.study_cards``). The clock is injectable
(``clock``), so tests can live through weeks in a second. Fuzzing is off: the same answers on
the same days always give the same intervals. ``fsrs`` is imported when this module is, i.e.
when the study page or the CLI first needs a scheduler, never at start-up.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import fsrs

from bclm_viewer.notes.store import UserStore
from bclm_viewer.notes.study_cards import StoredCard, StudyCards
from bclm_viewer.study.bank import question_ids
from bclm_viewer.study.records import (  # noqa: F401 - the scheduler's words, re-exported
    NEW_PER_SESSION,
    RATING_LABELS,
    Question,
    describe_interval,
)

Clock = Callable[[], datetime]
RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
HISTORY_DAYS = 14  # the progress chart's span, backwards (reviews) and forwards (due)
LEARN_AHEAD = timedelta(minutes=20)  # as Anki: a learning step due soon is shown now


def utc_clock() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _card_id(question_id: str) -> int:
    """A stable positive id for ``fsrs.Card`` (its default sleeps 1 ms to be unique)."""
    import zlib

    return zlib.crc32(question_id.encode("utf-8")) + 1


@dataclass(frozen=True)
class Progress:
    """What the progress view shows, over the questions in scope."""

    total: int
    new: int
    due: int  # due by the end of today (UTC), overdue included
    learned: int  # cards in the Review state (graduated from learning)
    orphaned: int
    reviews: int
    retention: float | None  # share of answers not "Again" on cards already seen; None: none
    reviews_per_day: tuple[int, ...]  # the last HISTORY_DAYS days, oldest first, today last
    due_per_day: tuple[int, ...]  # today (overdue included), then the next days


class StudyScheduler:
    """Cards of the user store scheduled by fsrs; every answer saved at once."""

    def __init__(self, store: UserStore, clock: Clock = utc_clock) -> None:
        self.cards = StudyCards(store)
        self.clock = clock
        self.fsrs = fsrs.Scheduler(enable_fuzzing=False)

    def _load(self, stored: StoredCard | None, question_id: str) -> fsrs.Card:
        if stored is None:
            return fsrs.Card(card_id=_card_id(question_id), due=self.clock())
        return fsrs.Card.from_dict(json.loads(stored.card_json))

    def review(
        self, question: Question, rating: int, *, duration_ms: int | None = None,
        correct: bool | None = None,
    ) -> fsrs.Card:
        """Record an answer to ``question`` now and return the card's new state."""
        if rating not in RATINGS:
            raise ValueError(f"note de révision invalide : {rating!r} (1 à 4)")
        now = self.clock()
        stored = self.cards.card(question.id)
        card = self._load(stored, question.id)
        before = None if stored is None else int(card.state.value)
        new, _log = self.fsrs.review_card(card, fsrs.Rating(rating), now)
        self.cards.record_review(
            question.id, question.kind, question.prompt, question.answer,
            card_json=json.dumps(new.to_dict()), state=int(new.state.value), due=_iso(new.due),
            rating=rating, state_before=before, reviewed_at=_iso(now), duration_ms=duration_ms,
            correct=correct,
        )
        return new

    def next_due(self, question_id: str) -> datetime | None:
        stored = self.cards.card(question_id)
        return None if stored is None else datetime.fromisoformat(stored.due)

    def session(
        self, questions: Sequence[Question], new_limit: int = NEW_PER_SESSION
    ) -> list[Question]:
        """Today's session: the due cards among ``questions`` (most overdue first; a learning
        step due within ``LEARN_AHEAD`` counts), then up to ``new_limit`` questions never
        answered, in the order given (shuffle them first)."""
        now = _iso(self.clock() + LEARN_AHEAD)
        stored = {c.question_id: c.due for c in self.cards.cards(include_orphans=False)}
        ids = question_ids(questions)
        due = sorted((i for i, qid in enumerate(ids) if qid in stored and stored[qid] <= now),
                     key=lambda i: stored[ids[i]])
        new: list[int] = []
        for i, qid in enumerate(ids):
            if len(new) >= new_limit:
                break
            if qid not in stored:
                new.append(i)
        return [questions[i] for i in due + new]

    def progress(self, questions: Sequence[Question]) -> Progress:
        now = self.clock()
        ids = set(question_ids(questions))
        cards = self.cards.cards()
        in_scope = [c for c in cards if c.question_id in ids]
        today = now.astimezone(UTC).date()
        due_days = [0] * HISTORY_DAYS
        for c in in_scope:
            if c.orphaned:
                continue
            offset = (datetime.fromisoformat(c.due).astimezone(UTC).date() - today).days
            if offset < HISTORY_DAYS:
                due_days[max(0, offset)] += 1
        reviews = [r for r in self.cards.reviews() if r.question_id in ids]
        per_day = [0] * HISTORY_DAYS
        for r in reviews:
            back = (today - datetime.fromisoformat(r.reviewed_at).astimezone(UTC).date()).days
            if 0 <= back < HISTORY_DAYS:
                per_day[HISTORY_DAYS - 1 - back] += 1
        seen = [r for r in reviews if r.state_before is not None]
        retention = (sum(1 for r in seen if r.rating > 1) / len(seen)) if seen else None
        return Progress(
            total=len(ids),
            new=len(ids) - len(in_scope),
            due=due_days[0],
            learned=sum(1 for c in in_scope if c.state == fsrs.State.Review.value),
            orphaned=sum(1 for c in cards if c.orphaned),
            reviews=len(reviews),
            retention=retention,
            reviews_per_day=tuple(per_day),
            due_per_day=tuple(due_days),
        )

    def interval_preview(self, question: Question) -> dict[int, timedelta]:
        """For each rating, how long until the card comes back (shown on the buttons)."""
        now = self.clock()
        card = self._load(self.cards.card(question.id), question.id)
        return {r: self.fsrs.review_card(card, fsrs.Rating(r), now)[0].due - now
                for r in RATINGS}
