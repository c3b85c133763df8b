"""A second program answering study cards, for the durability test (run with sys.executable).

    study_writer.py DB N     answer cards q-0 .. q-N-1 (Good), print each index once saved,
                             then wait to be killed

Every line is printed only after the answer it names has been committed.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bclm_viewer.notes import UserStore
from bclm_viewer.study.questions import Question, Source
from bclm_viewer.study.scheduler import StudyScheduler


def main(argv: list[str]) -> int:
    db, n = Path(argv[1]), int(argv[2])
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    tick = [0]

    def clock() -> datetime:
        return start + timedelta(seconds=tick[0])

    sched = StudyScheduler(UserStore(db), clock)
    for i in range(n):
        tick[0] = i
        q = Question(f"q-{i}", "figure", f"question {i} ?", f"{i}%",
                     (Source("figure", f"s/o{i}", "s", "S 2000", 1, f"{i}%"),), ("s",))
        sched.review(q, 3)
        print(i, flush=True)
    while True:
        time.sleep(60)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
