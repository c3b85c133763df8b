"""``bclm-viewer --install-desktop-entry``: put the app in the desktop menu, with its icon.

Users of Zotero or Anki expect an app in their menu, not a command to type. The freedesktop.org
way is a ``.desktop`` file in ``$XDG_DATA_HOME/applications`` and the icon in the ``hicolor``
theme under ``$XDG_DATA_HOME/icons``. Both are per user (no root), and both point at what is
running now: the standalone bundle's executable, or the ``bclm-viewer`` command of the venv that
was installed with pip. Uninstalling removes exactly the files installing wrote. No Qt here: the
command works without a display.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from bclm_viewer.kb.paths import resources_dir

APP_ID = "bclm-viewer"
DESKTOP_FILE = f"{APP_ID}.desktop"


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share`` (the XDG Base Directory default)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this very installation, as an argv.

    A bundle runs as its own executable (``sys.frozen``); a pip install has a ``bclm-viewer``
    script beside its interpreter (the venv's ``bin``); failing both, ``python -m bclm_viewer``
    with this interpreter always works."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    beside = Path(sys.executable).parent / APP_ID
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "bclm_viewer"]


def _exec_value(argv: list[str]) -> str:
    """An ``Exec=`` value per the Desktop Entry spec: arguments with reserved characters quoted
    in double quotes, with ``"``, `````, ``$`` and ``\\`` escaped inside, ``%`` doubled; then
    the string-value escape (a backslash written twice), which the spec applies first on read."""
    out = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{escaped}"'
        out.append(arg)
    return " ".join(out).replace("\\", "\\\\")


def desktop_entry_text(argv: list[str]) -> str:
    """The shipped ``.desktop`` template with ``Exec``/``TryExec`` set to ``argv``."""
    template = (resources_dir() / DESKTOP_FILE).read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append("TryExec=" + _exec_value(argv[:1]))
            lines.append("Exec=" + _exec_value(argv))
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def _targets(home: Path) -> dict[str, Path]:
    return {
        "desktop": home / "applications" / DESKTOP_FILE,
        "svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "png": home / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png",
    }


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _refresh_caches(home: Path) -> None:
    """Ask the desktop to notice, where its tools exist; a missing tool is not an error."""
    for tool, arg in (("update-desktop-database", home / "applications"),
                      ("gtk-update-icon-cache", home / "icons" / "hicolor")):
        if shutil.which(tool):
            subprocess.run([tool, "-q", str(arg)], check=False, capture_output=True)


def install(home: Path | None = None, argv: list[str] | None = None) -> list[Path]:
    """Write the desktop entry and the icons; return the files written."""
    home = home or data_home()
    targets = _targets(home)
    icons = resources_dir() / "icons"
    _write_atomically(targets["desktop"], desktop_entry_text(argv or launch_command()).encode())
    _write_atomically(targets["svg"], (icons / f"{APP_ID}.svg").read_bytes())
    _write_atomically(targets["png"], (icons / f"{APP_ID}.png").read_bytes())
    _refresh_caches(home)
    return list(targets.values())


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what ``install`` wrote; return the files removed (none is not an error)."""
    home = home or data_home()
    removed = []
    for path in _targets(home).values():
        if path.is_file():
            path.unlink()
            removed.append(path)
    _refresh_caches(home)
    return removed


def run(remove: bool) -> int:
    """The two command-line flags: say what was done, exit 0; a file error is exit 2."""
    try:
        paths = uninstall() if remove else install()
    except OSError as exc:
        print(f"bclm-viewer: the desktop entry could not be written: {exc}", file=sys.stderr)
        return 2
    if remove:
        print("removed: " + (", ".join(map(str, paths)) if paths else "nothing was installed"))
    else:
        print("installed: " + ", ".join(map(str, paths)))
        print("starts: " + shlex.join(launch_command()))
    return 0
