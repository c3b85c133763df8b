"""What the widget benchmarks share: timing one action to the end of its repaint, and the
median / p95 line each prints against its budget.

``BENCH_CLOCK=cpu`` times the process's own CPU time instead of the wall clock: on a machine
shared with other work (two cores, several engineers), wall time also counts the neighbours'
work whenever this process waits for a core, while CPU time is what this process spent.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication

CPU_CLOCK = os.environ.get("BENCH_CLOCK") == "cpu"
_clock = time.process_time if CPU_CLOCK else time.perf_counter


def timed(app: QApplication, action: Callable[[], object]) -> float:
    """Seconds from the action to the end of ``processEvents()`` (model, layout and paint)."""
    start = _clock()
    action()
    app.processEvents()
    return _clock() - start


def report(label: str, samples: list[float], budget_ms: float, width: int = 44) -> bool:
    """Print n, median, p95 and max in ms; True when both median and p95 are within budget."""
    ms = sorted(s * 1000 for s in samples)
    median = statistics.median(ms)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    ok = median <= budget_ms and p95 <= budget_ms
    flag = ("" if ok else "  OVER BUDGET") + ("  (CPU time)" if CPU_CLOCK else "")
    print(f"{label:<{width}} n={len(ms):>4}  median {median:7.2f} ms  p95 {p95:7.2f} ms"
          f"  max {ms[-1]:7.2f} ms{flag}")
    return ok


def _quiet(kind: object, context: object, text: str) -> None:
    if "propagateSizeHints" not in text:
        print(text, file=sys.stderr)


def quiet_offscreen_warnings() -> None:
    """The offscreen platform says it cannot propagate size hints for every window shown."""
    qInstallMessageHandler(_quiet)
