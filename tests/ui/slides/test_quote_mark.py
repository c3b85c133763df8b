"""The quote lit on its slide: exact text, white space free (line breaks, runs of spaces)."""

from __future__ import annotations

import re
from typing import Any

from bclm_viewer.ui.slides.quote_mark import find_passage, mark_quote, marked_text


def test_a_quote_is_found_across_line_breaks_and_spaces() -> None:
    text = "• 108 MHKS opérées =>\n85   réséquées (79%)\n• autre"
    start, end = find_passage(text, "opérées => 85 réséquées (79%)") or (0, 0)
    assert text[start:end] == "opérées =>\n85   réséquées (79%)"


def test_no_approximation_case_or_missing_text_finds_nothing() -> None:
    assert find_passage("OS5: 37%", "os5: 37%") is None
    assert find_passage("OS5: 37%", "OS5: 38%") is None
    assert find_passage("OS5: 37%", "   ") is None


def test_every_figure_and_finding_quote_is_lit_on_its_slide(qtbot: Any, real_kb: Any) -> None:
    from PySide6.QtWidgets import QTextBrowser

    from bclm_viewer.query.filters import StudyFilter

    browser = QTextBrowser()
    qtbot.addWidget(browser)
    checked = 0
    for study_id in real_kb.study_ids(StudyFilter()):
        for item in [*real_kb.outcomes(study_id), *real_kb.findings(study_id)]:
            browser.setHtml(real_kb.slide(item.slide).html)
            assert mark_quote(browser, item.source), (study_id, item.source)
            lit = re.sub(r"\s+", " ", marked_text(browser)).strip()
            assert lit == re.sub(r"\s+", " ", item.source).strip()
            checked += 1
    assert checked > 0
