"""Every text export parsed back: values and quotes equal the KB; the CLI; HTML escaping."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from bclm_viewer.cli.main import main
from bclm_viewer.evidence import export_text as export
from bclm_viewer.evidence.compare import Cell, Comparison, Quote, Row, StudyColumn, build_comparison
from bclm_viewer.evidence.export_html import comparison_html, matrix_html
from bclm_viewer.evidence.matrix import build_matrix

IDS = ["page-2014", "adam-2006", "abbott-2012", "mariani-2013", "dittmar-2013", "treska-2014"]


def _outcomes(kb: Any, sid: str, measure: str) -> list[Any]:
    return [o for o in kb.outcomes(sid) if o.measure == measure]


def test_comparison_csv_round_trip(real_kb: Any) -> None:
    comp = build_comparison(real_kb, IDS)
    rows = list(csv.reader(io.StringIO(export.comparison_csv(comp))))
    header = rows[0]
    labels = [real_kb.study(i).label for i in IDS]
    assert header[:3] == ["Catégorie", "Ligne", "Unité"]
    assert header[3::2] == labels
    assert len(rows) - 1 == len(comp.rows)
    by_label = {(r[0], r[1]): r for r in rows[1:]}  # "Âge" is a measure and a factor
    for m in real_kb.measures():
        line = by_label[(m.category, m.name_fr)]
        for k, sid in enumerate(IDS):
            value, sources = line[3 + 2 * k], line[4 + 2 * k]
            mine = _outcomes(real_kb, sid, m.id)
            if not mine:
                assert value == "n.r." and sources == ""
            for o in mine:
                assert o.value_text in value
                assert f"diapo {o.slide} : « {o.source} »" in sources


def test_comparison_json_round_trip(real_kb: Any) -> None:
    comp = build_comparison(real_kb, IDS)
    data = json.loads(export.comparison_json(comp))
    assert [s["id"] for s in data["studies"]] == IDS
    assert [s["citation"] for s in data["studies"]] == [real_kb.study(i).citation for i in IDS]
    rows = {r["key"]: r for r in data["rows"]}
    for m in real_kb.measures():
        for cell in rows[f"measure:{m.id}"]["cells"]:
            mine = _outcomes(real_kb, cell["study_id"], m.id)
            got = [(f["value_text"], f["unit"], f["group"], f["p"], f["slide"], f["source"])
                   for f in cell["figures"]]
            assert got == [(o.value_text, o.unit, o.group_label, o.p_value, o.slide, o.source)
                           for o in mine]
            assert cell["reported"] == bool(mine)
            if not mine:
                assert cell["text"] == "n.r."
    for f in real_kb.factors():
        for cell in rows[f"factor:{f.id}"]["cells"]:
            mine = [x for x in real_kb.findings(cell["study_id"]) if x.factor_id == f.id]
            assert [(x["effect"], x["level"], x["source"]) for x in cell["findings"]] == [
                (x.effect, x.level, x.source) for x in mine
            ]


def test_comparison_markdown_one_row_per_row(real_kb: Any) -> None:
    comp = build_comparison(real_kb, IDS).reported_rows()
    text = export.comparison_markdown(comp)
    table = [line for line in text.splitlines() if line.startswith("|")]
    body = table[2:]
    assert len(body) == len(comp.rows)
    firsts = [line.split(" | ")[0].removeprefix("| ") for line in body]
    assert firsts == [r.label for r in comp.rows]
    reported = {r.ref for r in comp.rows if r.kind == "measure"}
    assert reported == {o.measure for sid in IDS for o in real_kb.outcomes(sid)}
    r0 = next(line for line in body if line.startswith("| Résection R0 |"))
    assert "65% ▽" in r0 and "90% ★" in r0
    for sid in IDS:
        assert real_kb.study(sid).citation in text


def test_matrix_exports_round_trip(real_kb: Any) -> None:
    m = build_matrix(real_kb)
    data = json.loads(export.matrix_json(m))
    factors = {f["id"]: f for f in data["factors"]}
    assert factors["age"]["status"] == "conflict"
    for f in data["factors"]:
        for cell in f["cells"]:
            mine = [x for x in real_kb.findings(cell["study_id"]) if x.factor_id == f["id"]]
            assert [(x["source"], x["slide"]) for x in cell["findings"]] == [
                (x.source, x.slide) for x in mine
            ]
    rows = list(csv.reader(io.StringIO(export.matrix_csv(m))))
    assert rows[0][-2:] == ["Accord", "Motif"]
    age = next(r for r in rows if r[1] == "Âge")
    assert age[-2] == "⚠ conflit" and "Age < 50" in age[-1]
    md = export.matrix_markdown(m)
    table = [line for line in md.splitlines() if line.startswith("|")]
    assert len(table) - 2 == len(m.factors)


def _hostile() -> Comparison:
    evil = "<script>alert(1)</script> & <b>"
    study = StudyColumn("x", evil, evil, 1, None)
    cell = Cell(evil, True, quotes=(Quote(1, evil),))
    return Comparison((study,), (Row("measure:m", "measure", evil, evil, "%", None, (cell,)),))


def test_handout_html_escapes_everything() -> None:
    html = comparison_html(_hostile(), "<i>titre</i>", "<u>sous-titre</u>")
    assert "<script>" not in html and "<b>" not in html.split("</h2>", 1)[1].split("<table")[0]
    assert "&lt;script&gt;" in html and "&lt;i&gt;titre&lt;/i&gt;" in html
    piped = Comparison(
        (StudyColumn("x", "a|b", "c", 1, None),),
        (Row("measure:m", "measure", "l|m", "c", "%", None, (Cell("1|2", True),)),),
    )
    assert "| l\\|m | 1\\|2 |" in export.comparison_markdown(piped)


def test_matrix_html_escapes(real_kb: Any) -> None:
    html = matrix_html(build_matrix(real_kb, ["age"]), "t", "s")
    assert "Age &lt; 50" in html and "Age < 50" not in html


def real_kb_label(path: Path, study_id: str) -> str:
    from bclm_viewer.query.knowledge_base import KnowledgeBase

    with KnowledgeBase(path) as kb:
        detail = kb.study(study_id)
        assert detail is not None
        return detail.label


def test_cli_compare_and_matrix(
    real_kb_path: Path, capsys: Any, tmp_path: Path
) -> None:
    kb = ["--kb", str(real_kb_path)]
    assert main([*kb, "compare", "adam-2006", "abbott-2012", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in data["studies"]] == ["adam-2006", "abbott-2012"]
    assert main([*kb, "compare", "adam-2006", "abbott-2012", "--format", "csv"]) == 0
    adam = real_kb_label(real_kb_path, "adam-2006")
    assert capsys.readouterr().out.startswith(f"Catégorie,Ligne,Unité,{adam},")
    out = tmp_path / "c.md"
    assert main([*kb, "compare", "adam-2006", "treska-2014", "-o", str(out)]) == 0
    assert "| Résection R0 |" in out.read_text(encoding="utf-8")

    assert main([*kb, "compare", "adam-2006", "nope"]) == 2
    err = capsys.readouterr().err
    assert "nope" in err and "inconnue" in err
    assert main([*kb, "compare", "adam-2006"]) == 2
    assert "deux" in capsys.readouterr().err

    assert main([*kb, "matrix", "--factor", "age", "--factor", "her2", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["id"] for f in data["factors"]] == ["age", "her2"]
    assert main([*kb, "matrix", "--factor", "zz"]) == 2
    assert "zz" in capsys.readouterr().err
    assert main([*kb, "matrix", "--format", "md"]) == 0
    assert "⚠ conflit" in capsys.readouterr().out


def test_markdown_table_escapes_backslash_pipe_and_newline() -> None:
    # The one table writer (the comparison, the matrix and the list export): a cell's "\" or
    # "|" must not end the cell nor escape the next character, a newline must not end the row.
    lines = export.markdown_table(["a|b", "c"], [["x\\|y", "1\n2"]], indent="   ")
    assert lines == ["   | a\\|b | c |", "   | --- | --- |", "   | x\\\\\\|y | 1 ; 2 |"]
