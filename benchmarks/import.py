"""Importing a deck, and opening the review of a large import.

    python benchmarks/import.py [RUNS]

1. A 200-slide PPTX (the bundled slides, a table among them, repeated with their figures
   changed) imported into a new content folder: read, detect, plan and write, median of RUNS
   (budget 5 s).
2. The review page opened on a folder holding at least 2,000 candidates: the review session
   read from the study files, the page built, shown and painted once, median of RUNS after
   one warm-up (modules imported; budget 200 ms).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from deck_samples import SLIDE_11_TABLE, _presentation, _table, _textbox, bundled_slides  # noqa: E402

from bclm_viewer.kb.importer.write import import_deck  # noqa: E402

SLIDES = 200


def _shifted(text: str, k: int) -> str:
    """The slide's text with every whole number n < 100 replaced by (n + k) % 100: other
    figures, same shapes of lines."""
    return re.sub(r"(?<![\w,.])(\d{1,2})(?![\d,.])", lambda m: str((int(m[1]) + k) % 100), text)


def write_big_deck(path: Path, n: int = SLIDES) -> Path:
    prs = _presentation()
    blank = prs.slide_layouts[6]
    slides = bundled_slides()
    for k in range(n):
        number, text = slides[k % len(slides)]
        slide = prs.slides.add_slide(blank)
        if number == 11:
            _textbox(slide.shapes, text.split("\n")[:1], 0.3)
            _table(slide.shapes, SLIDE_11_TABLE, 1.5)
        else:
            _textbox(slide.shapes, _shifted(text, k // len(slides)).split("\n"), 0.3, height=6)
    prs.save(str(path))
    return path


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main(runs: int = 5) -> int:
    ok = True
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        deck = write_big_deck(tmp / "big.pptx")
        times = []
        for k in range(runs):
            into = tmp / f"c{k}"
            start = time.perf_counter()
            result = import_deck(deck, into)
            times.append(time.perf_counter() - start)
        n_cand = result.plan.n_candidates
        median = _median_ms(times)
        ok &= median < 5000
        print(f"import {SLIDES} slides ({n_cand} candidates): median {median:.0f} ms, "
              f"min {min(times) * 1000:.0f} ms  (budget 5000 ms)")
        # one import of a longer deck: a folder holding over 2,000 candidates
        review_root = tmp / "review"
        longer = write_big_deck(tmp / "longer.pptx", 240)
        n_cand = import_deck(longer, review_root).plan.n_candidates
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        from bclm_viewer.ui.importer.review_page import ReviewWindow

        app = QApplication.instance() or QApplication([])
        opens, fulls = [], []
        for k in range(runs + 1):
            start = time.perf_counter()
            window = ReviewWindow(review_root)
            window.resize(1280, 720)
            window.show()
            app.processEvents()
            elapsed = time.perf_counter() - start
            rows = window.page.model.rowCount()
            while not window.page.session.loaded:
                app.processEvents()
            full = time.perf_counter() - start
            window.close()
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
            if k:
                opens.append(elapsed)
                fulls.append(full)
        median = _median_ms(opens)
        ok &= median < 200
        print(f"review page on {n_cand} candidates (first {rows} rows shown, the rest read "
              f"after the first paint): open median {median:.0f} ms, "
              f"min {min(opens) * 1000:.0f} ms  (budget 200 ms); every row read after "
              f"{_median_ms(fulls):.0f} ms (median)")
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
