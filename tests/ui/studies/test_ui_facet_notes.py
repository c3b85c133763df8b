"""The facets say what the ticks gather that the list cannot show: series that disagree on a
ticked factor (Age: "< 50" poor in Treska, "> 50" poor in Dittmar), a related factor kept
apart (bone metastases beside extrahepatic ones), and a ticked endpoint or effect that
includes readings of the slides."""

from __future__ import annotations

from typing import Any

import pytest
from ui_actions import listed_ids, tick_effect, tick_endpoint, tick_factor

from bclm_viewer.ui.studies.studies_page import StudiesPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture()
def page(qtbot: Any, real_kb: Any) -> StudiesPage:
    p = StudiesPage(real_kb)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_no_note_without_a_tick(page: StudiesPage) -> None:
    assert page.facets.notes.isHidden()


def test_age_and_poor_show_the_conflict_the_matrix_shows(qtbot: Any, page: StudiesPage) -> None:
    tick_factor(qtbot, page, "age")
    tick_effect(qtbot, page, "poor")
    assert {"treska-2014", "dittmar-2013"} <= set(listed_ids(page))
    notes = page.facets.notes
    assert notes.isVisible()
    assert "⚠ conflit — Âge" in notes.text()
    assert "« Age > 50 » péjoratif (Dittmar 2013)" in notes.text()
    assert "« Age < 50 » péjoratif (Treska 2014)" in notes.text()


def test_extrahepatic_tells_about_bone_metastases(qtbot: Any, page: StudiesPage) -> None:
    tick_factor(qtbot, page, "extrahepatic_metastases")
    assert "mariani-2013" not in listed_ids(page)  # kept apart...
    assert "Voir aussi « Métastases osseuses (M+ Os) »" in page.facets.notes.text()  # ...told


def test_an_endpoint_that_includes_readings_says_so(qtbot: Any, page: StudiesPage) -> None:
    tick_endpoint(qtbot, page, "OS")
    assert "treska-2014" in listed_ids(page)
    assert "◊ « OS » inclut des lectures" in page.facets.notes.text()
    tick_endpoint(qtbot, page, "OS")
    assert page.facets.notes.isHidden()
