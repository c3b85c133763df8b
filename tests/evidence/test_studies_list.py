"""The filtered studies list written out: every study the filter keeps, in order, "n.r." kept,
the filter stated on top; CSV, Markdown, HTML (escaped) and tab-separated text."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from kb_sample import make_sample_kb

from bclm_viewer.evidence.studies_list import describe_filter, studies_list, studies_text
from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.query.knowledge_base import KnowledgeBase


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Any:
    kb = KnowledgeBase(make_sample_kb(tmp_path_factory.mktemp("list") / "kb.sqlite", 7))
    yield kb
    kb.close()


def test_the_list_is_the_filtered_studies_in_order_with_nr(sample: Any) -> None:
    f = StudyFilter(factors=("age",))
    table = studies_list(sample, f)
    ids = [row[-1] for row in table.rows]
    assert ids == sample.study_ids(f, "year")
    assert table.header[0] == "Étude" and table.header[-1] == "Identifiant"
    treska = next(r for r in table.rows if r[-1] == "treska-2014")
    assert treska[table.header.index("Revue")] == "n.r."
    assert table.filter_text.startswith("Filtre : facteurs : ")
    descending = studies_list(sample, f, "year", True)
    assert [r[-1] for r in descending.rows] == sample.study_ids(f, "year", True)


def test_the_filter_in_words() -> None:
    names = {"age": "Âge", "her2": "Statut HER2"}
    assert describe_filter(StudyFilter(), names) == "Aucun filtre : toutes les études"
    text = describe_filter(StudyFilter(("age", "her2"), "any", ("poor",), ("OS",), " a  b "),
                           names)
    assert text == ("Filtre : facteurs (au moins un) : Âge, Statut HER2 ; effet : péjoratif ; "
                    "critère : OS ; recherche : « a b »")


def test_csv_and_markdown_carry_the_filter_then_the_table(sample: Any) -> None:
    table = studies_list(sample, StudyFilter(factors=("age",)))
    rows = list(csv.reader(io.StringIO(studies_text(table, "csv"))))
    assert rows[0] == [table.caption()] and rows[1] == []
    assert rows[2] == list(table.header)
    assert [r[-1] for r in rows[3:]] == [r[-1] for r in table.rows]
    md = studies_text(table, "md").splitlines()
    assert md[0] == f"**{table.caption()}**"
    assert md[2].startswith("| Étude | Année |") and md[3].startswith("| --- |")
    assert len(md) == 4 + len(table.rows)


def test_html_and_tsv_never_pass_markup_or_tabs_through(sample: Any) -> None:
    table = studies_list(sample, StudyFilter(text="<b>x</b>\tz"))
    page = studies_text(table, "html")
    assert "<b>x</b>" not in page.replace("<p><b>", "").replace("</b></p>", "")
    assert "&lt;b&gt;x&lt;/b&gt;" in page
    tsv = studies_text(table, "tsv").splitlines()
    assert tsv[0] == table.caption().replace("\t", " ").replace("  ", " ")
    assert tsv[2].split("\t") == list(table.header)


def test_every_row_and_column_on_the_real_kb(real_kb: Any, tmp_path: Path) -> None:
    f = StudyFilter(factors=("her2",))
    table = studies_list(real_kb, f)
    assert len(table.rows) == real_kb.count_studies(f) > 0
    assert all(len(r) == len(table.header) for r in table.rows)


def test_readings_and_case_controls_in_the_exported_list(real_kb: Any) -> None:
    from bclm_viewer.query.filters import StudyFilter

    table = studies_list(real_kb, StudyFilter())
    by_label = {row[0]: dict(zip(table.header, row, strict=True)) for row in table.rows}
    assert by_label["Mariani 2013"]["N"] == "51 / 50"  # cases / controls, as the slide writes
    assert by_label["Adam 2006"]["Période"] == "1984–2004 ◊"  # "84-04" on the slide
    assert by_label["Adam 2006"]["Centre"] == "Hôpital Paul Brousse"  # the slide's words
    reason = real_kb.study("adam-2006").readings["period"]
    assert f"◊ Adam 2006 — Période : {reason}" in table.notes
    for fmt in ("csv", "md", "tsv", "html"):
        text = studies_text(table, fmt)
        assert "84-04" in text, fmt  # the reason travels with the file
