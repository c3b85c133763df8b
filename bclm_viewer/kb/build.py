"""Content folder → KB file, atomically: a temp file beside the target, checked, then renamed.

Studies stream: each is loaded, checked and turned into rows, and rows are inserted with
sqlite-utils in batches of a few hundred studies, so memory stays flat at 10,000 studies.
Validation runs in the same pass; at the first problem the build stops writing but keeps
checking, and at the end any problem removes the temp file and raises ``ContentError`` with all
of them: the previous KB is never touched. Same content, same rows (ids and order come from the
content); only ``meta.built_at`` differs.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from bclm_viewer import __version__
from bclm_viewer.kb import schema
from bclm_viewer.kb.cache import content_hash
from bclm_viewer.kb.content import ContentError, Problem
from bclm_viewer.kb.derived import SEARCH_STAGE_DDL, SEARCH_STAGE_INSERT, finish
from bclm_viewer.kb.prepare import prepare_studies
from bclm_viewer.kb.rows import COLUMNS, Row, Rows, context_rows, empty_rows
from bclm_viewer.kb.validate import Context, load_context

BATCH_STUDIES = 250  # studies whose rows are held before an insert
COUNTED = (
    "slides",
    "studies",
    "outcomes",
    "study_factors",
    "questions",
    "glossary",
    "factors",
    "measures",
    "search_index",
)


@dataclass(frozen=True)
class BuildResult:
    path: Path
    counts: dict[str, int]
    seconds: float

    def summary(self) -> str:
        c = self.counts
        return (
            f"Built {self.path}: {c['slides']} slides, {c['studies']} studies, "
            f"{c['outcomes']} outcomes, {c['study_factors']} findings, "
            f"{c['questions']} questions, {c['glossary']} glossary terms "
            f"in {self.seconds:.2f} s"
        )


# ----- writing ------------------------------------------------------------------------------


def _insert(db: sqlite_utils.Database, rows: Rows) -> None:
    for table, batch in rows.items():
        if batch and table == "search_index":
            # Staged: the rows get their rowids once every study is in (kb/derived.py).
            db.conn.executemany(SEARCH_STAGE_INSERT, batch)
            batch.clear()
        elif batch:
            # list mode: the first item names the columns (no dict per row)
            db[table].insert_all(  # type: ignore[union-attr]
                _with_header(table, batch), batch_size=500
            )
            batch.clear()


def _with_header(table: str, batch: Iterable[Row]) -> Iterator[Any]:
    yield COLUMNS[table]
    yield from batch


def _write(db: sqlite_utils.Database, ctx: Context, problems: list[Problem]) -> None:
    """Insert every row, a batch of studies at a time."""
    rows = context_rows(ctx) if not problems else empty_rows()
    pending = written = drafts = 0
    for prepared in prepare_studies(ctx, problems):
        problems.extend(prepared.problems)
        drafts += prepared.draft
        if problems or prepared.rows is None:
            continue  # keep checking, stop writing: this file will be thrown away
        for table, batch in prepared.rows.items():
            rows[table].extend(batch)
        pending += 1
        written += 1
        if pending >= BATCH_STUDIES:
            _insert(db, rows)
            pending = 0
    if not problems:
        _insert(db, rows)
    if not written and not problems:
        what = (
            f"every study is a draft ({drafts}): review them, or build with --include-drafts"
            if drafts else "no study files (<id>.md)"
        )
        problems.append(Problem(f"{ctx.root.name}/studies", 1, "file", what))


# Studies by year then id, undated last. "OR FAIL" needs no statement journal: without it the
# UPDATE of every study held a copy of the whole table in memory.
_SORT_STUDIES = """
CREATE TEMP TABLE study_order (id TEXT PRIMARY KEY, n INTEGER NOT NULL);
INSERT INTO study_order
    SELECT id, row_number() OVER (ORDER BY year IS NULL, year, id) FROM studies;
UPDATE OR FAIL studies
    SET sort_order = (SELECT n FROM study_order WHERE study_order.id = studies.id);
DROP TABLE study_order;
"""


def _finish(db: sqlite_utils.Database, digest: str) -> dict[str, int]:
    for statement in filter(str.strip, _SORT_STUDIES.split(";")):
        db.execute(statement)
    finish(db.conn)
    db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    counts = {t: int(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in COUNTED}
    meta: list[Row] = [
        ("schema_version", str(schema.SCHEMA_VERSION)),
        ("content_hash", digest),
        ("built_at", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")),
        ("tool_version", f"bclm-viewer {__version__}"),
        *((f"count_{t}", str(n)) for t, n in counts.items()),
    ]
    db["meta"].insert_all(_with_header("meta", meta))  # type: ignore[union-attr]
    return counts


def _verify(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        bad = con.execute("PRAGMA foreign_key_check").fetchall()
        if bad:
            raise RuntimeError(f"foreign key check failed: {bad[:5]}")
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            raise RuntimeError(f"integrity check failed: {integrity[:5]}")
    finally:
        con.close()


def build_kb(content: Path, output: Path, *, include_drafts: bool = False) -> BuildResult:
    """Build the KB of ``content`` at ``output`` (replaced atomically). Raise ``ContentError``
    with every problem if the content is invalid; ``output`` is then left as it was. Draft
    studies and unreviewed candidates are left out unless ``include_drafts``."""
    started = time.perf_counter()
    content, output = Path(content), Path(output)
    digest = content_hash(content) if content.is_dir() else ""
    problems: list[Problem] = []
    ctx = load_context(content, problems)
    ctx.include_drafts = include_drafts
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # Few cached statements: each multi-row INSERT (a different size per batch) is large.
        db = sqlite_utils.Database(sqlite3.connect(tmp, cached_statements=8))
        try:
            # A temp file thrown away on any failure: no journal or fsync needed while filling.
            db.execute("PRAGMA journal_mode = MEMORY")
            db.execute("PRAGMA synchronous = OFF")
            db.executescript(schema.DDL)
            db.execute(SEARCH_STAGE_DDL)
            with db.atomic():
                _write(db, ctx, problems)
                if problems:
                    raise ContentError(problems)
                counts = _finish(db, digest)
            db.execute("PRAGMA journal_mode = DELETE")
        finally:
            db.close()
        _verify(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, output)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BuildResult(output, counts, time.perf_counter() - started)
