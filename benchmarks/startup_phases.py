"""Where start-up goes: the CPU time of each phase of the app's start, next to the floor's.

    python benchmarks/startup_phases.py [RUNS]

``benchmarks/startup.py`` says how long the app takes against the floor; this says where the
difference is. Each run is a fresh process (bytecode cached, as installed) that goes through
the smoke test's steps and times each with ``time.process_time()`` (the process's own CPU, which
moves much less than wall time on a shared machine); the floor's script is timed the same way.
Prints the median of each phase over RUNS runs (default 11), alternated, app and floor.
"""

from __future__ import annotations

import collections
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

APP = r"""
import sys, time
P = time.process_time
phases = []
t = P()
def mark(name):
    global t
    now = P()
    phases.append((name, now - t))
    t = now
from bclm_viewer.ui import app as appmod
mark("import PySide6 (QtGui, QtWidgets) and ui.app")
app = appmod._application()
mark("QApplication, names, window icon")
import bclm_viewer.query.knowledge_base as knowledge_base
mark("import the query layer (sqlite3, records, bitsets, search)")
kb = knowledge_base.open_kb(None)
mark("open the KB (cache check, connection)")
import bclm_viewer.ui.main_window as main_window
mark("import main_window (builds the Qt namespace's enums)")
import bclm_viewer.ui.studies.studies_page
mark("import the Studies page's modules (chips, table, cell painter)")
window = main_window.MainWindow(kb)
mark("build the window: menus, tabs, Studies page (no factors panel yet), restored state")
window.show()
app.processEvents()
mark("show and first paint")
window.grab()
mark("grab (a second paint, as the smoke test does)")
app.processEvents()
mark("after the first paint: factors panel, notes file, stars")
window.close()
mark("close (save the layout)")
print("PHASES", "|".join(f"{n}={s * 1000:.3f}" for n, s in phases))
"""

FLOOR = r"""
import sys, time
P = time.process_time
phases = []
t = P()
def mark(name):
    global t
    now = P()
    phases.append((name, now - t))
    t = now
import sqlite3
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget
mark("import PySide6 (QtCore with the Qt namespace, QtWidgets) and sqlite3")
app = QApplication(sys.argv[:1])
mark("QApplication")
con = sqlite3.connect(sys.argv[1], uri=True)
SQL = "SELECT label, year, journal, kind FROM studies ORDER BY year LIMIT 100"
rows = con.execute(SQL).fetchall()
mark("open the KB, read a page")
TITLES = ("Étude", "Année", "Revue", "Type")
class Model(QAbstractTableModel):
    def rowCount(self, parent=None): return len(rows)
    def columnCount(self, parent=None): return 4
    def data(self, index, role=0):
        return str(rows[index.row()][index.column()]) if role == 0 else None
    def headerData(self, section, orientation, role=0):
        horizontal = orientation == Qt.Orientation.Horizontal
        return TITLES[section] if role == 0 and horizontal else None
w = QMainWindow()
w.resize(1440, 900)
w.menuBar().addMenu("&Fichier").addAction("&Quitter")
body = QWidget()
layout = QVBoxLayout(body)
layout.addWidget(QLineEdit())
table = QTableView()
table.setModel(Model())
layout.addWidget(table)
w.setCentralWidget(body)
mark("build the window")
w.show()
app.processEvents()
mark("show and first paint")
w.grab()
mark("grab (a second paint)")
w.close()
mark("close")
print("PHASES", "|".join(f"{n}={s * 1000:.3f}" for n, s in phases))
"""


def run(code: str, args: list[str], env: dict[str, str]) -> list[tuple[str, float]]:
    result = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                            text=True, check=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("PHASES "))
    return [(n, float(v)) for n, v in (p.rsplit("=", 1) for p in line[7:].split("|"))]


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 11
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: see benchmarks/startup.py
        env["BCLM_VIEWER_CACHE_DIR"] = str(Path(tmp) / "cache")
        env["BCLM_VIEWER_DATA_DIR"] = str(Path(tmp) / "data")
        env["BCLM_VIEWER_CONFIG_DIR"] = str(Path(tmp) / "config")
        run(APP, [], env)  # warm up: builds the KB, writes bytecode and settings
        run(APP, [], env)
        kb_uri = (Path(tmp) / "cache" / "kb.sqlite").resolve().as_uri() + "?mode=ro"
        results: dict[str, collections.defaultdict[str, list[float]]] = {
            "app": collections.defaultdict(list), "floor": collections.defaultdict(list)}
        for _ in range(runs):
            for name, value in run(APP, [], env):
                results["app"][name].append(value)
            for name, value in run(FLOOR, [kb_uri], env):
                results["floor"][name].append(value)
    first_paint: dict[str, float] = {}
    for who, phases in results.items():
        medians = {name: statistics.median(values) for name, values in phases.items()}
        print(f"{who} (CPU ms, median of {runs}; interpreter start not included)")
        for name, median in medians.items():
            print(f"  {median:7.1f}  {name}")
        print(f"  {sum(medians.values()):7.1f}  total")
        names = list(medians)
        until = names[: names.index("show and first paint") + 1]
        first_paint[who] = sum(medians[name] for name in until)
    app, floor = first_paint["app"], first_paint["floor"]
    print(f"to the first paint: app {app:.1f}, floor {floor:.1f} ms: {app / floor:.2f} "
          f"({(app + 10) / (floor + 10):.2f} with ~10 ms of interpreter start each)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
