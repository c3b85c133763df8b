"""Export all user data to one JSON file, and merge such a file into a store.

Import never overwrites: an equal note is skipped, a note only in the file is added, a note that
differs is kept locally and the file's text stored as a ``Conflict``; a list whose name exists
here with other items comes in as « Nom (importé) »; stars are a union. Re-importing the same
file changes nothing. The whole file is validated before the single write transaction, so a
malformed file writes nothing.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bclm_viewer.notes import lists as talk_lists
from bclm_viewer.notes.records import (
    Conflict,
    ImportFormatError,
    ImportReport,
    normalise_ref,
    utc_now,
)

if TYPE_CHECKING:
    from bclm_viewer.notes.store import UserStore

FORMAT = "bclm-viewer-user-data"
FORMAT_VERSION = 1
IMPORTED_SUFFIX = "importé"


# -- export ------------------------------------------------------------------------------------


def snapshot(con: sqlite3.Connection) -> dict[str, Any]:
    """Every user datum as JSON-ready data (no row ids: they mean nothing elsewhere)."""
    notes = [
        {"study_id": s, "body_md": b, "created_at": c, "updated_at": u}
        for s, b, c, u in con.execute(
            "SELECT study_id, body_md, created_at, updated_at FROM notes ORDER BY study_id"
        )
    ]
    stars = [
        {"study_id": s, "starred_at": t}
        for s, t in con.execute("SELECT study_id, starred_at FROM stars ORDER BY study_id")
    ]
    out_lists = []
    for tl in talk_lists.all_lists(con, include_deleted=True):
        items = [
            {"kind": i.kind, "ref": i.ref, "caption": i.caption, "created_at": i.created_at}
            for i in talk_lists.items(con, tl.id)
        ]
        out_lists.append(
            {
                "name": tl.name,
                "created_at": tl.created_at,
                "updated_at": tl.updated_at,
                "deleted": tl.deleted,
                "deleted_at": tl.deleted_at,
                "items": items,
            }
        )
    conflicts = [
        dict(zip(_CONFLICT_KEYS, row, strict=True))
        for row in con.execute(f"SELECT {', '.join(_CONFLICT_KEYS)} FROM conflicts ORDER BY id")
    ]
    return {"notes": notes, "stars": stars, "lists": out_lists, "conflicts": conflicts}


_CONFLICT_KEYS = (
    "study_id", "local_md", "incoming_md", "incoming_updated_at", "source", "created_at",
    "resolved_at",
)


def export_json(store: UserStore, path: Path) -> None:
    """Write the whole store to ``path`` atomically (a crash leaves the old file or the new)."""
    doc = {"format": FORMAT, "version": FORMAT_VERSION, "exported_at": utc_now()}
    doc.update(store.read_txn(snapshot))
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


# -- reading and validating a file -------------------------------------------------------------


@dataclass
class _InList:
    name: str
    created_at: str | None
    updated_at: str | None
    deleted_at: str | None
    items: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)


@dataclass
class _Incoming:
    notes: list[dict[str, Any]] = field(default_factory=list)
    stars: list[tuple[str, str | None]] = field(default_factory=list)
    lists: list[_InList] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


class _Checker:
    """Collects every problem with a path like ``notes[3].body_md`` so all are shown at once."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def text(self, obj: dict[str, Any], key: str, where: str, *, required: bool = True,
             blank_ok: bool = True) -> str | None:
        value = obj.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or (not blank_ok and not value.strip()):
            self.problems.append(f"{where}.{key} : texte{'' if blank_ok else ' non vide'} attendu")
            return None
        return value

    def stamp(self, obj: dict[str, Any], key: str, where: str) -> str | None:
        value = self.text(obj, key, where, required=False)
        if value is not None:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                self.problems.append(f"{where}.{key} : date ISO 8601 attendue, reçu {value!r}")
                return None
        return value

    def records(self, doc: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
        value = doc.get(key, [])
        if not isinstance(value, list):
            self.problems.append(f"{key} : liste attendue")
            return []
        out = []
        for n, obj in enumerate(value):
            if isinstance(obj, dict):
                out.append((f"{key}[{n}]", obj))
            else:
                self.problems.append(f"{key}[{n}] : objet attendu")
        return out


def _read(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFormatError(path, ["fichier introuvable"]) from None
    except OSError as exc:
        raise ImportFormatError(path, [f"lecture impossible ({exc.strerror})"]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(path, [f"pas un texte UTF-8 (octet {exc.start})"]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = f"JSON invalide, ligne {exc.lineno}, colonne {exc.colno} : {exc.msg}"
        raise ImportFormatError(path, [problem]) from None
    except (ValueError, RecursionError) as exc:
        raise ImportFormatError(path, [f"JSON invalide : {exc}"]) from None


def parse(path: Path) -> _Incoming:
    """Read and validate an export; raises ``ImportFormatError`` listing every problem."""
    doc = _read(path)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportFormatError(path, [f"pas un export de bclm-viewer (« format » ≠ {FORMAT!r})"])
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFormatError(path, ["« version » : entier ≥ 1 attendu"])
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            path, [f"format {version} créé par une version plus récente de l'application"]
        )
    check, inc = _Checker(), _Incoming()
    seen: set[str] = set()
    for where, obj in check.records(doc, "notes"):
        sid = check.text(obj, "study_id", where, blank_ok=False)
        body = check.text(obj, "body_md", where)
        created = check.stamp(obj, "created_at", where)
        updated = check.stamp(obj, "updated_at", where)
        if sid is not None and sid in seen:
            check.problems.append(f"{where}.study_id : note en double pour {sid!r}")
        if sid is not None and body is not None:
            seen.add(sid)
            inc.notes.append(
                {"study_id": sid, "body_md": body, "created_at": created, "updated_at": updated}
            )
    for where, obj in check.records(doc, "stars"):
        sid = check.text(obj, "study_id", where, blank_ok=False)
        stamp = check.stamp(obj, "starred_at", where)
        if sid is not None:
            inc.stars.append((sid, stamp))
    for where, obj in check.records(doc, "lists"):
        name = check.text(obj, "name", where, blank_ok=False)
        deleted_at = check.stamp(obj, "deleted_at", where)
        deleted = obj.get("deleted", deleted_at is not None)
        if not isinstance(deleted, bool):
            check.problems.append(f"{where}.deleted : vrai ou faux attendu")
        elif deleted and deleted_at is None:
            deleted_at = utc_now()
        elif not deleted:
            deleted_at = None
        in_list = _InList(
            name=(name or "").strip(),
            created_at=check.stamp(obj, "created_at", where),
            updated_at=check.stamp(obj, "updated_at", where),
            deleted_at=deleted_at,
        )
        for item_where, item in check.records(obj, "items"):
            item_where = f"{where}.{item_where}"
            kind = check.text(item, "kind", item_where)
            ref = check.text(item, "ref", item_where)
            caption = check.text(item, "caption", item_where, required=False)
            stamp = check.stamp(item, "created_at", item_where)
            if kind is None or ref is None:
                continue
            try:
                in_list.items.append((kind, normalise_ref(kind, ref), caption, stamp))
            except ValueError as exc:
                check.problems.append(f"{item_where} : {exc}")
        inc.lists.append(in_list)
    for where, obj in check.records(doc, "conflicts"):
        row = {
            "study_id": check.text(obj, "study_id", where, blank_ok=False),
            "local_md": check.text(obj, "local_md", where),
            "incoming_md": check.text(obj, "incoming_md", where),
            "incoming_updated_at": check.stamp(obj, "incoming_updated_at", where),
            "source": check.text(obj, "source", where, required=False) or "import",
            "created_at": check.stamp(obj, "created_at", where) or utc_now(),
            "resolved_at": check.stamp(obj, "resolved_at", where),
        }
        inc.conflicts.append(row)
    if check.problems:
        raise ImportFormatError(path, check.problems)
    return inc


# -- merging -----------------------------------------------------------------------------------


def _signature(con: sqlite3.Connection, list_id: int) -> list[tuple[str, str, str | None]]:
    return [(i.kind, i.ref, i.caption) for i in talk_lists.items(con, list_id)]


def _ids_named(con: sqlite3.Connection, name: str) -> list[int]:
    return [r[0] for r in con.execute("SELECT id FROM lists WHERE name = ? ORDER BY id", (name,))]


def _merge_notes(con: sqlite3.Connection, inc: _Incoming, source: str, rep: ImportReport) -> None:
    now = utc_now()
    for n in inc.notes:
        sid, body = n["study_id"], n["body_md"]
        if not body.strip():
            continue
        row = con.execute("SELECT body_md FROM notes WHERE study_id = ?", (sid,)).fetchone()
        if row is None:
            created = n["created_at"] or n["updated_at"] or now
            con.execute(
                "INSERT INTO notes (study_id, body_md, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (sid, body, created, n["updated_at"] or created),
            )
            rep.notes_added.append(sid)
        elif row[0] == body:
            rep.notes_unchanged.append(sid)
        elif con.execute(
            "SELECT 1 FROM conflicts WHERE study_id = ? AND incoming_md = ?", (sid, body)
        ).fetchone():
            rep.conflicts_already_known.append(sid)
        else:
            cur = con.execute(
                "INSERT INTO conflicts (study_id, local_md, incoming_md, incoming_updated_at,"
                " source, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (sid, row[0], body, n["updated_at"], source, now),
            )
            assert cur.lastrowid is not None
            rep.conflicts.append(
                Conflict(cur.lastrowid, sid, row[0], body, n["updated_at"], source, now, None)
            )


def _merge_lists(con: sqlite3.Connection, inc: _Incoming, rep: ImportReport) -> None:
    pre_existing = {r[0] for r in con.execute("SELECT DISTINCT name FROM lists")}
    used: set[int] = set()  # local lists already matched or created by this import

    def identical(name: str, signature: list[tuple[str, str, str | None]]) -> int | None:
        for list_id in _ids_named(con, name):
            if list_id not in used and _signature(con, list_id) == signature:
                return list_id
        return None

    for il in inc.lists:
        signature = [(k, r, c) for k, r, c, _ in il.items]
        same = identical(il.name, signature)
        name: str | None = il.name if il.name not in pre_existing else None
        n = 1
        while same is None and name is None:
            candidate = f"{il.name} ({IMPORTED_SUFFIX}{'' if n == 1 else f' {n}'})"
            same = identical(candidate, signature)
            if same is None and not _ids_named(con, candidate):
                name = candidate
            n += 1
        if same is not None:
            used.add(same)
            rep.lists_unchanged.append(il.name)
            continue
        assert name is not None
        list_id = talk_lists.create(
            con, name, created_at=il.created_at, updated_at=il.updated_at,
            deleted_at=il.deleted_at,
        )
        used.add(list_id)
        for kind, ref, caption, stamp in il.items:
            talk_lists.add_item(con, list_id, kind, ref, caption, created_at=stamp)
        row = con.execute("SELECT created_at FROM lists WHERE id = ?", (list_id,)).fetchone()
        con.execute(
            "UPDATE lists SET updated_at = ? WHERE id = ?", (il.updated_at or row[0], list_id)
        )
        rep.lists_added.append(name)
        if name != il.name:
            rep.lists_renamed.append((il.name, name))


def _merge(con: sqlite3.Connection, inc: _Incoming, path: Path) -> ImportReport:
    rep = ImportReport(path=path)
    _merge_notes(con, inc, f"import « {path.name} »", rep)
    for sid, stamp in inc.stars:
        cur = con.execute("INSERT OR IGNORE INTO stars VALUES (?, ?)", (sid, stamp or utc_now()))
        if cur.rowcount:
            rep.stars_added.append(sid)
    _merge_lists(con, inc, rep)
    for c in inc.conflicts:
        known = con.execute(
            "SELECT 1 FROM conflicts WHERE study_id = ? AND local_md = ? AND incoming_md = ?",
            (c["study_id"], c["local_md"], c["incoming_md"]),
        ).fetchone()
        if not known:
            con.execute(
                f"INSERT INTO conflicts ({', '.join(_CONFLICT_KEYS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                tuple(c[k] for k in _CONFLICT_KEYS),
            )
    return rep


def import_json(store: UserStore, path: Path) -> ImportReport:
    """Merge the export at ``path`` into ``store`` in one transaction; see the module doc."""
    incoming = parse(path)
    return store.write_txn(lambda con: _merge(con, incoming, path))
