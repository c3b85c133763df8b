"""The user database's DDL, its forward migrations, and how to tell a file is ours.

The user's data lives in its own file (``data_dir()/user.sqlite``), never in the KB, so
rebuilding the KB cannot touch it. ``PRAGMA application_id`` marks the file as ours and
``PRAGMA user_version`` is its schema version; migrations only ever go forward.

Search rows are kept in step by triggers, inside the writing transaction: a note's row has
``rowid = notes.id``, a list's row ``rowid = -lists.id`` (soft-deleted lists are not searchable).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from bclm_viewer.kb.paths import data_dir
from bclm_viewer.notes.records import UnusableStoreError

FILE_NAME = "user.sqlite"
SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x42434C4D  # "BCLM"

# The text a list contributes to search: its item captions and references.
# Each item reads "caption — reference"; a comparison's ids are listed, a slide is named.
_LIST_BODY = (
    "(SELECT coalesce(group_concat(coalesce(i.caption || ' — ', '') || CASE i.kind"
    " WHEN 'comparison' THEN (SELECT group_concat(j.value, ', ') FROM json_each(i.ref) j)"
    " WHEN 'slide' THEN 'diapositive ' || i.ref ELSE i.ref END, ' · '), '')"
    " FROM list_items i WHERE i.list_id = {list_id})"
)


def _reindex_list(list_id: str) -> str:
    return (
        f"DELETE FROM user_search WHERE rowid = -{list_id};\n"
        "    INSERT INTO user_search(rowid, kind, ref, title, body)\n"
        f"    SELECT -l.id, 'list', l.id, l.name, {_LIST_BODY.format(list_id='l.id')}\n"
        f"    FROM lists l WHERE l.id = {list_id} AND l.deleted_at IS NULL;"
    )


_V1: tuple[str, ...] = (
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        study_id TEXT NOT NULL UNIQUE,
        body_md TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE stars (
        study_id TEXT PRIMARY KEY,
        starred_at TEXT NOT NULL
    )""",
    """CREATE TABLE lists (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )""",
    """CREATE TABLE list_items (
        id INTEGER PRIMARY KEY,
        list_id INTEGER NOT NULL REFERENCES lists(id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('study', 'comparison', 'slide')),
        ref TEXT NOT NULL,
        caption TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (list_id, position)
    )""",
    # Another version of a note that could not be the note (import, simultaneous edit).
    """CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY,
        study_id TEXT NOT NULL,
        local_md TEXT NOT NULL,
        incoming_md TEXT NOT NULL,
        incoming_updated_at TEXT,
        source TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT
    )""",
    "CREATE INDEX idx_conflicts_study ON conflicts(study_id)",
    """CREATE VIRTUAL TABLE user_search USING fts5(
        kind UNINDEXED,
        ref UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO user_search(rowid, kind, ref, title, body)
    VALUES (new.id, 'note', new.study_id, new.study_id, new.body_md);
    END""",
    """CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
    DELETE FROM user_search WHERE rowid = old.id;
    INSERT INTO user_search(rowid, kind, ref, title, body)
    VALUES (new.id, 'note', new.study_id, new.study_id, new.body_md);
    END""",
    """CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    DELETE FROM user_search WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER lists_ai AFTER INSERT ON lists BEGIN
    {_reindex_list('new.id')}
    END""",
    f"""CREATE TRIGGER lists_au AFTER UPDATE OF name, deleted_at ON lists BEGIN
    {_reindex_list('new.id')}
    END""",
    """CREATE TRIGGER lists_ad AFTER DELETE ON lists BEGIN
    DELETE FROM user_search WHERE rowid = -old.id;
    END""",
    f"""CREATE TRIGGER items_ai AFTER INSERT ON list_items BEGIN
    {_reindex_list('new.list_id')}
    END""",
    f"""CREATE TRIGGER items_au AFTER UPDATE OF kind, ref, caption ON list_items BEGIN
    {_reindex_list('new.list_id')}
    END""",
    f"""CREATE TRIGGER items_ad AFTER DELETE ON list_items BEGIN
    {_reindex_list('old.list_id')}
    END""",
)

# Version 2: study mode's cards (one per generated question: its fsrs state as JSON, the
# question's last known prompt and answer so an orphaned card can still be shown) and every
# answer given (see ``study_cards``).
_V2: tuple[str, ...] = (
    """CREATE TABLE study_cards (
        question_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        prompt TEXT NOT NULL,
        answer TEXT NOT NULL,
        card_json TEXT NOT NULL,
        state INTEGER NOT NULL,
        due TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        orphaned_at TEXT
    )""",
    "CREATE INDEX idx_study_cards_due ON study_cards(due)",
    """CREATE TABLE study_reviews (
        id INTEGER PRIMARY KEY,
        question_id TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        state_before INTEGER,
        reviewed_at TEXT NOT NULL,
        duration_ms INTEGER,
        correct INTEGER
    )""",
    "CREATE INDEX idx_study_reviews_question ON study_reviews(question_id, reviewed_at)",
    "CREATE INDEX idx_study_reviews_time ON study_reviews(reviewed_at)",
)

_ITEM_TRIGGERS = ("items_ai", "items_au", "items_ad")
_LIST_TRIGGERS = ("lists_ai", "lists_au", "lists_ad")

# Version 3: a list may also hold the evidence matrix and a chart. SQLite cannot change a CHECK
# in place, so ``list_items`` is rebuilt (rows and ids kept) and its triggers recreated; the
# triggers of ``lists`` read ``list_items`` and are dropped first, so the rename never meets a
# trigger naming a missing table.
_V3: tuple[str, ...] = (
    *(f"DROP TRIGGER {name}" for name in _LIST_TRIGGERS + _ITEM_TRIGGERS),
    """CREATE TABLE list_items_v2 (
        id INTEGER PRIMARY KEY,
        list_id INTEGER NOT NULL REFERENCES lists(id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('study', 'comparison', 'slide', 'matrix', 'chart')),
        ref TEXT NOT NULL,
        caption TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (list_id, position)
    )""",
    "INSERT INTO list_items_v2 (id, list_id, position, kind, ref, caption, created_at)"
    " SELECT id, list_id, position, kind, ref, caption, created_at FROM list_items",
    "DROP TABLE list_items",
    "ALTER TABLE list_items_v2 RENAME TO list_items",
    *(sql for sql in _V1 if sql.startswith(("CREATE TRIGGER lists_", "CREATE TRIGGER items_"))),
)

# MIGRATIONS[i] takes the schema from version i to i + 1. Append; never edit a shipped one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3)
SCHEMA_VERSION = len(MIGRATIONS)


def default_user_path() -> Path:
    """``data_dir()/user.sqlite``; ``BCLM_VIEWER_DATA_DIR`` moves it (tests, portable use)."""
    return data_dir() / FILE_NAME


def classify(con: sqlite3.Connection) -> str:
    """``"ours"``, ``"empty"`` (a new file) or ``"foreign"`` (another program's database).

    Reads the header, so a file that is not SQLite raises ``sqlite3.DatabaseError`` here.
    """
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return "ours"
    n_objects = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id == 0 and n_objects == 0:
        return "empty"
    return "foreign"


def user_version(con: sqlite3.Connection) -> int:
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def migrate(con: sqlite3.Connection) -> None:
    """Bring the schema to ``SCHEMA_VERSION``; the caller holds a write transaction.

    Re-reads the version inside that transaction, so two programs starting at once migrate once.
    """
    current = user_version(con)
    for statements in MIGRATIONS[current:]:
        for sql in statements:
            con.execute(sql)
    if current < SCHEMA_VERSION:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
        con.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")


_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED (extended codes share the low byte)
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_busy(exc: sqlite3.Error) -> bool:
    code = _code(exc)
    if code is None:
        return "locked" in str(exc).lower() or "busy" in str(exc).lower()
    return code in _BUSY_CODES


# What keeps a change from being written, by SQLite primary code: FULL, READONLY, IOERR,
# CANTOPEN, PERM.
_WRITE_FAILURES = {13: "full", 8: "readonly", 10: "io", 14: "readonly", 3: "readonly"}


def write_failure(exc: sqlite3.Error) -> str | None:
    """``"full"``, ``"readonly"`` or ``"io"`` when ``exc`` says the file cannot be written now."""
    code = _code(exc)
    if code is not None:
        return _WRITE_FAILURES.get(code)
    text = str(exc).lower()
    if "disk is full" in text:
        return "full"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return "readonly"
    if "disk i/o" in text:
        return "io"
    return None


_CREATE = re.compile(r"CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.I)
_DROP = re.compile(r"DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(\w+)", re.I)
_RENAME = re.compile(r"ALTER\s+TABLE\s+(\w+)\s+RENAME\s+TO\s+(\w+)", re.I)


def expected_tables(version: int) -> set[str]:
    """The tables a file of schema ``version`` has (a file missing one is damaged): what the
    migrations up to it create, less what they drop, renames followed (a table rebuilt as
    ``x_v2`` and renamed back is ``x``)."""
    names: set[str] = set()
    for statements in MIGRATIONS[:version]:
        for sql in statements:
            sql = sql.strip()
            if found := _CREATE.match(sql):
                names.add(found.group(1))
            elif found := _DROP.match(sql):
                names.discard(found.group(1))
            elif found := _RENAME.match(sql):
                names.discard(found.group(1))
                names.add(found.group(2))
    return names


def is_corrupt(exc: sqlite3.Error) -> bool:
    code = _code(exc)
    if code is None:
        return "malformed" in str(exc).lower() or "not a database" in str(exc).lower()
    return code in _CORRUPT_CODES


def check_file(path: Path, busy_timeout_ms: int) -> None:
    """Raise ``UnusableStoreError`` if an existing ``path`` is not a sound database of ours.

    Reads only: the header first, then a read-only connection (which, unlike a read-write one,
    never checkpoints into the file nor deletes its ``-wal``/``-shm`` on close). Errors other
    than corruption (locked, cannot open read-only) are left to the read-write open.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    if not header:
        return  # an empty file is a new database
    if header != SQLITE_HEADER:
        raise UnusableStoreError(path, "corrupt", "pas un fichier SQLite (en-tête inconnu)")
    try:
        con = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms / 1000
        )
    except sqlite3.Error:
        return
    try:
        kind = classify(con)
        if kind == "foreign":
            raise UnusableStoreError(path, "foreign", "base d'une autre application")
        version = user_version(con)
        if version > SCHEMA_VERSION:
            raise UnusableStoreError(path, "too-new", f"schéma {version} > {SCHEMA_VERSION}")
        if kind == "ours":
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            missing = sorted(expected_tables(version) - tables)
            if missing:
                detail = f"table(s) manquante(s) : {', '.join(missing)}"
                raise UnusableStoreError(path, "corrupt", detail)
        problems = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise UnusableStoreError(path, "corrupt", "; ".join(problems[:3]))
    except sqlite3.DatabaseError as exc:
        if is_corrupt(exc):
            raise UnusableStoreError(path, "corrupt", str(exc)) from exc
    finally:
        con.close()
