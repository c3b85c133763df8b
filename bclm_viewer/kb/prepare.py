"""Study files → checked rows, one file at a time, in worker processes when there are many.

Parsing YAML, checking quotes and rendering Markdown is most of a build's time and each study
is independent, so large content is spread over a process pool. The pool forks (the workers
inherit the loaded slides and vocabularies, and no main module is re-imported, so a caller's
unguarded script is safe), and only where forking is safe: on Linux, with no other thread
running (never inside the Qt app, whose bundled content is small anyway). Elsewhere the work
runs in this process. Results come back in file order (``imap``), a block at a time, so the
rows are the same whatever the number of workers and memory stays bounded.
What it buys: a plain loop builds 10,000 studies in 11.4 s of CPU on the development machine,
over the 10 s target however idle the machine; two workers bring the build under it (8.5 s
on an idle machine in the previous round, ``benchmarks/build.py``).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from bclm_viewer.kb.content import Problem, study_names
from bclm_viewer.kb.drafts import promote, to_check
from bclm_viewer.kb.rows import Rows, empty_rows, study_rows
from bclm_viewer.kb.validate import Context, check_study_file, duplicate_study_ids

PARALLEL_MIN_STUDIES = 600  # below this, starting workers costs more than it saves
MAX_WORKERS = 8
BLOCK = 500  # files handed to the pool at a time (bounds the results waiting in memory)


@dataclass
class Prepared:
    """One study file's outcome: its problems, or (if none) its rows."""

    problems: list[Problem]
    rows: Rows | None
    draft: bool = False  # a draft left out (built only with include_drafts)


_CTX: Context | None = None  # set before the pool forks: the workers inherit it


def _prepare(name: str) -> Prepared:
    assert _CTX is not None
    problems: list[Problem] = []
    study = check_study_file(_CTX.root / "studies" / name, _CTX, problems)
    if study is None or problems:
        return Prepared(problems, None)
    if to_check(study):
        if not _CTX.include_drafts:
            return Prepared([], None, draft=True)  # not reviewed: left out of the KB
        promote(study)
    rows = empty_rows()
    study_rows(study, _CTX, rows)
    return Prepared([], rows)


def worker_count(n_files: int) -> int:
    """How many processes to use for ``n_files`` study files (1: in this process)."""
    if n_files < PARALLEL_MIN_STUDIES or not sys.platform.startswith("linux"):
        return 1
    if threading.active_count() > 1:  # forking a threaded process can deadlock the child
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def prepare_studies(ctx: Context, problems: list[Problem]) -> Iterator[Prepared]:
    """Every study file of ``ctx.root`` in file-name order, checked and turned into rows.

    Duplicate ids are appended to ``problems`` first; each file's problems come with it.
    """
    global _CTX
    names = study_names(ctx.root)
    problems.extend(duplicate_study_ids(names, ctx.root))
    workers = worker_count(len(names))
    _CTX = ctx
    try:
        if workers == 1:
            for name in names:
                yield _prepare(name)
            return
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for start in range(0, len(names), BLOCK):
                yield from pool.imap(_prepare, names[start : start + BLOCK], chunksize=32)
    finally:
        _CTX = None
