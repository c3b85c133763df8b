"""The bundled KB in the user cache: rebuilt when missing, corrupt, stale or of another schema.

This runs at every app start, so the path where nothing changed stays cheap: open the KB
read-only, ``PRAGMA quick_check``, read two ``meta`` rows, and compare the content's hash with
the one the KB was built from. Hashing every content file at each start would grow with the
content, so a stamp beside the KB (``kb.sqlite.stamp``) remembers which hash a given state of
the content had, as the names, sizes and modification times of its files plus the app version
(what ``make`` and git trust too); the content is hashed again only when that state changed.
The build (and with it sqlite-utils and markdown-it) is imported only when a rebuild is needed.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from bclm_viewer import __version__
from bclm_viewer.kb import paths
from bclm_viewer.kb.errors import KbError
from bclm_viewer.kb.schema import KB_TABLES as KB_TABLES
from bclm_viewer.kb.schema import SCHEMA_VERSION, missing_tables, not_a_kb


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
    import hashlib  # loads OpenSSL: only when the content must really be hashed

    digest = hashlib.sha256()
    for rel in _content_files(content_dir):
        with open(os.path.join(content_dir, rel), "rb") as fh:
            data = fh.read()
        digest.update(rel.encode("utf-8") + b"\0" + str(len(data)).encode("ascii") + b"\0")
        digest.update(data)
    return digest.hexdigest()


STAMP_FORMAT = "bclm-viewer content stamp 1"
# A file changed this recently could change again within the same mtime tick (timestamps are
# coarse) without its size changing: such a state is never stamped, it is hashed every time.
SETTLED_NS = 2_000_000_000


def content_state(content_dir: Path) -> tuple[str, bool]:
    """The content's state as text (app version, folder, then each file's relative path, size,
    inode, mtime and ctime in ns) and whether it is settled (no file changed in the last two
    seconds). Any edit, addition, removal or rename gives another state; so does a file copied
    over with its old mtime (``cp -p``), as the ctime cannot be set back."""
    lines = [__version__, str(Path(content_dir).resolve())]
    newest = 0
    for rel in _content_files(content_dir):
        st = os.stat(os.path.join(content_dir, rel))
        newest = max(newest, st.st_mtime_ns, st.st_ctime_ns)
        lines.append(f"{rel}\t{st.st_size}\t{st.st_ino}\t{st.st_mtime_ns}\t{st.st_ctime_ns}")
    return "\n".join(lines), newest < time.time_ns() - SETTLED_NS


def stamp_path(kb_path: Path) -> Path:
    return kb_path.with_name(kb_path.name + ".stamp")


def _stamped_hash(kb_path: Path, state: str) -> str | None:
    """The hash the stamp records for ``state``; ``None`` if there is no stamp for it."""
    try:
        text = stamp_path(kb_path).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    header, _, rest = text.partition("\n")
    digest, _, stamped_state = rest.partition("\n")
    if header != STAMP_FORMAT or stamped_state != state or not digest:
        return None
    return digest


def _write_stamp(kb_path: Path, state: str, digest: str) -> None:
    """Record that ``state`` hashes to ``digest`` (atomically; a cache: failures are ignored)."""
    target = stamp_path(kb_path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(f"{STAMP_FORMAT}\n{digest}\n{state}", encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _meta(con: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in con.execute("SELECT key, value FROM meta")}


def stale_reason(kb_path: Path, content_dir: Path) -> str | None:
    """Why the KB at ``kb_path`` must be rebuilt from ``content_dir``; ``None`` if it is current.

    The content is hashed unless the stamp says its current state hashes to the KB's
    ``content_hash``; a settled state hashed here is stamped for the next start."""
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
    state, settled = content_state(content_dir)
    stamped = _stamped_hash(kb_path, state)
    if stamped is not None and stamped == meta.get("content_hash"):
        return None
    digest = content_hash(content_dir)  # no stamp for this state, or a stamp of another KB
    if settled:
        _write_stamp(kb_path, state, digest)
    if meta.get("content_hash") != digest:
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
            missing = missing_tables(con)
            meta = {} if missing else _meta(con)
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise KbError(
            f"« {path} » n'est pas une base de connaissances lisible ({exc}). {rebuild}"
        ) from exc
    if missing:
        raise not_a_kb(path, missing)
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
        stale_reason(target, content)  # stamps the content state the new KB was built from
    return target
