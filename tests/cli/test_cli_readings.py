"""Readings on the command line: ``show``, ``compare`` and ``matrix`` mark them "◊" in their
text and Markdown, give the reason in a footnote, and carry it in their JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bclm_viewer.cli.main import main
from bclm_viewer.kb.build import build_kb
from bclm_viewer.kb.paths import content_dir


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-readings") / "kb.sqlite"
    build_kb(content_dir(), path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["--lang", "en", *argv]) == 0  # the English output
    return capsys.readouterr().out


def test_show_marks_readings_and_footnotes_them(
    kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(capsys, "--kb", str(kb_path), "show", "adam-2006")
    assert "Type:           series ◊1" in out
    assert "analysis multivariate ◊" in out
    assert "Centre:         Hôpital Paul Brousse\n" in out  # on the slide: not marked
    assert "◊1. Type: « série » n'est pas écrit sur la diapositive" in out
    assert "un modèle de Cox peut aussi être univarié" in out
    data = json.loads(run(capsys, "--kb", str(kb_path), "show", "adam-2006", "--json"))
    assert "série" in data["study"]["readings"]["kind"]
    cox = data["findings"][0]
    assert cox["analysis"] == "multivariate" and "Cox" in cox["readings"]["analysis"]
    assert data["outcomes"][0]["readings"] == {}  # "108 MHKS opérées": what the slide says


def test_show_gives_both_arms_of_a_case_control_study(
    kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(capsys, "--kb", str(kb_path), "show", "mariani-2013")
    assert "Patients:       51 / 50\n" in out
    data = json.loads(run(capsys, "--kb", str(kb_path), "show", "mariani-2013", "--json"))
    assert (data["study"]["n_patients"], data["study"]["n_controls"]) == (51, 50)
    assert data["study"]["n_text"] == "51 / 50"


def test_compare_and_matrix_mark_readings_in_markdown_and_json(
    kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    md = run(capsys, "--lang", "fr", "--kb", str(kb_path), "compare", "treska-2014", "abbott-2012")
    assert "▼ péj. Age < 50 (OS ◊, DFS ◊)" in md
    assert "▲ fav. ◊ RH + (critère n.r., multiv. ◊)" in md
    assert "◊ lecture" in md  # the legend
    assert "Treska 2014 — Âge : tableau « OS DFS »" in md  # the footnote
    data = json.loads(run(capsys, "--lang", "fr", "--kb", str(kb_path), "compare", "treska-2014",
                          "abbott-2012", "--format", "json"))
    age = next(r for r in data["rows"] if r["key"] == "factor:age")
    assert "première colonne" in age["cells"][0]["reading"]
    assert age["cells"][1]["reading"] is None
    md = run(capsys, "--lang", "fr", "--kb", str(kb_path), "matrix", "--factor", "age")
    assert "(OS ◊, DFS ◊)" in md and "Lectures de la diapositive" in md
    data = json.loads(run(capsys, "--lang", "fr", "--kb", str(kb_path), "matrix", "--factor", "age",
                          "--format", "json"))
    cells = {c["study_id"]: c for c in data["factors"][0]["cells"]}
    assert "diapositive 7" in cells["dittmar-2013"]["reading"]
    assert cells["mariani-2013"]["reading"] is None


def test_search_marks_list_columns_that_are_readings(
    kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(capsys, "--kb", str(kb_path), "search")
    treska = next(line for line in out.splitlines() if line.endswith("treska-2014"))
    assert treska.split()[:6] == ["Treska", "2014", "2014", "◊", "n.r.", "24"]
    mariani = next(line for line in out.splitlines() if line.endswith("mariani-2013"))
    assert "51 / 50" in mariani and "◊" not in mariani
    assert "◊ = a reading of the slide" in out
    data = json.loads(run(capsys, "--kb", str(kb_path), "search", "--json"))
    page = next(s for s in data["studies"] if s["id"] == "page-2014")
    assert "mise en page" in page["readings"]["os5_text"]
