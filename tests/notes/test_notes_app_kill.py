"""The running app is killed (SIGKILL) right after a note was typed: restarted, it shows it."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from kb_sample import make_sample_kb

CHILD = Path(__file__).with_name("notes_app_child.py")
HANG_SECONDS = 120  # a guard against a hung child, not a timing requirement
posix_only = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")


def _start(started: list[subprocess.Popen[str]], *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # data/config dirs: the test's tmp
    p = subprocess.Popen(
        [sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, text=True,
        encoding="utf-8", env=env,
    )
    started.append(p)
    return p


def _lines_until(p: subprocess.Popen[str], wanted: str) -> list[str]:
    """Read the app's lines until ``wanted``; a hung app fails the test instead of hanging it."""
    assert p.stdout is not None
    seen: list[str] = []
    with selectors.DefaultSelector() as sel:
        sel.register(p.stdout, selectors.EVENT_READ)
        while True:
            if not sel.select(timeout=HANG_SECONDS):
                raise AssertionError(f"the app printed nothing for {HANG_SECONDS} s: {seen}")
            line = p.stdout.readline()
            if not line:
                raise AssertionError(f"the app exited ({p.wait()}) before {wanted!r}: {seen}")
            seen.append(line.strip())
            if line.strip() == wanted:
                return seen


@posix_only
def test_note_typed_in_the_app_survives_sigkill(
    tmp_path: Path, child_processes: list[subprocess.Popen[str]]
) -> None:
    kb = make_sample_kb(tmp_path / "kb.sqlite")
    text = "Tapé dans l'appli — R0 65 %, à revoir ✓"
    app = _start(child_processes, str(kb), "edit", "adam-2006", text)
    _lines_until(app, "saved")
    os.kill(app.pid, signal.SIGKILL)
    assert app.wait() == -signal.SIGKILL

    again = _start(child_processes, str(kb), "read", "adam-2006")
    shown = json.loads(_lines_until(again, "read")[-2])
    assert again.wait() == 0
    assert shown == {"text": text, "starred": True}
