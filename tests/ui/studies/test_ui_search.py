"""Search as you type: results and the studies list follow every keystroke, hits open their
study or slide, Esc clears, and any text at all gives results or nothing (never an error or a
Qt warning)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_actions import click_index, listed_ids, type_text

from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.query.fts import HIGHLIGHT_END, HIGHLIGHT_START
from bclm_viewer.ui.common.highlight import SnippetRole, plain_snippet, snippet_html, snippet_ranges
from bclm_viewer.ui.studies.search_model import RESULT_LIMIT, HitRole
from bclm_viewer.ui.studies.studies_page import StudiesPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

S, E = HIGHLIGHT_START, HIGHLIGHT_END

HOSTILE = [
    '"x', '"', "AND", "OR", "NOT", "NEAR(", "NEAR(a b", "HER2-", "HER2 -", "M+", "M+ Os", "(",
    ")", "()", "*", "-", "-x", ":", "a:b", "title:HER2", "^", "^HER2", "'", "''", ";--",
    "'; DROP TABLE studies;--", "%", "_", "\\", "{", "[", "]", "x AND", "AND OR NOT",
    "😀", "HER2 😀", "👩‍⚕️ chirurgie", "مرحبا", "עברית HER2", "\u202eHER2", "ｈｅｒ２",
    "hépat*", "NULL", "<b>HER2</b>", "&amp;", "a" * 300, "é" * 50,
]


@pytest.fixture()
def page(qtbot: Any, real_kb: Any) -> StudiesPage:
    p = StudiesPage(real_kb)
    qtbot.addWidget(p)
    p.resize(1400, 900)
    p.show()
    qtbot.waitExposed(p)
    return p


def hits_of(page: StudiesPage) -> list[Any]:
    return page.search_panel.model.hits()


def test_highlighting_escapes_first_then_marks() -> None:
    snippet = f"a<b>&{S}HER2{E}</b> x{S}<i>{E}"
    assert snippet_html(snippet) == "a&lt;b&gt;&amp;<b>HER2</b>&lt;/b&gt; x<b>&lt;i&gt;</b>"
    text, ranges = snippet_ranges(snippet)
    assert text == "a<b>&HER2</b> x<i>"
    assert [text[s : s + n] for s, n in ranges] == ["HER2", "<i>"]
    # Unbalanced marks never leak into the text.
    assert plain_snippet(f"{E}a{S}b") == "ab"
    assert snippet_ranges(f"{E}a{S}b")[1] == [(1, 1)]


def test_each_keystroke_updates_results_and_studies(
    qtbot: Any, qtmodeltester: Any, page: StudiesPage, real_kb: Any
) -> None:
    assert not page.search_panel.isVisible()
    typed = ""
    for ch in "HER2":
        qtbot.keyClicks(page.search_box, ch)
        typed += ch
        expected = real_kb.search(typed, RESULT_LIMIT)
        assert hits_of(page) == expected  # no debounce: the list matches the box now
        assert set(listed_ids(page)) == set(real_kb.study_ids(StudyFilter(text=typed)))
    assert page.search_panel.isVisible()
    hits = hits_of(page)
    assert hits
    plural = "s" if len(hits) > 1 else ""
    assert page.search_panel.title.text() == f"{len(hits)} résultat{plural} pour « HER2 »"
    listed = set(listed_ids(page))
    assert listed and listed <= {h.study_id for h in hits}
    assert page.count_label.text() == f"{len(listed)} sur {real_kb.total_studies()} études"
    snippets = [page.search_panel.model.index(r).data(SnippetRole) for r in range(len(hits))]
    assert any(f"{S}HER2{E}" in s for s in snippets)
    qtmodeltester.check(page.search_panel.model)


def _hit_row(page: StudiesPage, keep: Any) -> int:
    for row, hit in enumerate(hits_of(page)):
        if keep(hit):
            return row
    raise AssertionError([(h.kind, h.ref) for h in hits_of(page)])


def test_clicking_a_study_hit_opens_the_study(qtbot: Any, page: StudiesPage) -> None:
    qtbot.keyClicks(page.search_box, "Mariani")
    row = _hit_row(page, lambda h: h.kind == "study" and h.study_id == "mariani-2013")
    click_index(qtbot, page.search_panel.view, page.search_panel.model.index(row))
    assert page.current_study() == "mariani-2013"
    assert page.selected_study_ids() == ["mariani-2013"]


def test_clicking_a_finding_hit_opens_its_study(qtbot: Any, page: StudiesPage) -> None:
    qtbot.keyClicks(page.search_box, "extra hepat")
    row = _hit_row(page, lambda h: h.kind == "finding" and h.study_id == "dittmar-2013")
    assert "Dittmar" in page.search_panel.model.index(row).data()  # names its study
    click_index(qtbot, page.search_panel.view, page.search_panel.model.index(row))
    assert page.current_study() == "dittmar-2013"


def test_clicking_a_slide_hit_asks_for_the_slide(qtbot: Any, page: StudiesPage) -> None:
    qtbot.keyClicks(page.search_box, "Perspectives")
    row = _hit_row(page, lambda h: h.kind == "slide")
    hit = page.search_panel.model.index(row).data(HitRole)
    with qtbot.waitSignal(page.quoteRequested, timeout=1000) as blocker:
        click_index(qtbot, page.search_panel.view, page.search_panel.model.index(row))
    assert blocker.args == [hit.slide, "Perspectives"]  # the words found, lit on the slide


def test_down_moves_into_the_results_and_enter_opens(qtbot: Any, page: StudiesPage) -> None:
    qtbot.keyClicks(page.search_box, "Mariani")
    page.search_box.setFocus()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    view = page.search_panel.view
    assert view.currentIndex().row() == 0
    first = hits_of(page)[0]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    if first.study_id:
        assert page.current_study() == first.study_id


def test_escape_clears_the_search(qtbot: Any, page: StudiesPage, real_kb: Any) -> None:
    every = listed_ids(page)
    qtbot.keyClicks(page.search_box, "Dittmar")
    assert len(listed_ids(page)) < len(every)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.search_box.text() == ""
    assert listed_ids(page) == every
    assert hits_of(page) == []
    assert not page.search_panel.isVisible()


def test_any_text_gives_results_or_nothing(
    qtbot: Any, page: StudiesPage, real_kb: Any
) -> None:
    """Typed key by key (keyClicks), then a 5,000-character paste; Qt warnings fail the test."""
    for text in HOSTILE:
        qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
        type_text(qtbot, page.search_box, text)
        typed = page.search_box.text()
        assert typed == text
        assert hits_of(page) == real_kb.search(typed, RESULT_LIMIT), text
        assert page.model.total() == real_kb.count_studies(StudyFilter(text=typed)), text
        page.grab()  # paint the hits (snippet delegate) and the table
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    QApplication.clipboard().setText("HER2 " * 1000)
    page.search_box.setFocus()
    qtbot.keyClick(page.search_box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(page.search_box.text()) == 5000 or page.search_box.maxLength() < 5000
    page.grab()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.model.total() == real_kb.total_studies()
