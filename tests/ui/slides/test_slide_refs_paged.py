"""'Sur cette diapositive' on a 10,000-study KB is counted, then read a page at a time as the
list scrolls; on the deck's own KB the rows are those of ``slide_refs``, in the same order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kb_sample import make_sample_kb
from PySide6.QtCore import QModelIndex

from bclm_viewer.query.knowledge_base import KnowledgeBase
from bclm_viewer.ui.common.glossary_tips import matcher_for
from bclm_viewer.ui.slides import slide_models
from bclm_viewer.ui.slides.slide_models import PAGE_SIZE, SlideRefsModel, ref_items
from bclm_viewer.ui.slides.slides_page import SlidesPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def big_kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    path = make_sample_kb(tmp_path_factory.mktemp("big") / "kb.sqlite", 10_000)
    kb = KnowledgeBase(path)
    yield kb
    kb.close()


def _spied(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of rows each read of a slide's rows returned; a read of all of them fails."""
    read: list[int] = []
    page = kb.slide_refs_page

    def counting(*args: Any, **kwargs: Any) -> Any:
        refs = page(*args, **kwargs)
        read.append(len(refs.studies) + len(refs.outcomes) + len(refs.findings)
                    + len(refs.questions))
        return refs

    def everything(number: int) -> Any:
        raise AssertionError(f"slide {number}'s rows read all at once")

    monkeypatch.setattr(kb, "slide_refs_page", counting)
    monkeypatch.setattr(kb, "slide_refs", everything)
    return read


def test_a_big_slide_reads_one_page_then_more_as_the_list_scrolls(
    qtbot: Any, big_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = _spied(big_kb, monkeypatch)
    page = SlidesPage(big_kb)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    read.clear()
    page.show_slide(4)
    model = page.refs_model
    total = big_kb.slide_ref_counts(4).total
    assert total > 20 * PAGE_SIZE  # thousands of figures and findings on the slide
    assert model.total() == total
    assert f"({total})" in page.refs_title.text()
    assert read == [PAGE_SIZE]
    assert model.loaded() == model.rowCount() == PAGE_SIZE
    page.refs_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.loaded() > PAGE_SIZE)
    assert model.loaded() < total
    assert all(n == PAGE_SIZE for n in read)
    # Enter on a figure of a later page opens its study, as on the first page.
    last = model.index(model.rowCount() - 1, 0)
    assert model.item(last.row()) is not None and model.item(last.row()).study_id  # type: ignore[union-attr]


def test_big_slide_model_passes_the_model_tester(qtmodeltester: Any, big_kb: KnowledgeBase) -> None:
    model = SlideRefsModel(matcher_for(big_kb))
    model.set_slide(big_kb, 9)  # studies, figures, findings and the slide's two questions
    qtmodeltester.check(model)
    for _ in range(3):  # the tester watches the rows inserted as pages arrive
        model.fetchMore(QModelIndex())
    assert model.rowCount() % PAGE_SIZE == 0  # the tester may have asked for a page too
    assert 4 * PAGE_SIZE <= model.rowCount() < model.total()


def test_pages_give_the_rows_of_slide_refs_in_order(
    real_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(slide_models, "PAGE_SIZE", 2)  # pages that cut across the parts
    matcher = matcher_for(real_kb)
    model = SlideRefsModel(matcher)
    for s in real_kb.slides():
        whole = ref_items(real_kb.slide_refs(s.number), matcher)
        model.set_slide(real_kb, s.number)
        assert model.loaded() == min(2, len(whole))
        assert model.total() == len(whole)
        assert model.items() == whole


def test_slide_refs_page_slices_slide_refs(tmp_path: Path) -> None:
    kb = KnowledgeBase(make_sample_kb(tmp_path / "kb.sqlite", 40))
    try:
        sizes = []
        for number in range(1, 12):
            whole = kb.slide_refs(number)
            counts = kb.slide_ref_counts(number)
            parts: list[list[Any]] = [[], [], [], []]
            for offset in range(0, counts.total + 7, 7):
                page = kb.slide_refs_page(number, offset, 7)
                for part, rows in zip(parts, (page.studies, page.outcomes, page.findings,
                                              page.questions), strict=True):
                    part.extend(rows)
            assert counts.total == sum(map(len, parts))
            assert tuple(parts[0]) == whole.studies
            assert tuple(parts[1]) == whole.outcomes
            assert tuple(parts[2]) == whole.findings
            assert tuple(parts[3]) == whole.questions
            sizes.append(counts)
        assert max(c.total for c in sizes) > 3 * 7 and min(c.outcomes for c in sizes) == 0
    finally:
        kb.close()
