"""The evidence matrix: cells from the KB, and which factors the series truly disagree on."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from kb_sample import make_sample_kb

from bclm_viewer.evidence.compare import UnknownStudyError
from bclm_viewer.evidence.matrix import (
    CONCORDANT,
    CONFLICT,
    DISCORDANT,
    SINGLE,
    UNDETERMINED,
    MatrixSource,
    UnknownFactorError,
    _Group,
    build_matrix,
    classify,
    level_pole,
)


@pytest.mark.parametrize(
    ("level", "pole"),
    [
        ("Age < 50", (None, -1)),
        ("Age > 50", (None, 1)),
        ("RH +", (None, 1)),
        ("RH-", (None, -1)),
        ("HER2 -", (None, -1)),
        ("HER2+", (None, 1)),
        ("M+ extra hepat", (None, 1)),
        ("résection R0", (None, -1)),
        ("R2", (None, 1)),
        ("N1 (vs N0)", (None, 1)),
        (">1 (vs 1)", (None, 1)),
        ("M+ Os : O (vs N)", (None, 1)),
        ("IL (< 4 ans)", (None, -1)),
        ("réponse au TTT", ("reponse au ttt", 1)),
        ("absence de réponse au TTT systémique", ("reponse au ttt systemique", -1)),
        ("extra-hépatique", ("extra hepatique", 1)),
        (None, None),
        ("R0 / R2", None),  # both sides named: no direction
    ],
)
def test_direction_of_a_level(level: str | None, pole: Any) -> None:
    assert level_pole(level) == pole


def _conflicts(kb: Any, **kw: Any) -> dict[str, Any]:
    m = build_matrix(kb, **kw)
    return {f.id: k for f, k in zip(m.factors, m.conflicts, strict=True)}


def test_disagreements_of_the_deck(real_kb: Any) -> None:
    k = _conflicts(real_kb)
    # Age: "< 50" poor in Treska, "> 50" poor in Dittmar: opposite directions.
    assert k["age"].status == CONFLICT
    treska, dittmar, mariani = (
        real_kb.study(i).label for i in ("treska-2014", "dittmar-2013", "mariani-2013")
    )
    for word in ("Age < 50", "Age > 50", treska, dittmar, mariani):
        assert word in k["age"].reason
    # HER2: poor in Dittmar, NS in Mariani: significant vs NS, not a contradiction.
    assert k["her2"].status == DISCORDANT
    assert dittmar in k["her2"].reason and mariani in k["her2"].reason
    # RH+ favourable (Abbott) and RH- poor (Treska) agree; Mariani NS.
    assert k["hormone_receptors"].status == DISCORDANT
    assert "même sens" in k["hormone_receptors"].reason
    assert k["disease_free_interval"].status == DISCORDANT
    for agreeing in ("systemic_response", "resection_margin", "extrahepatic_metastases"):
        assert k[agreeing].status == CONCORDANT, agreeing
    for single in ("nodal_status", "bone_metastases", "chemo_cycles", "liver_surgery"):
        assert k[single].status == SINGLE, single
        assert not k[single].flagged


def test_scope_changes_the_verdict(real_kb: Any) -> None:
    two = _conflicts(real_kb, study_ids=["dittmar-2013", "treska-2014"])
    assert two["age"].status == CONFLICT and "NS" not in two["age"].reason
    ns = _conflicts(real_kb, study_ids=["treska-2014", "mariani-2013"])
    assert ns["age"].status == DISCORDANT


def test_classify_rules() -> None:
    poor_x = _Group("X", "poor", 1, ("A",))
    fav_x = _Group("X", "favourable", 1, ("B",))
    assert classify("f", [poor_x, fav_x]).status == CONFLICT  # same level, opposite effects
    unknown = [_Group(None, "poor", 1, ("A",)), _Group(None, "favourable", 1, ("B",))]
    assert classify("f", unknown).status == UNDETERMINED
    name_only = [_Group("Âge", "poor", 1, ("A",)), _Group("Age > 50", "poor", 1, ("B",))]
    result = classify("age", name_only, "Âge")
    assert result.status == UNDETERMINED and "impossible de dire" in result.reason
    many = classify("f", [_Group("RH-", "poor", 7, ("A", "B", "C"))])
    assert many.status == CONCORDANT and "et 4 autres" in many.reason


def test_cells_hold_every_finding_with_its_quote(real_kb: Any) -> None:
    m = build_matrix(real_kb)
    ids = [s.id for s in m.studies]
    assert set(ids) == {i for i in real_kb.study_ids(_all()) if real_kb.findings(i)}
    assert ids == sorted(ids, key=lambda i: real_kb.study(i).sort_order)
    for fi, factor in enumerate(m.factors):
        for si, sid in enumerate(ids):
            cell = m.cells[fi][si]
            expected = [f for f in real_kb.findings(sid) if f.factor_id == factor.id]
            assert [f.source for f in cell.findings] == [f.source for f in expected]
            assert [f.slide for f in cell.findings] == [f.slide for f in expected]
            if not expected:
                assert cell.text == "n.r." and cell.effect is None
    treska_age = m.cells[[f.id for f in m.factors].index("age")][ids.index("treska-2014")]
    assert treska_age.effect == "poor" and treska_age.first_slide == 11


def _all() -> Any:
    from bclm_viewer.query.filters import StudyFilter

    return StudyFilter()


def test_unknown_factor_or_study(real_kb: Any) -> None:
    with pytest.raises(UnknownFactorError) as info:
        build_matrix(real_kb, ["age", "nope"])
    assert info.value.ids == ("nope",)
    with pytest.raises(UnknownStudyError):
        build_matrix(real_kb, study_ids=["nope"])


def test_factor_subset_keeps_only_studies_with_findings_on_it(real_kb: Any) -> None:
    m = build_matrix(real_kb, ["her2"])
    assert [f.id for f in m.factors] == ["her2"]
    assert {s.id for s in m.studies} == {"dittmar-2013", "mariani-2013"}


def test_source_reads_lazily_on_a_large_kb(tmp_path: Path) -> None:
    path = make_sample_kb(tmp_path / "big.sqlite", 3000)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        src = MatrixSource(con)
        assert len(src.study_ids) > 2000
        assert not src._loaded and not src._conflicts
        block = src.study_ids[1000:1100]
        src.load(block)
        assert src._loaded == set(block)
        assert src.cell(src.factors[0].id, block[0]).text
        src.conflict("age")
        assert set(src._conflicts) == {"age"}
        ordered = [r[0] for r in con.execute(
            "SELECT s.id FROM studies s WHERE s.id IN (SELECT study_id FROM study_factors) "
            "ORDER BY s.sort_order, s.id")]
        assert list(src.study_ids) == ordered  # read by pages, from both ends
    finally:
        con.close()
