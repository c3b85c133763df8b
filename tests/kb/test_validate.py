"""Bad content: every problem is reported at once as ``path:line: field: what is wrong``, ``check``
exits 2, and a failed build leaves the previous KB byte for byte as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from kb_fixtures import edit, line_of, write_minimal_content

from bclm_viewer.cli.main import main
from bclm_viewer.kb.build import build_kb
from bclm_viewer.kb.content import ContentError, Problem
from bclm_viewer.kb.validate import check_content

Expected = tuple[str, int, str, str]  # path under content/, line, field, message fragment
Case = Callable[[Path], Expected]

DURAND = "studies/durand-2010.md"
MARTIN = "studies/martin-2012.md"


def _bad_yaml(c: Path) -> Expected:
    edit(c / DURAND, 'journal: "Revue Test"', "journal: Revue: Test")
    return DURAND, line_of(c / DURAND, "journal:"), "front matter", "invalid YAML"


def _unclosed(c: Path) -> Expected:
    edit(c / MARTIN, 'p:0.049"\n---\n', 'p:0.049"\n')  # the closing line
    return MARTIN, 1, "front matter", "not closed"


def _no_front_matter(c: Path) -> Expected:
    edit(c / "slides/02-martin.md", "---\nnumber: 2", "number: 2")
    return "slides/02-martin.md", 1, "front matter", "must start with"


def _front_matter_not_mapping(c: Path) -> Expected:
    path = c / "studies/cas-clinique.md"
    path.write_text("---\n- a\n- b\n---\nnotes\n", encoding="utf-8")
    return "studies/cas-clinique.md", 2, "front matter", "mapping"


def _unknown_factor(c: Path) -> Expected:
    edit(c / DURAND, "factor: systemic_response", "factor: systemic_reponse")
    return DURAND, line_of(c / DURAND, "systemic_reponse"), "findings[1].factor", "unknown factor"


def _unknown_measure(c: Path) -> Expected:
    edit(c / DURAND, "measure: dfs5", "measure: dfs3")
    return DURAND, line_of(c / DURAND, "dfs3"), "outcomes[3].measure", "unknown measure"


def _duplicate_slide(c: Path) -> Expected:
    edit(c / "slides/03-questions.md", "number: 3", "number: 2")
    return "slides/03-questions.md", 2, "number", "duplicate slide number 2"


def _not_contiguous(c: Path) -> Expected:
    edit(c / "slides/03-questions.md", "number: 3", "number: 4")
    return "slides/03-questions.md", 2, "number", "contiguous from 1"


def _duplicate_question(c: Path) -> Expected:
    edit(c / "questions.yaml", "id: p1", "id: q1")
    return "questions.yaml", line_of(c / "questions.yaml", "id: q1", 2), "id", "duplicate id 'q1'"


def _duplicate_term(c: Path) -> Expected:
    edit(c / "glossary.yaml", '{term: "OS5"', '{term: "MHKS"')
    line = line_of(c / "glossary.yaml", '{term: "MHKS"')
    return "glossary.yaml", line, "term", "duplicate term 'MHKS'"


def _duplicate_factor(c: Path) -> Expected:
    edit(c / "factors.yaml", "id: nodal_status", "id: systemic_response")
    line = line_of(c / "factors.yaml", "id: systemic_response", 2)
    return "factors.yaml", line, "id", "duplicate id 'systemic_response'"


def _duplicate_measure(c: Path) -> Expected:
    edit(c / "measures.yaml", "id: dfs5", "id: os5")
    return "measures.yaml", line_of(c / "measures.yaml", "id: os5", 2), "id", "duplicate id"


def _duplicate_study(c: Path) -> Expected:
    (c / "studies/Durand-2010.md").write_bytes((c / DURAND).read_bytes())
    later = sorted(["Durand-2010.md", "durand-2010.md"])[1]
    return f"studies/{later}", 1, "id", "duplicate study id"


def _percentage_over_100(c: Path) -> Expected:
    edit(c / DURAND, "measure: operated_n", "measure: os5")  # 108 MHKS opérées → "108 %"
    line = line_of(c / DURAND, 'value: "108"')
    return DURAND, line, "outcomes[1].value", "percentage over 100"


def _negative_count(c: Path) -> Expected:
    edit(
        c / DURAND,
        'value: "108"\n    source: "108 MHKS opérées"',
        'value: "-2"\n    source: "Évolution : -2"',
    )
    return DURAND, line_of(c / DURAND, 'value: "-2"'), "outcomes[1].value", "negative count"


def _negative_n_patients(c: Path) -> Expected:
    edit(c / DURAND, "n_patients: 108", "n_patients: -108")
    return DURAND, line_of(c / DURAND, "n_patients: -108"), "n_patients", "negative count"


def _source_not_on_slide(c: Path) -> Expected:
    edit(c / DURAND, 'source: "DFS5: 21%"', 'source: "DFS5 : 21%"')
    return DURAND, line_of(c / DURAND, "DFS5 : 21%"), "outcomes[3].source", "not on slide 1"


def _finding_source_not_on_slide(c: Path) -> Expected:
    edit(c / MARTIN, 'source: "N0/ N1 p:0.049"', 'source: "N0/N1 p:0.049"')
    return MARTIN, line_of(c / MARTIN, "N0/N1 p"), "findings[1].source", "not on slide 2"


def _value_not_in_source(c: Path) -> Expected:
    edit(c / DURAND, 'value: "21"', 'value: "12"')
    return DURAND, line_of(c / DURAND, 'value: "12"'), "outcomes[3].value", "not in its source"


def _p_not_in_source(c: Path) -> Expected:
    edit(c / MARTIN, 'p: "0.049"', 'p: "0.05"')
    return MARTIN, line_of(c / MARTIN, 'p: "0.05"'), "findings[1].p", "not in its source"


def _study_slide_missing(c: Path) -> Expected:
    edit(c / MARTIN, "slide: 2", "slide: 9")
    return MARTIN, line_of(c / MARTIN, "slide: 9"), "slide", "slide 9 does not exist"


def _outcome_slide_missing(c: Path) -> Expected:
    edit(c / DURAND, '    value: "37"\n', '    value: "37"\n    slide: 12\n')
    return DURAND, line_of(c / DURAND, "slide: 12"), "outcomes[2].slide", "slide 12 does not"


def _not_utf8(c: Path) -> Expected:
    path = c / MARTIN
    line = line_of(path, "opérées")  # the first line with a non-ASCII letter
    path.write_bytes(path.read_bytes().replace("opérées".encode(), "opérées".encode("latin-1")))
    return MARTIN, line, "file", "not UTF-8"


def _empty_file(c: Path) -> Expected:
    (c / "studies/cas-clinique.md").write_bytes(b"")
    return "studies/cas-clinique.md", 1, "file", "empty file"


def _empty_yaml(c: Path) -> Expected:
    (c / "glossary.yaml").write_text("\n", encoding="utf-8")
    return "glossary.yaml", 1, "file", "empty file"


def _missing_required(c: Path) -> Expected:
    edit(c / DURAND, '    value: "65"\n    source: "R0: 65%"\n', '    value: "65"\n')
    return DURAND, line_of(c / DURAND, "measure: r0_pct"), "outcomes[4].source", "missing"


def _missing_first_author(c: Path) -> Expected:
    edit(c / MARTIN, 'first_author: "Martin B"\n', "")
    return MARTIN, 2, "first_author", "missing required field"


def _missing_slide_title(c: Path) -> Expected:
    edit(c / "slides/01-durand.md", 'title: "Durand"\n', "")
    return "slides/01-durand.md", 2, "title", "missing required field"


def _unknown_effect(c: Path) -> Expected:
    edit(c / DURAND, "effect: poor", "effect: bad")
    return DURAND, line_of(c / DURAND, "effect: bad"), "findings[1].effect", "unknown value 'bad'"


def _unknown_endpoint(c: Path) -> Expected:
    edit(c / DURAND, "endpoint: OS", "endpoint: PFS")
    return DURAND, line_of(c / DURAND, "PFS"), "findings[1].endpoint", "unknown value 'PFS'"


def _unknown_analysis(c: Path) -> Expected:
    edit(c / DURAND, "analysis: multivariate", "analysis: multivariée")
    line = line_of(c / DURAND, "multivariée")
    return DURAND, line, "findings[1].analysis", "unknown value"


def _unknown_question_kind(c: Path) -> Expected:
    edit(c / "questions.yaml", "kind: perspective", "kind: idea")
    return "questions.yaml", line_of(c / "questions.yaml", "idea"), "kind", "unknown value"


def _unknown_study_kind(c: Path) -> Expected:
    edit(c / DURAND, "kind: series", "kind: cohort")
    return DURAND, line_of(c / DURAND, "cohort"), "kind", "unknown value 'cohort'"


def _value_does_not_parse(c: Path) -> Expected:
    edit(c / DURAND, 'value: "37"', 'value: "37 %"')
    return DURAND, line_of(c / DURAND, '"37 %"'), "outcomes[2].value", "not a figure"


def _year_does_not_parse(c: Path) -> Expected:
    edit(c / DURAND, "year: 2010", "year: 2010a")
    return DURAND, line_of(c / DURAND, "2010a"), "year", "not a whole number"


def _question_not_on_slide(c: Path) -> Expected:
    edit(c / "questions.yaml", "malades sélectionnés?", "malades selectionnes?")
    line = line_of(c / "questions.yaml", "selectionnes")
    return "questions.yaml", line, "text", "not on slide 3"


def _question_slide_missing(c: Path) -> Expected:
    edit(c / "questions.yaml", "slide: 3", "slide: 30")
    return "questions.yaml", line_of(c / "questions.yaml", "slide: 30"), "slide", "does not exist"


def _unknown_field(c: Path) -> Expected:
    edit(c / DURAND, "endpoint: OS", "endpont: OS")
    return DURAND, line_of(c / DURAND, "endpont"), "findings[1].endpont", "unknown field"


def _duplicate_key(c: Path) -> Expected:
    edit(c / DURAND, "year: 2010\n", "year: 2010\nyear: 2011\n")
    return DURAND, line_of(c / DURAND, "year: 2011"), "year", "duplicate key"


def _slide_differs_from_deck(c: Path) -> Expected:
    edit(c / "slides/02-martin.md", "opérées 40-60%", "opérées 40-61%")
    path = c / "slides/02-martin.md"
    return "slides/02-martin.md", line_of(path, "40-61"), "text", "differs from deck.txt"


def _missing_vocabulary(c: Path) -> Expected:
    (c / "measures.yaml").unlink()
    return "measures.yaml", 1, "file", "missing"


CASES: dict[str, Case] = {
    "bad front matter": _bad_yaml,
    "unclosed front matter": _unclosed,
    "no front matter": _no_front_matter,
    "front matter not a mapping": _front_matter_not_mapping,
    "unknown factor": _unknown_factor,
    "unknown measure": _unknown_measure,
    "duplicate slide number": _duplicate_slide,
    "slides not contiguous": _not_contiguous,
    "duplicate question id": _duplicate_question,
    "duplicate glossary term": _duplicate_term,
    "duplicate factor id": _duplicate_factor,
    "duplicate measure id": _duplicate_measure,
    "duplicate study id": _duplicate_study,
    "percentage over 100": _percentage_over_100,
    "negative count": _negative_count,
    "negative n_patients": _negative_n_patients,
    "source not on slide": _source_not_on_slide,
    "finding source not on slide": _finding_source_not_on_slide,
    "value not in source": _value_not_in_source,
    "p not in source": _p_not_in_source,
    "study slide does not exist": _study_slide_missing,
    "outcome slide does not exist": _outcome_slide_missing,
    "not utf-8": _not_utf8,
    "empty file": _empty_file,
    "empty yaml file": _empty_yaml,
    "missing required field": _missing_required,
    "missing first author": _missing_first_author,
    "missing slide title": _missing_slide_title,
    "unknown effect": _unknown_effect,
    "unknown endpoint": _unknown_endpoint,
    "unknown analysis": _unknown_analysis,
    "unknown question kind": _unknown_question_kind,
    "unknown study kind": _unknown_study_kind,
    "value does not parse": _value_does_not_parse,
    "year does not parse": _year_does_not_parse,
    "question not on slide": _question_not_on_slide,
    "question slide does not exist": _question_slide_missing,
    "unknown field": _unknown_field,
    "duplicate key": _duplicate_key,
    "slide differs from deck": _slide_differs_from_deck,
    "missing vocabulary file": _missing_vocabulary,
}


def _find(problems: list[Problem], expected: Expected) -> Problem:
    rel, line, field, fragment = expected
    path = f"content/{rel}"
    for p in problems:
        if p.path == path and p.field == field and fragment in p.message:
            assert p.line == line, f"{p} should be on line {line}"
            assert str(p).startswith(f"{path}:{line}: {field}: ")
            return p
    raise AssertionError(
        f"no {path}:{line}: {field}: …{fragment}… in\n" + "\n".join(str(p) for p in problems)
    )


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A valid content folder and a KB built from it (its bytes, to compare after a failure)."""
    content = write_minimal_content(tmp_path / "content")
    kb = tmp_path / "out" / "kb.sqlite"
    build_kb(content, kb)
    return content, kb, kb.read_bytes()


def test_minimal_content_has_no_problems(tmp_path: Path) -> None:
    assert check_content(write_minimal_content(tmp_path / "content")) == []


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
def test_bad_content_is_reported_and_previous_kb_kept(
    case: Case, built: tuple[Path, Path, bytes]
) -> None:
    content, kb, before = built
    expected = case(content)

    problems = check_content(content)
    _find(problems, expected)

    with pytest.raises(ContentError) as info:
        build_kb(content, kb)
    assert info.value.problems == problems
    _find(info.value.problems, expected)
    assert kb.read_bytes() == before
    assert sorted(p.name for p in kb.parent.iterdir()) == ["kb.sqlite"]  # no temp file left


def test_every_problem_is_reported_at_once(built: tuple[Path, Path, bytes]) -> None:
    content, kb, before = built
    chosen = [
        _unknown_factor,
        _percentage_over_100,
        _unknown_question_kind,
        _empty_file,
        _duplicate_term,
        _not_contiguous,
    ]
    expected = [case(content) for case in chosen]
    problems = check_content(content)
    for e in expected:
        _find(problems, e)
    with pytest.raises(ContentError) as info:
        build_kb(content, kb)
    assert len(info.value.problems) == len(problems)
    assert str(info.value) == "\n".join(str(p) for p in problems)
    assert kb.read_bytes() == before


def test_check_cli_prints_every_problem_and_exits_2(
    built: tuple[Path, Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    content, kb, before = built
    unknown = _unknown_measure(content)
    effect = _unknown_effect(content)
    assert main(["check", "--content", str(content)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert (
        f"content/{unknown[0]}:{unknown[1]}: {unknown[2]}: unknown measure 'dfs3' "
        "(not in measures.yaml)" in err
    )
    assert any(line.startswith(f"content/{effect[0]}:{effect[1]}: {effect[2]}: ") for line in err)
    assert err[-1].startswith("2 problems in the content")
    assert kb.read_bytes() == before


def test_build_cli_exits_2_and_keeps_previous_kb(
    built: tuple[Path, Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    content, kb, before = built
    rel, line, field, _ = _value_not_in_source(content)
    assert main(["build", "--content", str(content), "--output", str(kb)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"content/{rel}:{line}: {field}: '12' is not in its source 'DFS5: 21%'" in (
        captured.err.splitlines()
    )
    assert kb.read_bytes() == before


def test_check_of_a_missing_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--content", str(tmp_path / "nowhere")]) == 2
    assert "content folder does not exist" in capsys.readouterr().err


def test_check_writes_nothing(tmp_path: Path) -> None:
    content = write_minimal_content(tmp_path / "content")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert main(["check", "--content", str(content)]) == 0
    _unknown_factor(content)
    assert main(["check", "--content", str(content)]) == 2
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
