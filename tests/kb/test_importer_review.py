"""Reviewing an import (``ReviewSession``): accepted entries are checked like ``check`` before
any write, files keep their comments and order, readings are written as ``{field: reason}``,
and nothing stays a draft once every item is decided."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from deck_samples import write_bundled_pptx

from bclm_viewer.kb.content import load_study
from bclm_viewer.kb.drafts import review_status
from bclm_viewer.kb.importer.review import ACCEPTED, REJECTED, ReviewError, ReviewSession
from bclm_viewer.kb.importer.write import import_deck
from bclm_viewer.kb.validate import check_content


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("review")
    import_deck(write_bundled_pptx(tmp / "d.pptx"), tmp / "content")
    return tmp / "content"


@pytest.fixture()
def root(imported: Path, tmp_path: Path) -> Path:
    shutil.copytree(imported, tmp_path / "content")
    return tmp_path / "content"


def _row(session: ReviewSession, study: str, **fields: str) -> int:
    for k, item in enumerate(session.items):
        if item.study_id == study and all(item.fields.get(f) == v for f, v in fields.items()):
            return k
    raise AssertionError(f"no item {study} {fields}")


def test_accept_moves_the_candidate_and_keeps_comments_and_order(root: Path) -> None:
    path = root / "studies" / "adam-2006.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace("slide: 4\n", "# the author's own comment\nslide: 4  # kept\n", 1)
    path.write_text(text, encoding="utf-8")
    session = ReviewSession(root)
    row = _row(session, "adam-2006", value="37")
    session.accept(row)
    after = path.read_text(encoding="utf-8")
    assert "# the author's own comment\nslide: 4  # kept\n" in after
    assert after.index("outcomes:") < after.index("candidates:")
    study = load_study(path, root, [])
    assert study is not None
    assert [(o.measure, o.value_text, o.source) for o in study.outcomes] == [
        ("os5", "37", "• OS5: 37% / DFS5: 21%")
    ]
    assert "37" not in [c.value for c in study.candidates]
    assert session.items[row].status == ACCEPTED and session.progress().startswith("1 / ")
    # a comment above the next key stays with it: the next entry goes above the comment
    path.write_text(after.replace("candidates:\n", "# still to review\ncandidates:\n"),
                    encoding="utf-8")
    session.accept(_row(session, "adam-2006", value="21"))
    after = path.read_text(encoding="utf-8")
    assert "# still to review\ncandidates:\n" in after
    assert after.index('source: "• OS5: 37% / DFS5: 21%"\n  - measure: dfs5') < after.index(
        "# still to review")
    assert check_content(root) == []


def test_a_refused_accept_changes_nothing(root: Path) -> None:
    session = ReviewSession(root)
    path = root / "studies" / "adam-2006.md"
    before = path.read_bytes()
    row = _row(session, "adam-2006", value="37")
    with pytest.raises(ReviewError, match="not in its source"):
        session.accept(row, {"value": "38"})
    with pytest.raises(ReviewError, match="unknown measure"):
        session.accept(row, {"measure": "os6"})
    with pytest.raises(ReviewError, match="percentage over 100"):
        session.accept(_row(session, "adam-2006", value="108"), {"measure": "os5"})
    assert path.read_bytes() == before
    assert session.items[row].pending


def test_readings_edits_and_a_move_to_another_study(root: Path) -> None:
    session = ReviewSession(root)
    row = _row(session, "abbott-2012", factor="hormone_receptors")
    session.accept(row, {"effect": "favourable"},
                   readings={"effect": "forme favorable énoncée sur la diapositive"})
    abbott = load_study(root / "studies" / "abbott-2012.md", root, [])
    assert abbott is not None and abbott.findings[0].effect == "favourable"
    assert "readings:\n      effect: \"forme favorable" in (
        root / "studies" / "abbott-2012.md").read_text(encoding="utf-8")
    # slide 7 names no study: its candidates go to a draft named after it, and can be moved
    moved = _row(session, "diapo-07", value="34")
    session.accept(moved, {"measure": "resected_n"}, study="dittmar-2013")
    dittmar = load_study(root / "studies" / "dittmar-2013.md", root, [])
    assert dittmar is not None
    assert [(o.value_text, o.slide) for o in dittmar.outcomes] == [("34", 7)]
    assert check_content(root) == []


def test_deciding_every_item_leaves_no_draft(root: Path) -> None:
    session = ReviewSession(root)
    for k, item in enumerate(session.items):
        try:
            if item.kind == "study" and not item.fields.get("first_author"):
                session.accept(k, {"first_author": "Auteur non nommé"})
            else:
                session.accept(k)
        except ReviewError:
            session.reject(k)
    assert all(i.status in (ACCEPTED, REJECTED) for i in session.items)
    assert session.progress() == f"{len(session.items)} / {len(session.items)} revus"
    assert review_status(root) == []
    assert check_content(root) == []


def test_a_study_with_figures_cannot_be_rejected(root: Path) -> None:
    session = ReviewSession(root)
    with pytest.raises(ReviewError):
        session.reject(_row(session, "adam-2006", first_author="Adam R"))
    assert (root / "studies" / "adam-2006.md").exists()
