"""``bclm-viewer list new|add|show|export`` and ``compare|matrix --format pptx|pdf``: the files
they write (PowerPoint opened with python-pptx, the PDF read page by page with pypdf), their
one-line errors with exit status 2, and atomic replacement of an existing file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from bclm_viewer.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture()
def talk(real_kb_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """A list « Exposé » of a study, a comparison, a slide, the matrix and a chart."""
    base = ["--kb", str(real_kb_path), "list", "--data-dir", str(tmp_path / "d")]
    assert run(capsys, *base, "new", "Exposé")[0] == 0
    for item in ("study:adam-2006", "compare:adam-2006,abbott-2012,mariani-2013,dittmar-2013",
                 "slide:11", "matrix:flagged", "chart:os5"):
        assert run(capsys, *base, "add", "Exposé", item)[0] == 0, item
    return base


def test_show_lists_the_items_in_order(talk: list[str], capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    status, out, _ = run(capsys, *talk, "show", "Exposé", "--json")
    assert status == 0
    data = json.loads(out)
    assert [i["kind"] for i in data["items"]] == ["study", "comparison", "slide", "matrix",
                                                  "chart"]
    assert data["items"][3]["ref"] == "flagged"


def test_export_pptx(talk: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
                     ) -> None:
    out = tmp_path / "talk.pptx"
    assert run(capsys, *talk, "export", "Exposé", "--format", "pptx", "-o", str(out))[0] == 0
    prs = Presentation(str(out))
    titles = [s.shapes.title.text_frame.text for s in prs.slides]
    assert titles[0] == "Exposé"
    assert any(t.startswith("Comparaison : Adam 2006") for t in titles)
    assert any(t.startswith("Matrice") for t in titles)
    assert any(sh.has_chart for s in prs.slides for sh in s.shapes)


def test_export_pdf_pages_have_numbers_and_repeated_headers(
        talk: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "talk.pdf"
    assert run(capsys, *talk, "export", "Exposé", "--format", "pdf", "-o", str(out))[0] == 0
    pages = [p.extract_text() for p in PdfReader(str(out)).pages]
    n = len(pages)
    assert n >= 2
    for i, text in enumerate(pages, 1):
        flat = " ".join(text.split())
        assert f"{i} / {n}" in flat  # "3 / 7" on every page
    flat_pages = [" ".join(t.split()) for t in pages]
    comparison = [t for t in flat_pages
                  if "Adam 2006 Abbott 2012 Mariani 2013 Dittmar 2013" in t and "diapo" in t]
    assert len(comparison) >= 2  # the comparison runs over pages, its header on each
    everything = " ".join(" ".join(t.split()) for t in pages)
    assert "Adam R et al." in everything
    assert "n.r. = non rapporté" in everything
    assert "◊ Lecture" in everything


def test_pdf_leaves_nothing_out(real_kb_path: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    """Every section title and every reference is in the handout, whatever falls at a page's
    foot (a paragraph that does not fit starts the next page, it is never dropped)."""
    base = ["--kb", str(real_kb_path), "list", "--data-dir", str(tmp_path / "d")]
    run(capsys, *base, "new", "Tout")
    items = ["study:adam-2006", "study:mariani-2013", "study:abbott-2012", "slide:1",
             "compare:adam-2006,abbott-2012,page-2014,cas-clinique", "matrix", "chart:os5",
             "chart:r0_pct", "study:bergenfeldt-2011", "study:chua-2011", "study:cas-clinique"]
    for item in items:
        assert run(capsys, *base, "add", "Tout", item)[0] == 0
    out = tmp_path / "tout.pdf"
    assert run(capsys, *base, "export", "Tout", "--format", "pdf", "-o", str(out))[0] == 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    for ref in ("Adam R et al.", "Bergenfeldt M et al.", "Chua TC et al.", "Page AL et al.",
                "F, 54 ans"):
        assert ref in text, ref
    references = text[text.rindex("Références"):]
    assert "F, 54 ans" in references and "Chua TC et al." in references


def test_a_large_matrix_prints_study_by_study(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Beyond 60 studies the handout lists each study's findings (a grid of thousands of
    columns is unreadable): the agreement table first, the header on every page."""
    from kb_sample import make_sample_kb

    from bclm_viewer.evidence.talk.handout import LISTED_MATRIX
    from bclm_viewer.query.filters import StudyFilter
    from bclm_viewer.query.knowledge_base import KnowledgeBase

    kb_path = make_sample_kb(tmp_path / "kb.sqlite", LISTED_MATRIX + 20)
    out = tmp_path / "m.pdf"
    assert run(capsys, "--kb", str(kb_path), "matrix", "--format", "pdf", "-o", str(out))[0] == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]
    assert "présentée étude par étude" in pages[0] and "Facteur Accord Motif" in pages[0]
    listing = [p for p in pages if "Étude Constats (facteur : constat)" in p]
    assert len(listing) >= 2 and all(p.index("Étude Constats") < 40 for p in listing[1:])
    with KnowledgeBase(kb_path) as kb:
        some = kb.study_rows(StudyFilter(), limit=3)
    everything = " ".join(pages)
    assert all(row.label in everything for row in some)


def test_compare_and_matrix_write_pptx_and_pdf(real_kb_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    kb = ["--kb", str(real_kb_path)]
    pptx = tmp_path / "c.pptx"
    assert run(capsys, *kb, "compare", "adam-2006", "abbott-2012", "--format", "pptx", "-o",
               str(pptx))[0] == 0
    table = next(sh.table for s in Presentation(str(pptx)).slides for sh in s.shapes
                 if sh.has_table)
    assert [c.text for c in table.rows[0].cells] == ["", "Adam 2006", "Abbott 2012"]
    pdf = tmp_path / "m.pdf"
    assert run(capsys, *kb, "matrix", "--format", "pdf", "-o", str(pdf))[0] == 0
    assert "Facteur" in PdfReader(str(pdf)).pages[0].extract_text()


@pytest.mark.parametrize("argv, message", [
    (["add", "Inconnue", "study:adam-2006"], "liste inconnue"),
    (["add", "Exposé", "study:nobody-1999"], "étude inconnue : nobody-1999"),
    (["add", "Exposé", "slide:99"], "diapositive 99 inconnue"),
    (["add", "Exposé", "chart:nothing"], "mesure inconnue"),
    (["add", "Exposé", "matrix:no_such_factor"], "facteur inconnu"),
    (["add", "Exposé", "poster:1"], "élément inconnu"),
    (["export", "Exposé", "--format", "pptx", "-o", "/nonexistent/dir/x.pptx"],
     "dossier introuvable"),
])
def test_errors_are_one_line_exit_2(talk: list[str], capsys: pytest.CaptureFixture[str],
                                    argv: list[str], message: str) -> None:
    status, _, err = run(capsys, *talk, *argv)
    assert status == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_template_that_is_not_pptx_exit_2(talk: list[str], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "modele.potx"
    bad.write_text("x")
    status, _, err = run(capsys, *talk, "export", "Exposé", "--format", "pptx", "-o",
                         str(tmp_path / "t.pptx"), "--template", str(bad))
    assert status == 2 and ".pptx" in err and err.count("\n") == 1


def test_existing_file_replaced_atomically(talk: list[str], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "talk.pptx"
    out.write_bytes(b"old")
    status, _, _ = run(capsys, *talk, "export", "Exposé", "--format", "pptx", "-o", str(out),
                       "--template", str(tmp_path / "missing.pptx"))
    assert status == 2 and out.read_bytes() == b"old"  # a failed export leaves it whole
    assert run(capsys, *talk, "export", "Exposé", "--format", "pptx", "-o", str(out))[0] == 0
    assert Presentation(str(out)).slides
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_powerpoint_export_needs_no_qt(real_kb_path: Path, tmp_path: Path) -> None:
    """On a headless server the slides are written without Qt (only the PDF needs it)."""
    import subprocess
    import sys

    out = tmp_path / "c.pptx"
    code = (
        "import sys\n"
        "from bclm_viewer.cli.main import main\n"
        f"status = main(['--kb', {str(real_kb_path)!r}, 'compare', 'adam-2006', 'abbott-2012',"
        f" '--format', 'pptx', '-o', {str(out)!r}])\n"
        "assert status == 0, status\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.is_file()
