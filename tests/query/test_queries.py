"""The read-only query API: opening, the studies list (filters, sorts, pages), facets, one study,
slides and vocabularies, checked against plain-SQL/Python references on sample KBs."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kb_sample import make_sample_kb

from bclm_viewer.kb.errors import KbError
from bclm_viewer.kb.schema import EFFECTS, ENDPOINTS, SEARCH_ROWID_SHIFT
from bclm_viewer.query import working_set
from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.query.knowledge_base import SORT_KEYS, STUDY_COLUMNS, KnowledgeBase, parse_synonyms
from bclm_viewer.query.records import FactorFacet, StudyRow


@pytest.fixture(scope="module")
def deck_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Only the seven deck-like studies: small enough to state expected sets by hand."""
    return make_sample_kb(tmp_path_factory.mktemp("deck") / "kb.sqlite", 7)


@pytest.fixture(scope="module")
def big_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sample_kb(tmp_path_factory.mktemp("big") / "kb.sqlite", 300)


@pytest.fixture()
def deck(deck_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(deck_path) as kb:
        yield kb


@pytest.fixture()
def big(big_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(big_path) as kb:
        yield kb


def ids(kb: KnowledgeBase, **kw: Any) -> set[str]:
    return set(kb.study_ids(StudyFilter(**kw)))


# ----- opening ------------------------------------------------------------------------------
def test_missing_file_raises_kb_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite"
    with pytest.raises(KbError, match="absent.sqlite"):
        KnowledgeBase(path)
    assert not path.exists()  # opening never creates the file


def test_directory_is_not_a_kb(tmp_path: Path) -> None:
    with pytest.raises(KbError):
        KnowledgeBase(tmp_path)


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("ceci n'est pas une base\n" * 200, encoding="utf-8")
    with pytest.raises(KbError, match="notes.txt"):
        KnowledgeBase(path)


def test_foreign_database_lacks_our_tables(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE studies (id TEXT)")
    con.commit()
    con.close()
    with pytest.raises(KbError, match="search_index"):
        KnowledgeBase(path)


def test_empty_file_is_not_a_kb(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with pytest.raises(KbError):
        KnowledgeBase(path)


def test_path_with_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "dossier #1 ?été% & co"
    folder.mkdir()
    path = make_sample_kb(folder / "kb.sqlite", 3)
    with KnowledgeBase(path) as kb:
        assert kb.total_studies() == 3


def test_never_writes_the_file(tmp_path: Path) -> None:
    path = make_sample_kb(tmp_path / "kb.sqlite", 30)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with KnowledgeBase(path) as kb:
        kb.warm_up()
        kb.count_studies(StudyFilter(factors=("age",), text="hépat"))
        kb.factor_facets(StudyFilter(text="sein"))
        kb.search("hépatectomie")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            kb.connection.execute("INSERT INTO meta VALUES ('x', 'y')")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb.sqlite"]


def test_meta_and_counts(deck: KnowledgeBase) -> None:
    assert deck.meta()["generator"] == "tests/kb_sample.py"
    counts = deck.counts()
    assert counts == {
        "studies": 7, "slides": 11, "outcomes": 9, "findings": 13, "questions": 3,
        "glossary": 3, "factors": 13, "measures": 9,
    }
    assert deck.total_studies() == 7
    assert deck.slide_count() == 11


# ----- records ------------------------------------------------------------------------------
def test_records_are_frozen_dataclasses(deck: KnowledgeBase) -> None:
    things: list[Any] = [
        deck.study_rows(StudyFilter())[0], deck.study("adam-2006"), deck.outcomes("adam-2006")[0],
        deck.findings("adam-2006")[0], deck.factors()[0], deck.factor_facets(StudyFilter())[0],
        deck.effect_facets(StudyFilter())[0], deck.slides()[0], deck.slide(1),
        deck.questions()[0], deck.glossary()[0], deck.measures()[0], deck.slide_refs(4),
    ]
    for thing in things:
        assert dataclasses.is_dataclass(thing), thing
        field = dataclasses.fields(thing)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(thing, field, None)


def test_not_reported_is_none(deck: KnowledgeBase) -> None:
    rows = {r.id: r for r in deck.study_rows(StudyFilter())}
    assert rows["treska-2014"].journal is None
    assert rows["cas-clinique"].year is None
    assert rows["cas-clinique"].first_author is None
    assert rows["page-2014"].kind is None
    assert rows["page-2014"].n_patients is None
    assert rows["bergenfeldt-2011"].os5_text is None
    assert rows["bergenfeldt-2011"].r0_text is None
    assert rows["adam-2006"] == StudyRow(
        "adam-2006", "Adam R 2006", "Adam R", 2006, "Ann Surg", "series", 85, "1984–2004",
        "Hôpital Paul Brousse", "37", "21", "65",
    )
    assert rows["page-2014"].os5_text == "< 10"


def test_study_columns_are_sort_keys() -> None:
    assert STUDY_COLUMNS[0] == "label"
    assert set(STUDY_COLUMNS) <= set(SORT_KEYS)
    assert "first_author" in SORT_KEYS


# ----- sorting and paging -------------------------------------------------------------------
def _ascii_fold(text: str) -> str:
    # SQLite's NOCASE folds ASCII letters only.
    return text.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))


def _reference_order(path: Path, sort: str, descending: bool) -> list[str]:
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT s.id, s.label, s.first_author, s.year, s.journal, s.kind, s.n_patients, s.period,"
        " s.centre, s.title, s.sort_order, ss.os5_text, ss.os5_value, ss.dfs5_text,"
        " ss.dfs5_value, ss.r0_text, ss.r0_value FROM studies s"
        " LEFT JOIN study_summary ss ON ss.study_id = s.id"
    ).fetchall()
    con.close()
    names = ["id", "label", "first_author", "year", "journal", "kind", "n_patients", "period",
             "centre", "title", "sort_order", "os5_text", "os5_value", "dfs5_text", "dfs5_value",
             "r0_text", "r0_value"]
    recs = [dict(zip(names, r, strict=True)) for r in rows]
    folded = {"label", "first_author", "journal", "period", "centre", "title"}

    def key_of(r: dict[str, Any]) -> tuple[Any, ...]:
        if sort in ("os5", "dfs5", "r0"):
            text, value = r[f"{sort}_text"], r[f"{sort}_value"]
            return (text is None, value is None), value
        v = r[sort]
        return (v is None,), (_ascii_fold(v) if sort in folded and v is not None else v)

    # Group by the NULL flags (always ascending), sort values in the asked direction, ties in
    # deck order (sort_order, id) whatever the direction.
    out: list[str] = []
    groups: dict[tuple[bool, ...], list[dict[str, Any]]] = {}
    for r in recs:
        groups.setdefault(key_of(r)[0], []).append(r)
    for flags in sorted(groups):
        members = sorted(groups[flags], key=lambda r: (r["sort_order"], r["id"]))
        if not any(flags):
            members.sort(key=lambda r: key_of(r)[1], reverse=descending)
        out += [r["id"] for r in members]
    return out


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_every_sort_matches_reference(
    big: KnowledgeBase, big_path: Path, sort: str, descending: bool
) -> None:
    got = big.study_ids(StudyFilter(), sort, descending)
    assert got == _reference_order(big_path, sort, descending)


@pytest.mark.parametrize("sort", ["year", "os5", "journal", "r0"])
def test_nulls_last_both_directions(big: KnowledgeBase, sort: str) -> None:
    attr = {"os5": "os5_text", "r0": "r0_text"}.get(sort, sort)
    for descending in (False, True):
        rows = big.study_rows(StudyFilter(), sort, descending, 0, 1000)
        flags = [getattr(r, attr) is None for r in rows]
        assert any(flags) and not all(flags)
        assert flags == sorted(flags), "a not-reported value sorted before a reported one"


def test_reported_range_sorts_between_values_and_not_reported(deck: KnowledgeBase) -> None:
    # page-2014 reports OS5 only as "< 10" (no point value): after 37 and 43,6, before n.r.
    order = deck.study_ids(StudyFilter(), "os5", True)
    assert order[:3] == ["abbott-2012", "adam-2006", "page-2014"]
    order = deck.study_ids(StudyFilter(), "os5", False)
    assert order[:3] == ["adam-2006", "abbott-2012", "page-2014"]


def test_pages_concatenate_to_the_id_list(big: KnowledgeBase) -> None:
    f = StudyFilter(factors=("age",))
    for sort, descending in [("label", False), ("os5", True), ("n_patients", False)]:
        expected = big.study_ids(f, sort, descending)
        pages: list[str] = []
        offset = 0
        while True:
            page = big.study_rows(f, sort, descending, offset, 37)
            if not page:
                break
            pages += [r.id for r in page]
            offset += len(page)
        assert pages == expected
        assert len(expected) == big.count_studies(f)
    assert big.study_rows(StudyFilter(), "year", False, 10_000, 50) == []


def test_unknown_sort_key_is_a_value_error(deck: KnowledgeBase) -> None:
    with pytest.raises(ValueError, match="sort"):
        deck.study_rows(StudyFilter(), "label; DROP TABLE studies", False, 0, 10)


def test_study_ids_default_order_is_year(deck: KnowledgeBase) -> None:
    assert deck.study_ids(StudyFilter()) == deck.study_ids(StudyFilter(), "year", False)


# ----- filters: semantics on the deck -------------------------------------------------------
def test_filter_semantics_by_hand(deck: KnowledgeBase) -> None:
    assert ids(deck, factors=("age",)) == {"mariani-2013", "treska-2014"}
    assert ids(deck, factors=("age",), effects=("poor",)) == {"treska-2014"}
    assert ids(deck, factors=("age",), effects=("not significant",)) == {"mariani-2013"}
    assert ids(deck, factors=("hormone_receptors",)) == {"abbott-2012", "treska-2014"}
    # Abbott's finding has no endpoint on the slide: it is not an OS or DFS finding.
    assert ids(deck, factors=("hormone_receptors",), endpoints=("DFS",)) == {"treska-2014"}
    assert ids(deck, factors=("hormone_receptors",), endpoints=("OS",)) == set()
    assert ids(deck, factors=("age", "her2")) == {"mariani-2013"}
    assert ids(deck, factors=("age", "her2"), mode="any") == {"mariani-2013", "treska-2014"}
    # Each ticked factor needs its own matching finding: Treska's poor age finding does not
    # make its poor DFS hormone-receptor finding an OS one.
    assert ids(deck, factors=("age", "hormone_receptors"), endpoints=("OS",)) == set()
    assert ids(deck, factors=("age", "hormone_receptors"), endpoints=("DFS",)) == {"treska-2014"}
    assert ids(deck, effects=("favourable",)) == {"mariani-2013", "abbott-2012"}
    assert ids(deck, endpoints=("OS",)) == {"treska-2014"}
    assert ids(deck, effects=("favourable",), endpoints=("OS",)) == set()


def test_unknown_factor_matches_nothing_in_all_mode(deck: KnowledgeBase) -> None:
    assert deck.count_studies(StudyFilter(factors=("nope",))) == 0
    assert deck.count_studies(StudyFilter(factors=("age", "nope"))) == 0
    assert ids(deck, factors=("age", "nope"), mode="any") == {"mariani-2013", "treska-2014"}
    assert deck.count_studies(StudyFilter(factors=("nope",), mode="any")) == 0


def test_text_filter(deck: KnowledgeBase) -> None:
    assert ids(deck, text="Brousse") == {"adam-2006"}  # the study's own row
    assert ids(deck, text="hepatectomie") == {"adam-2006"}  # accents folded, notes indexed
    assert ids(deck, text="itérative") == {"adam-2006"}  # a finding's quote
    assert ids(deck, text="médian") == {"abbott-2012"}  # a figure's quote
    assert ids(deck, text="Perspectives") == set()  # only on a slide: no study
    assert ids(deck, text="bro") == {"adam-2006"}  # prefix of the last word
    assert ids(deck, text="brousse", factors=("age",)) == set()
    assert ids(deck, text="mariani", factors=("age",)) == {"mariani-2013"}
    # Nothing searchable restricts nothing, like an empty box.
    assert deck.count_studies(StudyFilter(text=" - ( ")) == 7


def test_filter_value_validation() -> None:
    with pytest.raises(ValueError, match="effect"):
        StudyFilter(effects=("bad",))
    with pytest.raises(ValueError, match="endpoint"):
        StudyFilter(endpoints=("PFS",))
    with pytest.raises(ValueError, match="mode"):
        StudyFilter(mode="some")  # type: ignore[arg-type]
    f = StudyFilter(factors=["age", "her2", "age"])  # type: ignore[arg-type]
    assert f.factors == ("age", "her2")
    assert hash(f) == hash(StudyFilter(factors=("age", "her2")))
    assert StudyFilter().is_empty() and StudyFilter(text="  ").is_empty()
    assert not StudyFilter(effects=("poor",)).is_empty()


# ----- filters: against a reference on a bigger KB ------------------------------------------
class Reference:
    """Expected results computed in Python from the raw rows."""

    def __init__(self, path: Path) -> None:
        con = sqlite3.connect(path)
        self.all = {r[0] for r in con.execute("SELECT id FROM studies")}
        self.findings = con.execute(
            "SELECT study_id, factor_id, effect, endpoint FROM study_factors"
        ).fetchall()
        self.con = con

    def text_ids(self, fts: str | None) -> set[str]:
        if fts is None:
            return set(self.all)
        return {r[0] for r in self.con.execute(
            "SELECT DISTINCT study_id FROM search_index WHERE search_index MATCH ? "
            "AND study_id IS NOT NULL", (fts,))}

    def has(self, f: StudyFilter, factor: str | None) -> set[str]:
        return {
            s for s, fid, eff, ep in self.findings
            if (factor is None or fid == factor)
            and (not f.effects or eff in f.effects)
            and (not f.endpoints or ep in f.endpoints)
        }

    def matching(self, f: StudyFilter) -> set[str]:
        result = self.text_ids(f.fts)
        if f.factors:
            sets = [self.has(f, x) for x in f.factors]
            combined = set.intersection(*sets) if f.mode == "all" else set.union(*sets)
            result &= combined
        elif f.effects or f.endpoints:
            result &= self.has(f, None)
        return result


def _random_filters(seed: int, n: int) -> list[StudyFilter]:
    rng = random.Random(seed)
    factors = ["age", "her2", "hormone_receptors", "bone_metastases", "resection_margin",
               "liver_surgery", "chemo_cycles"]
    texts = ["", "", "hépat", "sein", "Brousse", "R0", "os5", "zzzz", "Curie"]
    out = []
    for _ in range(n):
        out.append(StudyFilter(
            factors=tuple(rng.sample(factors, rng.choice([0, 0, 1, 2, 3]))),
            mode=rng.choice(["all", "any"]),
            effects=tuple(rng.sample(EFFECTS, rng.choice([0, 0, 1, 2]))),
            endpoints=tuple(rng.sample(ENDPOINTS, rng.choice([0, 0, 1]))),
            text=rng.choice(texts),
        ))
    return out


@pytest.fixture(scope="module")
def reference(big_path: Path) -> Reference:
    return Reference(big_path)


@pytest.mark.parametrize("f", _random_filters(7, 60), ids=lambda f: repr(f)[11:70])
def test_filter_matches_reference(big: KnowledgeBase, reference: Reference, f: StudyFilter) -> None:
    expected = reference.matching(f)
    assert set(big.study_ids(f)) == expected
    assert big.count_studies(f) == len(expected)


@pytest.mark.parametrize("f", _random_filters(11, 25), ids=lambda f: repr(f)[11:70])
def test_facets_match_reference(big: KnowledgeBase, reference: Reference, f: StudyFilter) -> None:
    facets = big.factor_facets(f)
    for facet in facets:
        if f.mode == "all":
            # The studies you would see with this factor ticked too.
            extra = f.factors if facet.id in f.factors else (*f.factors, facet.id)
            expected = reference.matching(dataclasses.replace(f, factors=extra))
        else:
            # Disjunctive: the rest of the filter, this factor alone.
            expected = reference.matching(dataclasses.replace(f, factors=(facet.id,)))
        assert facet.count == len(expected), facet
    for e in big.effect_facets(f):
        assert e.count == len(reference.matching(dataclasses.replace(f, effects=(e.value,))))
    for e in big.endpoint_facets(f):
        assert e.count == len(reference.matching(dataclasses.replace(f, endpoints=(e.value,))))


def test_ticked_factor_facet_shows_current_total(deck: KnowledgeBase) -> None:
    f = StudyFilter(factors=("age",), effects=("poor",))
    facets = {x.id: x.count for x in deck.factor_facets(f)}
    assert facets["age"] == deck.count_studies(f) == 1
    assert facets["hormone_receptors"] == 1  # Treska: poor age and poor hormone receptors
    assert facets["her2"] == 0  # Mariani's HER2 finding is not significant


def test_any_mode_facets_ignore_the_other_ticks(deck: KnowledgeBase) -> None:
    f = StudyFilter(factors=("age",), mode="any")
    facets = {x.id: x for x in deck.factor_facets(f)}
    assert facets["her2"].count == 1  # Mariani, though ticking it adds nothing new
    # Abbott and Treska, though Abbott is outside the current set.
    assert facets["hormone_receptors"].count == 2
    assert isinstance(facets["her2"], FactorFacet) and facets["her2"].factor_id == "her2"


def test_effect_and_endpoint_facets(deck: KnowledgeBase) -> None:
    eff = {x.value: x.count for x in deck.effect_facets(StudyFilter())}
    assert eff == {"poor": 3, "favourable": 2, "not significant": 1}
    ep = {x.value: x.count for x in deck.endpoint_facets(StudyFilter())}
    assert ep == {"OS": 1, "DFS": 1}
    eff = {x.value: x.count for x in deck.effect_facets(StudyFilter(factors=("age",)))}
    assert eff == {"poor": 1, "favourable": 0, "not significant": 1}


def test_facets_order_is_category_then_vocabulary(deck: KnowledgeBase) -> None:
    facets = deck.factor_facets(StudyFilter())
    assert [x.id for x in facets] == [x.id for x in deck.factors()]
    cats = [x.category for x in facets]
    # each category in one run, in the vocabulary's order of first appearance
    runs = [c for c, _ in itertools.groupby(cats)]
    assert runs == deck.factor_categories()
    assert len(runs) == len(set(runs))
    assert runs[0] == "Patiente"


def test_text_cache_eviction_keeps_results_right(
    big: KnowledgeBase, reference: Reference, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(working_set, "TEXT_CACHE_SIZE", 3)
    words = ["hépat", "sein", "Brousse", "Curie", "R0", "os5", "hépat", "sein"]
    for word in words * 2:
        f = StudyFilter(text=word)
        assert big.count_studies(f) == len(reference.matching(f))


def test_search_rowids_name_their_study(big_path: Path) -> None:
    con = sqlite3.connect(big_path)
    try:
        ords = dict(con.execute("SELECT study_id, ord FROM study_list").fetchall())
        rows = con.execute("SELECT rowid, study_id FROM search_index").fetchall()
    finally:
        con.close()
    assert sorted(ords.values()) == list(range(len(ords)))
    for rowid, study_id in rows:
        if study_id is None:
            assert 0 < rowid < 1 << SEARCH_ROWID_SHIFT
        else:
            assert (rowid >> SEARCH_ROWID_SHIFT) - 1 == ords[study_id]


@pytest.mark.parametrize("text", [
    "h", "hé", "hépat", "hépatectomie", "sein", "R0", "R0/R1", "Brou", "os5", "zzzz",
    "½", "a\u0301", "Paul Brou", "survie globale", "résection R0", "M+ extra",
])  # "HER2-", "N0/ N1" are read as clinicians mean them: tests/query/test_clinical_search.py
def test_text_filter_matches_the_rows(big: KnowledgeBase, reference: Reference, text: str) -> None:
    # One word goes through study_text (one document per study), several through the rows:
    # both must give the studies owning a matching row of search_index.
    f = StudyFilter(text=text)
    assert set(big.study_ids(f)) == reference.matching(f)
    assert big.count_studies(f) == len(reference.matching(f))


# ----- vocabularies -------------------------------------------------------------------------
def test_factors(deck: KnowledgeBase) -> None:
    her2 = deck.factor("her2")
    assert her2 is not None
    assert her2.name_fr == "Statut HER2" and her2.category == "Biologie tumorale"
    assert her2.synonyms == ("HER2", "HER2+", "HER2 -")
    assert deck.factor("nope") is None
    assert deck.factor_categories() == [
        "Patiente", "Tumeur primitive", "Biologie tumorale", "Maladie métastatique",
        "Traitement systémique", "Chirurgie",
    ]


def test_parse_synonyms() -> None:
    assert parse_synonyms('["RH", "RH+"]') == ("RH", "RH+")
    assert parse_synonyms("RH\nRH+\n") == ("RH", "RH+")
    assert parse_synonyms("") == ()


def test_measures_questions_glossary(deck: KnowledgeBase) -> None:
    measures = {m.id: m for m in deck.measures()}
    assert measures["os5"].higher_is_better is True
    assert measures["follow_up_months"].higher_is_better is None
    assert measures["os5"].unit == "%"
    assert [q.id for q in deck.questions()] == ["q1", "p1", "p2"]
    assert [q.id for q in deck.questions("perspective")] == ["p1", "p2"]
    assert deck.questions("nope") == []
    assert deck.glossary()[0].term == "MHKS"


# ----- one study ----------------------------------------------------------------------------
def test_study_detail(deck: KnowledgeBase) -> None:
    adam = deck.study("adam-2006")
    assert adam is not None
    assert adam.label == "Adam R 2006"
    assert adam.citation.startswith("Adam R, Is liver resection justified")
    assert adam.notes_html.startswith("<p>")
    assert (adam.os5_text, adam.os5_value, adam.r0_value) == ("37", 37.0, 65.0)
    assert (adam.n_outcomes, adam.n_findings) == (3, 3)
    case = deck.study("cas-clinique")
    assert case is not None and case.first_author is None and case.year is None
    assert deck.study("nope") is None


def test_outcomes_keep_the_deck_verbatim(deck: KnowledgeBase) -> None:
    page = deck.outcomes("page-2014")
    assert [o.id for o in page] == ["page-2014/o01", "page-2014/o02"]
    lt10, range_ = page
    assert (lt10.value, lt10.value_text, lt10.qualifier, lt10.value_high) == (None, "< 10", "<",
                                                                              10.0)
    assert (range_.value, range_.value_low, range_.value_high) == (None, 40.0, 60.0)
    assert range_.group_label == "opérées" and range_.source == "OS5 opérées : 40-60 %"
    assert lt10.measure_name_fr.startswith("OS5") and lt10.unit == "%" and lt10.slide == 1
    ops = deck.outcomes("bergenfeldt-2011")[0]
    assert (ops.value, ops.value_low, ops.value_high, ops.value_text) == (2.0, 0.7, 7.0,
                                                                          "2 [0,7 – 7]")
    assert deck.outcomes("nope") == []


def test_findings(deck: KnowledgeBase) -> None:
    treska = deck.findings("treska-2014")
    assert [x.factor_id for x in treska] == ["age", "disease_free_interval", "age",
                                             "hormone_receptors", "metastasis_diameter"]
    assert [x.endpoint for x in treska] == ["OS", "OS", "DFS", "DFS", "DFS"]
    mariani = deck.findings("mariani-2013")
    assert mariani[0].p_value == "0.049" and mariani[0].level == "N1"
    assert mariani[0].factor_name_fr == "Statut ganglionnaire (N0/N1)"
    assert mariani[2].effect == "not significant" and mariani[2].endpoint is None
    assert mariani[2].analysis is None


# ----- slides -------------------------------------------------------------------------------
def test_slides(deck: KnowledgeBase) -> None:
    slides = deck.slides()
    assert [s.number for s in slides] == list(range(1, 12))
    assert slides[3].title == "Adam"
    four = deck.slide(4)
    assert four is not None and "OS5: 37%" in four.text and four.html.startswith("<p>")
    assert deck.slide(99) is None


def test_slide_refs(deck: KnowledgeBase) -> None:
    refs = deck.slide_refs(4)
    assert [s.id for s in refs.studies] == ["adam-2006"]
    assert {o.study_id for o in refs.outcomes} == {"adam-2006"} and len(refs.outcomes) == 3
    assert len(refs.findings) == 3 and refs.questions == ()
    nine = deck.slide_refs(9)
    assert nine.studies == () and [q.id for q in nine.questions] == ["p1", "p2"]
    assert deck.slide_refs(99).studies == ()


# ----- the real KB, built from the packaged content -----------------------------------------
@pytest.fixture(scope="module")
def real_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bclm_viewer.kb.build import build_kb
    from bclm_viewer.kb.paths import content_dir

    path = tmp_path_factory.mktemp("real") / "kb.sqlite"
    build_kb(content_dir(), path)
    return path


@pytest.fixture()
def real(real_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(real_path) as kb:
        yield kb


def test_real_kb_lists_every_source(real: KnowledgeBase) -> None:
    ids_ = set(real.study_ids(StudyFilter()))
    assert {"adam-2006", "abbott-2012", "mariani-2013", "page-2014", "bergenfeldt-2011",
            "chua-2011", "cas-clinique", "treska-2014", "dittmar-2013"} <= ids_
    assert real.count_studies(StudyFilter()) == len(ids_) == real.counts()["studies"]
    for sort in SORT_KEYS:
        for descending in (False, True):
            assert len(real.study_rows(StudyFilter(), sort, descending, 0, 100)) == len(ids_)


def test_real_kb_figures_are_verbatim(real: KnowledgeBase) -> None:
    adam = {o.measure: o for o in real.outcomes("adam-2006")}
    assert (adam["os5"].value_text, adam["os5"].value, adam["os5"].source) == ("37", 37.0,
                                                                              "OS5: 37%")
    assert (adam["r0_pct"].value_text, adam["r0_pct"].slide) == ("65", 4)
    row = next(r for r in real.study_rows(StudyFilter()) if r.id == "bergenfeldt-2011")
    assert row.os5_text is None and row.dfs5_text is None and row.r0_text is None
    case = real.study("cas-clinique")
    assert case is not None and case.first_author is None and case.journal is None


def test_real_kb_filters_match_reference(real: KnowledgeBase, real_path: Path) -> None:
    ref = Reference(real_path)
    for f in _random_filters(3, 40) + [StudyFilter(factors=("age",), endpoints=("OS",)),
                                       StudyFilter(text="hepatectomie")]:
        assert set(real.study_ids(f)) == ref.matching(f), f
    # Treska reports age as a poor factor for OS (slide 11); Mariani as not significant.
    assert "treska-2014" in real.study_ids(StudyFilter(factors=("age",), endpoints=("OS",)))
    assert "mariani-2013" in real.study_ids(
        StudyFilter(factors=("age",), effects=("not significant",))
    )


def test_real_kb_vocabulary_and_search(real: KnowledgeBase) -> None:
    her2 = real.factor("her2")
    assert her2 is not None and "HER2+" in her2.synonyms
    assert sum(x.count for x in real.factor_facets(StudyFilter())) > 0
    hits = real.search("hepatectomie")
    assert any(h.study_id == "adam-2006" for h in hits)
    assert all(h.slide is None or 1 <= h.slide <= real.slide_count() for h in hits)
    assert [s.number for s in real.slides()] == list(range(1, real.slide_count() + 1))
    assert real.slide_refs(4).studies[0].id == "adam-2006"


def test_os5_sort_puts_bounds_and_ranges_after_points(real_kb: Any) -> None:
    # Page 2014's OS5 is "< 10" (all stages) and "40-60" (operated): no point, so it sorts
    # after the point values in both directions, before the studies that report none.
    for descending in (False, True):
        rows = real_kb.study_rows(StudyFilter(), "os5", descending, 0, 100)
        order = [r.id for r in rows if r.os5_text is not None]
        assert order[-1] == "page-2014"
        points = order[:-1]
        assert points == (["abbott-2012", "adam-2006"] if descending
                          else ["adam-2006", "abbott-2012"])
    page = next(r for r in real_kb.study_rows(StudyFilter(), "os5", False, 0, 100)
                if r.id == "page-2014")
    assert "mise en page" in page.readings["os5_text"]  # "opérées 40-60%" read as OS5
