"""Hostile content files: each is a ``path:line: field`` problem from ``check`` and from
``build`` alike (exit 2), never a traceback, a hang or a memory blow-up."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from kb_fixtures import edit, line_of, write_minimal_content

from bclm_viewer.cli.main import main
from bclm_viewer.kb.validate import check_content

STUDY = "studies/durand-2010.md"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_minimal_content(tmp_path / "content")


def _both(content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """``check`` then ``build``: both must exit 2 with the same problems; returns them."""
    assert main(["check", "--content", str(content)]) == 2
    checked = capsys.readouterr().err.strip().splitlines()
    output = tmp_path / "kb.sqlite"
    assert main(["build", "--content", str(content), "--output", str(output)]) == 2
    built = capsys.readouterr().err.strip().splitlines()
    assert not output.exists()
    assert checked[:-1] == built[:-1]  # the last line says what was (not) done
    assert "Traceback" not in "\n".join(checked + built)
    return checked[:-1]


def test_a_number_too_large_for_sqlite_fails_check_and_build_alike(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = content / STUDY
    edit(study, 'n_patients_source: "108 MHKS opérées"\n', "")
    edit(study, "n_patients: 108", "n_patients: 100000000000000000000")
    [problem] = _both(content, tmp_path, capsys)
    assert problem.startswith(f"content/{STUDY}:{line_of(study, 'n_patients:')}: n_patients: ")
    assert "too large" in problem


def test_a_yaml_alias_bomb_is_refused_at_once(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = f"*a{i - 1}"
        levels.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    study = content / STUDY
    edit(study, "---\n", "---\n" + "\n".join(levels) + "\n")
    problems = _both(content, tmp_path, capsys)
    # Named at the anchor's line: the value an alias would repeat.
    assert any(f"content/{STUDY}:2: front matter: " in p and "aliases" in p for p in problems)


def test_nesting_hundreds_deep_is_a_problem_not_a_recursion_error(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = content / STUDY
    edit(study, "---\n", "---\ndeep: " + "[" * 800 + "]" * 800 + "\n")
    problems = _both(content, tmp_path, capsys)
    assert any(f"content/{STUDY}:2: front matter: " in p and "levels deep" in p
               for p in problems)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_rejected_without_hanging(content: Path, tmp_path: Path) -> None:
    os.mkfifo(content / "studies" / "x.md")
    code = "import sys; from bclm_viewer.cli.main import main; sys.exit(main(sys.argv[1:]))"
    for args in (["check", "--content", str(content)],
                 ["build", "--content", str(content), "--output", str(tmp_path / "kb.sqlite")]):
        result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                                text=True, timeout=120, check=False)
        assert result.returncode == 2, result.stderr
        assert "content/studies/x.md:1: file: not a regular file" in result.stderr


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses such names itself")
def test_a_file_name_that_is_not_utf8_is_rejected_with_the_name_escaped(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (content / STUDY).read_bytes().replace(b"slide: 1\n", b"slide: 1\n", 1)
    name = os.fsdecode(b"caf\xe9-2011.md")
    (content / "studies" / name).write_bytes(source)
    problems = _both(content, tmp_path, capsys)
    assert problems == ["content/studies/caf\\xe9-2011.md:1: file: file name is not valid UTF-8:"
                        " rename it"]


def test_an_unreadable_file_is_exit_2_with_its_path(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As a normal user without read permission (root reads anything: the error is injected)."""
    target = content / "glossary.yaml"
    real_read_bytes = Path.read_bytes
    real_open = open

    def read_bytes(self: Path) -> bytes:
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if isinstance(file, str | os.PathLike) and Path(os.fspath(file)) == target:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr("builtins.open", guarded_open)
    problems = _both(content, tmp_path, capsys)
    assert problems == ["content/glossary.yaml:1: file: cannot be read: Permission denied"]


def test_a_quote_typed_with_decomposed_accents_matches_and_is_kept_as_written(
    content: Path, tmp_path: Path
) -> None:
    study = content / STUDY
    nfd = unicodedata.normalize("NFD", "DFS médian: 14,2 mois")
    assert nfd != "DFS médian: 14,2 mois"
    edit(study, 'source: "DFS médian: 14,2 mois"', f'source: "{nfd}"')
    assert check_content(content) == []
    output = tmp_path / "kb.sqlite"
    assert main(["build", "--content", str(content), "--output", str(output)]) == 0
    con = sqlite3.connect(output)
    sources = [r[0] for r in con.execute("SELECT source FROM outcomes")]
    con.close()
    assert nfd in sources  # stored as written
