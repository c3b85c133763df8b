"""``UserStore``: the user's notes, stars and talk lists, saved at once and never lost.

Every change is one ``BEGIN IMMEDIATE … COMMIT`` transaction on a WAL database with
``synchronous=FULL``: when a method returns, the change survives a crash or a kill. Two windows
or two running copies may write at once: SQLite serialises the transactions, waits up to
``busy_timeout`` and this module keeps retrying after that, raising ``StoreBusyError`` rather
than dropping a write. Opening a damaged file is handled by ``open_user_store`` (``opening``).
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from bclm_viewer.notes import lists as talk_lists
from bclm_viewer.notes import schema
from bclm_viewer.notes.records import (
    Conflict,
    ImportReport,
    ListItem,
    Note,
    NoteHit,
    NotFoundError,
    StoreBusyError,
    StoreWriteError,
    TalkList,
    UnusableStoreError,
    UserStoreError,
    utc_now,
)

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000
RETRY_SECONDS = 120.0  # after busy_timeout, keep retrying this long before giving up loudly
CONCURRENT_EDIT = "édition simultanée"  # Conflict.source when another window changed the note

_NOTE_COLS = "study_id, body_md, created_at, updated_at"
_CONFLICT_COLS = (
    "id, study_id, local_md, incoming_md, incoming_updated_at, source, created_at, resolved_at"
)


def _os_reason(exc: OSError) -> str:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "readonly"
    return "io"


def _check_id(study_id: str) -> str:
    if not isinstance(study_id, str) or not study_id.strip():
        raise ValueError("identifiant d'étude vide")
    return study_id


class UserStore:
    """The user's data in ``path`` (default ``data_dir()/user.sqlite``). Use one per thread.

    Raises ``UnusableStoreError`` for a corrupt, foreign or too-new file (``open_user_store``
    sets such a file aside), ``StoreBusyError`` when the file stays locked.
    """

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        retry_seconds: float = RETRY_SECONDS,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path) if path is not None else schema.default_user_path()
        self.read_only = read_only
        self._retry_seconds = retry_seconds
        if not read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreWriteError(self.path, _os_reason(exc), str(exc)) from exc
        # Judge an existing file read-only first: a read-write connection to a bad file would,
        # on close, checkpoint into it and delete its -wal/-shm.
        schema.check_file(self.path, BUSY_TIMEOUT_MS)
        self._con = self._connect()
        try:
            self._prepare()
        except BaseException:
            self._con.close()
            raise

    # -- connection ------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        """Read-write, or (``read_only``) ``mode=ro``, else ``immutable`` when even the
        ``-shm`` cannot be made (a read-only folder holding a WAL file)."""
        timeout = BUSY_TIMEOUT_MS / 1000
        try:
            if not self.read_only:
                return sqlite3.connect(str(self.path), isolation_level=None, timeout=timeout)
            if not self.path.is_file():
                raise StoreWriteError(self.path, "readonly", "aucun fichier de notes")
            uri = self.path.resolve().as_uri()
            con = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None,
                                  timeout=timeout)
            try:
                con.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return con
            except sqlite3.OperationalError:
                con.close()
            return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)
        except sqlite3.OperationalError as exc:
            raise StoreWriteError(self.path, schema.write_failure(exc) or "io", str(exc)) from exc

    def _prepare(self) -> None:
        con = self._con
        try:
            con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            if self._retrying(lambda: schema.classify(con)) == "foreign":
                raise UnusableStoreError(self.path, "foreign", "base d'une autre application")
            if self.read_only:
                if schema.user_version(con) < schema.SCHEMA_VERSION:
                    raise StoreWriteError(
                        self.path, "readonly", "la base doit être mise à jour pour être lue"
                    )
                return
            self._retrying(lambda: con.execute("PRAGMA journal_mode = WAL").fetchone())
            con.execute("PRAGMA synchronous = FULL")
            con.execute("PRAGMA foreign_keys = ON")
            if schema.user_version(con) < schema.SCHEMA_VERSION:
                self.write_txn(schema.migrate)
        except sqlite3.DatabaseError as exc:
            if schema.is_corrupt(exc):
                raise UnusableStoreError(self.path, "corrupt", str(exc)) from exc
            raise UserStoreError(
                f"Impossible d'ouvrir la base de notes {self.path} : {exc}"
            ) from exc

    def _retrying(self, fn: Callable[[], T]) -> T:
        """Run ``fn``, retrying while the database is busy beyond ``busy_timeout``."""
        deadline = time.monotonic() + self._retry_seconds
        delay = 0.01
        while True:
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if not schema.is_busy(exc):
                    reason = schema.write_failure(exc)
                    if reason is not None:
                        raise StoreWriteError(self.path, reason, str(exc)) from exc
                    raise
                if time.monotonic() >= deadline:
                    raise StoreBusyError(
                        f"La base de notes {self.path} est restée verrouillée par un autre "
                        "programme ; la modification n'a pas été faite."
                    ) from exc
                time.sleep(delay + random.uniform(0, delay))
                delay = min(delay * 2, 0.5)

    def _txn(self, begin: str, fn: Callable[[sqlite3.Connection], T]) -> T:
        con = self._con

        def attempt() -> T:
            con.execute(begin)
            try:
                result = fn(con)
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    try:
                        con.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                raise
            return result

        return self._retrying(attempt)

    def write_txn(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` in one ``BEGIN IMMEDIATE`` transaction (for this package's modules).

        ``fn`` may run more than once (after a busy retry), so it must only touch the database.
        """
        return self._txn("BEGIN IMMEDIATE", fn)

    def read_txn(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` on one consistent snapshot."""
        return self._txn("BEGIN", fn)

    def _rows(self, sql: str, args: Iterable[object] = ()) -> list[tuple[Any, ...]]:
        """One read statement, retried like a write if the file is briefly locked."""
        params = tuple(args)
        return self._retrying(lambda: self._con.execute(sql, params).fetchall())

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> UserStore:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def data_version(self) -> int:
        """A number that changes whenever committed data changed, here or in another program.

        ``PRAGMA data_version`` (others' commits) plus this connection's own changes: cheap
        enough for a UI timer to poll and refresh when it moves.
        """
        other = int(self._rows("PRAGMA data_version")[0][0])
        return other + self._con.total_changes

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check`` rows: ``["ok"]`` when the file is sound."""
        return [r[0] for r in self._rows("PRAGMA integrity_check")]

    # -- notes and stars -------------------------------------------------------------------

    def note(self, study_id: str) -> Note | None:
        rows = self._rows(f"SELECT {_NOTE_COLS} FROM notes WHERE study_id = ?", [study_id])
        return Note(*rows[0]) if rows else None

    def notes(self) -> list[Note]:
        return [Note(*r) for r in self._rows(f"SELECT {_NOTE_COLS} FROM notes ORDER BY study_id")]

    def set_note(self, study_id: str, body_md: str, *, base_md: str | None = None) -> Note | None:
        """Save the note of ``study_id`` now; a blank body removes the note. Returns the note.

        ``base_md`` is the text the editor started from: if the stored note is neither it nor
        ``body_md`` (another window or program changed it meanwhile), that other text is kept
        as a ``Conflict`` (source ``CONCURRENT_EDIT``) instead of being silently overwritten.
        """
        sid = _check_id(study_id)
        if not isinstance(body_md, str):
            raise TypeError("body_md doit être un texte")

        def change(con: sqlite3.Connection) -> Note | None:
            row = con.execute(
                f"SELECT {_NOTE_COLS} FROM notes WHERE study_id = ?", (sid,)
            ).fetchone()
            current = Note(*row) if row else None
            current_md = current.body_md if current else ""
            if current_md == body_md or (not current and not body_md.strip()):
                return current
            now = utc_now()
            if current and base_md is not None and current_md != base_md:
                con.execute(
                    "INSERT INTO conflicts (study_id, local_md, incoming_md, incoming_updated_at,"
                    " source, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (sid, body_md, current_md, current.updated_at, CONCURRENT_EDIT, now),
                )
            if not body_md.strip():
                con.execute("DELETE FROM notes WHERE study_id = ?", (sid,))
                return None
            if current:
                con.execute(
                    "UPDATE notes SET body_md = ?, updated_at = ? WHERE study_id = ?",
                    (body_md, now, sid),
                )
                return Note(sid, body_md, current.created_at, now)
            con.execute(
                "INSERT INTO notes (study_id, body_md, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (sid, body_md, now, now),
            )
            return Note(sid, body_md, now, now)

        return self.write_txn(change)

    def note_html(self, study_id: str) -> str | None:
        """The note rendered safely (raw HTML off, ``javascript:`` links refused)."""
        from bclm_viewer.kb.render import render_markdown

        found = self.note(study_id)
        return render_markdown(found.body_md) if found else None

    def orphans(self, known_study_ids: Iterable[str]) -> list[Note]:
        """Notes whose study is not among ``known_study_ids`` (e.g. gone from a rebuilt KB).

        They are reported, never deleted: the user decides.
        """
        known = set(known_study_ids)
        return [n for n in self.notes() if n.study_id not in known]

    def set_star(self, study_id: str, starred: bool) -> None:
        sid = _check_id(study_id)
        if starred:
            sql, args = "INSERT OR IGNORE INTO stars VALUES (?, ?)", [sid, utc_now()]
        else:
            sql, args = "DELETE FROM stars WHERE study_id = ?", [sid]
        self.write_txn(lambda con: con.execute(sql, args))

    def starred(self) -> set[str]:
        return {r[0] for r in self._rows("SELECT study_id FROM stars")}

    def is_starred(self, study_id: str) -> bool:
        return bool(self._rows("SELECT 1 FROM stars WHERE study_id = ?", [study_id]))

    # -- talk lists (see ``lists``) ---------------------------------------------------------------

    def create_list(self, name: str) -> int:
        """A new, empty list named ``name`` (names need not be unique); returns its id."""
        talk_lists.check_name(name)
        return self.write_txn(lambda con: talk_lists.create(con, name))

    def rename_list(self, list_id: int, name: str) -> None:
        talk_lists.check_name(name)
        self.write_txn(lambda con: talk_lists.rename(con, list_id, name))

    def delete_list(self, list_id: int) -> None:
        """Soft delete: the list leaves ``lists()`` and search but stays restorable."""
        self.write_txn(lambda con: talk_lists.set_deleted(con, list_id, True))

    def restore_list(self, list_id: int) -> None:
        self.write_txn(lambda con: talk_lists.set_deleted(con, list_id, False))

    def lists(self, *, include_deleted: bool = False) -> list[TalkList]:
        return self.read_txn(lambda con: talk_lists.all_lists(con, include_deleted=include_deleted))

    def get_list(self, list_id: int) -> TalkList | None:
        return self.read_txn(lambda con: talk_lists.get(con, list_id))

    def add_item(self, list_id: int, kind: str, ref: str, caption: str | None = None) -> int:
        """Append a ``study`` (ref = study id), ``comparison`` (ref = JSON list of study ids,
        see ``records.comparison_ref``) or ``slide`` (ref = number as text); returns its id."""
        return self.write_txn(lambda con: talk_lists.add_item(con, list_id, kind, ref, caption))

    def remove_item(self, item_id: int) -> ListItem:
        """Remove an item (the others close up); returns it so the UI can offer undo."""
        return self.write_txn(lambda con: talk_lists.remove_item(con, item_id))

    def move_item(self, item_id: int, new_position: int) -> None:
        """Drag and drop: move to ``new_position`` (clamped); positions stay 0..n-1."""
        self.write_txn(lambda con: talk_lists.move_item(con, item_id, new_position))

    def set_caption(self, item_id: int, caption: str | None) -> None:
        self.write_txn(lambda con: talk_lists.set_caption(con, item_id, caption))

    def items(self, list_id: int) -> list[ListItem]:
        return self.read_txn(lambda con: talk_lists.items(con, list_id))

    # -- conflicts ----------------------------------------------------------------------------

    def conflicts(
        self, study_id: str | None = None, *, include_resolved: bool = False
    ) -> list[Conflict]:
        sql = f"SELECT {_CONFLICT_COLS} FROM conflicts WHERE 1"
        args: list[str] = []
        if study_id is not None:
            sql += " AND study_id = ?"
            args.append(study_id)
        if not include_resolved:
            sql += " AND resolved_at IS NULL"
        return [Conflict(*r) for r in self._rows(sql + " ORDER BY id", args)]

    def resolve_conflict(self, conflict_id: int, *, use_incoming: bool = False) -> None:
        """Close a conflict; with ``use_incoming`` the other version becomes the note.

        The conflict row stays (resolved), holding the text that was replaced: nothing is lost.
        """

        def change(con: sqlite3.Connection) -> None:
            row = con.execute(
                "SELECT study_id, incoming_md FROM conflicts WHERE id = ?", (conflict_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"conflit {conflict_id} inconnu")
            now = utc_now()
            if use_incoming:
                sid, incoming = row
                cur = con.execute("SELECT body_md FROM notes WHERE study_id = ?", (sid,)).fetchone()
                con.execute(
                    "UPDATE conflicts SET local_md = ? WHERE id = ?",
                    (cur[0] if cur else "", conflict_id),
                )
                con.execute(
                    "INSERT INTO notes (study_id, body_md, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (study_id) DO UPDATE"
                    " SET body_md = excluded.body_md, updated_at = excluded.updated_at",
                    (sid, incoming, now, now),
                )
            con.execute("UPDATE conflicts SET resolved_at = ? WHERE id = ?", (now, conflict_id))

        self.write_txn(change)

    # -- exchange (see ``exchange``) ------------------------------------------------------------

    def export_json(self, path: Path | str) -> None:
        from bclm_viewer.notes.exchange import export_json

        export_json(self, Path(path))

    def import_json(self, path: Path | str) -> ImportReport:
        from bclm_viewer.notes.exchange import import_json

        return import_json(self, Path(path))

    def search(self, text: str, limit: int = 50) -> list[NoteHit]:
        """Notes and lists matching ``text``, best first; any text is safe (may give ``[]``)."""
        from bclm_viewer.query.fts import HIGHLIGHT_END, HIGHLIGHT_START, fts_query

        query = fts_query(text)
        if query is None:
            return []
        rows = self._rows(
            "SELECT kind, ref, title, snippet(user_search, -1, ?, ?, '…', 12) FROM user_search"
            " WHERE user_search MATCH ? ORDER BY rank LIMIT ?",
            (HIGHLIGHT_START, HIGHLIGHT_END, query, limit),
        )
        return [
            NoteHit(
                kind=kind,
                study_id=str(ref) if kind == "note" else None,
                list_id=int(ref) if kind == "list" else None,
                title=title,
                snippet=snippet,
            )
            for kind, ref, title, snippet in rows
        ]
