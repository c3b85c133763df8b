"""Start-up time of ``bclm-viewer --smoke-test`` against a bare PySide6 window, alternated.

    python benchmarks/startup.py [RUNS] [-- extra app arguments, e.g. --kb PATH]

Each run is a fresh process (interpreter start, imports, KB check and open, main window shown
and grabbed, exit). The bare script does the same with an empty ``QMainWindow`` of the same
size, so the ratio is the app's own cost; the target is a ratio of at most 1.2. The KB is built
once before timing (into a temporary cache folder), as on every start but the first.
A third script, the *floor*, is the least any first screen of this kind costs on this stack,
with no code of ours: sqlite3 opens the same KB read-only and reads one page of studies, and a
window shows them in a ``QTableView`` whose model gives column titles, under a search field and
a menu. Its ratio to the bare window says how much of the 1.2 budget the stack itself uses
(a model's ``headerData`` alone makes PySide6 build the ``Qt`` namespace's 93 enums).
Also lists heavy modules imported at start-up (``python -X importtime``): markdown-it and
sqlite-utils must not be among them when the cached KB is current.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1440, 900)
w.show()
app.processEvents()
image = w.grab().toImage()
assert not image.isNull()
print("bare ok", image.width(), image.height())
w.close()
"""

FLOOR = """
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
w = QMainWindow()
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


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{result.stdout}\n{result.stderr}")
    return elapsed


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
        env["BCLM_VIEWER_CACHE_DIR"] = str(Path(tmp) / "cache")
        env["BCLM_VIEWER_DATA_DIR"] = str(Path(tmp) / "data")
        env["BCLM_VIEWER_CONFIG_DIR"] = str(Path(tmp) / "config")
        app = [*app_command(), "--smoke-test", *extra]
        bare = [sys.executable, "-c", BARE]
        # Warm up: build the cached KB and fill the OS file cache for all three.
        timed(app, env)
        kb_uri = kb_of(extra, env).resolve().as_uri() + "?mode=ro"
        floor = [sys.executable, "-c", FLOOR, kb_uri]
        timed(bare, env)
        timed(floor, env)
        app_times: list[float] = []
        bare_times: list[float] = []
        floor_times: list[float] = []
        for _ in range(runs):
            app_times.append(timed(app, env))
            bare_times.append(timed(bare, env))
            floor_times.append(timed(floor, env))
        heavy = heavy_imports(extra, env)
    app_median = statistics.median(app_times) * 1000
    bare_median = statistics.median(bare_times) * 1000
    floor_median = statistics.median(floor_times) * 1000
    print(f"runs: {runs} each, alternated; app: {' '.join(app)}")
    print(f"bclm-viewer --smoke-test  median {app_median:7.1f} ms  "
          f"min {min(app_times) * 1000:7.1f} ms  max {max(app_times) * 1000:7.1f} ms")
    print(f"bare PySide6 window       median {bare_median:7.1f} ms  "
          f"min {min(bare_times) * 1000:7.1f} ms  max {max(bare_times) * 1000:7.1f} ms")
    print(f"floor: table, search field, menu  median {floor_median:7.1f} ms  "
          f"min {min(floor_times) * 1000:7.1f} ms  max {max(floor_times) * 1000:7.1f} ms")
    ratio = app_median / bare_median
    print(f"ratio {ratio:.2f} (target <= 1.2); floor / bare {floor_median / bare_median:.2f}; "
          f"app / floor {app_median / floor_median:.2f}")
    print("heavy modules imported at start-up: " + (", ".join(heavy) if heavy else "none"))
    return 0 if ratio <= 1.2 and not heavy else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
