"""``bclm-viewer search / factors / show``: tables with "n.r.", JSON with null, exit statuses,
and no Qt import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from kb_sample import make_sample_kb

from bclm_viewer.cli.main import main


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sample_kb(tmp_path_factory.mktemp("cli") / "kb.sqlite", 7)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``bclm-viewer --lang en ARGV``: these tests read the English output."""
    status = main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_search_lists_every_study_with_nr(kb_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    status, out, _ = run(capsys, "--kb", str(kb_path), "search")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Study", "Year", "Journal", "N", "OS5", "DFS5", "R0", "Id"]
    adam = next(line for line in lines if "adam-2006" in line)
    assert adam.split() == ["Adam", "R", "2006", "2006", "Ann", "Surg", "85", "37", "21", "65",
                            "adam-2006"]
    treska = next(line for line in lines if "treska-2014" in line)
    assert treska.split() == ["Treska", "2014", "2014", "n.r.", "24", "n.r.", "n.r.", "n.r.",
                              "treska-2014"]
    assert "7 of 7 studies" in out


def test_search_with_factors_effect_endpoint(kb_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--kb", str(kb_path), "search", "--factor", "age")
    assert "mariani-2013" in out and "treska-2014" in out and "adam-2006" not in out
    _, out, _ = run(capsys, "--kb", str(kb_path), "search", "--factor", "age",
                    "--effect", "not significant")
    assert "mariani-2013" in out and "treska-2014" not in out
    _, out, _ = run(capsys, "--kb", str(kb_path), "search", "--factor", "age", "--factor",
                    "her2", "--any", "--endpoint", "DFS")
    assert "treska-2014" in out and "mariani-2013" not in out
    assert "1 of 7 studies" in out


def test_search_text_lists_hits(kb_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--kb", str(kb_path), "search", "hepatectomie")
    assert status == 0
    assert "1 of 7 studies" in out
    assert "full-text hits for 'hepatectomie'" in out
    assert "**Hépatectomie**" in out  # marks shown as bold markers in a pipe
    assert "\x02" not in out and "\x03" not in out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--factor", "nope"], "'nope'"),
        (["--factor", "age", "--factor", "HER2"], "'HER2'"),
        (["--effect", "bad"], "'bad'"),
        (["--endpoint", "PFS"], "'PFS'"),
    ],
)
def test_search_unknown_values_exit_2(kb_path: Path, capsys: pytest.CaptureFixture[str],
                                      args: list[str], needle: str) -> None:
    status, out, err = run(capsys, "--kb", str(kb_path), "search", *args)
    assert status == 2
    assert needle in err and out == ""


def test_search_json(kb_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--kb", str(kb_path), "search", "Brousse", "--json")
    assert status == 0
    data = json.loads(out)
    assert data["count"] == 1 and data["filter"]["text"] == "Brousse"
    (adam,) = data["studies"]
    assert adam["id"] == "adam-2006" and adam["os5_text"] == "37"
    assert any(h["kind"] == "study" and h["study_id"] == "adam-2006" for h in data["hits"])
    assert "Hôpital" in out  # ensure_ascii=False
    _, out, _ = run(capsys, "--kb", str(kb_path), "search", "--json")
    treska = next(s for s in json.loads(out)["studies"] if s["id"] == "treska-2014")
    assert treska["journal"] is None and treska["os5_text"] is None


def test_factors(kb_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--kb", str(kb_path), "factors")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Patient"  # the category, in English (--lang en)
    age = next(line for line in lines if line.strip().startswith("age "))
    assert age.rstrip().endswith("2 studies")
    assert lines.index("Tumour biology") < next(
        i for i, line in enumerate(lines) if line.strip().startswith("her2 ")
    )
    status, out, _ = run(capsys, "--kb", str(kb_path), "factors", "--json")
    data = json.loads(out)
    her2 = next(x for x in data if x["id"] == "her2")
    assert her2["studies"] == 1 and her2["synonyms"] == ["HER2", "HER2+", "HER2 -"]
    assert her2["name_fr"] == "Statut HER2"


def test_show(kb_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--kb", str(kb_path), "show", "page-2014")
    assert status == 0
    assert "Page AL, Surgical management of non colorectal cancer liver metastases" in out
    assert "Type:           n.r." in out and "Patients:       n.r." in out
    assert "< 10 % — slide 1 — “OS5 : < 10 %”" in out
    assert "40-60 %, group opérées — slide 1 — “OS5 opérées : 40-60 %”" in out
    _, out, _ = run(capsys, "--kb", str(kb_path), "show", "mariani-2013")
    assert "p 0.049 — slide 5 — “N0/ N1 p=0.049”" in out
    assert "not significant; endpoint n.r.; analysis n.r." in out


def test_show_json(kb_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--kb", str(kb_path), "show", "page-2014", "--json")
    assert status == 0
    data = json.loads(out)
    assert data["study"]["kind"] is None and data["study"]["n_patients"] is None
    first = data["outcomes"][0]
    assert first["value"] is None and first["value_text"] == "< 10" and first["qualifier"] == "<"
    assert data["findings"] == []


def test_show_unknown_id_exits_1(kb_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--kb", str(kb_path), "show", "smith-1999")
    assert status == 1 and out == ""
    assert "smith-1999" in err


def test_unreadable_kb_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "kb.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    for command in (["search"], ["factors"], ["show", "adam-2006"]):
        status, out, err = run(capsys, "--kb", str(bad), *command)
        assert status == 1 and out == ""
        assert "kb.sqlite" in err


def test_query_commands_never_import_qt(kb_path: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from bclm_viewer.cli.main import main\n"
        f"for argv in (['search', 'sein'], ['factors'], ['show', 'adam-2006']):\n"
        f"    assert main(['--kb', {str(kb_path)!r}, *argv]) == 0\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
    )
    env = {**os.environ, "BCLM_VIEWER_CACHE_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, check=False)
    assert result.returncode == 0, result.stderr


def test_default_kb_is_built_from_the_packaged_content(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # No --kb: the bundled KB, built into the (per-test) cache folder on first use.
    status, out, err = run(capsys, "show", "adam-2006")
    assert status == 0, err
    assert "“OS5: 37%”" in out and "“DFS5: 21%”" in out
    status, out, _ = run(capsys, "search", "--factor", "age", "--json")
    assert status == 0
    found = {s["id"] for s in json.loads(out)["studies"]}
    assert "treska-2014" in found and "adam-2006" not in found


def test_a_closed_pipe_ends_the_command_quietly(kb_path: Path, tmp_path: Path) -> None:
    """``bclm-viewer search | head``: the reader leaves early; no traceback on stderr."""
    code = "import sys\nfrom bclm_viewer.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"
    env = {**os.environ, "BCLM_VIEWER_CACHE_DIR": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "--kb", str(kb_path), "search"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the command writes anything
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert err == ""


def test_search_as_csv_or_markdown_states_the_filter(
    kb_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "--kb", str(kb_path), "search", "--factor", "age",
                         "--format", "md")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("**Filter: factors: ") and "of 7 studies" in lines[0]
    assert lines[2].startswith("| Study |")  # --lang en: the export speaks English
    assert sum("mariani-2013" in line or "treska-2014" in line for line in lines) == 2
    assert "adam-2006" not in out
    status, out, _ = run(capsys, "--kb", str(kb_path), "search", "--format", "csv")
    assert status == 0
    assert out.splitlines()[0] == "No filter: all studies — 7 of 7 studies"
    assert out.count("\r\n") == 3 + 7
