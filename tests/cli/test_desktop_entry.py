"""``--install-desktop-entry`` / ``--uninstall-desktop-entry`` in a temporary XDG data folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bclm_viewer.cli import desktop_entry
from bclm_viewer.cli.main import main
from bclm_viewer.kb.paths import resources_dir

REQUIRED = ("Type", "Name", "Exec", "Icon")


def _entry(path: Path) -> dict[str, str]:
    """The ``[Desktop Entry]`` group as key -> value (the spec's format: one group, key=value)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    pairs = [line.split("=", 1) for line in lines[1:] if line and not line.startswith("#")]
    assert all(len(p) == 2 for p in pairs)
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), "a key appears twice"
    return dict((k, v) for k, v in pairs)


def _exec_argv(value: str) -> list[str]:
    """Read ``Exec`` back as a launcher does: string unescape, then the quoting rules."""
    value = value.replace("\\\\", "\\")
    out, cur, quoted, i = [], "", False, 0
    while i < len(value):
        c = value[i]
        if quoted and c == "\\" and i + 1 < len(value):
            cur += value[i + 1]
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == " " and not quoted:
            out.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    out.append(cur)
    return [a.replace("%%", "%") for a in out]


@pytest.fixture()
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_install_writes_a_valid_entry_and_the_icons(
    xdg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--install-desktop-entry"]) == 0
    desktop = xdg / "applications" / "bclm-viewer.desktop"
    entry = _entry(desktop)
    assert all(entry.get(k) for k in REQUIRED)
    assert entry["Type"] == "Application" and entry["Icon"] == "bclm-viewer"
    # French and English names, as the menu shows them in either language.
    assert "MHKS" in entry["Name[fr]"] and "BCLM" in entry["Name"]
    assert "Comment[fr]" in entry and "Comment" in entry
    # It starts this installation: an executable that exists, the same as TryExec.
    argv = _exec_argv(entry["Exec"])
    assert Path(argv[0]).is_absolute() and Path(argv[0]).exists()
    assert argv[0] == _exec_argv(entry["TryExec"])[0]
    icons = resources_dir() / "icons"
    svg = xdg / "icons/hicolor/scalable/apps/bclm-viewer.svg"
    png = xdg / "icons/hicolor/256x256/apps/bclm-viewer.png"
    assert svg.read_bytes() == (icons / "bclm-viewer.svg").read_bytes()
    assert png.read_bytes() == (icons / "bclm-viewer.png").read_bytes()
    assert str(desktop) in capsys.readouterr().out
    validator = shutil.which("desktop-file-validate")
    if validator:  # the reference validator where the machine has it
        result = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_uninstall_removes_exactly_what_install_wrote(xdg: Path) -> None:
    mine = xdg / "applications" / "other-app.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nType=Application\nName=x\nExec=x\n")
    written = desktop_entry.install()
    assert all(p.is_file() for p in written)
    assert main(["--uninstall-desktop-entry"]) == 0
    assert not any(p.exists() for p in written)
    assert mine.is_file()
    assert main(["--uninstall-desktop-entry"]) == 0  # nothing left: still fine


def test_a_bundle_points_the_entry_at_its_own_executable(
    xdg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = tmp_path / "My Apps" / "100% bclm" / "bclm-viewer"
    exe.parent.mkdir(parents=True)
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    desktop_entry.install()
    entry = _entry(xdg / "applications" / "bclm-viewer.desktop")
    assert _exec_argv(entry["Exec"]) == [str(exe)]
    assert entry["Exec"].startswith('"')  # a path with spaces is quoted


def test_an_unwritable_data_folder_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))  # a file where a folder must be
    assert main(["--install-desktop-entry"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "desktop entry could not be written" in err[0]


def test_the_window_carries_the_icon_and_the_desktop_file_name() -> None:
    code = (
        "from bclm_viewer.ui.app import _application\n"
        "app = _application()\n"
        "icon = app.windowIcon()\n"
        "print(app.desktopFileName(), icon.isNull(), icon.pixmap(64, 64).isNull())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["bclm-viewer", "False", "False"]
