"""The comparison's and the matrix's reads, in the query API (``query.evidence_reads``)."""

from __future__ import annotations

from pathlib import Path

from kb_sample import make_sample_kb

from bclm_viewer.query.evidence_reads import CHUNK, reads_of
from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.query.knowledge_base import KnowledgeBase


def test_a_kb_and_its_bare_connection_read_alike(kb: KnowledgeBase) -> None:
    reads = reads_of(kb)
    assert reads is kb.evidence_reads()
    bare = reads_of(kb.connection)
    ids = kb.study_ids(StudyFilter())[:3]
    assert bare.study_columns(ids) == reads.study_columns(ids)
    assert bare.findings(ids) == reads.findings(ids)
    studies = reads.studies([*ids, "no-such-study"])
    assert sorted(studies) == sorted(ids)
    assert studies[ids[0]]["citation"] == kb.study(ids[0]).citation  # type: ignore[union-attr]


def test_long_id_lists_are_read_in_chunks(tmp_path: Path) -> None:
    n = CHUNK * 2 + 7
    with KnowledgeBase(make_sample_kb(tmp_path / "kb.sqlite", n)) as kb:
        ids = kb.study_ids(StudyFilter())
        reads = kb.evidence_reads()
        assert reads.known_study_ids([*ids, "nope"]) == set(ids)
        assert len(reads.study_columns(ids)) == n
        assert len(reads.studies(ids)) == n
        figures = reads.figures(ids)
        assert {r[0] for r in figures} <= set(ids) and len(figures) > n
