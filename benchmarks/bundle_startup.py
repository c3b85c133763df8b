"""Start-up of the standalone bundle against the pip-installed app, alternated.

    python benchmarks/bundle_startup.py [RUNS] [--bundle dist/bclm-viewer/bclm-viewer]

Each run is a fresh process: ``--smoke-test`` (start, KB check and open, main window painted,
notes opened, exit), offscreen, with a KB already built in a temporary cache (one per
installation: the bundle and the pip install each built their own on a first, untimed run).
Prints the median and p95 of each and their ratio. Build the bundle first with
``bash packaging/build-linux.sh``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="?", type=int, default=15)
    ap.add_argument("--bundle", type=Path, default=ROOT / "dist" / "bclm-viewer" / "bclm-viewer")
    args = ap.parse_args()
    if not args.bundle.is_file():
        print(f"no bundle at {args.bundle}: run bash packaging/build-linux.sh", file=sys.stderr)
        return 2
    installed = shutil.which("bclm-viewer") or str(Path(sys.executable).parent / "bclm-viewer")
    tmp = Path(tempfile.mkdtemp())
    envs = {}
    for name in ("bundle", "pip"):
        envs[name] = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                          BCLM_VIEWER_CACHE_DIR=str(tmp / name / "cache"),
                          BCLM_VIEWER_DATA_DIR=str(tmp / name / "data"),
                          BCLM_VIEWER_CONFIG_DIR=str(tmp / name / "config"))
    cmds = {"bundle": [str(args.bundle), "--smoke-test"], "pip": [installed, "--smoke-test"]}
    for name in cmds:  # first start builds the KB: not timed
        _time(cmds[name], envs[name])
    times: dict[str, list[float]] = {"bundle": [], "pip": []}
    for _ in range(args.runs):
        for name in ("bundle", "pip"):
            times[name].append(_time(cmds[name], envs[name]))
    for name, t in times.items():
        t.sort()
        p95 = t[min(len(t) - 1, int(round(0.95 * (len(t) - 1))))]
        print(f"{name:7s} median {statistics.median(t):7.1f} ms   p95 {p95:7.1f} ms")
    ratio = statistics.median(times["bundle"]) / statistics.median(times["pip"])
    print(f"bundle / pip: {ratio:.2f}")
    size = sum(f.stat().st_size for f in args.bundle.parent.rglob("*")
               if f.is_file() and not f.is_symlink())
    print(f"bundle size: {size / 2**20:.0f} MiB ({args.bundle.parent})")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
