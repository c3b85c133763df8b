"""Time study mode on a large KB: generating every question, the next card after an answer,
the Study page's first show.

    QT_QPA_PLATFORM=offscreen python benchmarks/study.py [N]   # N studies, default 10,000

Budgets (issue 14): every question of a 10,000-study KB under 2 s; the next card shown under
16 ms after an answer (the answer's save, an fsync with synchronous=FULL, included); the page's
first show under 100 ms (the questions are generated just after, off the UI thread).

Each figure is given as wall time and as this process's CPU time (``time.process_time``): on a
shared, loaded machine the wall clock also counts the neighbours' work. The next card is split
into the save alone (the ``BEGIN IMMEDIATE … COMMIT`` of the answer, its fsync included) and the
rest (scheduling, the next card's options and intervals, layout and paint); the fsync of a bare
one-row WAL commit in the same folder is printed as the disk's floor.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kb_sample import make_sample_kb  # noqa: E402
from timing import quiet_offscreen_warnings, report, timed  # noqa: E402

from bclm_viewer.query.knowledge_base import KnowledgeBase  # noqa: E402


def main(n: int = 10_000) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="bclm-study-bench-"))
    os.environ["BCLM_VIEWER_DATA_DIR"] = str(tmp / "data")
    os.environ["BCLM_VIEWER_CONFIG_DIR"] = str(tmp / "config")
    kb_path = make_sample_kb(tmp / "kb.sqlite", n, analyze=True)
    ok = True

    from bclm_viewer.study.choices import with_choices
    from bclm_viewer.study.questions import generate

    with KnowledgeBase(kb_path) as kb:
        gen, gen_cpu = [], []
        for _ in range(5):
            t0, c0 = time.perf_counter(), time.process_time()
            bank = generate(kb)
            gen.append(time.perf_counter() - t0)
            gen_cpu.append(time.process_time() - c0)
        counts: dict[str, int] = {}
        for q in bank.questions:
            counts[q.kind] = counts.get(q.kind, 0) + 1
        print(f"{len(bank.questions)} questions: {counts}")
        ok &= report(f"generate every question ({n} studies)", gen, 2000)
        report("  the same, CPU time", gen_cpu, 2000)
        t0 = time.perf_counter()
        bank.warm_pools()
        print(f"distractor pools assembled in {time.perf_counter() - t0:.2f} s "
              "(off the UI thread in the app)")
        sample = bank.questions[::50]
        t0 = time.perf_counter()
        built = list(sample)
        per_build = (time.perf_counter() - t0) / len(sample)
        t0 = time.perf_counter()
        for q in built:
            with_choices(q, bank, 1)
        per = (time.perf_counter() - t0) / len(sample)
        print(f"one question built: {per_build * 1e6:.1f} µs; its options: {per * 1e6:.1f} µs")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    quiet_offscreen_warnings()
    from bclm_viewer.ui.main_window import MainWindow

    with KnowledgeBase(kb_path) as kb:
        w = MainWindow(kb)
        w.resize(1280, 720)
        w.show()
        app.processEvents()
        first = [timed(app, lambda: w.switch_to("study"))]
        ok &= report("study page first show", first, 100)
        page = w.page("study")
        t0 = time.perf_counter()
        while page.bank is None and time.perf_counter() - t0 < 30:
            app.processEvents()
            time.sleep(0.005)
        print(f"questions ready {time.perf_counter() - t0:.2f} s after the first show")
        page.new_spin.setValue(200)
        page.start_session()
        app.processEvents()
        store = page.scheduler().cards.store
        write_txn = store.write_txn
        saves: list[tuple[float, float]] = []

        def timed_write(fn: Any) -> Any:  # the save alone, its fsync included
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                return write_txn(fn)
            finally:
                saves.append((time.perf_counter() - t0, time.process_time() - c0))

        store.write_txn = timed_write  # type: ignore[method-assign]
        samples, cpu = [], []
        for _ in range(150):
            page.card.reveal()
            app.processEvents()
            t0, c0 = time.perf_counter(), time.process_time()
            page.card.rate(3)
            app.processEvents()
            samples.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        ok &= report("answer saved + next card shown", samples, 16)
        report("  the same, CPU time", cpu, 16)
        report("  the save alone (fsync included)", [w for w, _c in saves], 16)
        report("  the save alone, CPU time", [c for _w, c in saves], 16)
        report("  the rest (next card: options, layout, paint)",
               [t - w for t, (w, _c) in zip(samples, saves, strict=True)], 16)
        report("  the rest, CPU time",
               [t - c for t, (_w, c) in zip(cpu, saves, strict=True)], 16)
        report("  a bare one-row WAL commit (the disk's fsync)", _bare_commits(tmp), 16)
        w.close()
    return 0 if ok else 1


def _bare_commits(folder: Path, n: int = 150) -> list[float]:
    """Wall time of a one-row ``BEGIN IMMEDIATE … COMMIT`` on a WAL, synchronous=FULL file."""
    import sqlite3

    con = sqlite3.connect(str(folder / "fsync.sqlite"), isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("CREATE TABLE t (x TEXT)")
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t VALUES (?)", ("x" * 200,))
        con.execute("COMMIT")
        out.append(time.perf_counter() - t0)
    con.close()
    return out


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
