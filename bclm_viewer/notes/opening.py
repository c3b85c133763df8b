"""Open the user store at start-up, surviving a damaged file without losing it.

A corrupt, truncated, foreign or too-new file is renamed aside (with its ``-wal``/``-shm``),
never deleted, and a fresh store is created; the caller shows the returned French message.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from bclm_viewer.notes import schema
from bclm_viewer.notes.records import StoreWriteError, UnusableStoreError, UserStoreError
from bclm_viewer.notes.store import UserStore

_MESSAGES = {
    "corrupt": "Votre base de notes était illisible ; elle a été mise de côté sous « {aside} » "
    "et une nouvelle base vide a été créée. L'ancien fichier n'a pas été effacé.",
    "foreign": "Le fichier « {path} » n'était pas une base de notes de cette application ; il a "
    "été mis de côté sous « {aside} » et une nouvelle base vide a été créée.",
    "too-new": "Votre base de notes a été créée par une version plus récente de l'application ; "
    "elle a été mise de côté sous « {aside} » (rien n'est effacé) et une nouvelle base vide a "
    "été créée. Avec la version récente, exportez vos notes puis importez-les ici.",
}


READ_ONLY = (
    "Vos notes sont ouvertes en lecture seule : le dossier « {folder} » ne peut pas être "
    "écrit{reason}. Elles restent lisibles, mais aucune modification ne peut être enregistrée "
    "tant que ce dossier n'est pas de nouveau accessible en écriture."
)
NO_FILE = (
    "le dossier « {folder} » ne peut pas être écrit et ne contient pas encore de base de "
    "notes ; rendez-le accessible en écriture (ou choisissez-en un autre avec la variable "
    "BCLM_VIEWER_DATA_DIR) puis relancez l'application"
)


def set_aside(path: Path) -> Path:
    """Rename ``path`` (and its ``-wal``/``-shm``) to ``<name>.corrupt-YYYYmmdd-HHMMSS``.

    Returns the new main-file path. A file already gone (another copy of the app moved it
    first) is skipped, never an error.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while any(Path(f"{base}{s}").exists() for s in ("", "-wal", "-shm")):
        n += 1
        base = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    for suffix in ("", "-wal", "-shm"):
        try:
            os.replace(f"{path}{suffix}", f"{base}{suffix}")
        except FileNotFoundError:
            pass
    return base


def open_user_store(path: Path | str | None = None) -> tuple[UserStore, str | None]:
    """The user store, and a message for the user when the old file had to be set aside.

    A file that exists but cannot be written now (read-only folder, full disk at opening) is
    opened read-only (``store.read_only``) with a message saying so. Other failures (a file
    locked too long, a folder that cannot be written and holds no notes yet) raise
    ``UserStoreError``: nothing is renamed for those, since the file itself may be fine.
    """
    target = Path(path) if path is not None else schema.default_user_path()
    try:
        return _open(target)
    except sqlite3.Error as exc:  # anything SQLite says that the store did not word itself
        raise UserStoreError(f"Impossible d'ouvrir la base de notes {target} : {exc}") from exc


def _open(target: Path) -> tuple[UserStore, str | None]:
    try:
        return UserStore(target), None
    except StoreWriteError as exc:
        if not target.is_file():
            raise StoreWriteError(target, exc.reason, NO_FILE.format(folder=target.parent)) from exc
        store = UserStore(target, read_only=True)  # raises again if even reading fails
        reason = "" if exc.reason == "readonly" else f" ({exc.plain})"
        return store, READ_ONLY.format(folder=target.parent, reason=reason)
    except UnusableStoreError as exc:
        aside = set_aside(target)
        message = _MESSAGES[exc.reason].format(path=target, aside=aside)
        return UserStore(target), message
