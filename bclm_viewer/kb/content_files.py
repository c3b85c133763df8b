"""Which content files there are, and reading one safely: names that are not UTF-8, files that
are not plain files (a named pipe would block a read forever), unreadable or empty files each
become a ``Problem`` with the file's path, never a traceback or a hang.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bclm_viewer.kb.problems import Problem


def display_path(path: Path, root: Path) -> str:
    """``path`` as problems show it: relative to the content folder's parent."""
    try:
        return (Path(root.name) / path.relative_to(root)).as_posix()
    except ValueError:
        return str(path)


def printable_name(name: str) -> str:
    """A file name as a message can show it: bytes that are not UTF-8 as ``\\xNN``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def is_utf8_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def bad_name_problems(folder: Path, names: list[str], root: Path) -> list[Problem]:
    """A problem for each of ``names`` (in ``folder``) that is not valid UTF-8."""
    return [
        Problem(
            display_path(folder, root) + "/" + printable_name(n),
            1,
            "file",
            "file name is not valid UTF-8: rename it",
        )
        for n in names
        if not is_utf8_name(n)
    ]


def read_text(path: Path, rel: str, problems: list[Problem]) -> str | None:
    """The file's text (newlines normalised), or ``None`` with a problem: not a plain file
    (a named pipe would block the read forever), unreadable, empty, not UTF-8."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            problems.append(Problem(rel, 1, "file", "not a regular file (a pipe, device or "
                                    "socket): content files must be plain files"))
            return None
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(rel, 1, "file", f"cannot be read: {exc.strerror or exc}"))
        return None
    if not data.strip():
        problems.append(Problem(rel, 1, "file", "empty file"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problems.append(Problem(rel, line, "file", f"not UTF-8 (byte 0x{data[exc.start]:02x})"))
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def slide_files(root: Path) -> list[Path]:
    """The slide files whose names can be read (``bad_name_problems`` reports the others)."""
    return sorted(
        p for p in (root / "slides").glob("*.md")
        if not p.name.startswith(".") and is_utf8_name(p.name)
    )


def study_names(root: Path) -> list[str]:
    """The study file names, sorted: plain strings, light enough for 10,000 files."""
    return sorted(n for n in _study_md_names(root) if is_utf8_name(n))


def _study_md_names(root: Path) -> list[str]:
    try:
        names = os.listdir(root / "studies")
    except OSError:
        return []
    return [n for n in names if n.endswith(".md") and not n.startswith(".")]


def bad_study_names(root: Path) -> list[Problem]:
    """Study files whose names are not UTF-8 (left out of ``study_names``, reported here)."""
    return bad_name_problems(root / "studies", sorted(_study_md_names(root)), root)
