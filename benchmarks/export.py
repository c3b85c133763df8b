"""Time the talk exports: a 20-item list to PowerPoint and to the PDF handout (each under 2 s),
and the evidence matrix of a 10,000-study KB to the PDF handout (under 10 s, memory flat).

    python benchmarks/export.py [N] [--runs R]

The list is on the bundled content (5 studies, 5 slides, 5 comparisons of 4 series, the matrix
and its disagreements, 3 charts), timed from the list items to the file written (KB reads,
layout, writing). The matrix is on an N-study sample KB (``tests/kb_sample.py``); its CPU time
(the machine is shared: wall time varies with the other users) and the resident memory before
it and at most while its pages are painted are printed, and the same for a tenth of the studies
to compare (flat memory: the same for both).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from bclm_viewer.evidence.talk.items import TalkItem, build_talk  # noqa: E402
from bclm_viewer.query.knowledge_base import KnowledgeBase  # noqa: E402

LIST_BUDGET_S = 2.0
MATRIX_BUDGET_S = 10.0
STUDIES = ["adam-2006", "mariani-2013", "abbott-2012", "dittmar-2013", "treska-2014"]
COMPARISONS = [
    STUDIES[:4], STUDIES[1:], ["page-2014", "adam-2006", "abbott-2012", "treska-2014"],
    ["bergenfeldt-2011", "chua-2011", "adam-2006", "mariani-2013"],
    ["adam-2006", "abbott-2012", "page-2014", "cas-clinique"],
]


def twenty_items() -> list[TalkItem]:
    items = [TalkItem("study", s) for s in STUDIES]
    items += [TalkItem("slide", str(n)) for n in (1, 4, 6, 7, 11)]
    items += [TalkItem("comparison", ",".join(c)) for c in COMPARISONS]
    items += [TalkItem("matrix", "all"), TalkItem("matrix", "flagged")]
    items += [TalkItem("chart", m) for m in ("os5", "dfs5", "r0_pct")]
    return items


def rss_mb() -> float:
    """The resident memory now (Linux ``/proc``; else the peak so far)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def line(label: str, samples: list[float], budget: float) -> bool:
    median = statistics.median(samples)
    ok = median <= budget
    print(f"{label:<46} n={len(samples):>2}  median {median:6.2f} s  max {max(samples):6.2f} s"
          f"  budget {budget:.0f} s{'' if ok else '  OVER BUDGET'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from kb_sample import make_sample_kb

    from bclm_viewer.evidence.talk.pptx_writer import write_pptx
    from bclm_viewer.evidence.talk.slides import talk_slides
    from bclm_viewer.kb.build import build_kb
    from bclm_viewer.kb.paths import content_dir
    from bclm_viewer.ui.common.handout_pdf import write_handout_pdf

    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        real = out / "real.sqlite"
        build_kb(content_dir(), real)
        with KnowledgeBase(real) as kb:
            def pptx() -> object:
                talk = build_talk(kb, "Exposé", twenty_items(), "04/12/2026")
                return write_pptx(talk_slides(talk), out / "talk.pptx")

            def pdf() -> object:
                talk = build_talk(kb, "Exposé", twenty_items(), "04/12/2026")
                return write_handout_pdf(talk, out / "talk.pdf")

            for label, work in (("20-item list -> PowerPoint", pptx),
                                ("20-item list -> PDF handout", pdf)):
                samples = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    work()
                    samples.append(time.perf_counter() - start)
                ok = line(label, samples, LIST_BUDGET_S) and ok
        for n in (max(1, args.n // 10), args.n):
            path = make_sample_kb(out / f"kb{n}.sqlite", n)
            before = rss_mb()
            peak = [before]

            def sample(_page: int, _pages: int, peak: list[float] = peak) -> None:
                peak[0] = max(peak[0], rss_mb())

            with KnowledgeBase(path) as kb:
                start, cpu = time.perf_counter(), time.process_time()
                talk = build_talk(kb, "Matrice", [TalkItem("matrix", "all")], "04/12/2026")
                write_handout_pdf(talk, out / f"matrix{n}.pdf", sample)
                took = time.perf_counter() - start
                cpu = time.process_time() - cpu
            size = (out / f"matrix{n}.pdf").stat().st_size / 1e6
            ok = line(f"matrix of {n} studies -> PDF ({size:.1f} MB)", [took],
                      MATRIX_BUDGET_S) and ok
            print(f"{'':<46} CPU {cpu:5.2f} s; RSS {before:4.0f} MB before, at most "
                  f"{peak[0]:4.0f} MB while painting")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
