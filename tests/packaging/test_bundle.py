"""The standalone Linux bundle: built with ``packaging/build-linux.sh``, then run with a clean
environment (``env -i``, no Python on ``PATH``) as a person without Python would run it.

Not in the default run (it takes about a minute and fetches PyInstaller from the package index):
``pytest -m bundle``. CI runs it (``.ci/run``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "build-linux.sh"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
    pytest.mark.skipif(not SCRIPT.is_file(), reason="needs the source tree (packaging/)"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, PYTHON=sys.executable, BUNDLE_DIST=str(out),
               BUNDLE_WORK=str(tmp_path_factory.mktemp("work")))
    result = subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True,
                            timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    exe = out / "bclm-viewer" / "bclm-viewer"
    assert f"bundle: {exe}" in result.stdout  # says where it is...
    assert "(" in result.stdout.split(f"bundle: {exe}")[1].splitlines()[0]  # ...and its size
    return exe


def _clean_env(tmp_path: Path) -> dict[str, str]:
    empty = tmp_path / "empty-bin"
    empty.mkdir(exist_ok=True)
    return {"HOME": str(tmp_path / "home"), "PATH": str(empty), "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8"}


def test_the_bundle_starts_without_python(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    result = subprocess.run(["env", "-i", *(f"{k}={v}" for k, v in env.items()),
                             str(bundle), "--smoke-test"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test ok" in result.stdout and "studies=9" in result.stdout
    # The KB was built from the bundled content into the user cache, as a pip install does.
    cache = tmp_path / "home" / ".cache" / "bclm-viewer"
    assert (cache / "kb.sqlite").is_file()


def test_the_bundle_runs_the_command_line(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    result = subprocess.run(["env", "-i", *(f"{k}={v}" for k, v in env.items()),
                             str(bundle), "show", "adam-2006", "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert '"adam-2006"' in result.stdout and "OS5: 37%" in result.stdout


def test_the_bundle_installs_its_desktop_entry(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "share")
    result = subprocess.run(["env", "-i", *(f"{k}={v}" for k, v in env.items()),
                             str(bundle), "--install-desktop-entry"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "share" / "applications" / "bclm-viewer.desktop").read_text()
    assert f"Exec={bundle}" in text
