"""Full-text search: any text gives hits or nothing (never an exception), accents and case
folded, snippets marked with control characters (never HTML), ordered by rank then kind."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from kb_sample import make_sample_kb

from bclm_viewer.query import search as search_module
from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.query.fts import HIGHLIGHT_END, HIGHLIGHT_START, fts_query
from bclm_viewer.query.knowledge_base import KnowledgeBase

HOSTILE = [
    '"x', '"', '""', "AND", "OR", "NOT", "NEAR(", "NEAR(a b)", "HER2-", "M+", "(", ")", "*", "-",
    ":", "a:b", "title:x", "^", "^x", "'", ";--", "' OR 1=1 --", "\x00", "x\x00y", "🙂", "🙂 sein",
    "x" * 10_000, "hépat " * 2_000, "שלום עולם", "مرحبا", "\u202ehépat", "\ud800", "a\udfffb",
    "{a b}", "[", "]", "%", "_", "\\", "é*", "R0 / R1", "Âge > 50", "OS5: 37%", "\t\n\r",
    "\u200b", "NEAR", "AND OR NOT", "-hépat", "+sein", "col:val*", "a\u0301", "ＨＥＲ２",
]


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Identical text under several kinds, to check the order of equal ranks.
    return make_sample_kb(tmp_path_factory.mktemp("search") / "kb.sqlite", 40, extra_search=[
        ("outcome", "adam-2006/o99", "adam-2006", 4, "zyxquux", "zyxquux"),
        ("question", "q9", None, 10, "zyxquux", "zyxquux"),
        ("study", "adam-2006", "adam-2006", 4, "zyxquux", "zyxquux"),
        ("slide", "4", None, 4, "zyxquux", "zyxquux"),
    ])


@pytest.fixture()
def kb(kb_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(kb_path) as kb:
        yield kb


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t)[:30])
def test_hostile_text_never_raises(kb: KnowledgeBase, text: str) -> None:
    hits = kb.search(text)
    assert isinstance(hits, list)
    n = kb.count_studies(StudyFilter(text=text))
    assert 0 <= n <= kb.total_studies()
    rows = kb.study_rows(StudyFilter(text=text), "label", False, 0, 5)
    assert len(rows) == min(5, n)
    assert all(isinstance(x.count, int) for x in kb.factor_facets(StudyFilter(text=text)))


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "()", "-", "*", ";--", "\x00", "\ud800"])
def test_nothing_searchable_gives_no_hits(kb: KnowledgeBase, text: str) -> None:
    assert kb.search(text) == []


def test_accents_and_case_are_folded(kb: KnowledgeBase) -> None:
    for text in ("hepatectomie", "HÉPATECTOMIE", "Hépatectomie"):
        hits = kb.search(text)
        assert {(h.kind, h.ref) for h in hits} >= {("study", "adam-2006"), ("slide", "4")}
        study = next(h for h in hits if h.kind == "study" and h.ref == "adam-2006")
        assert f"{HIGHLIGHT_START}Hépatectomie{HIGHLIGHT_END}" in study.snippet


def test_prefix_of_the_last_word(kb: KnowledgeBase) -> None:
    hits = kb.search("Paul Brou")
    assert any(h.kind == "study" and h.study_id == "adam-2006" for h in hits)
    assert kb.search("Paul Brou", limit=3) == hits[:3]


def test_snippets_are_marked_never_html(kb: KnowledgeBase) -> None:
    hits = kb.search("sein")
    assert hits
    for h in hits:
        assert "<b>" not in h.snippet and "<mark>" not in h.snippet
        if HIGHLIGHT_START in h.title + h.snippet:
            assert h.snippet.count(HIGHLIGHT_START) == h.snippet.count(HIGHLIGHT_END)
    assert any(HIGHLIGHT_START in h.snippet for h in hits)


def test_hit_fields(kb: KnowledgeBase) -> None:
    hits = kb.search("Cox")
    finding = next(h for h in hits if h.kind == "finding")
    assert finding.study_id == "adam-2006" and finding.ref.startswith("adam-2006/f")
    assert finding.slide == 4
    slide = next(h for h in kb.search("Perspectives") if h.kind == "slide")
    assert slide.study_id is None and slide.ref == "9" and slide.slide == 9
    gloss = next(h for h in kb.search("BCLM") if h.kind == "glossary")
    assert gloss.slide is None and gloss.title == "MHKS"


def test_equal_ranks_are_ordered_by_kind(kb: KnowledgeBase) -> None:
    hits = kb.search("zyxquux")
    assert [h.kind for h in hits] == ["study", "slide", "outcome", "question"]


def _sql_ranks(path: Path, text: str) -> list[float]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute(
            "SELECT rank FROM search_index WHERE search_index MATCH ? ORDER BY rank",
            (fts_query(text),))]
    finally:
        con.close()


# ("R0" is a code now, ranked by level first: tests/query/test_clinical_search.py)
@pytest.mark.parametrize("text", ["sein", "hépat", "réponse systémique", "Curie", "synchrone"])
def test_best_ranked_first(kb: KnowledgeBase, kb_path: Path, text: str) -> None:
    expected = _sql_ranks(kb_path, text)
    assert 0 < len(expected) <= search_module.RANK_WINDOW  # so the ranking is exact
    hits = kb.search(text, limit=25)
    assert len(hits) == min(25, len(expected))
    con = kb.connection
    got = [con.execute(
        "SELECT rank FROM search_index WHERE search_index MATCH ? AND kind = ? AND ref = ?",
        (fts_query(text), h.kind, h.ref)).fetchone()[0] for h in hits]
    assert got == expected[: len(got)]


def test_limit(kb: KnowledgeBase) -> None:
    assert len(kb.search("sein", limit=3)) == 3
    assert kb.search("sein", limit=0) == []
    assert len(kb.search("sein", limit=10_000)) == len(_sql_ranks(kb.path, "sein"))


def test_rank_window_bounds_a_broad_query(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "RANK_WINDOW", 20)
    everything = _sql_ranks(kb.path, "s")
    assert len(everything) > 20
    hits = kb.search("s", limit=10)
    assert len(hits) == 10
    assert len({(h.kind, h.ref) for h in hits}) == 10


def test_search_results_consistent_with_text_filter(kb: KnowledgeBase) -> None:
    for text in ("Brousse", "hépatectomie", "médian", "Curie", "zyxquux", "Paul Brou"):
        owners = {h.study_id for h in kb.search(text, limit=10_000) if h.study_id}
        assert set(kb.study_ids(StudyFilter(text=text))) == owners


def test_snippets_later_are_the_snippets(kb: KnowledgeBase) -> None:
    full = kb.search("hépat", limit=30)
    bare = kb.search("hépat", limit=30, snippets=False)
    assert [h.snippet for h in bare] == [""] * len(bare)
    assert [(h.kind, h.ref, h.rowid) for h in bare] == [(h.kind, h.ref, h.rowid) for h in full]
    later = kb.snippets("hépat", [h.rowid for h in bare])
    assert [later[h.rowid] for h in bare] == [h.snippet for h in full]
    assert kb.snippets("", [full[0].rowid]) == {} and kb.snippets("hépat", []) == {}


def test_one_character_is_listed_by_kind_not_ranked(kb: KnowledgeBase, kb_path: Path) -> None:
    hits = kb.search("s", limit=50)
    con = sqlite3.connect(kb_path)
    try:
        window = [r[0] for r in con.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?",
            (fts_query("s"), search_module.RANK_WINDOW))]
        kinds = dict(con.execute("SELECT rowid, kind FROM search_index").fetchall())
    finally:
        con.close()
    order = {k: n for n, k in enumerate(search_module.KIND_ORDER)}
    expected = sorted(window, key=lambda r: (order.get(kinds[r], len(order)), r))[:50]
    assert [h.rowid for h in hits] == expected
    assert kb.search("sa", limit=5) and kb.search("é", limit=5)  # ranked / not, never empty
