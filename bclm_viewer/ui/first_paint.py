"""Start-up work the first screen does not need runs once that screen is painted.

A zero-delay timer started while the window is built fires at the event loop's first turn,
before the window is exposed and painted, so work put there still delays the first screen
(the notes file and the stars: 9.3 ms of CPU, ``benchmarks/startup_phases.py``).
``after_first_paint`` waits for the widget's first paint instead and runs the work at the next
turn of the loop, once that frame is on screen.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches one widget until its first paint event, then stays idle (a child of it).

    It holds the callback weakly: a child of the widget holding the widget's own method would
    make a reference cycle, and a window freed by the cyclic garbage collector is destroyed at
    whatever moment it runs, possibly in the middle of another window's paint.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback: weakref.WeakMethod[Callable[[], object]] | None = weakref.WeakMethod(
            callback
        )
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._callback is not None and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            callback = self._callback()
            self._callback = None
            if callback is not None:
                QTimer.singleShot(0, watched, callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback``, a bound method, just after ``widget`` is first painted (never if the
    widget or the method's object is gone by then)."""
    _FirstPaint(widget, callback)
