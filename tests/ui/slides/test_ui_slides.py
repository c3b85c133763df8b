"""The slides page and presentation mode on the real KB, driven with the keyboard and mouse:
slide list, keys, what a slide holds, glossary tooltips on the slide text, F5 / Esc."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget
from ui_fixtures import shown_window

from bclm_viewer.ui.slides.presentation import PresentationWindow
from bclm_viewer.ui.slides.slide_models import RefKindRole, SlideNumberRole, StudyIdRole
from bclm_viewer.ui.slides.slides_page import SlidesPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture()
def page(qtbot: Any, real_kb: Any) -> SlidesPage:
    p = SlidesPage(real_kb)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_models_pass_the_model_tester(qtmodeltester: Any, page: SlidesPage,
                                      real_kb: Any) -> None:
    qtmodeltester.check(page.model)
    for s in real_kb.slides():
        page.show_slide(s.number)
        qtmodeltester.check(page.refs_model)


def test_lists_every_slide_with_number_and_title(page: SlidesPage, real_kb: Any) -> None:
    slides = real_kb.slides()
    assert page.model.rowCount() == len(slides) == real_kb.slide_count()
    assert page.list_view.uniformItemSizes()
    for row, s in enumerate(slides):
        index = page.model.index(row, 0)
        assert index.data() == f"{s.number}. {s.title}"
        assert index.data(SlideNumberRole) == s.number
    assert page.current_slide() == slides[0].number


def test_show_slide_renders_the_kb_html_and_what_is_on_it(
    page: SlidesPage, real_kb: Any
) -> None:
    page.show_slide(4)
    text = page.browser.toPlainText()
    assert "Adam R & al. Ann Surg 2006" in text
    assert "OS5: 37% / DFS5: 21%" in text
    assert "Adam" in page.title_label.text() and "4 / 11" in page.title_label.text()
    refs = real_kb.slide_refs(4)
    items = page.refs_model.items()
    assert len(items) == (len(refs.studies) + len(refs.outcomes) + len(refs.findings)
                          + len(refs.questions))
    assert [i.study_id for i in items if i.kind == "study"] == [s.id for s in refs.studies]
    assert any("37 %" in i.text and "OS5" in i.text for i in items if i.kind == "outcome")
    os5 = next(i for i in items if i.kind == "outcome" and "37 %" in i.text)
    assert "Diapositive 4 : « OS5: 37% »" in os5.tooltip


def test_slide_11_lists_treska_and_dittmar(page: SlidesPage) -> None:
    page.show_slide(11)
    studies = [i.study_id for i in page.refs_model.items() if i.kind == "study"]
    assert "treska-2014" in studies and "dittmar-2013" in studies
    assert "Dittmar 13 34 HER2 -" in page.browser.toPlainText()


def test_questions_slide_lists_its_questions(page: SlidesPage, real_kb: Any) -> None:
    page.show_slide(10)
    questions = [i for i in page.refs_model.items() if i.kind == "question"]
    assert [q.text.split(" — ", 1)[1] for q in questions] == [
        q.text for q in real_kb.questions("question")]


def test_keys_move_through_the_deck(qtbot: Any, page: SlidesPage, real_kb: Any) -> None:
    last = real_kb.slides()[-1].number
    page.show_slide(1)
    view = page.list_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert page.current_slide() == 2
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert page.current_slide() == 3
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.current_slide() == 4
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert page.current_slide() == 3
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert page.current_slide() == 2
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert page.current_slide() == last
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # stays on the last slide
    assert page.current_slide() == last
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert page.current_slide() == 1
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert page.current_slide() == 1
    assert "MHKS" in page.title_label.text()
    page.browser.setFocus()  # reading the slide: the same keys still turn the pages
    qtbot.keyClick(page.browser, Qt.Key.Key_PageDown)
    assert page.current_slide() == 2
    qtbot.keyClick(page.browser, Qt.Key.Key_End)
    assert page.current_slide() == last


def test_buttons_and_clicking_a_study_on_the_slide(qtbot: Any, page: SlidesPage) -> None:
    page.show_slide(4)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.current_slide() == 5
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.current_slide() == 4
    row = next(r for r in range(page.refs_model.rowCount())
               if page.refs_model.index(r, 0).data(StudyIdRole) == "adam-2006"
               and page.refs_model.index(r, 0).data(RefKindRole) == "study")
    rect = page.refs_view.visualRect(page.refs_model.index(row, 0))
    with qtbot.waitSignal(page.studyRequested) as blocker:
        qtbot.mouseClick(page.refs_view.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert blocker.args == ["adam-2006"]
    page.refs_view.setFocus()
    page.refs_view.setCurrentIndex(page.refs_model.index(row, 0))
    with qtbot.waitSignal(page.studyRequested) as blocker:
        qtbot.keyClick(page.refs_view, Qt.Key.Key_Return)
    assert blocker.args == ["adam-2006"]


def _hover(browser: Any, point: QPoint) -> str:
    event = QHelpEvent(QEvent.Type.ToolTip, point, browser.viewport().mapToGlobal(point))
    QApplication.sendEvent(browser.viewport(), event)
    return str(browser.last_tooltip)


@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
def test_hovering_an_abbreviation_on_the_slide_shows_its_meaning(page: SlidesPage) -> None:
    page.show_slide(4)
    browser = page.browser
    point = browser.point_of("MHKS")
    assert point is not None
    tip = _hover(browser, point)
    assert tip == ("MHKS : métastases hépatiques de cancer du sein "
                   "(breast cancer liver metastases (BCLM))")
    assert QToolTip.isVisible() and "métastases hépatiques" in QToolTip.text()
    tip = _hover(browser, browser.point_of("TTT"))
    assert tip.startswith("TTT : traitement")
    assert _hover(browser, browser.point_of("Brousse")) == ""
    QToolTip.hideText()


def test_state_is_remembered(qtbot: Any, page: SlidesPage, real_kb: Any,
                             tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page.show_slide(6)
    page.save_state(settings)
    other = SlidesPage(real_kb)
    qtbot.addWidget(other)
    assert other.current_slide() == 1
    other.restore_state(settings)
    assert other.current_slide() == 6
    settings.setValue("slides/current", "not a number")
    other.restore_state(settings)  # ignored, not fatal
    assert other.current_slide() == 6


def test_presentation_keys_and_escape_back_to_the_slide_reached(
    qtbot: Any, page: SlidesPage, real_kb: Any
) -> None:
    page.show_slide(4)
    window = page.start_presentation()
    assert window is page.presentation and window is not None
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.current_slide() == 4
    assert "Hépatectomie majeure" in window.browser.toPlainText()
    for key, expected in ((Qt.Key.Key_Right, 5), (Qt.Key.Key_Space, 6), (Qt.Key.Key_Down, 7),
                          (Qt.Key.Key_PageDown, 8), (Qt.Key.Key_Left, 7),
                          (Qt.Key.Key_PageUp, 6), (Qt.Key.Key_Up, 5),
                          (Qt.Key.Key_End, real_kb.slides()[-1].number),
                          (Qt.Key.Key_Home, 1), (Qt.Key.Key_Right, 2)):
        qtbot.keyClick(window, key)
        assert window.current_slide() == expected, key
        assert window.title_label.text() == real_kb.slide(expected).title
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert page.presentation is None
    assert page.current_slide() == 2


def test_f5_in_the_main_window_presents_from_the_current_slide(
    qtbot: Any, real_kb: Any
) -> None:
    w = shown_window(qtbot, real_kb)
    w.show_slide(9)
    slides = w.page("slides")
    assert isinstance(slides, SlidesPage)
    studies = w.switch_to("studies")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(studies, Qt.Key.Key_F5)
    window = slides.presentation
    assert window is not None
    qtbot.waitExposed(window)
    assert window.isFullScreen() and window.current_slide() == 9
    assert "Phase III prospective" in window.browser.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert slides.current_slide() == 10
    assert w.tabs.currentWidget() is slides  # back to the window, on the slide reached


def test_presentation_items_can_be_widgets(qtbot: Any, real_kb: Any) -> None:
    def table() -> QWidget:
        label = QLabel("Tableau comparatif")
        label.setWindowTitle("Comparaison")
        return label

    window = PresentationWindow(real_kb, [4, table, 5])
    qtbot.addWidget(window)
    finished: list[int] = []
    window.finished.connect(finished.append)
    window.start()
    qtbot.waitExposed(window)
    assert window.current_slide() == 4
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.current_slide() is None
    assert window.title_label.text() == "Comparaison"
    shown = [x for x in window.findChildren(QLabel) if x.text() == "Tableau comparatif"]
    assert len(shown) == 1 and shown[0].isVisible()
    assert not window.browser.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.current_slide() == 5 and window.browser.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert finished == [2]
