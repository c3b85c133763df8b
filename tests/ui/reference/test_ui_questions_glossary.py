"""The questions page, the glossary page and the glossary tooltips (matcher and models)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from bclm_viewer.query.detail_records import GlossaryEntry
from bclm_viewer.ui.common.glossary_tips import GlossaryMatcher, matcher_for
from bclm_viewer.ui.common.labels import safe_tooltip
from bclm_viewer.ui.reference.glossary_model import GlossaryModel
from bclm_viewer.ui.reference.glossary_page import GlossaryPage
from bclm_viewer.ui.reference.questions_model import QuestionsModel
from bclm_viewer.ui.reference.questions_page import QuestionsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def entry(term: str, fr: str = "sens", en: str = "meaning") -> GlossaryEntry:
    return GlossaryEntry(term, fr, en, 0)


# ----- the matcher ------------------------------------------------------------------------------
def test_matcher_whole_tokens_longest_first_case_sensitive() -> None:
    m = GlossaryMatcher([entry("KS"), entry("MHKS"), entry("M+"), entry("M+ Os"), entry("IL"),
                         entry("HER2-"), entry("RH+"), entry("RH")])
    assert [e.term for e in m.terms_in("85 MHKS ; KS")] == ["MHKS", "KS"]
    assert [e.term for e in m.terms_in("MHKS")] == ["MHKS"]  # KS is not found inside MHKS
    assert [e.term for e in m.terms_in("M+ Os N/O et M+ extra")] == ["M+ Os", "M+"]
    assert m.terms_in("il y a un IL court") == [entry("IL")]  # "il" is a French word
    assert [e.term for e in m.terms_in("Dittmar 13 34 HER2 -")] == ["HER2-"]
    assert [e.term for e in m.terms_in("Cox: RH + / RH")] == ["RH+", "RH"]
    assert m.terms_in("SHER2- RHX") == []
    assert m.term_at("OS5 et M+ Os", 8) == entry("M+ Os")
    assert m.term_at("OS5 et M+ Os", 4) is None
    assert m.tooltip_for("rien") == ""
    assert GlossaryMatcher([]).terms_in("MHKS") == []


def test_matcher_on_the_real_glossary(real_kb: Any) -> None:
    m = matcher_for(real_kb)
    assert m is matcher_for(real_kb)  # built once per KB
    assert len(m) == len(real_kb.glossary())
    tip = m.tooltip_for("Cox -: Absence de réponse au TTT systémique")
    assert tip.splitlines() == [
        "Cox : modèle de Cox (risques proportionnels) ; la diapositive ne dit pas s'il est "
        "univarié ou multivarié (Cox proportional-hazards model; the slide does not say whether "
        "univariate or multivariate)",
        "TTT : traitement (treatment)"]
    assert [e.term for e in m.terms_in("0 DC opératoire ; DC op : 0")] == [
        "DC opératoire", "DC op"]


def test_tooltips_never_render_content_as_markup() -> None:
    assert safe_tooltip("p<0.0001 et < 10 %") == "p<0.0001 et < 10 %"
    tip = safe_tooltip("« <b>gras</b> »")
    assert "<b>gras" not in tip and "&lt;b&gt;gras" in tip


# ----- questions --------------------------------------------------------------------------------
@pytest.fixture()
def questions(qtbot: Any, real_kb: Any) -> QuestionsPage:
    p = QuestionsPage(real_kb)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_questions_models_pass_the_model_tester(qtmodeltester: Any,
                                                questions: QuestionsPage) -> None:
    qtmodeltester.check(questions.questions_model)
    qtmodeltester.check(questions.perspectives_model)


def test_five_questions_and_the_perspectives_verbatim_with_slides(
    questions: QuestionsPage, real_kb: Any
) -> None:
    for model, kind in ((questions.questions_model, "question"),
                        (questions.perspectives_model, "perspective")):
        rows = real_kb.questions(kind)
        assert [model.index(r, QuestionsModel.TEXT).data() for r in range(model.rowCount())] \
            == [q.text for q in rows]
        assert [model.index(r, QuestionsModel.SLIDE).data() for r in range(model.rowCount())] \
            == [str(q.slide) for q in rows]
    assert questions.questions_model.rowCount() == 5
    texts = [q.text for q in real_kb.questions("perspective")]
    assert any(t.startswith("Phase III prospective") for t in texts)
    tip = questions.questions_model.index(3, 0).data(TOOLTIP)
    assert tip.startswith("Diapositive 10 : « Existe-t-il des RC après CT ? »")
    assert "RC : réponse complète" in tip and "CT : chimiothérapie" in tip


def test_double_click_or_enter_shows_the_slide(qtbot: Any, questions: QuestionsPage) -> None:
    table = questions.questions_table
    rect = table.visualRect(questions.questions_model.index(1, 0))
    with qtbot.assertNotEmitted(questions.quoteRequested):  # a single click only selects
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(questions.quoteRequested) as blocker:  # the second click of a pair
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [10, questions.questions_model.question(1).source]
    table = questions.perspectives_table
    table.setFocus()
    table.setCurrentIndex(questions.perspectives_model.index(0, 0))
    with qtbot.waitSignal(questions.quoteRequested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [9, questions.perspectives_model.question(0).source]


# ----- glossary ---------------------------------------------------------------------------------
@pytest.fixture()
def glossary(qtbot: Any, real_kb: Any) -> GlossaryPage:
    p = GlossaryPage(real_kb)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    return p


def terms(model: GlossaryModel) -> list[str]:
    return [model.index(r, GlossaryModel.TERM).data() for r in range(model.rowCount())]


def test_glossary_lists_every_term_with_both_meanings(
    qtmodeltester: Any, glossary: GlossaryPage, real_kb: Any
) -> None:
    qtmodeltester.check(glossary.model)
    entries = real_kb.glossary()
    assert terms(glossary.model) == [e.term for e in entries]
    row = terms(glossary.model).index("MHKS")
    assert glossary.model.index(row, 1).data() == "métastases hépatiques de cancer du sein"
    assert glossary.model.index(row, 2).data() == "breast cancer liver metastases (BCLM)"
    assert glossary.count_label.text() == f"{len(entries)} sur {len(entries)} termes"


def test_glossary_filter_ignores_case_and_accents(
    qtbot: Any, qtmodeltester: Any, glossary: GlossaryPage, real_kb: Any
) -> None:
    qtbot.keyClicks(glossary.filter_box, "HEPATIQUE")
    shown = terms(glossary.model)
    expected = [e.term for e in real_kb.glossary()
                if "hépatique" in f"{e.term} {e.meaning_fr} {e.meaning_en}".lower()]
    assert shown == expected and "MHKS" in shown and "OS5" not in shown
    qtmodeltester.check(glossary.model)
    glossary.filter_box.clear()
    qtbot.keyClicks(glossary.filter_box, "chemotherapy")  # the English meaning counts too
    assert terms(glossary.model) == ["Ct", "CT"]
    glossary.filter_box.clear()
    qtbot.keyClicks(glossary.filter_box, "zzz introuvable")
    assert glossary.model.rowCount() == 0
    assert glossary.empty_label.isVisible()
    assert glossary.count_label.text().startswith("0 sur ")
    glossary.filter_box.clear()
    assert glossary.model.rowCount() == len(real_kb.glossary())
    assert not glossary.empty_label.isVisible()


def test_show_term_clears_a_hiding_filter_and_selects_it(qtbot: Any,
                                                         glossary: GlossaryPage) -> None:
    qtbot.keyClicks(glossary.filter_box, "survie")
    glossary.show_term("RFA")
    assert glossary.filter_box.text() == ""
    assert glossary.table.currentIndex().data() == "RFA"
