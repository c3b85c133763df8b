"""Clinicians' shorthand, French and English, against the bundled KB: the hits list (studies in
the order of their first hit), the studies list filtered by the same text, and the CLI's
``search --json`` must all give the expected studies, and never the ones that must not match."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bclm_viewer.cli.main import main as cli_main
from bclm_viewer.query.filters import StudyFilter

ADAM, ABBOTT, DITTMAR, MARIANI, TRESKA, PAGE, CASE = (
    "adam-2006", "abbott-2012", "dittmar-2013", "mariani-2013", "treska-2014", "page-2014",
    "cas-clinique")

# (typed text, expected studies in the order of their first hit, studies that must not match)
CASES: list[tuple[str, list[str], list[str]]] = [
    # HER2: Dittmar (HER2 -) first; Mariani's "NS: HER2" gives no level; Abbott (HER2+ 37%) and
    # the clinical case (HER2+) only mention the other sign.
    ("HER2-", [DITTMAR, MARIANI], [ABBOTT, CASE, TRESKA]),
    ("HER2 -", [DITTMAR, MARIANI], [ABBOTT, CASE]),
    ("HER2 négatif", [DITTMAR, MARIANI], [ABBOTT, CASE]),
    ("HER2 negative", [DITTMAR, MARIANI], [ABBOTT, CASE]),
    ("her2-negative", [DITTMAR, MARIANI], [ABBOTT, CASE]),
    ("HER2+", [ABBOTT, CASE, MARIANI], [DITTMAR]),
    ("HER2 positif", [ABBOTT, CASE, MARIANI], [DITTMAR]),
    # Hormone receptors: Treska's RH- finding first; Abbott's RH+ is never a match of RH-.
    ("RH-", [TRESKA, CASE, MARIANI], [ABBOTT, DITTMAR]),
    ("RH -", [TRESKA, CASE, MARIANI], [ABBOTT]),
    ("HR-", [TRESKA, CASE, MARIANI], [ABBOTT]),
    ("hormone receptor negative", [TRESKA, CASE, MARIANI], [ABBOTT]),
    ("récepteurs hormonaux négatifs", [TRESKA, CASE, MARIANI], [ABBOTT]),
    ("RH+", [ABBOTT, MARIANI], [TRESKA, CASE]),
    ("HR+", [ABBOTT, MARIANI], [TRESKA, CASE]),
    ("hormone receptors", [TRESKA, MARIANI, ABBOTT, CASE], [DITTMAR, ADAM]),
    # Cut-offs: the same first, the opposite cut-off below it, then the factor without one.
    ("age > 50", [DITTMAR, TRESKA, MARIANI], [CASE, ABBOTT]),
    ("Age>50", [DITTMAR, TRESKA, MARIANI], [CASE]),
    ("âge < 50", [TRESKA, DITTMAR, MARIANI], [CASE]),
    ("age over 50", [DITTMAR, TRESKA, MARIANI], [CASE]),
    ("IL < 4 ans", [TRESKA, MARIANI], [DITTMAR, ABBOTT]),
    ("IL (< 4 ans)", [TRESKA, MARIANI], [DITTMAR]),
    ("Diam > 35 mm", [TRESKA], [DITTMAR, MARIANI]),
    ("diam>35mm", [TRESKA], [DITTMAR, MARIANI]),
    # Bone metastases: Mariani, never "OS5" nor "OS DFS".
    ("M+ Os", [MARIANI], [ADAM, ABBOTT, PAGE, TRESKA, DITTMAR]),
    ("M+Os", [MARIANI], [ADAM, ABBOTT, PAGE]),
    ("M+ osseuses", [MARIANI], [ADAM, ABBOTT, PAGE]),
    ("métastases osseuses", [MARIANI], [ADAM, ABBOTT, PAGE]),
    ("bone metastases", [MARIANI], [ADAM, ABBOTT, PAGE, TRESKA]),
    ("M+ extra hépatique", [DITTMAR, TRESKA], [MARIANI, ADAM]),
    ("M+ extra-hépatique", [DITTMAR, TRESKA], [MARIANI]),
    ("extrahepatic metastases", [DITTMAR, TRESKA], [MARIANI]),
    ("métastases extra-hépatiques", [DITTMAR, TRESKA], [MARIANI]),
    # Codes: N0/N1 (Mariani), R0/R1/R2 (Adam's R2 finding is not an R0 finding).
    ("N0", [MARIANI], [ADAM, ABBOTT]),
    ("N1", [MARIANI], [ADAM]),
    ("R0", [ABBOTT, ADAM], [MARIANI, TRESKA]),
    ("R1", [ADAM], [ABBOTT]),
    ("R2", [ADAM], [ABBOTT]),
    # Measures.
    ("OS5", [ADAM, ABBOTT, PAGE, MARIANI], [DITTMAR, TRESKA]),
    ("DFS5", [ADAM], [ABBOTT, MARIANI]),
    ("pCR", [ABBOTT], [ADAM, MARIANI]),
    # English names find the French content.
    ("disease-free interval", [TRESKA, MARIANI], [DITTMAR, ADAM]),
    ("repeat hepatectomy", [ADAM], [ABBOTT, MARIANI]),
    ("liver recurrence", [ADAM], [ABBOTT, MARIANI]),
    ("HER2 status", [DITTMAR, MARIANI, ABBOTT, CASE], [TRESKA, ADAM]),
    # French names, without a level: the factor or measure whatever the slide's shorthand.
    ("récepteurs hormonaux", [TRESKA, MARIANI, ABBOTT, CASE], [DITTMAR, ADAM]),
    ("intervalle libre", [TRESKA, MARIANI], [DITTMAR, ADAM]),
    ("survie globale à 5 ans", [ADAM, ABBOTT, PAGE, MARIANI], [DITTMAR, TRESKA]),
    ("chirurgie hépatique itérative", [ADAM], [ABBOTT, MARIANI]),
    # A token and a word: both, in one study.
    ("HER2- Dittmar", [DITTMAR], [MARIANI, ABBOTT]),
]


def _hit_studies(kb: Any, text: str) -> list[str]:
    return list(dict.fromkeys(h.study_id for h in kb.search(text, limit=500) if h.study_id))


@pytest.mark.parametrize(("text", "expected", "never"), CASES, ids=[c[0] for c in CASES])
def test_hits_in_order(real_kb: Any, text: str, expected: list[str], never: list[str]) -> None:
    got = _hit_studies(real_kb, text)
    assert got == expected
    assert not set(got) & set(never)


@pytest.mark.parametrize(("text", "expected", "never"), CASES, ids=[c[0] for c in CASES])
def test_studies_list_follows(real_kb: Any, text: str, expected: list[str],
                              never: list[str]) -> None:
    f = StudyFilter(text=text)
    assert set(real_kb.study_ids(f)) == set(expected)
    assert real_kb.count_studies(f) == len(expected)


def test_at_least_thirty_queries_french_and_english() -> None:
    assert len(CASES) >= 30
    english = {"HER2 negative", "HR-", "hormone receptors", "bone metastases", "age over 50",
               "extrahepatic metastases", "disease-free interval", "repeat hepatectomy",
               "liver recurrence"}
    assert english <= {c[0] for c in CASES}


def test_cli_search_json_gives_the_same(real_kb_path: Path) -> None:
    for text, expected, never in CASES:
        out = io.StringIO()
        import contextlib

        with contextlib.redirect_stdout(out):
            assert cli_main(["--kb", str(real_kb_path), "search", text, "--json"]) == 0
        data = json.loads(out.getvalue())
        hits = list(dict.fromkeys(h["study_id"] for h in data["hits"] if h["study_id"]))
        assert hits == expected, text
        assert {s["id"] for s in data["studies"]} == set(expected), text
        assert not {s["id"] for s in data["studies"]} & set(never), text


def test_opposite_cut_off_is_marked(real_kb: Any) -> None:
    hits = real_kb.search("age > 50")
    by_study = {(h.study_id, h.kind): h.relation for h in hits if h.kind == "finding"}
    assert by_study[(DITTMAR, "finding")] == ""
    assert by_study[(TRESKA, "finding")] == "opposite"
    assert by_study[(MARIANI, "finding")] == "unstated"
    first = next(h for h in hits if h.kind == "finding")
    assert first.study_id == DITTMAR


def test_rh_minus_lists_treskas_finding_first(real_kb: Any) -> None:
    hits = real_kb.search("RH-")
    assert (hits[0].kind, hits[0].ref) == ("finding", "treska-2014/f07")
    assert all(h.study_id != ABBOTT for h in hits)


def test_recognised_for_the_facet_chip(real_kb: Any) -> None:
    [her2] = real_kb.search_concepts("HER2-")
    assert (her2.factor_id, her2.label, her2.level) == ("her2", "Statut HER2 = HER2-", "HER2-")
    [bone] = real_kb.search_concepts("bone metastases")
    assert bone.factor_id == "bone_metastases" and bone.level == ""
    [os5] = real_kb.search_concepts("OS5")
    assert os5.factor_id is None and os5.measure_ids == ("os5",)
    assert real_kb.search_concepts("hépatectomie") == []
    assert real_kb.search_concepts("il") == []  # the French word, not "IL"


def test_plain_words_stay_plain(real_kb: Any) -> None:
    # Nothing clinical in the text: the usual prefix search ("hépat" -> hépatique...).
    assert real_kb.search_concepts("hépat") == []
    assert real_kb.search("hépat")


@settings(max_examples=300, deadline=None, derandomize=True)  # the same 300 texts every run
@given(st.text(alphabet=st.sampled_from(list("HERrhM+-<>≤≥ 0123456789OsNnIiLAgeéDiamR()«»\"'*:"))
               | st.characters(), max_size=40))
def test_any_text_never_raises(real_kb: Any, text: str) -> None:
    hits = real_kb.search(text)
    f = StudyFilter(text=text)
    ids = set(real_kb.study_ids(f))
    assert real_kb.count_studies(f) == len(ids)
    real_kb.search_concepts(text)
    # (The hits list and the studies list need not name the same studies: a study matches
    # "1 N0" with "1" and "N0" in different rows of it, a hit only with both in one row.)
    assert all(isinstance(h.title, str) for h in hits)
