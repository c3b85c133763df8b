"""Readings in the content format: checked by the one validation path of ``check`` and
``build``, kept by the build in the ``readings`` table; and the labels built around the data
(citations, N of a case-control study, the OS5 sort value) say no more than the slides."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from kb_fixtures import edit, line_of, write_minimal_content

from bclm_viewer.cli.main import main
from bclm_viewer.kb.build import build_kb
from bclm_viewer.kb.content import ContentError
from bclm_viewer.kb.paths import content_dir
from bclm_viewer.kb.validate import check_content

DURAND = "studies/durand-2010.md"
COX = "« Cox » sur la diapositive ; un modèle de Cox peut aussi être univarié"
FINDING = '''    analysis: multivariate
    source: "Cox -: Absence de réponse au TTT"
'''


def _with_reading(root: Path, reading: str) -> Path:
    edit(root / DURAND, FINDING, FINDING + "    readings:\n" + reading)
    return root / DURAND


def test_a_reading_is_accepted_and_kept_by_the_build(tmp_path: Path) -> None:
    root = write_minimal_content(tmp_path / "content")
    _with_reading(root, f'      analysis: "{COX}"\n')
    edit(root / DURAND, "slide: 1\n", 'slide: 1\nreadings:\n  kind: "série : lue"\n')
    assert check_content(root) == []
    build_kb(root, tmp_path / "kb.sqlite")
    con = sqlite3.connect(tmp_path / "kb.sqlite")
    rows = con.execute(
        "SELECT table_name, row_id, study_id, field, reason FROM readings ORDER BY 1"
    ).fetchall()
    assert rows == [
        ("studies", "durand-2010", "durand-2010", "kind", "série : lue"),
        ("study_factors", "durand-2010/f01", "durand-2010", "analysis", COX),
    ]


@pytest.mark.parametrize(
    ("reading", "field", "message"),
    [
        ('      analysis: ""\n', "analysis", "needs its reason"),
        ("      analysis:\n", "analysis", "needs its reason"),
        ('      colour: "why"\n', "colour", "unknown field"),
        ('      p: "why"\n', "p", "does not have"),  # this finding has no p-value
        ('      analysis: [a, b]\n', "analysis", "single text"),
    ],
)
def test_check_rejects_a_bad_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reading: str, field: str, message: str
) -> None:
    root = write_minimal_content(tmp_path / "content")
    path = _with_reading(root, reading)
    line = line_of(path, reading.split(":")[0].strip() + ":", 2 if field == "analysis" else 1)
    problems = [str(p) for p in check_content(root)]
    assert len(problems) == 1, problems
    expected = f"content/{DURAND}:{line}: findings[1].readings.{field}: "
    assert problems[0].startswith(expected), problems
    assert message in problems[0]
    # ``check`` and ``build`` say the same, exit 2, and the build writes nothing.
    assert main(["check", "--content", str(root)]) == 2
    assert expected in capsys.readouterr().err
    with pytest.raises(ContentError) as exc:
        build_kb(root, tmp_path / "kb.sqlite")
    assert [str(p) for p in exc.value.problems] == problems
    assert not (tmp_path / "kb.sqlite").exists()


def test_a_reading_that_is_not_a_mapping_is_a_problem(tmp_path: Path) -> None:
    root = write_minimal_content(tmp_path / "content")
    edit(root / DURAND, "slide: 1\n", 'slide: 1\nreadings: "Cox"\n')
    problems = [str(p) for p in check_content(root)]
    assert len(problems) == 1 and "readings: must be a mapping" in problems[0]


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("readings") / "kb.sqlite"
    build_kb(content_dir(), path)
    return sqlite3.connect(path)


def test_the_real_kb_keeps_the_issue_s_readings(real: sqlite3.Connection) -> None:
    fields = {(t, r, f) for t, r, f in real.execute(
        "SELECT table_name, row_id, field FROM readings")}
    for expected in [
        ("study_factors", "adam-2006/f01", "analysis"),  # Cox
        ("study_factors", "abbott-2012/f01", "analysis"),
        ("study_factors", "abbott-2012/f01", "effect"),  # favourable from the wording
        ("study_factors", "treska-2014/f01", "endpoint"),  # first column = OS
        ("study_factors", "treska-2014/f07", "endpoint"),  # second column = DFS
        ("outcomes", "page-2014/o07", "measure"),  # "opérées 40-60%" = OS5
        ("studies", "dittmar-2013", "slide"),  # slide 7 = Dittmar 2013
        ("outcomes", "bergenfeldt-2011/o04", "value"),  # median [range]
        ("studies", "adam-2006", "kind"),  # "série"
    ]:
        assert expected in fields, expected
    # "série" where nothing on the slide suggests it is not shown at all (n.r.).
    kinds = dict(real.execute("SELECT id, kind FROM studies"))
    assert kinds["dittmar-2013"] is None and kinds["treska-2014"] is None
    assert kinds["page-2014"] is None


def test_labels_say_no_more_than_the_slides(real: sqlite3.Connection) -> None:
    citations = dict(real.execute("SELECT id, citation FROM studies"))
    assert citations["adam-2006"].startswith("Adam R et al. Is liver resection justified")
    assert citations["chua-2011"].startswith("Chua TC et al. ")  # "Chua TC &al"
    assert citations["dittmar-2013"] == "Dittmar, 2013."
    assert citations["treska-2014"] == "Treska, 2014."
    assert "diapositive 8" in citations["cas-clinique"]
    assert citations["cas-clinique"].startswith("Cas clinique")
    # Mariani: 51 cases / 50 controls.
    assert real.execute(
        "SELECT n_patients, n_controls FROM studies WHERE id = 'mariani-2013'"
    ).fetchone() == (51, 50)
    # Page's OS5 is "< 10" and "40-60": no point value to sort by, so it sorts after points.
    assert real.execute(
        "SELECT os5_value FROM study_summary WHERE study_id = 'page-2014'"
    ).fetchone() == (None,)
    see_also = dict(real.execute("SELECT id, see_also FROM factors"))
    assert "extrahepatic_metastases" in see_also["bone_metastases"]
