"""What checking the cached KB costs at each start: hashing the content and the KB file.

    python benchmarks/kb_check.py [RUNS]

For the bundled content and a content grown to 10,000 studies (``build.grow``): the median time
of ``content_hash`` (every content file), of ``file_hash`` on the built KB, and of a whole
``ensure_kb`` on a current cache (the path every start takes). ``docs/reliability.md`` quotes
these figures; the stamp of inode/mtime states they replaced saved ~70 ms at 10,000 studies.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from build import grow  # noqa: E402

from bclm_viewer.kb import cache, paths  # noqa: E402
from bclm_viewer.kb.build import build_kb  # noqa: E402


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 9
    with tempfile.TemporaryDirectory(prefix="bclm-kb-check-") as tmp:
        root = Path(tmp)
        print(f"{'content':>8} {'KB MB':>6} {'content hash':>13} {'KB hash':>8} {'ensure_kb':>10}")
        for name, content in (("bundled", paths.content_dir()),
                              ("10,000", grow(root / "c10k", 10_000))):
            os.environ["BCLM_VIEWER_CACHE_DIR"] = str(root / f"cache-{len(name)}")
            paths.content_dir = lambda c=content: c  # type: ignore[assignment]
            kb = cache.ensure_kb()
            build_kb(content, root / "probe.sqlite")  # warm the page cache like a start would
            print(
                f"{name:>8} {kb.stat().st_size / 1e6:6.1f} "
                f"{median_ms(lambda c=content: cache.content_hash(c), runs):10.2f} ms "
                f"{median_ms(lambda k=kb: cache.file_hash(k), runs):5.2f} ms "
                f"{median_ms(cache.ensure_kb, runs):7.2f} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
