"""Build time and peak memory: the bundled KB, and KBs grown to 1,000 and 10,000 studies.

    python benchmarks/build.py [RUNS]

The grown content is the real content with the real study files cloned under new ids
(``adam-2006-c00042.md``): same slides, same quotes, so it validates like the real thing. Each
build runs in a fresh subprocess (imports included in memory, not in time: the time is
``build_kb`` itself). Prints the median time and the child's peak RSS (``ru_maxrss``) per size,
and the largest RSS of its pool workers when the build forks some (large content, Linux),
then time per study at 10k vs 1k (linearity; target ≈ 1) and memory at 10k vs bundled (flat;
target ≈ 1). Targets: bundled < 1 s, 10,000 studies < 10 s.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bclm_viewer.kb.paths import content_dir  # noqa: E402

CHILD = """
import json, resource, sys, time
from pathlib import Path
from bclm_viewer.kb.build import build_kb
content, output = Path(sys.argv[1]), Path(sys.argv[2])
start = time.perf_counter()
result = build_kb(content, output)
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # pool workers, if any
print(json.dumps({"seconds": seconds, "rss_kb": rss, "workers_rss_kb": workers_rss,
                  "studies": result.counts["studies"],
                  "outcomes": result.counts["outcomes"], "bytes": output.stat().st_size}))
"""


def grow(target: Path, n_studies: int) -> Path:
    """A copy of the real content with its study files cloned up to ``n_studies`` files."""
    shutil.copytree(content_dir(), target)
    originals = sorted((target / "studies").glob("*.md"))
    k = 0
    while len(originals) + k < n_studies:
        source = originals[k % len(originals)]
        clone = target / "studies" / f"{source.stem}-c{k:05d}.md"
        clone.write_bytes(source.read_bytes())
        k += 1
    return target


def run(content: Path, output: Path) -> dict[str, float]:
    output.unlink(missing_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(content), str(output)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise SystemExit(f"build failed:\n{result.stderr}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 5
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bclm-build-bench-") as tmp:
        sizes: list[tuple[str, Path]] = [("bundled", content_dir())]
        for n in (1_000, 10_000):
            sizes.append((f"{n:,}", grow(Path(tmp) / f"content-{n}", n)))
        print(
            f"{'size':>8} {'studies':>8} {'outcomes':>9} {'median s':>9} {'min s':>7} "
            f"{'peak RSS MB':>12} {'worker MB':>10} {'KB MB':>7}"
        )
        for name, content in sizes:
            samples = [run(content, Path(tmp) / f"kb-{name}.sqlite") for _ in range(runs)]
            seconds = [s["seconds"] for s in samples]
            rss = statistics.median(s["rss_kb"] for s in samples) / 1024
            workers = statistics.median(s["workers_rss_kb"] for s in samples) / 1024
            last = samples[-1]
            figures[name] = {
                "seconds": statistics.median(seconds),
                "rss_mb": rss,
                "studies": last["studies"],
            }
            print(
                f"{name:>8} {int(last['studies']):>8} {int(last['outcomes']):>9} "
                f"{statistics.median(seconds):>9.3f} {min(seconds):>7.3f} {rss:>12.1f} "
                f"{workers:>10.1f} {last['bytes'] / 2**20:>7.1f}"
            )
    per_1k = figures["1,000"]["seconds"] / figures["1,000"]["studies"]
    per_10k = figures["10,000"]["seconds"] / figures["10,000"]["studies"]
    print(f"time per study, 10k / 1k: {per_10k / per_1k:.2f} (1.00 = linear)")
    print(
        f"peak memory, 10k / bundled: "
        f"{figures['10,000']['rss_mb'] / figures['bundled']['rss_mb']:.2f} (1.00 = flat)"
    )
    ok = figures["bundled"]["seconds"] < 1 and figures["10,000"]["seconds"] < 10
    print("targets (bundled < 1 s, 10,000 < 10 s):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
