"""Spaced repetition over simulated days (fsrs, a fixed clock), and the review history's
durability: saved at each answer, kept through a SIGKILL and through KB rebuilds."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bclm_viewer.kb.build import build_kb
from bclm_viewer.kb.paths import content_dir
from bclm_viewer.notes import UserStore
from bclm_viewer.notes.schema import SCHEMA_VERSION
from bclm_viewer.notes.study_cards import StudyCards
from bclm_viewer.query.knowledge_base import KnowledgeBase
from bclm_viewer.study.questions import generate
from bclm_viewer.study.scheduler import StudyScheduler

WRITER = Path(__file__).with_name("study_writer.py")
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def days(self, n: float) -> None:
        self.now += timedelta(days=n)


def test_cards_come_back_later_the_better_they_are_known(real_kb: KnowledgeBase,
                                                         tmp_path: Path) -> None:
    clock = Clock()
    bank = generate(real_kb)
    questions = [q for q in bank.questions if q.kind == "figure"][:6]
    with UserStore(tmp_path / "user.sqlite") as store:
        sched = StudyScheduler(store, clock)
        first = sched.session(questions, new_limit=4)
        assert [q.id for q in first] == [q.id for q in questions[:4]]  # nothing due yet: new
        good, again = questions[0], questions[1]
        intervals = []
        for day in range(40):
            due_today = {q.id for q in sched.session(questions, new_limit=0)}
            if day == 0 or good.id in due_today:
                card = sched.review(good, 3)
                intervals.append(card.due - clock.now)
            if day == 0 or again.id in due_today:
                sched.review(again, 1)
            clock.days(1)
        # Good, good, good...: each interval at least as long as the one before, and growing.
        assert len(intervals) >= 3
        assert all(b >= a for a, b in zip(intervals, intervals[1:], strict=False))
        assert intervals[-1] > timedelta(days=7)
        # Again every time: it never leaves the short steps, so it is due every day.
        assert sched.next_due(again.id) is not None
        assert sched.next_due(again.id) <= clock.now  # type: ignore[operator]
        progress = sched.progress(questions)
        assert progress.learned >= 1 and progress.total == 6 and progress.new == 4
        assert progress.retention is not None and 0 < progress.retention < 1
        # Easy beats Good beats Hard from the same state.
        preview = sched.interval_preview(questions[2])
        assert preview[1] <= preview[2] <= preview[3] <= preview[4]
        assert preview[4] > preview[1]


def test_the_same_answers_on_the_same_days_schedule_the_same(tmp_path: Path,
                                                              real_kb: KnowledgeBase) -> None:
    q = generate(real_kb).questions[0]
    dues = []
    for name in ("a", "b"):
        clock = Clock()
        with UserStore(tmp_path / f"{name}.sqlite") as store:
            sched = StudyScheduler(store, clock)
            for rating in (3, 3, 2, 4):
                card = sched.review(q, rating)
                clock.now = card.due
            dues.append(sched.next_due(q.id))
    assert dues[0] == dues[1]


def _content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(content_dir(), target)
    return target


def test_history_survives_rebuilds_and_orphans_are_kept_and_marked(tmp_path: Path) -> None:
    content = _content_copy(tmp_path)
    kb_path = tmp_path / "kb.sqlite"
    build_kb(content, kb_path)
    clock = Clock()
    with KnowledgeBase(kb_path) as kb:
        bank = generate(kb)
    treska = next(q for q in bank.questions if "treska-2014" in q.study_ids
                  and q.kind == "finding")
    adam = next(q for q in bank.questions if q.id == "figure:adam-2006:os5:")
    with UserStore(tmp_path / "user.sqlite") as store:
        sched = StudyScheduler(store, clock)
        sched.review(treska, 3)
        sched.review(adam, 4)
    # The same content rebuilt: every card still has its question.
    kb_path.unlink()
    build_kb(content, kb_path)
    with KnowledgeBase(kb_path) as kb, UserStore(tmp_path / "user.sqlite") as store:
        ids = {q.id for q in generate(kb).questions}
        assert {treska.id, adam.id} <= ids
        cards = StudyCards(store)
        assert cards.mark_orphans(ids) == 0
        assert len(cards.reviews()) == 2
    # Treska leaves the content: its card is kept, marked, and out of the sessions.
    (content / "studies" / "treska-2014.md").unlink()
    kb_path.unlink()
    build_kb(content, kb_path)
    with KnowledgeBase(kb_path) as kb, UserStore(tmp_path / "user.sqlite") as store:
        bank = generate(kb)
        cards = StudyCards(store)
        assert cards.mark_orphans(q.id for q in bank.questions) == 1
        orphan = cards.card(treska.id)
        assert orphan is not None and orphan.orphaned and orphan.prompt == treska.prompt
        assert [r.question_id for r in cards.reviews()] == [treska.id, adam.id]
        assert StudyScheduler(store, clock).cards.card(adam.id) is not None
        assert not cards.card(adam.id).orphaned  # type: ignore[union-attr]
        # Its question back: unmarked.
        assert cards.mark_orphans([*[q.id for q in bank.questions], treska.id]) == 0


def test_an_old_notes_file_migrates_forward_keeping_its_notes(tmp_path: Path) -> None:
    import sqlite3

    from bclm_viewer.notes import schema

    path = tmp_path / "user.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    for sql in schema.MIGRATIONS[0]:
        con.execute(sql)
    con.execute("PRAGMA user_version = 1")
    con.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    con.execute("INSERT INTO notes (study_id, body_md, created_at, updated_at) "
                "VALUES ('adam-2006', 'ma note', 'x', 'x')")
    con.execute("COMMIT")
    con.close()
    with UserStore(path) as store:
        assert store.note("adam-2006").body_md == "ma note"  # type: ignore[union-attr]
        version = store._con.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION >= 2  # v2 brought the cards
        assert StudyCards(store).cards() == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_every_acknowledged_answer_survives_sigkill(
    tmp_path: Path, child_processes: list[subprocess.Popen[str]]
) -> None:
    db = tmp_path / "user.sqlite"
    p = subprocess.Popen([sys.executable, str(WRITER), str(db), "100000"],
                         stdout=subprocess.PIPE, text=True, encoding="utf-8")
    child_processes.append(p)
    assert p.stdout is not None
    acknowledged = [int(p.stdout.readline()) for _ in range(40)]
    os.kill(p.pid, signal.SIGKILL)
    assert p.wait() == -signal.SIGKILL
    with UserStore(db) as store:
        cards = StudyCards(store)
        reviewed = {r.question_id for r in cards.reviews()}
        for i in acknowledged:
            assert f"q-{i}" in reviewed
            card = cards.card(f"q-{i}")
            assert card is not None and card.due > "2026-01-05"
        assert store.integrity_check() == ["ok"]
