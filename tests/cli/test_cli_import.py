"""``bclm-viewer import``, ``check --strict`` and ``build --include-drafts`` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from deck_samples import write_other_pptx

from bclm_viewer.cli.main import main


def test_import_then_check_and_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = write_other_pptx(tmp_path / "other.pptx", tmp_path / "p.png")
    into = tmp_path / "c"
    assert main(["import", str(deck), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert "added studies/martin-2019.md" in out and "image seule : texte non extrait" in out
    assert main(["check", "--content", str(into)]) == 0
    out = capsys.readouterr().out
    assert "martin-2019.md: brouillon," in out and "candidats à revoir" in out
    assert main(["check", "--content", str(into), "--strict"]) == 2
    assert "draft studies" in capsys.readouterr().err
    kb = tmp_path / "kb.sqlite"
    assert main(["build", "--content", str(into), "--output", str(kb)]) == 2
    assert "every study is a draft" in capsys.readouterr().err
    assert not kb.exists()
    assert main(["build", "--content", str(into), "--output", str(kb), "--include-drafts"]) == 0
    capsys.readouterr()
    assert main(["--kb", str(kb), "search", "Martin"]) == 0
    assert "Martin 2019 (à vérifier)" in capsys.readouterr().out


def test_bad_input_exit_2_one_line_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(b"%PDF-1.4 ...")
    assert main(["import", str(deck), "--into", str(tmp_path / "c")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["bclm-viewer import: deck.pdf is a PDF: export the deck as .pptx or as text, "
                   "then import. Nothing was written."]
    assert not (tmp_path / "c").exists()
