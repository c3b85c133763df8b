"""Unsaved notes kept outside the notes file, so that a full disk or a read-only folder never
costs an edit.

When a note cannot be written to ``user.sqlite`` the editor keeps its text and this module
copies every such text into a small JSON *recovery file*, in the first of several folders that
can take it (the data folder, then the temp folder, then the home folder: a full data disk
rarely means all three are). One file per running app (``unsaved-notes-<pid>.json``), replaced
atomically at each change and removed once everything is saved. At the next start the app
offers the recovery files other runs left behind (``pending``) and ``restore`` writes them
back through ``UserStore.set_note`` with the text the editor started from as ``base_md``: if
the note changed meanwhile, the other text is kept as a conflict, never overwritten.
``write_markdown`` writes the same texts to a file the user picks (the quit prompt).
"""

from __future__ import annotations

import getpass
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from bclm_viewer.kb.paths import data_dir
from bclm_viewer.notes.records import utc_now
from bclm_viewer.notes.store import UserStore

FORMAT = "bclm-viewer unsaved notes 1"
PREFIX = "unsaved-notes-"


@dataclass(frozen=True)
class UnsavedNote:
    """A note's text the notes file could not take, and the stored text it was typed over."""

    study_id: str
    body_md: str
    base_md: str
    kept_at: str = ""


def recovery_dirs() -> list[Path]:
    """Where recovery files go, best first; ``BCLM_VIEWER_RECOVERY_DIRS`` (folders separated
    by ``os.pathsep``) replaces the list (tests, portable use)."""
    override = os.environ.get("BCLM_VIEWER_RECOVERY_DIRS")
    if override:
        return [Path(p) for p in override.split(os.pathsep) if p]
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name: still a usable folder
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return [
        data_dir() / "recovery",
        Path(tempfile.gettempdir()) / f"bclm-viewer-recovery-{user}",
        Path.home() / ".bclm-viewer-recovery",
    ]


def own_file_name(pid: int | None = None) -> str:
    return f"{PREFIX}{os.getpid() if pid is None else pid}.json"


def _dump(notes: Iterable[UnsavedNote]) -> str:
    now = utc_now()
    items = [asdict(n) | {"kept_at": n.kept_at or now} for n in notes]
    return json.dumps({"format": FORMAT, "notes": items}, ensure_ascii=False, indent=1)


def write_recovery(
    notes: list[UnsavedNote], dirs: list[Path] | None = None
) -> tuple[Path | None, list[str]]:
    """Keep ``notes`` in this run's recovery file (removed everywhere when ``notes`` is empty).

    Returns the file written (``None`` if no folder could take it, or nothing to keep) and why
    each folder tried before it failed.
    """
    folders = recovery_dirs() if dirs is None else dirs
    name = own_file_name()
    if not notes:
        for folder in folders:
            try:
                (folder / name).unlink(missing_ok=True)
            except OSError:
                pass
        return None, []
    text = _dump(notes)
    failures: list[str] = []
    for folder in folders:
        target = folder / name
        tmp = folder / f".{name}.tmp"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            failures.append(f"{folder}: {exc.strerror or exc}")
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            continue
        for other in folders:  # one copy only: the newest
            if other != folder:
                try:
                    (other / name).unlink(missing_ok=True)
                except OSError:
                    pass
        return target, failures
    return None, failures


def read_recovery(path: Path) -> list[UnsavedNote]:
    """The notes of one recovery file (``[]`` if it is not one)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return []
    notes: list[UnsavedNote] = []
    for item in data.get("notes", []):
        if not isinstance(item, dict):
            continue
        sid, body, base = (item.get(k) for k in ("study_id", "body_md", "base_md"))
        if isinstance(sid, str) and sid.strip() and isinstance(body, str) and isinstance(base, str):
            notes.append(UnsavedNote(sid, body, base, str(item.get("kept_at", ""))))
    return notes


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def pending(dirs: list[Path] | None = None) -> list[tuple[Path, list[UnsavedNote]]]:
    """Recovery files left by runs that are over (not this one, not another running copy)."""
    found: list[tuple[Path, list[UnsavedNote]]] = []
    for folder in recovery_dirs() if dirs is None else dirs:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            if not (name.startswith(PREFIX) and name.endswith(".json")):
                continue
            pid_text = name[len(PREFIX) : -len(".json")]
            if pid_text.isdigit() and _alive(int(pid_text)):
                continue
            notes = read_recovery(folder / name)
            if notes:
                found.append((folder / name, notes))
    return found


def restore(store: UserStore, path: Path, notes: list[UnsavedNote]) -> int:
    """Write ``notes`` back into ``store``, then remove ``path``; returns how
    many notes were written. A failure raises (``UserStoreError``) and keeps ``path``."""
    written = 0
    for note in notes:
        current = store.note(note.study_id)
        if current is not None and current.body_md == note.body_md:
            continue
        store.set_note(note.study_id, note.body_md, base_md=note.base_md)
        written += 1
    path.unlink(missing_ok=True)
    return written


def write_markdown(path: Path, notes: list[UnsavedNote], names: dict[str, str]) -> None:
    """The notes as one Markdown file the user chose (``names``: study id -> its label)."""
    parts = [
        f"# {names.get(n.study_id, n.study_id)} ({n.study_id})\n\n{n.body_md.rstrip()}\n"
        for n in notes
    ]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts))
        fh.flush()
        os.fsync(fh.fileno())
