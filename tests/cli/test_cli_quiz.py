"""``bclm-viewer quiz``: deterministic for a seed, filters, JSON with sources, clear errors
(exit 2), and an ``.apkg`` that Anki can read: a zip holding a SQLite collection whose notes
carry the question, the answer, the quote and the slide, with GUIDs stable across exports."""

from __future__ import annotations

import html
import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bclm_viewer.cli.main import main
from bclm_viewer.query.knowledge_base import KnowledgeBase
from bclm_viewer.study.questions import generate


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_same_seed_same_quiz(real_kb_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kb = str(real_kb_path)
    a = run(capsys, "--kb", kb, "quiz", "--count", "8", "--seed", "3", "--json")
    b = run(capsys, "--kb", kb, "quiz", "--count", "8", "--seed", "3", "--json")
    c = run(capsys, "--kb", kb, "quiz", "--count", "8", "--seed", "4", "--json")
    assert a[0] == 0 and a == b
    qa, qc = json.loads(a[1]), json.loads(c[1])
    assert len(qa) == 8 and [q["id"] for q in qa] != [q["id"] for q in qc]
    for q in qa:
        assert q["answer"] and q["sources"]
        assert all(s["quote"] and s["slide"] >= 1 and s["study"] for s in q["sources"])
        if q["kind"] != "disagreement":
            assert q["choices"].count(q["answer"]) == 1


def test_filters_by_factor_study_and_kind(real_kb_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    kb = str(real_kb_path)
    status, out, _ = run(capsys, "--kb", kb, "quiz", "--count", "0", "--factor", "her2",
                         "--factor", "hormone_receptors", "--json")
    qs = json.loads(out)
    assert status == 0 and qs
    assert all({"her2", "hormone_receptors"} & set(q["factor_ids"]) for q in qs)
    status, out, _ = run(capsys, "--kb", kb, "quiz", "--count", "0", "--study", "adam-2006",
                         "--kind", "figure", "--json")
    qs = json.loads(out)
    assert qs and all(q["kind"] == "figure" and q["study_ids"] == ["adam-2006"] for q in qs)
    os5 = next(q for q in qs if q["id"] == "figure:adam-2006:os5:")
    assert os5["answer"] == "37%" and os5["sources"][0]["quote"] == "OS5: 37%"
    assert os5["sources"][0]["slide"] == 4 and os5["tolerance"] == "± 2 %"


def test_text_output_shows_answer_options_and_source(real_kb_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--kb", str(real_kb_path), "quiz", "--study", "abbott-2012",
                         "--kind", "characteristic", "--count", "0")
    assert status == 0
    assert "Abbott 2012 : effectif (N patientes) ?" in out
    assert "Réponse : 86" in out and "diapositive 6, Abbott 2012" in out
    assert "   A. " in out


@pytest.mark.parametrize(("argv", "needle"), [
    (["--study", "adam-2006", "--study", "nobody-1999"], "nobody-1999"),
    (["--factor", "astrologie"], "astrologie"),
    (["--format", "apkg"], "-o"),
])
def test_unknown_ids_and_missing_output_exit_2(real_kb_path: Path, argv: list[str],
                                               needle: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--kb", str(real_kb_path), "quiz", *argv)
    assert status == 2 and out == "" and needle in err and "Traceback" not in err


def _notes(apkg: Path) -> list[tuple[str, str, list[str], str]]:
    with zipfile.ZipFile(apkg) as z:
        names = z.namelist()
        assert "collection.anki2" in names
        data = z.read("collection.anki2")
    db = apkg.with_suffix(".anki2")
    db.write_bytes(data)
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT id, guid, flds, tags FROM notes ORDER BY id").fetchall()
        n_cards = con.execute("SELECT COUNT(*) FROM cards").fetchone()[0]
        assert n_cards == len(rows)
    finally:
        con.close()
    return [(str(i), g, f.split("\x1f"), t) for i, g, f, t in rows]


def test_apkg_holds_one_note_per_question_with_stable_guids(
    real_kb_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    kb = str(real_kb_path)
    assert run(capsys, "--kb", kb, "quiz", "--format", "apkg", "-o", str(first))[0] == 0
    assert run(capsys, "--kb", kb, "quiz", "--format", "apkg", "-o", str(second),
               "--seed", "9")[0] == 0
    notes = _notes(first)
    with KnowledgeBase(real_kb_path) as k:
        questions = generate(k).questions
    assert len(notes) == len(questions)
    by_id = {html.unescape(n[2][5]): n for n in notes}
    assert set(by_id) == {q.id for q in questions}
    adam = by_id["figure:adam-2006:os5:"][2]
    assert adam[2] == "37%" and "OS5: 37%" in adam[3] and adam[4] == "Diapositive 4, Adam 2006"
    assert "Adam 2006" in adam[0]
    # Re-export: the same GUID for the same question, so Anki updates rather than duplicates.
    again = {html.unescape(n[2][5]): n[1] for n in _notes(second)}
    assert again == {k: v[1] for k, v in by_id.items()}
    assert len({n[1] for n in notes}) == len(notes)
    # Nothing from the content is live HTML in Anki.
    treska = next(n for k, n in by_id.items() if k.startswith("finding:treska-2014:age"))
    assert "&lt; 50" in treska[2][0] and "< 50" not in treska[2][0]


def test_quiz_imports_neither_qt_nor_fsrs_and_genanki_only_for_apkg(
    real_kb_path: Path, tmp_path: Path
) -> None:
    def imported(*args: str) -> set[str]:
        code = ("import sys\nfrom bclm_viewer.cli.main import main\n"
                f"main(['--kb', {str(real_kb_path)!r}, 'quiz', *{list(args)!r}])\n"
                "print('MODULES', *sorted(m.split('.')[0] for m in sys.modules))\n")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, result.stderr
        line = next(x for x in result.stdout.splitlines() if x.startswith("MODULES "))
        return set(line.split()[1:])

    text = imported("--count", "2")
    assert not {"PySide6", "fsrs", "genanki"} & text
    apkg = imported("--format", "apkg", "-o", str(tmp_path / "q.apkg"))
    assert "genanki" in apkg and not {"PySide6", "fsrs"} & apkg


def test_output_file(real_kb_path: Path, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "quiz.json"
    status, out, _ = run(capsys, "--kb", str(real_kb_path), "quiz", "--json", "-o", str(target))
    assert status == 0 and out == ""
    assert len(json.loads(io.StringIO(target.read_text(encoding="utf-8")).read())) == 10
