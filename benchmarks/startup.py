"""Start-up time of ``bclm-viewer --smoke-test`` against a floor and a bare window, alternated.

    python benchmarks/startup.py [RUNS] [-- extra app arguments, e.g. --kb PATH]

Each run is a fresh process (interpreter start, imports, KB check and open, main window shown
and painted, grabbed, exit). What is timed is the **first paint**: every script is run with
``BCLM_VIEWER_MARK_FIRST_PAINT=1`` and prints ``first paint cpu=S`` (its own CPU seconds) as
soon as the ``processEvents`` that follows ``show()`` has painted the window (``ui/app.py``
for the app, ``MARK`` below for the others); the wall time is taken when that line arrives.
The whole run (to exit, the smoke test's other checks included) is given beside it. The
*floor* is the least any first screen of this kind costs on this stack, with no code of ours:
sqlite3 opens the same KB read-only and reads one page of studies, and a window shows them in
a ``QTableView`` whose model gives column titles, under a search field and a menu. **Target:
the app's first paint within 1.35 times the floor's** (median wall time; the CPU ratio is
printed too and moves much less on a shared machine). The bare script shows an empty
``QMainWindow`` of the same size, for reference (the floor alone is ~1.3 times it: a model's
``headerData`` makes PySide6 build the ``Qt`` namespace's 93 enums).

The KB is built once before timing (into a temporary cache folder), as on every start but the
first. The children run with bytecode caching on, as an installed app does (pip compiles it at
install time): a shell with ``PYTHONDONTWRITEBYTECODE`` set would otherwise compile the app's ~40
modules from source at every start (~43 ms of CPU), which no user pays. Besides wall time, each
process's CPU time is given: on a machine shared with other work it moves much less.
Also lists heavy modules imported at start-up (``python -X importtime``): markdown-it and
sqlite-utils must not be among them when the cached KB is current.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The scripts mark their first paint as the app does (``BCLM_VIEWER_MARK_FIRST_PAINT``, see
# ``ui/app.py``): a line with the process's CPU seconds once ``processEvents`` has painted.
MARK = """
import os, time
from PySide6.QtWidgets import QMainWindow
class Window(QMainWindow):
    seen = False
    def paintEvent(self, event):
        Window.seen = True
        super().paintEvent(event)
def mark():
    if os.environ.get("BCLM_VIEWER_MARK_FIRST_PAINT"):
        print(f"first paint cpu={time.process_time():.6f}", flush=True)
"""

BARE = MARK + """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
w = Window()
w.resize(1440, 900)
w.show()
app.processEvents()
if Window.seen: mark()
image = w.grab().toImage()
assert not image.isNull()
print("bare ok", image.width(), image.height())
w.close()
"""

FLOOR = MARK + """
import sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget
con = sqlite3.connect(sys.argv[1], uri=True)
SQL = "SELECT label, year, journal, kind FROM studies ORDER BY year LIMIT 100"
rows = con.execute(SQL).fetchall()
TITLES = ("Étude", "Année", "Revue", "Type")
class Model(QAbstractTableModel):
    def rowCount(self, parent=None): return len(rows)
    def columnCount(self, parent=None): return 4
    def data(self, index, role=0):
        return str(rows[index.row()][index.column()]) if role == 0 else None
    def headerData(self, section, orientation, role=0):
        horizontal = orientation == Qt.Orientation.Horizontal
        return TITLES[section] if role == 0 and horizontal else None
app = QApplication(sys.argv[:1])
w = Window()
w.resize(1440, 900)
w.menuBar().addMenu("&Fichier").addAction("&Quitter")
body = QWidget()
layout = QVBoxLayout(body)
layout.addWidget(QLineEdit())
table = QTableView()
model = Model()
table.setModel(model)
layout.addWidget(table)
w.setCentralWidget(body)
w.show()
app.processEvents()
if Window.seen: mark()
image = w.grab().toImage()
assert not image.isNull() and model.rowCount() > 0
print("floor ok", image.width(), image.height())
w.close()
"""

HEAVY = ("markdown_it", "sqlite_utils", "yaml", "bclm_viewer.kb.build", "PySide6.QtWebEngine")


def app_command() -> list[str]:
    """The installed entry point next to this interpreter, else ``python -m bclm_viewer``."""
    script = Path(sys.executable).with_name("bclm-viewer")
    if script.exists():
        return [str(script)]
    found = shutil.which("bclm-viewer")
    return [found] if found else [sys.executable, "-m", "bclm_viewer"]


def kb_of(extra: list[str], env: dict[str, str]) -> Path:
    """The KB the app opens: ``--kb PATH`` if given, else the bundled KB in the cache folder."""
    for n, arg in enumerate(extra):
        if arg == "--kb" and n + 1 < len(extra):
            return Path(extra[n + 1])
        if arg.startswith("--kb="):
            return Path(arg[len("--kb="):])
    return Path(env["BCLM_VIEWER_CACHE_DIR"]) / "kb.sqlite"


TARGET = 1.35  # app / floor, median wall time up to the first paint


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str], runs: Runs | None = None) -> None:
    """One fresh run of ``cmd``: its wall and CPU seconds up to its first-paint line and to
    its exit are appended to ``runs``."""
    used = _children_cpu()
    start = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    first_paint: tuple[float, float] | None = None
    lines = []
    for line in process.stdout:  # the mark is flushed as soon as it is printed
        if first_paint is None and line.startswith("first paint cpu="):
            first_paint = (time.perf_counter() - start, float(line.split("=", 1)[1]))
        lines.append(line)
    stderr = process.stderr.read() if process.stderr is not None else ""
    returncode = process.wait()
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - used
    if returncode != 0 or first_paint is None:
        raise SystemExit(f"{' '.join(cmd)} failed or printed no first-paint mark:\n"
                         f"{''.join(lines)}\n{stderr}")
    if runs is not None:
        runs.paint_wall.append(first_paint[0])
        runs.paint_cpu.append(first_paint[1])
        runs.wall.append(elapsed)
        runs.cpu.append(cpu)


class Runs:
    """The times of one script over the runs (seconds)."""

    def __init__(self) -> None:
        self.paint_wall: list[float] = []
        self.paint_cpu: list[float] = []
        self.wall: list[float] = []
        self.cpu: list[float] = []


def heavy_imports(cmd_args: list[str], env: dict[str, str]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bclm_viewer", "--smoke-test", *cmd_args],
        env=env, capture_output=True, text=True, check=False,
    )
    found = set()
    for line in result.stderr.splitlines():
        if "|" not in line:
            continue
        name = line.rsplit("|", 1)[-1].strip()
        for heavy in HEAVY:
            if name == heavy or name.startswith(heavy + "."):
                found.add(heavy)
    return sorted(found)


def main(argv: list[str]) -> int:
    runs = 15
    extra: list[str] = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[: argv.index("--")]
    if argv:
        runs = int(argv[0])
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as installed (docstring)
        env["BCLM_VIEWER_CACHE_DIR"] = str(Path(tmp) / "cache")
        env["BCLM_VIEWER_DATA_DIR"] = str(Path(tmp) / "data")
        env["BCLM_VIEWER_CONFIG_DIR"] = str(Path(tmp) / "config")
        env["BCLM_VIEWER_MARK_FIRST_PAINT"] = "1"
        load_before = " ".join(f"{x:.1f}" for x in os.getloadavg())
        app = [*app_command(), "--smoke-test", *extra]
        bare = [sys.executable, "-c", BARE]
        # Warm up: build the cached KB and fill the OS file cache for all three.
        timed(app, env)
        kb_uri = kb_of(extra, env).resolve().as_uri() + "?mode=ro"
        floor = [sys.executable, "-c", FLOOR, kb_uri]
        timed(bare, env)
        timed(floor, env)
        app_runs, floor_runs, bare_runs = Runs(), Runs(), Runs()
        for _ in range(runs):
            timed(app, env, app_runs)
            timed(bare, env, bare_runs)
            timed(floor, env, floor_runs)
        heavy = heavy_imports(extra, env)
    print(f"runs: {runs} each, alternated; app: {' '.join(app)}; load before: {load_before}")
    rows = (("bclm-viewer --smoke-test", app_runs),
            ("floor: table, search field, menu", floor_runs),
            ("bare PySide6 window", bare_runs))
    med = statistics.median
    print(f"{'(medians, ms)':<34} {'first paint':>11} {'CPU':>6}   {'whole run':>9} {'CPU':>6}")
    for label, r in rows:
        print(f"{label:<34} {med(r.paint_wall) * 1000:11.1f} {med(r.paint_cpu) * 1000:6.1f}   "
              f"{med(r.wall) * 1000:9.1f} {med(r.cpu) * 1000:6.1f}")
    ratio = med(app_runs.paint_wall) / med(floor_runs.paint_wall)
    cpu_ratio = med(app_runs.paint_cpu) / med(floor_runs.paint_cpu)
    print(f"first paint, app / floor: wall {ratio:.2f} (target <= {TARGET}), CPU {cpu_ratio:.2f}; "
          f"app / bare {med(app_runs.paint_wall) / med(bare_runs.paint_wall):.2f}; "
          f"floor / bare {med(floor_runs.paint_wall) / med(bare_runs.paint_wall):.2f}")
    print(f"whole run, app / floor: wall {med(app_runs.wall) / med(floor_runs.wall):.2f}, "
          f"CPU {med(app_runs.cpu) / med(floor_runs.cpu):.2f}")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("heavy modules imported at start-up: " + (", ".join(heavy) if heavy else "none"))
    return 0 if ratio <= TARGET and not heavy else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
