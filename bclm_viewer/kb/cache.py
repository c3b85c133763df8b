"""The bundled KB in the user cache: rebuilt when missing, damaged, stale or of another schema,
and never trusted blindly: what the app shows is the KB the app built.

This runs at every app start. The content is hashed (SHA-256 of every file, ~0.4 ms for the
bundled content, ~170 ms for 10,000 studies) and so is the KB file (~0.3 ms bundled, ~135 ms
at 10,000 studies); both hashes are compared with the stamp written beside the KB when it was
built (``kb.sqlite.stamp``). A KB whose bytes changed since (a figure edited in place, a bad
sector, another program) is rebuilt and the caller is told (``notices``). A KB with no stamp
(built by ``bclm-viewer build``, or by an older version) is checked the slow way once
(``quick_check``, schema version, the content hash it records) and stamped.

Where the cache folder cannot take the KB (a full disk, a read-only folder, a directory in
the KB's place) the KB is built in the temp folder instead and the caller is told; a stray
``kb.sqlite-journal`` (the app never writes the KB in place, so any journal beside it is not
ours, and SQLite would try to "roll it back" into the KB) is moved aside first.
The build (and with it sqlite-utils and markdown-it) is imported only when a rebuild is needed.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from pathlib import Path

from bclm_viewer import __version__
from bclm_viewer.kb import paths
from bclm_viewer.kb.errors import KbDamagedError, KbError
from bclm_viewer.kb.schema import KB_TABLES as KB_TABLES
from bclm_viewer.kb.schema import SCHEMA_VERSION, missing_tables, not_a_kb


def _content_files(content_dir: Path) -> list[str]:
    """Relative paths of the content's regular files, sorted; hidden files and anything that
    is not a plain file (a named pipe would block a read forever) are left out. Names are
    kept as the file system gives them (undecodable bytes as surrogate escapes)."""
    files: list[str] = []
    for folder, dirs, names in os.walk(content_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        rel_folder = os.path.relpath(folder, content_dir)
        for name in names:
            if name.startswith("."):
                continue
            try:
                if not stat.S_ISREG(os.stat(os.path.join(folder, name)).st_mode):
                    continue
            except OSError:
                pass  # listed, so hashed: reading it below says what is wrong
            rel = name if rel_folder == "." else f"{rel_folder}/{name}"
            files.append(rel.replace(os.sep, "/"))
    files.sort()
    return files


def content_hash(content_dir: Path) -> str:
    """SHA-256 over the sorted relative paths and bytes of every file of ``content_dir``
    (hidden files excepted): any edit, addition, removal or rename changes it. A file that
    cannot be read adds its error instead (the build reports it with its path)."""
    import hashlib  # loads OpenSSL (~3 ms): only where hashing is needed

    digest = hashlib.sha256()
    for rel in _content_files(content_dir):
        try:
            with open(os.path.join(content_dir, rel), "rb") as fh:
                data = fh.read()
        except OSError as exc:
            data = f"unreadable: {exc.errno}".encode()
        name = os.fsencode(rel)
        digest.update(name + b"\0" + str(len(data)).encode("ascii") + b"\0")
        digest.update(data)
    return digest.hexdigest()


def file_hash(path: Path) -> str:
    """SHA-256 of one file's bytes."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


STAMP_FORMAT = "bclm-viewer kb stamp 2"
MODIFIED = "modified since it was built"


def stamp_path(kb_path: Path) -> Path:
    return kb_path.with_name(kb_path.name + ".stamp")


def _stamp_key(content_digest: str) -> str:
    return f"{__version__}\t{SCHEMA_VERSION}\t{content_digest}"


def _read_stamp(kb_path: Path) -> tuple[str, str] | None:
    """``(key, kb file hash)`` from the stamp; ``None`` if there is none or it is not one."""
    try:
        text = stamp_path(kb_path).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None
    lines = text.split("\n")
    if len(lines) != 3 or lines[0] != STAMP_FORMAT or not lines[1] or not lines[2]:
        return None
    return lines[1], lines[2]


def write_stamp(kb_path: Path, content_digest: str) -> None:
    """Record the KB's own hash and the content it was built from (atomically; a cache:
    failures are ignored, the next start checks the slow way)."""
    target = stamp_path(kb_path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        text = f"{STAMP_FORMAT}\n{_stamp_key(content_digest)}\n{file_hash(kb_path)}"
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _meta(con: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in con.execute("SELECT key, value FROM meta")}


def _slow_check(kb_path: Path, digest: str) -> str | None:
    """Why a KB with no stamp must be rebuilt (``quick_check``, schema, content hash)."""
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
    if meta.get("content_hash") != digest:
        return "content changed"
    write_stamp(kb_path, digest)
    return None


def _judge(kb_path: Path, content_dir: Path) -> tuple[str | None, str]:
    digest = content_hash(content_dir)
    if not kb_path.exists():
        return "missing", digest
    if not kb_path.is_file():
        return "not a file", digest
    stamp = _read_stamp(kb_path)
    if stamp is None:
        return _slow_check(kb_path, digest), digest
    key, kb_digest = stamp
    if key != _stamp_key(digest):
        return "content changed", digest  # or another app or schema version
    try:
        if file_hash(kb_path) != kb_digest:
            return MODIFIED, digest
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})", digest
    return None, digest


def stale_reason(kb_path: Path, content_dir: Path) -> str | None:
    """Why the KB at ``kb_path`` must be rebuilt from ``content_dir``; ``None`` if it is the
    very file the app built from this content (``MODIFIED`` if its bytes changed since)."""
    return _judge(kb_path, content_dir)[0]


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite finding a file malformed (``SQLITE_CORRUPT``)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF == 11
    return "malformed" in str(exc)


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
        if is_damage(exc):
            raise KbDamagedError(path, exc) from exc
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


def _user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name: still a usable folder name
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def fallback_kb_path() -> Path:
    """Where the bundled KB is built when the cache folder cannot take it."""
    return Path(tempfile.gettempdir()) / f"bclm-viewer-kb-{_user()}" / "kb.sqlite"


def move_stray_journal(kb_path: Path) -> Path | None:
    """Move a ``-journal`` beside the KB aside (``…-journal.stray-<n>``); return where to.

    The app never writes the KB in place (it is replaced whole), so a journal there belongs
    to no write of ours, and SQLite would replay it into the KB at the next read."""
    journal = kb_path.with_name(kb_path.name + "-journal")
    if not os.path.lexists(journal):
        return None
    n = 1
    while os.path.lexists(aside := journal.with_name(f"{journal.name}.stray-{n}")):
        n += 1
    os.replace(journal, aside)
    return aside


def _build(content: Path, target: Path, digest: str) -> None:
    from bclm_viewer.kb.build import build_kb

    build_kb(content, target)
    write_stamp(target, digest)


def _plain(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    text = str(exc)
    return "disque plein" if "disk is full" in text else text


def ensure_kb(path: Path | None = None, notices: list[str] | None = None) -> Path:
    """The KB to open. ``None``: the bundled KB, (re)built from the packaged content if it is
    missing, damaged, modified, of another schema or stale (raises ``ContentError`` if that
    content is invalid, ``KbError`` if no folder can take it). A given ``path`` is only
    checked (``KbError`` if it is not a KB of our schema). What the user should know (the KB
    was modified and rebuilt, built elsewhere) is appended to ``notices``, in French."""
    told = notices if notices is not None else []
    if path is not None:
        check_kb(Path(path))
        return Path(path)
    target = paths.default_kb_path()
    content = paths.content_dir()
    try:
        aside = move_stray_journal(target)
    except OSError as exc:
        aside = None
        told.append(
            f"Un fichier « {target.name}-journal » qui n'est pas de l'application se trouve à "
            f"côté de la base en cache et n'a pas pu être déplacé ({_plain(exc)}) ; "
            "la base est construite ailleurs."
        )
        return _in_temp(content, target, told, exc)
    if aside is not None:
        told.append(
            f"Un fichier « {target.name}-journal » étranger à l'application se trouvait à côté "
            f"de la base en cache ; il a été mis de côté sous « {aside} »."
        )
    reason, digest = _judge(target, content)
    if reason is None:
        return target
    if reason == MODIFIED or reason.startswith(("corrupt", "unreadable")):
        told.append(
            f"La base de connaissances en cache « {target} » avait été modifiée ou abîmée "
            "depuis sa construction ; elle a été reconstruite à partir du contenu intégré."
        )
    try:
        _build(content, target, digest)
    except (OSError, sqlite3.Error) as exc:
        return _in_temp(content, target, told, exc)
    return target


def _in_temp(content: Path, target: Path, told: list[str], first: BaseException) -> Path:
    """Build (or reuse) the bundled KB in the temp folder; say why the cache was not used."""
    why = (
        f"« {target} » est un dossier, pas un fichier"
        if target.is_dir()
        else f"le dossier « {target.parent} » ne peut pas la recevoir ({_plain(first)})"
    )
    fallback = fallback_kb_path()
    try:
        move_stray_journal(fallback)
        reason, digest = _judge(fallback, content)
        if reason is not None:
            _build(content, fallback, digest)
    except (OSError, sqlite3.Error) as exc:
        raise KbError(
            f"La base de connaissances n'a pas pu être construite : {why}, et le dossier "
            f"temporaire « {fallback.parent} » non plus ({_plain(exc)}). Libérez de la place "
            "sur le disque (ou rendez le dossier de cache accessible en écriture, ou "
            "choisissez-en un autre avec BCLM_VIEWER_CACHE_DIR), puis relancez."
        ) from exc
    told.append(
        f"La base de connaissances n'a pas pu être mise en cache : {why}. Elle a été "
        f"construite dans « {fallback} » pour cette fois ; libérez de la place ou corrigez "
        "le dossier de cache pour éviter de la reconstruire à chaque démarrage."
    )
    return fallback
