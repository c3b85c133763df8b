"""Time the user store: ``set_note`` (one transaction, synchronous=FULL) and ``search``.

    python benchmarks/notes.py [N]        # N notes, default 5000; uses a temporary folder

Prints median and p95 in milliseconds. fsync cost dominates ``set_note``, so numbers depend
on the disk: run it where the user data folder will live.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bclm_viewer.notes import UserStore

WORDS = (
    "hépatectomie résection métastases hépatiques cancer sein HER2 RH triple négatif "
    "survie globale OS5 DFS R0 R1 chimiothérapie réponse systémique maladie extra-hépatique "
    "intervalle libre synchrone métachrone Paul Brousse série revue systématique"
).split()
QUERIES = ["hépatectomie", "HER2", "survie globale", "extra", "résection R0", "brousse", "zzz"]


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120)))


def _stats(label: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(f"{label:<34} n={len(ms):>5}  median {statistics.median(ms):7.3f} ms"
          f"  p95 {p95:7.3f} ms  max {ms[-1]:7.3f} ms")


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(n: int = 5000) -> None:
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp, UserStore(Path(tmp) / "user.sqlite") as store:
        ids = [f"study-{i:05d}" for i in range(n)]
        inserts = [_timed(partial(store.set_note, sid, _text(rng))) for sid in ids]
        _stats(f"set_note (new, {n} notes)", inserts)
        updates = [_timed(partial(store.set_note, sid, _text(rng))) for sid in rng.sample(ids, 500)]
        _stats(f"set_note (update, {n} in store)", updates)
        searches = [_timed(partial(store.search, q)) for _ in range(30) for q in QUERIES]
        _stats(f"search ({n} notes, limit 50)", searches)
        for q in QUERIES:
            print(f"  {q!r}: {len(store.search(q))} hit(s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
