"""Study mode's cards and answers in the user file, with the notes' guarantees.

One row per card (``study_cards``): the scheduler's state as JSON (the notes package does not
know ``fsrs``: ``study.scheduler`` reads and writes that JSON), its due time, and the question's
last known prompt and answer. One row per answer given (``study_reviews``). Each answer is one
``BEGIN IMMEDIATE … COMMIT`` (the review row and the card's new state together) on the WAL,
``synchronous=FULL`` store: when ``record_review`` returns, it survives a kill.

Cards live in the user file, never in the KB, so a KB rebuild cannot touch them; a card whose
question left the KB is kept and marked (``orphaned_at``), never deleted, and unmarked if its
question comes back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from bclm_viewer.notes.records import utc_now
from bclm_viewer.notes.store import UserStore

_CARD_COLS = ("question_id, kind, prompt, answer, card_json, state, due, created_at, "
              "updated_at, orphaned_at")


@dataclass(frozen=True)
class StoredCard:
    question_id: str
    kind: str
    prompt: str
    answer: str
    card_json: str
    state: int
    due: str  # ISO 8601 UTC
    created_at: str
    updated_at: str
    orphaned_at: str | None

    @property
    def orphaned(self) -> bool:
        return self.orphaned_at is not None


@dataclass(frozen=True)
class StoredReview:
    id: int
    question_id: str
    rating: int
    state_before: int | None
    reviewed_at: str
    duration_ms: int | None
    correct: bool | None


class StudyCards:
    """The study tables of one ``UserStore`` (it owns the connection and its transactions)."""

    def __init__(self, store: UserStore) -> None:
        self.store = store

    def record_review(
        self, question_id: str, kind: str, prompt: str, answer: str, *, card_json: str,
        state: int, due: str, rating: int, state_before: int | None, reviewed_at: str,
        duration_ms: int | None = None, correct: bool | None = None,
    ) -> None:
        """Save one answer and the card's new state, together, now."""
        if rating not in (1, 2, 3, 4):
            raise ValueError(f"note de révision invalide : {rating!r}")
        json.loads(card_json)  # never store what the scheduler could not read back

        def change(con: sqlite3.Connection) -> None:
            now = utc_now()
            con.execute(
                "INSERT INTO study_reviews (question_id, rating, state_before, reviewed_at, "
                "duration_ms, correct) VALUES (?, ?, ?, ?, ?, ?)",
                (question_id, rating, state_before, reviewed_at, duration_ms,
                 None if correct is None else int(correct)),
            )
            con.execute(
                f"INSERT INTO study_cards ({_CARD_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) "
                "ON CONFLICT (question_id) DO UPDATE SET kind = excluded.kind, "
                "prompt = excluded.prompt, answer = excluded.answer, "
                "card_json = excluded.card_json, state = excluded.state, due = excluded.due, "
                "updated_at = excluded.updated_at, orphaned_at = NULL",
                (question_id, kind, prompt, answer, card_json, state, due, now, now),
            )

        self.store.write_txn(change)

    def cards(self, *, include_orphans: bool = True) -> list[StoredCard]:
        where = "" if include_orphans else " WHERE orphaned_at IS NULL"
        rows = self.store.read_txn(lambda con: con.execute(
            f"SELECT {_CARD_COLS} FROM study_cards{where} ORDER BY due, question_id").fetchall())
        return [StoredCard(*r) for r in rows]

    def card(self, question_id: str) -> StoredCard | None:
        rows = self.store.read_txn(lambda con: con.execute(
            f"SELECT {_CARD_COLS} FROM study_cards WHERE question_id = ?",
            (question_id,)).fetchall())
        return StoredCard(*rows[0]) if rows else None

    def reviews(self, question_id: str | None = None) -> list[StoredReview]:
        sql = ("SELECT id, question_id, rating, state_before, reviewed_at, duration_ms, correct "
               "FROM study_reviews")
        args: tuple[str, ...] = ()
        if question_id is not None:
            sql += " WHERE question_id = ?"
            args = (question_id,)
        rows = self.store.read_txn(lambda con: con.execute(sql + " ORDER BY id", args).fetchall())
        return [StoredReview(r[0], r[1], r[2], r[3], r[4], r[5],
                             None if r[6] is None else bool(r[6])) for r in rows]

    def mark_orphans(self, known_question_ids: Iterable[str]) -> int:
        """Mark the cards whose question is not among ``known_question_ids`` (their figure left
        the KB), unmark those that came back; nothing is deleted. Returns the orphans' count."""
        known = json.dumps(sorted(set(known_question_ids)))

        def change(con: sqlite3.Connection) -> int:
            con.execute("CREATE TEMP TABLE IF NOT EXISTS _known (id TEXT PRIMARY KEY)")
            con.execute("DELETE FROM _known")
            con.execute("INSERT OR IGNORE INTO _known SELECT value FROM json_each(?)", (known,))
            con.execute(
                "UPDATE study_cards SET orphaned_at = ? WHERE orphaned_at IS NULL "
                "AND question_id NOT IN (SELECT id FROM _known)", (utc_now(),))
            con.execute(
                "UPDATE study_cards SET orphaned_at = NULL WHERE orphaned_at IS NOT NULL "
                "AND question_id IN (SELECT id FROM _known)")
            con.execute("DELETE FROM _known")
            row = con.execute(
                "SELECT COUNT(*) FROM study_cards WHERE orphaned_at IS NOT NULL").fetchone()
            return int(row[0])

        return self.store.write_txn(change)
