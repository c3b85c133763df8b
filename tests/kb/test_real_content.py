"""The packaged content: valid, and faithful to the deck once built (checked on the KB itself,
not on the content files, so a build bug that altered a quote would be caught)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bclm_viewer.kb.build import build_kb
from bclm_viewer.kb.paths import content_dir
from bclm_viewer.kb.validate import check_content

SOURCES = (
    "page-2014",
    "bergenfeldt-2011",
    "chua-2011",
    "adam-2006",
    "mariani-2013",
    "abbott-2012",
    "dittmar-2013",
    "treska-2014",
)


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = tmp_path_factory.mktemp("real") / "kb.sqlite"
    build_kb(content_dir(), path)
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    yield connection
    connection.close()


def _slides(con: sqlite3.Connection) -> dict[int, str]:
    return {n: _norm(t) for n, t in con.execute("SELECT number, text FROM slides")}


def test_packaged_content_has_no_problems() -> None:
    assert [str(p) for p in check_content(content_dir())] == []


def test_every_source_is_verbatim_on_its_slide(con: sqlite3.Connection) -> None:
    slides = _slides(con)
    rows = con.execute(
        "SELECT id, slide, source, value_text, p_value FROM outcomes "
        "UNION ALL SELECT id, slide, source, NULL, p_value FROM study_factors"
    ).fetchall()
    assert len(rows) > 50
    for rid, slide, source, value_text, p_value in rows:
        assert _norm(source) in slides[slide], (rid, slide, source)
        if value_text is not None:
            assert _norm(value_text) in _norm(source), (rid, value_text, source)
        if p_value is not None:
            assert _norm(p_value) in _norm(source), (rid, p_value, source)


def test_questions_are_verbatim_on_their_slide(con: sqlite3.Connection) -> None:
    slides = _slides(con)
    rows = con.execute("SELECT id, slide, text, source FROM questions").fetchall()
    assert {r[0][0] for r in rows} == {"q", "p"}
    for qid, slide, text, source in rows:
        assert _norm(source) in slides[slide], qid
        assert _norm(text) in _norm(source), qid


def test_slides_concatenated_are_the_deck(con: sqlite3.Connection) -> None:
    slides = [t for (t,) in con.execute("SELECT text FROM slides ORDER BY number")]
    numbers = [n for (n,) in con.execute("SELECT number FROM slides ORDER BY number")]
    assert numbers == list(range(1, len(numbers) + 1))
    deck = (content_dir() / "deck.txt").read_text(encoding="utf-8")
    assert "".join("".join(slides).split()) == "".join(deck.split())


def test_all_sources_and_the_clinical_case_are_present(con: sqlite3.Connection) -> None:
    studies = {
        sid: (kind, label)
        for sid, kind, label in con.execute("SELECT id, kind, label FROM studies")
    }
    for sid in SOURCES:
        assert sid in studies, sid
    cases = [sid for sid, (kind, _label) in studies.items() if kind == "clinical-case"]
    assert len(cases) == 1
    assert studies["adam-2006"][1] == "Adam 2006"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_studies_without_a_figure_show_not_reported(con: sqlite3.Connection) -> None:
    # Chua reports no OS5: NULL (shown "n.r."), never 0 or "".
    assert con.execute(
        "SELECT os5_text, os5_value FROM study_summary WHERE study_id = 'chua-2011'"
    ).fetchall() == [(None, None)]
    assert con.execute(
        "SELECT COUNT(*) FROM study_summary WHERE os5_text = '' OR dfs5_text = '' OR r0_text = ''"
    ).fetchone() == (0,)


def test_packaged_content_lives_where_paths_says() -> None:
    assert (content_dir() / "deck.txt").is_file()
    assert Path(content_dir(), "studies", "adam-2006.md").is_file()


# Abbreviations written on the slides in lower or mixed case (the upper-case ones are found by
# pattern in ``_slide_abbreviations``); names of people, places and initials are not.
MIXED_CASE = ("Mt", "Ct", "Cox", "Diam", "Chir", "Hepat", "Hepatect", "Nbre", "Fact", "Os",
              "pCR", "ypM0", "ypT0", "Gr", "pub", "chir", "anat", "onco", "fx", "ttt", "op")
NOT_ABBREVIATIONS = {"AL", "DE", "TC", "MD", "III", "H", "A", "F", "P", "R", "S"}


def _slide_abbreviations() -> set[str]:
    import re

    deck = (content_dir() / "deck.txt").read_text(encoding="utf-8")
    caps = set(re.findall(r"(?<![\w])(?:[A-Z]{2,}[A-Z0-9]*[+]?|[A-Z]+\d+|[A-Z]+/[A-Z]+|M\+)"
                          r"(?![\w])", deck))
    words = set(re.findall(r"[\w+/]+", deck))
    return (caps | {w for w in MIXED_CASE if w in words} | {"M"}) - NOT_ABBREVIATIONS


def test_every_slide_abbreviation_has_a_glossary_entry(con: sqlite3.Connection) -> None:
    terms = [t for (t,) in con.execute("SELECT term FROM glossary")]
    words = {w for t in terms for w in t.split()} | set(terms)
    lower = {t.lower() for t in terms}
    found = _slide_abbreviations()
    assert {"HER2", "OS", "DFS", "NS", "O/N", "N/O", "RLH", "Cox"} <= found
    missing = sorted(a for a in found if a not in words and a.lower() not in lower)
    assert missing == []


def test_glossary_says_what_the_deck_leaves_open(con: sqlite3.Connection) -> None:
    meaning = {t: (fr, en) for t, fr, en in con.execute(
        "SELECT term, meaning_fr, meaning_en FROM glossary")}
    assert "multivari" not in meaning["Cox"][0].split(";")[0]  # Cox is a model, not "multiv."
    assert "univari" in meaning["Cox"][0]
    assert "locale" not in meaning["RLH"][0]  # FR and EN say the same: liver recurrence
    assert "liver recurrence" in meaning["RLH"][1]
    assert "plus grosse" not in meaning["Diam"][0]
    glossary = (content_dir() / "glossary.yaml").read_text(encoding="utf-8")
    assert "deck's own glossary" not in glossary


def test_slide_text_keeps_the_deck_s_spaces_and_html_adds_no_bullets(
    con: sqlite3.Connection,
) -> None:
    # Every line of every slide is a line of the deck as extracted (only trailing spaces go):
    # a leading space (" MHKS") and runs of spaces ("MHKS    Facteurs") stay in ``text``.
    deck = [line.rstrip() for line in
            (content_dir() / "deck.txt").read_text(encoding="utf-8").splitlines()]
    pos = 0
    for number, text in con.execute("SELECT number, text FROM slides ORDER BY number"):
        for line in (x for x in text.split("\n") if x.strip()):
            while pos < len(deck) and deck[pos] != line:
                pos += 1
            assert pos < len(deck), (number, line)
            pos += 1
    texts = dict(con.execute("SELECT number, text FROM slides"))
    assert texts[1].startswith(" MHKS\n")
    assert "MHKS    Facteurs mauvais pronostics" in texts[11]
    html = dict(con.execute("SELECT number, html FROM slides"))
    assert "<li>" not in "".join(html.values())
    assert "- 13 LR<br>" in html[11] and "- Surveillance" in html[9]
