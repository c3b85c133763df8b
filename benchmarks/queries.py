"""Time the KB query API against the 16 ms frame budget on a large KB.

    python benchmarks/queries.py [N] [--kb PATH] [--analyze]

Without ``--kb``, generates an N-study KB (default 10,000: ~200k figures, ~120k findings) with
``tests/kb_sample.py`` in a temporary folder (``--analyze`` runs ANALYZE on it first). Prints the
median and p95 wall-clock milliseconds of each call (and the median process CPU time, which a
busy machine disturbs less), after a baseline ``SELECT 1`` through the same connection, and flags
any median over the budget.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from kb_sample import make_sample_kb  # noqa: E402

from bclm_viewer.query.filters import StudyFilter  # noqa: E402
from bclm_viewer.query.knowledge_base import KnowledgeBase  # noqa: E402

BUDGET_MS = 16.0
REPEAT = 30


def _measure(
    label: str, fn: Callable[[], object], repeat: int = REPEAT, warm: bool = True
) -> float:
    if warm:
        fn()  # statement cache and page cache warm, as in the running app
    samples, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    samples.sort()
    median = statistics.median(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    flag = "  OVER BUDGET" if median > BUDGET_MS else ""
    print(f"{label:<60} median {median:7.2f} ms  p95 {p95:7.2f} ms"
          f"  (cpu {statistics.median(cpu):6.2f}){flag}")
    return median


def _cold_count(kb: KnowledgeBase, f: StudyFilter) -> int:
    kb._ws._texts.clear()  # noqa: SLF001 - forget the text's hits: time the full-text query
    return kb.count_studies(f)


def _panel(kb: KnowledgeBase, text: str) -> object:
    return kb.search_hits(text, kb.search_ranked(text, 200)[:16])


def run(kb: KnowledgeBase) -> None:
    counts = kb.counts()
    print(", ".join(f"{k}={v}" for k, v in counts.items()))
    t0 = time.perf_counter()
    kb.warm_up()
    print(f"warm_up (finding bitsets, default order): "
          f"{(time.perf_counter() - t0) * 1000:.1f} ms, once per open")
    _measure("baseline SELECT 1", lambda: kb._scalar("SELECT 1"))  # noqa: SLF001
    her2 = StudyFilter(factors=("her2",))
    two_all = StudyFilter(factors=("her2", "age"), effects=("poor",))
    two_any = StudyFilter(factors=("her2", "age", "hormone_receptors"), mode="any",
                          endpoints=("OS",))
    effect_only = StudyFilter(effects=("favourable",))
    text = StudyFilter(text="hépat")
    one_key = StudyFilter(text="h")
    filters = {
        "no filter": StudyFilter(),
        "her2": her2,
        "her2+age all, poor": two_all,
        "3 factors any, OS": two_any,
        "effect favourable only": effect_only,
        "text 'hépat'": text,
        "text 'h' (one keystroke)": one_key,
        "text 'h' + her2": StudyFilter(factors=("her2",), text="h"),
    }
    for name, f in filters.items():
        _measure(f"count_studies [{name}]", partial(kb.count_studies, f))
    for name, f in filters.items():
        for sort, desc in (("year", False), ("label", False), ("os5", True), ("r0", False)):
            _measure(f"study_rows 200 [{name}] by {sort}{' desc' if desc else ''}",
                     partial(kb.study_rows, f, sort, desc, 0, 200), repeat=10)
    _measure("study_rows 200 at offset 9000 by journal",
             lambda: kb.study_rows(StudyFilter(), "journal", False, 9000, 200))
    _measure("study_ids [no filter] by year", lambda: kb.study_ids(StudyFilter(), "year"))
    for name, f in filters.items():
        _measure(f"factor_facets [{name}]", partial(kb.factor_facets, f), repeat=10)
    for name, f in filters.items():
        _measure(f"effect_facets [{name}]", partial(kb.effect_facets, f), repeat=10)
        _measure(f"endpoint_facets [{name}]", partial(kb.endpoint_facets, f), repeat=10)
    # A new text each time: the FTS query behind the text filter is not cached yet.
    fresh = iter([f"{a}{b}" for a in "hrmcps" for b in "éeaiou"] * 2)
    _measure("count_studies [new 2-letter text each time] (cold)",
             lambda: kb.count_studies(StudyFilter(text=next(fresh))), repeat=30, warm=False)
    letters = iter("hrmcpsdtaeiou")
    _measure("count_studies [new 1-letter text each time] (cold)",
             lambda: kb.count_studies(StudyFilter(text=next(letters))), repeat=12, warm=False)
    # Multi-word text filters match rows (several words in one row), not one document per study.
    for q in ("survie g", "résection R", "Paul Brou"):
        f = StudyFilter(text=q)
        _measure(f"count_studies [text {q!r}] (cold)", partial(_cold_count, kb, f), warm=False)
    for q in ("h", "é", "r", "hépat", "HER2", "survie globale", "zzz"):
        _measure(f"search {q!r} (limit 200, with snippets)", partial(kb.search, q))
    # What a keystroke costs the search panel: the ranking, then the ~16 rows it shows.
    for q in ("h", "hé", "hép", "hépatectomie", "résection", "survie globale", "résection R"):
        _measure(f"search_ranked {q!r} + search_hits of 16", partial(_panel, kb, q))
    # Clinicians' shorthand (query/clinical.py): a sign, a cut-off, a code, English names. Cold:
    # the text's readings, rows and study sets forgotten (the vocabulary and the per-factor
    # and per-measure sets are kept, as in a session); the count and a panel of hits.
    from bclm_viewer.query import clinical_search

    def clinical(q: str) -> object:
        state = clinical_search._state(kb.connection)  # noqa: SLF001
        for cache in (state.readings, state.relations, state.bits, state.candidates,
                      state.body_rows, state.ranked):
            cache.clear()
        kb._ws._texts.clear()  # noqa: SLF001
        kb.count_studies(StudyFilter(text=q))
        return _panel(kb, q)

    for q in ("HER2-", "RH+", "age > 50", "age > 5", "M+ Os", "bone metastases", "N0", "R0",
              "IL < 4 ans", "Diam > 35 mm", "OS5", "HR-"):
        _measure(f"clinical {q!r}: count + ranked + 16 hits (cold)", partial(clinical, q))
    ids = kb.study_ids(StudyFilter())
    picks = [ids[i] for i in range(0, len(ids), max(1, len(ids) // REPEAT))]
    it = iter(picks * 3)

    def page() -> None:
        sid = next(it)
        kb.study(sid)
        kb.outcomes(sid)
        kb.findings(sid)

    _measure("study() + outcomes() + findings()", page, repeat=len(picks))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=10_000)
    ap.add_argument("--kb", type=Path)
    ap.add_argument("--analyze", action="store_true")
    args = ap.parse_args()
    if args.kb:
        with KnowledgeBase(args.kb) as kb:
            run(kb)
        return
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        path = make_sample_kb(Path(tmp) / "kb.sqlite", args.n, analyze=args.analyze)
        print(f"generated {args.n} studies in {time.perf_counter() - t0:.1f} s")
        with KnowledgeBase(path) as kb:
            run(kb)


if __name__ == "__main__":
    main()
