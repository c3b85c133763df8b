"""Start-up time of ``bclm-viewer --smoke-test`` against a bare PySide6 window, alternated.

    python benchmarks/startup.py [RUNS] [-- extra app arguments, e.g. --kb PATH]

Each run is a fresh process (interpreter start, imports, KB check and open, main window shown
and grabbed, exit). The bare script does the same with an empty ``QMainWindow`` of the same
size, so the ratio is the app's own cost; the target is a ratio of at most 1.2. The KB is built
once before timing (into a temporary cache folder), as on every start but the first.
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

HEAVY = ("markdown_it", "sqlite_utils", "yaml", "bclm_viewer.kb.build", "PySide6.QtWebEngine")


def app_command() -> list[str]:
    """The installed entry point next to this interpreter, else ``python -m bclm_viewer``."""
    script = Path(sys.executable).with_name("bclm-viewer")
    if script.exists():
        return [str(script)]
    found = shutil.which("bclm-viewer")
    return [found] if found else [sys.executable, "-m", "bclm_viewer"]


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
        # Warm up: build the cached KB and fill the OS file cache for both.
        timed(app, env)
        timed(bare, env)
        app_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(runs):
            app_times.append(timed(app, env))
            bare_times.append(timed(bare, env))
        heavy = heavy_imports(extra, env)
    app_median = statistics.median(app_times) * 1000
    bare_median = statistics.median(bare_times) * 1000
    print(f"runs: {runs} each, alternated; app: {' '.join(app)}")
    print(f"bclm-viewer --smoke-test  median {app_median:7.1f} ms  "
          f"min {min(app_times) * 1000:7.1f} ms  max {max(app_times) * 1000:7.1f} ms")
    print(f"bare PySide6 window       median {bare_median:7.1f} ms  "
          f"min {min(bare_times) * 1000:7.1f} ms  max {max(bare_times) * 1000:7.1f} ms")
    ratio = app_median / bare_median
    print(f"ratio {ratio:.2f} (target <= 1.2)")
    print("heavy modules imported at start-up: " + (", ".join(heavy) if heavy else "none"))
    return 0 if ratio <= 1.2 and not heavy else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
