"""Time opening a comparison of 10 series and the evidence matrix of a 10,000-study KB.

    python benchmarks/compare.py [N] [--kb PATH] [--runs R]

Without ``--kb``, generates an N-study KB (default 10,000) with ``tests/kb_sample.py`` in a
temporary folder. With the real widgets (offscreen unless a display is set), each run measures
from the call to the end of ``processEvents()`` (model reset, layout and paint):

- the comparison of 10 series: ``build_comparison`` alone, then the Comparison page showing it;
- the matrix: a new Matrix page on the whole KB, shown and painted (its first screen of cells
  and the agreement status of each visible factor are read; the rest is not);
- scrolling the matrix by one screen to a part not yet read.

Each must have a median and a p95 of at most 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from timing import quiet_offscreen_warnings, report, timed  # noqa: E402

quiet_offscreen_warnings()

BUDGET_MS = 100.0
stats = partial(report, budget_ms=BUDGET_MS, width=52)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--kb", type=Path)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("BCLM_VIEWER_CONFIG_DIR", str(Path(tmp) / "config"))
        path = args.kb
        if path is None:
            from kb_sample import make_sample_kb

            start = time.perf_counter()
            path = make_sample_kb(Path(tmp) / "kb.sqlite", args.n)
            print(f"sample KB of {args.n} studies written in {time.perf_counter() - start:.1f} s")
        return run(app, path, args.runs)


def run(app: QApplication, path: Path, runs: int) -> int:
    from bclm_viewer.evidence.compare import build_comparison
    from bclm_viewer.query.filters import StudyFilter
    from bclm_viewer.query.knowledge_base import KnowledgeBase
    from bclm_viewer.ui.evidence.compare_page import ComparePage
    from bclm_viewer.ui.evidence.matrix_page import MatrixPage

    ok = True
    with KnowledgeBase(path) as kb:
        all_ids = kb.study_ids(StudyFilter())
        print(f"KB: {path} ({len(all_ids)} studies)")
        sets = [all_ids[i * 10 : i * 10 + 10] for i in range(runs)]
        # Far apart in the KB so no run reuses another's pages in SQLite's cache.
        step = max(1, len(all_ids) // max(runs, 1))
        sets = [all_ids[(i * step) % len(all_ids) :][:10] for i in range(runs)]

        samples = [timed(app, lambda ids=ids: build_comparison(kb, ids)) for ids in sets]
        ok &= stats("comparison of 10 series: build (kb)", samples)

        page = ComparePage(kb)
        page.resize(1280, 720)
        page.show()
        app.processEvents()
        samples = [timed(app, lambda ids=ids: page.set_studies(ids)) for ids in sets]
        ok &= stats("comparison of 10 series: page shown and painted", samples)
        page.close()

        pages: list[MatrixPage] = []

        def open_matrix() -> None:
            m = MatrixPage(kb)
            m.resize(1280, 720)
            m.show()
            pages.append(m)

        samples = []
        for _ in range(runs):
            samples.append(timed(app, open_matrix))
            model = pages[-1].model
            pages[-1].close()
            if len(pages) > 1:
                pages.pop(0).deleteLater()
        ok &= stats(f"matrix of {model.columnCount()} studies: open, show, paint", samples)
        print(f"    blocks of columns read on opening: {model.blocks_loaded} of "
              f"{-(-model.columnCount() // 100)}")

        m = pages[-1]
        m.show()
        app.processEvents()
        bar = m.table.horizontalScrollBar()
        samples = []
        for i in range(runs):
            target = bar.maximum() * (i + 1) // (runs + 1)
            samples.append(timed(app, lambda t=target: bar.setValue(t)))
        ok &= stats("matrix: scroll to an unread part", samples)
        print(f"    blocks read after {runs} scrolls: {m.model.blocks_loaded}")
        m.close()
    print("all within budget" if ok else "SOME OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
