"""What the main window asks of its pages (``ui/page.py``): each request signal a page sends
reaches a window method, and the pages that remember their layout are told to."""

from __future__ import annotations

from typing import Any

from ui_fixtures import shown_window

from bclm_viewer.ui.main_window import PAGES
from bclm_viewer.ui.page import REQUESTS, StatefulPage


def test_every_request_signal_is_sent_by_a_page_and_answered_by_the_window(
    qtbot: Any, kb: Any
) -> None:
    window = shown_window(qtbot, kb)
    pages = [window.page(spec.key) for spec in PAGES]
    for _signal, slot in REQUESTS:
        assert callable(getattr(window, slot))
    sent = {name for name, _ in REQUESTS if any(hasattr(p, name) for p in pages)}
    assert sent == {name for name, _ in REQUESTS}
    for page in pages:
        assert isinstance(page, StatefulPage) == hasattr(page, "save_state"), page


def test_a_slide_requested_by_the_questions_page_is_shown(qtbot: Any, kb: Any) -> None:
    window = shown_window(qtbot, kb)
    questions = window.page("questions")
    window.tabs.setCurrentWidget(questions)
    questions.slideRequested.emit(2)
    assert window.tabs.currentWidget() is window.page("slides")
    assert window.slides_page().current_slide() == 2
