"""The notes file under faults: a full disk, a read-only folder, a damaged schema, and the
recovery file that keeps what could not be written.

As root, ``chmod`` does not stop writes, so the faults are made by SQLite itself: a full disk is
``PRAGMA max_page_count`` (SQLite then answers ``SQLITE_FULL``, "database or disk is full", as on
a full disk), a read-only folder a connection opened ``mode=ro`` or refused
(``unable to open database file``) as SQLite does where it may not write.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bclm_viewer.notes import (
    StoreWriteError,
    UserStore,
    default_user_path,
    open_user_store,
    recovery,
)
from bclm_viewer.notes import store as store_module
from bclm_viewer.notes.recovery import UnsavedNote


def fill_disk(store: UserStore) -> None:
    """No page may be added to the file any more: the next growing write fails SQLITE_FULL."""
    con = store._con  # noqa: SLF001 - the fault is injected where SQLite sees it
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")


def free_disk(store: UserStore) -> None:
    store._con.execute("PRAGMA max_page_count = 1073741823")  # noqa: SLF001


def refuse_writable_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite as it behaves in a folder it may not write: read-write opens are refused."""
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if not kwargs.get("uri"):
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(store_module.sqlite3, "connect", connect)


def test_a_full_disk_is_a_plain_error_and_nothing_half_written() -> None:
    with UserStore() as store:
        store.set_note("adam-2006", "avant")
        fill_disk(store)
        with pytest.raises(StoreWriteError) as caught:
            store.set_note("adam-2006", "x" * 100_000)
        assert caught.value.reason == "full" and caught.value.plain == "disque plein"
        assert "disque plein" in str(caught.value)
        assert store.note("adam-2006").body_md == "avant"  # type: ignore[union-attr]
        free_disk(store)
        store.set_note("adam-2006", "x" * 100_000)  # space is back: the same call works
        assert store.note("adam-2006").body_md == "x" * 100_000  # type: ignore[union-attr]


def test_a_store_that_cannot_write_says_read_only() -> None:
    with UserStore() as store:
        store.set_note("adam-2006", "gardée")
    uri = default_user_path().resolve().as_uri() + "?mode=ro"
    with UserStore(default_user_path()) as store:
        store._con.close()  # noqa: SLF001 - as after a crash left a -wal in a read-only folder
        store._con = sqlite3.connect(uri, uri=True, isolation_level=None)  # noqa: SLF001
        assert store.note("adam-2006").body_md == "gardée"  # type: ignore[union-attr]
        with pytest.raises(StoreWriteError) as caught:
            store.set_note("adam-2006", "modifiée")
        assert caught.value.reason == "readonly"


def test_a_read_only_folder_opens_the_notes_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    with UserStore() as store:
        store.set_note("adam-2006", "lisible")
    refuse_writable_connections(monkeypatch)
    store, message = open_user_store()
    try:
        assert store.read_only
        assert message is not None and "lecture seule" in message
        assert store.note("adam-2006").body_md == "lisible"  # type: ignore[union-attr]
        with pytest.raises(StoreWriteError):
            store.set_note("adam-2006", "refusée")
    finally:
        store.close()


def test_a_read_only_folder_without_notes_is_a_plain_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    refuse_writable_connections(monkeypatch)
    with pytest.raises(StoreWriteError) as caught:
        open_user_store()
    assert "ne peut pas être écrit" in str(caught.value)
    assert str(default_user_path().parent) in str(caught.value)


def test_our_schema_with_a_table_missing_is_set_aside() -> None:
    with UserStore() as store:
        store.set_note("adam-2006", "à garder")
    path = default_user_path()
    con = sqlite3.connect(path)
    con.execute("DROP TABLE stars")
    con.commit()
    con.close()
    store, message = open_user_store()
    try:
        assert message is not None and "mise de côté" in message
        [aside] = [p for p in path.parent.glob("user.sqlite.corrupt-*") if p.suffix != ".json"
                   and not p.name.endswith(("-wal", "-shm"))]
        old = sqlite3.connect(aside)
        assert old.execute("SELECT body_md FROM notes").fetchall() == [("à garder",)]
        old.close()
        store.set_star("adam-2006", True)  # the new file has every table
        assert store.is_starred("adam-2006")
    finally:
        store.close()


# ----- the recovery file -------------------------------------------------------------------


def test_recovery_goes_to_the_first_folder_that_takes_it(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    spare = tmp_path / "spare"
    notes = [UnsavedNote("adam-2006", "texte tapé", "avant")]
    path, failures = recovery.write_recovery(notes, [blocked, spare])
    assert path == spare / recovery.own_file_name()
    assert len(failures) == 1 and str(blocked) in failures[0]
    [kept] = recovery.read_recovery(path)
    assert (kept.study_id, kept.body_md, kept.base_md) == ("adam-2006", "texte tapé", "avant")
    recovery.write_recovery([], [blocked, spare])
    assert not path.exists()


def test_recovery_of_a_run_that_ended_is_offered_and_restored_without_overwriting(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "rec"
    folder.mkdir()
    dead = folder / recovery.own_file_name(pid=2**22 + 12345)  # no such process
    alive = folder / recovery.own_file_name()  # this run's own file is not offered
    for path in (dead, alive):
        path.write_text(
            recovery._dump([UnsavedNote("adam-2006", "tapé pendant la panne", "v1")]),  # noqa: SLF001
            encoding="utf-8",
        )
    found = recovery.pending([folder])
    assert [p for p, _ in found] == [dead]
    with UserStore() as store:
        store.set_note("adam-2006", "v2 écrite ailleurs entre-temps")
        assert recovery.restore(store, dead, found[0][1]) == 1
        assert store.note("adam-2006").body_md == "tapé pendant la panne"  # type: ignore[union-attr]
        [conflict] = store.conflicts("adam-2006")
        assert conflict.incoming_md == "v2 écrite ailleurs entre-temps"  # nothing lost
    assert not dead.exists()


def test_write_markdown_keeps_every_text(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    recovery.write_markdown(
        target,
        [UnsavedNote("adam-2006", "première", ""), UnsavedNote("page-2014", "seconde", "")],
        {"adam-2006": "Adam 2006"},
    )
    text = target.read_text(encoding="utf-8")
    assert "# Adam 2006 (adam-2006)" in text and "première" in text
    assert "# page-2014 (page-2014)" in text and "seconde" in text


@pytest.fixture
def tmpfs(tmp_path: Path) -> Any:
    """A real 1 MiB file system, when this session may mount one (root, not in every CI)."""
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    done = os.system(f"mount -t tmpfs -o size=1m tmpfs {mount} 2>/dev/null")  # noqa: S605
    if done != 0:
        pytest.skip("cannot mount a tmpfs here (the max_page_count tests cover the same path)")
    yield mount
    os.system(f"umount {mount}")  # noqa: S605


def test_a_really_full_disk(tmpfs: Path) -> None:
    with UserStore(tmpfs / "user.sqlite") as store:
        store.set_note("adam-2006", "court")
        filler = tmpfs / "filler"
        with open(filler, "wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 4096)
            except OSError:
                pass  # the disk is full
        with pytest.raises(StoreWriteError) as caught:
            store.set_note("adam-2006", "long " * 50_000)
        assert caught.value.reason in ("full", "io")
        assert store.note("adam-2006").body_md == "court"  # type: ignore[union-attr]
        filler.unlink()
        store.set_note("adam-2006", "long " * 50_000)
