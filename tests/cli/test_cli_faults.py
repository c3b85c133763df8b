"""The CLI under faults: a KB with a zeroed page says "damaged" once (exit 2, no traceback), a
modified cached KB is rebuilt and the user told, and search output is always valid UTF-8."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bclm_viewer.cli.main import main
from bclm_viewer.cli.query_commands import valid_text


def _zero_page_of(path: Path, table: str) -> None:
    """Zero the root page of ``table``: the schema still reads, its rows do not."""
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\0" * page_size)


@pytest.fixture
def damaged_kb(real_kb_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "damaged.sqlite"
    shutil.copyfile(real_kb_path, path)
    _zero_page_of(path, "outcomes")
    return path


def test_a_zeroed_page_is_a_damaged_file_message_and_exit_2(
    damaged_kb: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--kb", str(damaged_kb), "show", "adam-2006", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no half-printed study
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "est abîmée" in lines[0] and str(damaged_kb) in lines[0]
    assert "Traceback" not in captured.err


def test_a_cached_kb_changed_in_place_is_rebuilt_and_the_cli_says_so(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bclm_viewer.kb.paths import default_kb_path

    assert main(["show", "adam-2006", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    figure = next(o for o in shown["outcomes"] if o["value_text"].isdigit())
    text, value = figure["source"], figure["value_text"]
    data = default_kb_path().read_bytes()
    changed = text.replace(value, str((int(value) + 50) % 100).zfill(len(value)))
    assert len(changed) == len(text) and data.count(text.encode()) >= 1
    default_kb_path().write_bytes(data.replace(text.encode(), changed.encode()))
    assert main(["show", "adam-2006", "--json"]) == 0
    captured = capsys.readouterr()
    again = json.loads(captured.out)
    assert figure in again["outcomes"]  # the figure of the content, not the changed one
    assert "modifiée ou abîmée" in captured.err and "reconstruite" in captured.err


@pytest.mark.parametrize("typed", ["HER2 \udcff", "HER2 \ud800", "\udcc3\udca9"])
def test_valid_text_replaces_what_is_not_unicode(typed: str) -> None:
    cleaned = valid_text(typed)
    cleaned.encode("utf-8")  # would raise on a surrogate
    if typed.startswith("HER2"):
        assert cleaned == "HER2 \ufffd"
    else:
        assert cleaned == "é"  # the two bytes were UTF-8 after all


def test_search_json_with_a_non_utf8_byte_prints_valid_utf8(real_kb_path: Path) -> None:
    env = dict(os.environ, LC_ALL="C", PYTHONIOENCODING="")
    code = "import sys; from bclm_viewer.cli.main import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", code, "--kb", str(real_kb_path), "search", b"HER2 \xff",
         "--json"],
        env=env, capture_output=True, check=False, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")  # strict: raises if not valid UTF-8
    assert json.loads(text)["filter"]["text"] == "HER2 \ufffd"


@pytest.mark.parametrize("argv", [["compare", "adam-2006", "treska-2014"],
                                  ["matrix"], ["search", "--factor", "her2"]])
def test_every_query_command_says_damaged_once(
    damaged_kb: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    _zero_page_of(damaged_kb, "study_factors")
    _zero_page_of(damaged_kb, "study_list")
    status = main(["--kb", str(damaged_kb), *argv])
    err = capsys.readouterr().err
    assert status == 2, err
    assert err.count("est abîmée") == 1 and "Traceback" not in err
