"""A search read as a factor offers its facet beside the box ("Filtrer par : Statut HER2 =
HER2-"); a click ticks the factor in the factors panel, and the table and chips follow."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_actions import listed_ids, type_text

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


def test_her2_minus_offers_the_her2_facet_and_a_click_ticks_it(qtbot: Any,
                                                               page: StudiesPage) -> None:
    offer = page.facet_offer
    assert not offer.isVisible()
    type_text(qtbot, page.search_box, "HER2-")
    assert offer.isVisible()
    assert offer.label() == "Filtrer par : Statut HER2 = HER2-"
    assert offer.factor_id == "her2"
    assert set(listed_ids(page)) == {"dittmar-2013", "mariani-2013"}
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert page.facets.factors_model.checked() == ("her2",)
    assert "factor:her2" in [c.key for c in page.chips.chips()]
    assert not offer.isVisible()  # already ticked: nothing more to offer
    assert page.current_filter().factors == ("her2",)
    assert set(listed_ids(page)) == {"dittmar-2013", "mariani-2013"}


@pytest.mark.parametrize(("text", "factor", "label"), [
    ("bone metastases", "bone_metastases", "Filtrer par : Métastases osseuses (M+ Os)"),
    ("age > 50", "age", "Filtrer par : Âge = Âge > 50"),
    ("RH-", "hormone_receptors", "Filtrer par : Récepteurs hormonaux (RH) = RH-"),
])
def test_other_factors_are_offered(qtbot: Any, page: StudiesPage, text: str, factor: str,
                                   label: str) -> None:
    type_text(qtbot, page.search_box, text)
    assert page.facet_offer.factor_id == factor
    assert page.facet_offer.label() == label
    qtbot.mouseClick(page.facet_offer, Qt.MouseButton.LeftButton)
    assert factor in page.facets.factors_model.checked()


@pytest.mark.parametrize("text", ["hépatectomie", "OS5", "il", "", "zzz"])
def test_nothing_offered_without_a_factor(qtbot: Any, page: StudiesPage, text: str) -> None:
    type_text(qtbot, page.search_box, "HER2-")
    page.search_box.clear()
    type_text(qtbot, page.search_box, text)
    assert not page.facet_offer.isVisible()
    assert page.facet_offer.factor_id is None


def test_the_offer_keeps_its_place(qtbot: Any, page: StudiesPage) -> None:
    # Shown or hidden, long or short, the box keeps its width (no relayout per keystroke).
    width = page.search_box.width()
    type_text(qtbot, page.search_box, "métastases extra-hépatiques")
    qtbot.wait(1)
    assert page.facet_offer.isVisible()
    assert page.search_box.width() == width
    assert "Filtrer par" in page.facet_offer.text()


def test_opposite_cut_off_is_marked_in_the_hits(qtbot: Any, page: StudiesPage) -> None:
    from bclm_viewer.ui.common.roles import KindLabelRole

    type_text(qtbot, page.search_box, "age > 50")
    model = page.search_panel.model
    labels = {(h.study_id, model.data(model.index(n), int(KindLabelRole)))
              for n, h in enumerate(model.hits())}
    assert ("dittmar-2013", "Facteur pronostique") in labels
    assert ("treska-2014", "Facteur pronostique (seuil opposé)") in labels
    assert ("mariani-2013", "Facteur pronostique (niveau non précisé)") in labels
