"""Named talk lists and their ordered items, as statements on an open transaction.

``UserStore`` wraps each function in one write transaction; ``exchange`` reuses them inside the
single transaction of an import. Item positions are kept dense (0..n-1) by every change, and a
``UNIQUE (list_id, position)`` index guards that no two items ever share a place.
"""

from __future__ import annotations

import sqlite3

from bclm_viewer.notes.records import ListItem, NotFoundError, TalkList, normalise_ref, utc_now

_LIST_SELECT = (
    "SELECT l.id, l.name, l.created_at, l.updated_at, l.deleted_at,"
    " (SELECT count(*) FROM list_items i WHERE i.list_id = l.id) FROM lists l"
)
_ITEM_COLS = "id, list_id, position, kind, ref, caption, created_at"


def check_name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValueError("le nom de la liste est vide")
    return name.strip()


def check_caption(caption: str | None) -> str | None:
    if caption is None:
        return None
    if not isinstance(caption, str):
        raise ValueError("la légende doit être un texte")
    return caption if caption.strip() else None


def _touch(con: sqlite3.Connection, list_id: int, now: str) -> None:
    cur = con.execute("UPDATE lists SET updated_at = ? WHERE id = ?", (now, list_id))
    if cur.rowcount == 0:
        raise NotFoundError(f"liste {list_id} inconnue")


def create(
    con: sqlite3.Connection,
    name: str,
    *,
    created_at: str | None = None,
    updated_at: str | None = None,
    deleted_at: str | None = None,
) -> int:
    now = utc_now()
    cur = con.execute(
        "INSERT INTO lists (name, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?)",
        (check_name(name), created_at or now, updated_at or created_at or now, deleted_at),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def rename(con: sqlite3.Connection, list_id: int, name: str) -> None:
    checked = check_name(name)
    _touch(con, list_id, utc_now())
    con.execute("UPDATE lists SET name = ? WHERE id = ?", (checked, list_id))


def set_deleted(con: sqlite3.Connection, list_id: int, deleted: bool) -> None:
    """Soft delete (the list stays, hidden and recoverable) or restore."""
    now = utc_now()
    _touch(con, list_id, now)
    if deleted:
        con.execute(
            "UPDATE lists SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", (now, list_id)
        )
    else:
        con.execute("UPDATE lists SET deleted_at = NULL WHERE id = ?", (list_id,))


def all_lists(con: sqlite3.Connection, *, include_deleted: bool = False) -> list[TalkList]:
    where = "" if include_deleted else " WHERE l.deleted_at IS NULL"
    rows = con.execute(_LIST_SELECT + where + " ORDER BY l.id").fetchall()
    return [TalkList(*r) for r in rows]


def get(con: sqlite3.Connection, list_id: int) -> TalkList | None:
    row = con.execute(_LIST_SELECT + " WHERE l.id = ?", (list_id,)).fetchone()
    return TalkList(*row) if row else None


def items(con: sqlite3.Connection, list_id: int) -> list[ListItem]:
    rows = con.execute(
        f"SELECT {_ITEM_COLS} FROM list_items WHERE list_id = ? ORDER BY position, id", (list_id,)
    ).fetchall()
    return [ListItem(*r) for r in rows]


def _item(con: sqlite3.Connection, item_id: int) -> ListItem:
    row = con.execute(f"SELECT {_ITEM_COLS} FROM list_items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"élément {item_id} inconnu")
    return ListItem(*row)


def add_item(
    con: sqlite3.Connection,
    list_id: int,
    kind: str,
    ref: str,
    caption: str | None = None,
    *,
    created_at: str | None = None,
) -> int:
    """Append an item at the end of the list; returns its id."""
    canonical = normalise_ref(kind, ref)
    checked_caption = check_caption(caption)
    now = utc_now()
    _touch(con, list_id, now)
    position = con.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM list_items WHERE list_id = ?", (list_id,)
    ).fetchone()[0]
    cur = con.execute(
        "INSERT INTO list_items (list_id, position, kind, ref, caption, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (list_id, position, kind, canonical, checked_caption, created_at or now),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def _renumber(con: sqlite3.Connection, list_id: int, ordered_ids: list[int]) -> None:
    # Two passes so the UNIQUE (list_id, position) index never sees two items on one place.
    con.execute("UPDATE list_items SET position = -1 - position WHERE list_id = ?", (list_id,))
    con.executemany(
        "UPDATE list_items SET position = ? WHERE id = ?",
        [(pos, item_id) for pos, item_id in enumerate(ordered_ids)],
    )


def remove_item(con: sqlite3.Connection, item_id: int) -> ListItem:
    """Remove an item and close the gap; returns it so the caller can offer undo."""
    item = _item(con, item_id)
    _touch(con, item.list_id, utc_now())
    con.execute("DELETE FROM list_items WHERE id = ?", (item_id,))
    _renumber(con, item.list_id, [i.id for i in items(con, item.list_id)])
    return item


def move_item(con: sqlite3.Connection, item_id: int, new_position: int) -> None:
    """Move an item to ``new_position`` (clamped to the list), shifting the others."""
    item = _item(con, item_id)
    ids = [i.id for i in items(con, item.list_id) if i.id != item_id]
    target = max(0, min(int(new_position), len(ids)))
    ids.insert(target, item_id)
    _touch(con, item.list_id, utc_now())
    _renumber(con, item.list_id, ids)


def set_caption(con: sqlite3.Connection, item_id: int, caption: str | None) -> None:
    item = _item(con, item_id)
    checked = check_caption(caption)
    _touch(con, item.list_id, utc_now())
    con.execute("UPDATE list_items SET caption = ? WHERE id = ?", (checked, item_id))
