"""The study page on the real KB: citation, characteristics with "n.r.", every figure as the deck
wrote it, every finding, quotes and glossary in tooltips, click or Enter to the slide."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.ui.common.labels import figure_text
from bclm_viewer.ui.studies.study_models import (
    FindingsModel,
    NotReportedRole,
    OutcomesModel,
    SlideRole,
)
from bclm_viewer.ui.studies.study_view import StudyView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture()
def view(qtbot: Any, real_kb: Any) -> StudyView:
    v = StudyView(real_kb)
    qtbot.addWidget(v)
    v.resize(900, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def column_texts(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data(DISPLAY) for r in range(model.rowCount())]


def test_models_pass_the_model_tester_for_every_study(
    qtmodeltester: Any, view: StudyView, real_kb: Any
) -> None:
    ids = real_kb.study_ids(StudyFilter())
    assert "adam-2006" in ids and "dittmar-2013" in ids
    for study_id in ids:
        view.show_study(study_id)
        qtmodeltester.check(view.outcomes_model)
        qtmodeltester.check(view.findings_model)


def test_every_figure_shown_as_written_with_its_unit(
    view: StudyView, real_kb: Any
) -> None:
    for study_id in real_kb.study_ids(StudyFilter()):
        view.show_study(study_id)
        outcomes = real_kb.outcomes(study_id)
        assert view.outcomes_model.rowCount() == len(outcomes)
        # As written; a reading (``readings``) is marked "◊" after it, never rewritten.
        assert column_texts(view.outcomes_model, OutcomesModel.VALUE) == [
            figure_text(o.value_text, o.unit) + (" ◊" if "value" in o.readings else "")
            for o in outcomes]
        assert column_texts(view.outcomes_model, OutcomesModel.MEASURE) == [
            o.measure_name_fr + (" ◊" if {"measure", "study"} & set(o.readings) else "")
            for o in outcomes]
        assert view.tabs.tabText(0) == f"Chiffres ({len(outcomes)})"


def test_abbott_median_dfs_keeps_the_french_comma(view: StudyView) -> None:
    view.show_study("abbott-2012")
    values = column_texts(view.outcomes_model, OutcomesModel.VALUE)
    assert "14,2 mois" in values
    assert "43,6 %" in values
    assert not any("14.2" in v for v in values)


def test_mariani_groups_and_p_values_as_written(view: StudyView, real_kb: Any) -> None:
    view.show_study("mariani-2013")
    assert not view.outcomes_table.isColumnHidden(OutcomesModel.GROUP)
    rows = list(zip(column_texts(view.outcomes_model, OutcomesModel.GROUP),
                    column_texts(view.outcomes_model, OutcomesModel.VALUE),
                    column_texts(view.outcomes_model, OutcomesModel.P), strict=True))
    assert ("Chir Hepat : O", "80 %", "<0.0001") in rows
    assert ("N0", "69.5 %", "0.049") in rows
    view.show_study("adam-2006")  # no group anywhere: the column would only say n.r.
    assert view.outcomes_table.isColumnHidden(OutcomesModel.GROUP)


def test_every_finding_with_french_labels_and_nr(view: StudyView, real_kb: Any) -> None:
    view.show_study("mariani-2013")
    findings = real_kb.findings("mariani-2013")
    model = view.findings_model
    assert model.rowCount() == len(findings)
    assert view.tabs.tabText(1) == f"Facteurs pronostiques ({len(findings)})"
    effects = column_texts(model, FindingsModel.EFFECT)
    assert set(effects) == {"▼ péjoratif", "▲ favorable", "= non significatif"}
    for row, f in enumerate(findings):
        assert model.index(row, FindingsModel.FACTOR).data(DISPLAY) == f.factor_name_fr
        assert model.index(row, FindingsModel.P).data(DISPLAY) == (f.p_value or "n.r.")


def test_dittmar_missing_journal_and_endpoint_read_nr(view: StudyView, real_kb: Any) -> None:
    study = real_kb.study("dittmar-2013")
    assert study.journal is None and study.centre is None
    view.show_study("dittmar-2013")
    assert view.fields["journal"].text() == "n.r."
    assert view.fields["centre"].text() == "n.r."
    assert view.fields["journal"].textFormat() == Qt.TextFormat.PlainText
    # "34 résections MHKS" read as 34 patients: marked, italic, the reason in the tooltip.
    assert view.fields["n_patients"].text() == "34 ◊"
    assert view.fields["n_patients"].font().italic()
    assert "34 lu comme le nombre de patientes" in view.fields["n_patients"].toolTip()
    assert view.fields["slide"].text() == "7 ◊"  # slide 7 names no study
    assert view.readings_legend.isVisibleTo(view)
    model = view.findings_model
    assert model.rowCount() == len(real_kb.findings("dittmar-2013")) > 0
    for row, f in enumerate(real_kb.findings("dittmar-2013")):
        endpoint = model.index(row, FindingsModel.ENDPOINT)
        assert f.endpoint is None
        assert endpoint.data(DISPLAY) == "n.r."
        assert endpoint.data(NotReportedRole) is True
        analysis = model.index(row, FindingsModel.ANALYSIS).data(DISPLAY)
        assert analysis == ("multiv." if f.analysis == "multivariate" else "n.r.")
        tip = model.index(row, FindingsModel.ANALYSIS).data(TOOLTIP)
        assert "critère : n.r." in tip  # the row in full words, whatever the column widths
        assert ("analyse : multivariée" if f.analysis else "analyse : n.r.") in tip


def test_citation_is_the_kbs_plain_text_and_is_copied(
    qtbot: Any, view: StudyView, real_kb: Any
) -> None:
    for study_id in ("adam-2006", "dittmar-2013"):
        view.show_study(study_id)
        citation = real_kb.study(study_id).citation
        assert view.citation_label.text() == citation
        assert view.citation_label.textFormat() == Qt.TextFormat.PlainText
        QGuiApplication.clipboard().clear()
        qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == citation
    assert "Ann Surg" not in view.citation_label.text()  # Dittmar's journal is not invented


def test_row_tooltips_hold_the_verbatim_quote_and_the_glossary(
    view: StudyView, real_kb: Any
) -> None:
    view.show_study("adam-2006")
    for model, rows in ((view.outcomes_model, real_kb.outcomes("adam-2006")),
                        (view.findings_model, real_kb.findings("adam-2006"))):
        for r, row in enumerate(rows):
            tip = model.index(r, 0).data(TOOLTIP)
            assert tip.startswith(f"Diapositive {row.slide} : « {row.source} »")
            assert model.index(r, 0).data(SlideRole) == row.slide
    cox = next(r for r, f in enumerate(real_kb.findings("adam-2006")) if "TTT" in f.source)
    tip = view.findings_model.index(cox, FindingsModel.EFFECT).data(TOOLTIP)
    assert "TTT : traitement" in tip
    assert "Cox : modèle de Cox" in tip  # a Cox model, not "multivariate"
    assert "◊ Lecture" in tip and "un modèle de Cox peut aussi être univarié" in tip
    analysis = view.findings_model.index(cox, FindingsModel.ANALYSIS)
    assert analysis.data(DISPLAY) == "multiv. ◊"
    assert analysis.data(Qt.ItemDataRole.FontRole).italic()
    assert view.fields["centre"].text() == "Hôpital Paul Brousse"  # on the slide: unmarked
    assert not view.fields["centre"].font().italic()


def test_clicking_a_finding_or_pressing_enter_asks_for_its_slide(
    qtbot: Any, view: StudyView, real_kb: Any
) -> None:
    view.show_study("dittmar-2013")
    view.tabs.setCurrentWidget(view.findings_table)
    findings = real_kb.findings("dittmar-2013")
    slides = {f.slide for f in findings}
    assert len(slides) > 1  # slide 7 and the summary table of slide 11
    table = view.findings_table
    for row, f in enumerate(findings):
        rect = table.visualRect(view.findings_model.index(row, FindingsModel.FACTOR))
        with qtbot.waitSignal(view.quoteRequested) as blocker:
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert blocker.args == [f.slide, f.source]
    last = len(findings) - 1
    table.setFocus()
    table.setCurrentIndex(view.findings_model.index(last - 1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == last
    with qtbot.waitSignal(view.quoteRequested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [findings[last].slide, findings[last].source]


def test_clicking_a_figure_asks_for_its_slide(qtbot: Any, view: StudyView, real_kb: Any) -> None:
    view.show_study("dittmar-2013")
    outcomes = real_kb.outcomes("dittmar-2013")
    row = next(i for i, o in enumerate(outcomes) if o.slide == 11)
    rect = view.outcomes_table.visualRect(view.outcomes_model.index(row, 0))
    with qtbot.waitSignal(view.quoteRequested) as blocker:
        qtbot.mouseClick(view.outcomes_table.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert blocker.args == [11, outcomes[row].source]


def test_own_slide_button_and_notes(qtbot: Any, view: StudyView, real_kb: Any) -> None:
    view.show_study("adam-2006")
    with qtbot.waitSignal(view.slideRequested) as blocker:
        qtbot.mouseClick(view.slide_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [real_kb.study("adam-2006").slide]
    assert "Paul Brousse" in view.notes_browser.toPlainText()
    assert view.notes_browser.isReadOnly()
    assert not view.notes_browser.openLinks()
    assert not view.notes_browser.openExternalLinks()


def test_no_study_shows_a_hint_and_empty_tables(view: StudyView) -> None:
    view.show_study("adam-2006")
    view.show_study(None)
    assert view.current_study() is None
    assert view.stack.currentWidget() is view.placeholder
    assert view.outcomes_model.rowCount() == 0
    view.show_study("no-such-study")
    assert view.stack.currentWidget() is view.placeholder


def test_effect_colour_is_only_a_help(view: StudyView) -> None:
    view.show_study("abbott-2012")
    index = view.findings_model.index(0, FindingsModel.EFFECT)
    # The word and a shape, readable in grey; "◊": read from the wording, not said.
    assert index.data(DISPLAY) == "▲ favorable ◊"
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert view.findings_model.index(0, FindingsModel.FACTOR).data(
        Qt.ItemDataRole.BackgroundRole) is None
    assert view.findings_model.data(QModelIndex(), DISPLAY) is None


def test_figures_table_paints_like_the_standard_delegate(
    view: StudyView, real_kb: Any
) -> None:
    from ui_actions import assert_paints_like_the_standard_delegate

    view.show_study("mariani-2013")  # groups, p-values and "n.r." cells
    model = view.outcomes_model
    assert any(model.cell(r, OutcomesModel.P)[1] for r in range(model.rowCount()))  # type: ignore[index]
    for r in range(model.rowCount()):
        text, missing, _align = model.cell(r, OutcomesModel.VALUE)  # type: ignore[misc]
        assert text == model.index(r, OutcomesModel.VALUE).data(DISPLAY)
        assert missing == model.index(r, OutcomesModel.VALUE).data(NotReportedRole)
    assert model.cell(model.rowCount(), 0) is None
    assert_paints_like_the_standard_delegate(view.outcomes_table)
