"""The user's own data — notes, stars, talk lists — in its own SQLite file, never in the KB.

Pure Python (no Qt). Start-up calls ``open_user_store()``; the UI then calls ``UserStore``.
"""

from bclm_viewer.notes.opening import open_user_store, set_aside
from bclm_viewer.notes.records import (
    ITEM_KINDS,
    Conflict,
    ImportFormatError,
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
    comparison_ref,
)
from bclm_viewer.notes.schema import SCHEMA_VERSION, default_user_path
from bclm_viewer.notes.store import UserStore

__all__ = [
    "ITEM_KINDS",
    "SCHEMA_VERSION",
    "Conflict",
    "ImportFormatError",
    "ImportReport",
    "ListItem",
    "NotFoundError",
    "Note",
    "NoteHit",
    "StoreBusyError",
    "StoreWriteError",
    "TalkList",
    "UnusableStoreError",
    "UserStore",
    "UserStoreError",
    "comparison_ref",
    "default_user_path",
    "open_user_store",
    "set_aside",
]
