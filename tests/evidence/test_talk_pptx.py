"""The talk's PowerPoint file, opened with python-pptx and checked cell by cell against the KB:
tables are native tables, notes hold the verbatim quotes and slide numbers, no slide shows only
n.r., and a user's template is used."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.util import Pt

from bclm_viewer.evidence.compare import build_comparison
from bclm_viewer.evidence.export_text import marked_text
from bclm_viewer.evidence.talk.items import TalkItem, build_talk
from bclm_viewer.evidence.talk.pptx_writer import TemplateError, write_pptx
from bclm_viewer.evidence.talk.slides import BODY_PT, talk_slides

FOUR = ["adam-2006", "mariani-2013", "abbott-2012", "dittmar-2013"]
ITEMS = [
    TalkItem("study", "adam-2006"),
    TalkItem("comparison", '["adam-2006","mariani-2013","abbott-2012","dittmar-2013"]'),
    TalkItem("slide", "11"),
    TalkItem("matrix", "flagged"),
    TalkItem("chart", "os5"),
]


def _export(kb: Any, tmp_path: Path, items: list[TalkItem] = ITEMS,
            template: Path | None = None) -> Any:
    talk = build_talk(kb, "Mon exposé", items, "04/12/2026")
    path = write_pptx(talk_slides(talk), tmp_path / "talk.pptx", template)
    return Presentation(str(path))


def _tables(prs: Any) -> list[tuple[int, Any]]:
    return [(n, shape.table) for n, slide in enumerate(prs.slides, 1)
            for shape in slide.shapes if shape.has_table]


def _rows(table: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _title(slide: Any) -> str:
    return str(slide.shapes.title.text_frame.text)


def test_comparison_cells_match_the_kb(real_kb: Any, tmp_path: Path) -> None:
    prs = _export(real_kb, tmp_path)
    comp = build_comparison(real_kb, FOUR).reported_rows()
    expected = {row.label: [marked_text(c, comp) for c in row.cells] for row in comp.rows}
    seen: dict[str, list[list[str]]] = {}  # a tall row continues as "label (suite)"
    for n, table in _tables(prs):
        if not _title(prs.slides[n - 1]).startswith("Comparaison"):
            continue
        rows = _rows(table)
        assert rows[0] == ["", "Adam 2006", "Mariani 2013", "Abbott 2012", "Dittmar 2013"]
        for row in rows[1:]:
            label = row[0].removesuffix(" (suite)")
            if label in expected:
                columns = seen.setdefault(label, [[] for _ in FOUR])
                for lines, text in zip(columns, row[1:], strict=True):
                    lines += [x for x in text.split("\n") if x != "…"]
    assert set(seen) == set(expected)  # every reported row is on a slide, no other
    for label, columns in seen.items():
        assert ["\n".join(c) for c in columns] == expected[label], label
    assert seen["OS5 (survie globale à 5 ans)"] == [["37% ▽"], ["n.r."], ["43,6% ★"], ["n.r."]]


def test_tables_are_native_and_headers_repeat(real_kb: Any, tmp_path: Path) -> None:
    prs = _export(real_kb, tmp_path)
    comparison = [t for n, t in _tables(prs) if _title(prs.slides[n - 1]).startswith("Compar")]
    assert len(comparison) >= 2  # continued over several slides...
    assert all(_rows(t)[0][1] == "Adam 2006" for t in comparison)  # ...headers repeated


def test_every_text_is_at_least_18_pt(real_kb: Any, tmp_path: Path) -> None:
    prs = _export(real_kb, tmp_path)
    sizes = []
    for slide in prs.slides:
        for shape in slide.shapes:
            frames = [shape.text_frame] if shape.has_text_frame else []
            if shape.has_table:
                frames += [c.text_frame for row in shape.table.rows for c in row.cells]
            for frame in frames:
                sizes += [r.font.size for p in frame.paragraphs for r in p.runs if r.text]
    assert sizes and all(s is not None and s >= Pt(BODY_PT) for s in sizes)


def test_notes_hold_the_quotes_and_slides(real_kb: Any, tmp_path: Path) -> None:
    prs = _export(real_kb, tmp_path)
    notes = [s.notes_slide.notes_text_frame.text for s in prs.slides]
    assert all(n.strip() for n in notes)  # every slide has speaker notes
    adam = next(s for s in prs.slides if _title(s).startswith("Adam 2006"))
    quotes = {o.source for o in real_kb.outcomes("adam-2006")}
    everything = "\n".join(notes)
    assert all(f"« {q} »" in everything for q in quotes)
    assert "diapo 4" in adam.notes_slide.notes_text_frame.text


def test_no_slide_shows_only_nr(real_kb: Any, tmp_path: Path) -> None:
    prs = _export(real_kb, tmp_path)
    for _n, table in _tables(prs):
        for row in _rows(table)[1:]:
            values = [v for v in row[1:] if v]
            if values:  # a band row has no values
                assert any(v != "n.r." for v in row[1:]), row


def test_slide_11_structured_and_marked_as_a_reading(real_kb: Any, tmp_path: Path) -> None:
    prs = _export(real_kb, tmp_path)
    slides = [s for s in prs.slides if _title(s).startswith("Diapositive 11")]
    assert len(slides) == 2
    texts = [sh.text_frame.text for sh in slides[1].shapes if sh.has_text_frame]
    assert any(t.startswith("◊ Lecture") for t in texts)
    table = next(sh.table for sh in slides[1].shapes if sh.has_table)
    rows = {r[0]: r for r in _rows(table)}
    assert _rows(table)[0][:3] == ["Étude", "OS", "DFS"]
    treska = rows["Treska 2014 (N = 24)"]
    assert "Diam > 35 mm" in treska[2] and "Diam > 35 mm" not in treska[1]
    verbatim = "\n".join(sh.text_frame.text for sh in slides[0].shapes if sh.has_text_frame)
    assert "Dittmar 13 34 HER2 -" in verbatim


def test_chart_is_native_and_never_a_false_point(real_kb: Any, tmp_path: Path) -> None:
    prs = _export(real_kb, tmp_path)
    slide = next(s for s in prs.slides if _title(s).startswith("OS5"))
    chart = next(sh.chart for sh in slide.shapes if sh.has_chart)
    categories = list(chart.plots[0].categories)
    base, shown = chart.plots[0].series
    values = dict(zip(categories, zip(base.values, shown.values, strict=True), strict=True))
    assert values["Adam 2006"] == (0, 37)
    assert values["Page 2014 — opérées"] == (40, 20)  # the range 40-60 drawn from 40 to 60
    labels = [p.data_label.text_frame.text for p in shown.points]
    assert "40-60% ◊" in labels and "< 10%" in labels  # ◊: Page's operated OS5 is a reading
    text = "\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
    assert "n.r. (non rapporté) : " in text and "Mariani 2013" in text


def test_title_and_references_slides(real_kb: Any, tmp_path: Path) -> None:
    prs = _export(real_kb, tmp_path)
    assert _title(prs.slides[0]) == "Mon exposé"
    last = prs.slides[len(prs.slides) - 1]
    assert _title(last).startswith("Références")
    body = "\n".join(sh.text_frame.text for sh in last.shapes if sh.has_text_frame)
    assert "Adam R et al. Is liver resection justified" in body
    footer = [sh.text_frame.text for sh in last.shapes if sh.has_text_frame]
    assert f"{len(prs.slides)} / {len(prs.slides)}" in footer


def test_export_on_a_template(real_kb: Any, tmp_path: Path) -> None:
    template = Presentation()
    template.slide_layouts[5].name = "Title Only"
    example = template.slides.add_slide(template.slide_layouts[6])  # dropped on export
    marker = example.shapes.add_textbox(0, 0, Pt(100), Pt(20))
    marker.text_frame.text = "MODELE-MAISON"
    template.slide_master.shapes._spTree.append(copy.deepcopy(marker._element))
    path = tmp_path / "maison.pptx"
    template.save(str(path))
    prs = _export(real_kb, tmp_path, ITEMS[:1], template=path)
    master_text = [sh.text_frame.text for sh in prs.slide_master.shapes if sh.has_text_frame]
    assert "MODELE-MAISON" in master_text
    assert _title(prs.slides[0]) == "Mon exposé"
    assert all("MODELE-MAISON" not in sh.text_frame.text for sl in prs.slides
               for sh in sl.shapes if sh.has_text_frame)  # the example slide is gone
    assert prs.slides[1].slide_layout.name == "Title Only"
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.001


def test_a_template_that_is_not_pptx_is_refused(real_kb: Any, tmp_path: Path) -> None:
    bad = tmp_path / "modele.pptx"
    bad.write_text("pas un fichier PowerPoint")
    with pytest.raises(TemplateError):
        _export(real_kb, tmp_path, ITEMS[:1], template=bad)


def test_progress_is_reported_slide_by_slide(real_kb: Any, tmp_path: Path) -> None:
    talk = build_talk(real_kb, "Mon exposé", ITEMS, "04/12/2026")
    specs = talk_slides(talk)
    seen: list[tuple[int, int]] = []
    write_pptx(specs, tmp_path / "t.pptx", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, len(specs)) for n in range(1, len(specs) + 1)]


def test_readings_are_marked_on_the_slide_and_explained_in_the_notes(
    real_kb: Any, tmp_path: Path
) -> None:
    prs = _export(real_kb, tmp_path, [TalkItem("study", "adam-2006")])
    adam = [s for s in prs.slides if _title(s).startswith("Adam 2006")]
    body = "\n".join(sh.text_frame.text for s in adam for sh in s.shapes if sh.has_text_frame)
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in adam)
    reasons = {r for f in real_kb.findings("adam-2006") for r in f.readings.values()}
    reasons |= {r for k, r in real_kb.study("adam-2006").readings.items() if k == "period"}
    assert reasons  # the deck's "Cox" read as multivariate, "84-04" read as 1984–2004...
    assert "◊ = lecture de la diapositive" in body
    assert "1984–2004 ◊" in body  # the period is a reading of "84-04"
    assert all(f"◊ {r}" in notes for r in reasons)
