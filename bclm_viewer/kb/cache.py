"""The bundled KB in the user cache: rebuilt when missing, corrupt, stale or of another schema.

This runs at every app start, so the path where nothing changed stays cheap: hash the packaged
content, open the KB read-only, ``PRAGMA quick_check``, read two ``meta`` rows. The build (and
with it sqlite-utils and markdown-it) is imported only when a rebuild is needed.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from bclm_viewer.kb import paths
from bclm_viewer.kb.errors import KbError
from bclm_viewer.kb.schema import SCHEMA_VERSION

# Tables every KB of this schema has (a file without them is not ours).
KB_TABLES = frozenset(
    {
        "meta",
        "slides",
        "studies",
        "measures",
        "factors",
        "outcomes",
        "study_factors",
        "questions",
        "glossary",
        "study_summary",
        "search_index",
    }
)


def _content_files(content_dir: Path) -> list[str]:
    """Relative paths (strings: light at 10,000 files) of the content's files, sorted."""
    files: list[str] = []
    for folder, dirs, names in os.walk(content_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        rel_folder = os.path.relpath(folder, content_dir)
        for name in names:
            if not name.startswith("."):
                rel = name if rel_folder == "." else f"{rel_folder}/{name}"
                files.append(rel.replace(os.sep, "/"))
    files.sort()
    return files


def content_hash(content_dir: Path) -> str:
    """SHA-256 over the sorted relative paths and bytes of every file of ``content_dir``
    (hidden files excepted): any edit, addition, removal or rename changes it."""
    digest = hashlib.sha256()
    for rel in _content_files(content_dir):
        with open(os.path.join(content_dir, rel), "rb") as fh:
            data = fh.read()
        digest.update(rel.encode("utf-8") + b"\0" + str(len(data)).encode("ascii") + b"\0")
        digest.update(data)
    return digest.hexdigest()


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _meta(con: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in con.execute("SELECT key, value FROM meta")}


def stale_reason(kb_path: Path, content_dir: Path) -> str | None:
    """Why the KB at ``kb_path`` must be rebuilt from ``content_dir``; ``None`` if it is current."""
    if not kb_path.is_file():
        return "missing"
    try:
        con = _connect_ro(kb_path)
        try:
            if con.execute("PRAGMA quick_check").fetchone() != ("ok",):
                return "corrupt (quick_check failed)"
            meta = _meta(con)
        finally:
            con.close()
    except sqlite3.Error as exc:
        return f"unreadable ({exc})"
    if meta.get("schema_version") != str(SCHEMA_VERSION):
        return f"schema version {meta.get('schema_version')!r}, expected {SCHEMA_VERSION}"
    if meta.get("content_hash") != content_hash(content_dir):
        return "content changed"
    return None


def check_kb(path: Path) -> None:
    """Raise ``KbError`` (a message a user can act on) unless ``path`` opens as a KB of our
    schema. Never writes, never rebuilds: the file is the user's."""
    if not path.exists():
        raise KbError(f"La base de connaissances « {path} » n'existe pas.")
    if not path.is_file():
        raise KbError(f"« {path} » n'est pas un fichier de base de connaissances.")
    rebuild = f"Reconstruisez-la avec « bclm-viewer build --output {path} »."
    try:
        con = _connect_ro(path)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            missing = sorted(KB_TABLES - tables)
            meta = {} if missing else _meta(con)
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise KbError(
            f"« {path} » n'est pas une base de connaissances lisible ({exc}). {rebuild}"
        ) from exc
    if missing:
        raise KbError(
            f"« {path} » n'est pas une base de connaissances bclm-viewer "
            f"(tables manquantes : {', '.join(missing)})."
        )
    version = meta.get("schema_version")
    if version != str(SCHEMA_VERSION):
        raise KbError(
            f"« {path} » a été construite pour le schéma {version or 'inconnu'} ; cette version "
            f"de bclm-viewer lit le schéma {SCHEMA_VERSION}. {rebuild}"
        )


def ensure_kb(path: Path | None = None) -> Path:
    """The KB to open. ``None``: the bundled KB, (re)built from the packaged content if it is
    missing, corrupt, of another schema or stale (raises ``ContentError`` if that content is
    invalid). A given ``path`` is only checked (``KbError`` if it is not a KB of our schema)."""
    if path is not None:
        check_kb(Path(path))
        return Path(path)
    target = paths.default_kb_path()
    content = paths.content_dir()
    if stale_reason(target, content) is not None:
        from bclm_viewer.kb.build import build_kb

        build_kb(content, target)
    return target
