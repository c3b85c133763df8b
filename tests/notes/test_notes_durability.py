"""The user's work survives a killed program, two programs writing at once, and a bad file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bclm_viewer.kb.paths import cache_dir, data_dir
from bclm_viewer.notes import UnusableStoreError, UserStore, open_user_store
from bclm_viewer.notes.schema import APPLICATION_ID, SCHEMA_VERSION

WRITER = Path(__file__).with_name("notes_writer.py")
posix_only = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")


def _start(started: list[subprocess.Popen[str]], *args: str) -> subprocess.Popen[str]:
    p = subprocess.Popen(
        [sys.executable, str(WRITER), *args], stdout=subprocess.PIPE, text=True,
        encoding="utf-8",
    )
    started.append(p)
    return p


def _line(p: subprocess.Popen[str]) -> str:
    assert p.stdout is not None
    line = p.stdout.readline()
    assert line, f"writer exited early with status {p.wait()}"
    return line.strip()


def _sigkill(p: subprocess.Popen[str]) -> None:
    os.kill(p.pid, signal.SIGKILL)
    assert p.wait() == -signal.SIGKILL


# -- killed writers ---------------------------------------------------------------------------


@posix_only
def test_note_survives_sigkill_right_after_saving(
    tmp_path: Path, child_processes: list[subprocess.Popen[str]]
) -> None:
    db = tmp_path / "user.sqlite"
    text = "Résection R0 — à revoir avant le staff ✓"
    p = _start(child_processes, str(db), "one", "adam-2006", text)
    assert _line(p) == "saved"
    _sigkill(p)
    with UserStore(db) as store:
        note = store.note("adam-2006")
        assert note is not None and note.body_md == text
        assert store.integrity_check() == ["ok"]


@posix_only
def test_every_acknowledged_note_survives_sigkill_mid_burst(
    tmp_path: Path, child_processes: list[subprocess.Popen[str]]
) -> None:
    db = tmp_path / "user.sqlite"
    p = _start(child_processes, str(db), "burst", "k", "100000")
    acknowledged = [int(_line(p)) for _ in range(60)]
    _sigkill(p)
    with UserStore(db) as store:
        for i in acknowledged:
            note = store.note(f"k-{i}")
            assert note is not None and note.body_md == f"note {i} de k"
        assert store.integrity_check() == ["ok"]


# -- two programs at once ---------------------------------------------------------------------


def test_two_programs_writing_at_once_lose_nothing(
    tmp_path: Path, child_processes: list[subprocess.Popen[str]]
) -> None:
    n = 200
    db, go = tmp_path / "user.sqlite", tmp_path / "go"
    with UserStore(db) as seed:
        list_id = seed.create_list("Talk du 12 mars")
        for k in range(10):
            seed.set_note(f"shared-{k}", f"seed-{k}")
    writers = [_start(child_processes, str(db), "mix", tag, str(n), str(list_id), str(go))
               for tag in "AB"]
    assert [_line(p) for p in writers] == ["ready", "ready"]
    go.touch()
    for p in writers:
        assert _line(p) == "done"
        assert p.wait() == 0

    with UserStore(db) as store:
        assert store.integrity_check() == ["ok"]
        for tag in "AB":
            for i in range(n):
                note = store.note(f"{tag}-{i}")
                assert note is not None and note.body_md == f"note {i} écrite par {tag}"
        # Each program's last edit of each shared note is the note or kept as a conflict.
        for k in range(10):
            note = store.note(f"shared-{k}")
            assert note is not None
            kept = {note.body_md} | {c.incoming_md for c in store.conflicts(f"shared-{k}")}
            for tag in "AB":
                last = max(i for i in range(n) if i % 10 == k)
                assert f"{tag} édition {last}" in kept
        expected_stars = {f"{t}-star-{i}" for t in "AB" for i in range(n) if i % 2 == 0}
        assert store.starred() == expected_stars | {"shared-star"}
        items = store.items(list_id)
        assert [i.position for i in items] == list(range(2 * n))
        assert sorted(i.ref for i in items) == sorted(f"{t}-{i}" for t in "AB" for i in range(n))
        assert len(store.search("écrite")) == 50  # the search index kept up (default limit)
        assert len(store.search("écrite", limit=1000)) == 2 * n


# -- a damaged or foreign file ---------------------------------------------------------------


def _healthy_bytes(tmp_path: Path) -> bytes:
    src = tmp_path / "src.sqlite"
    with UserStore(src) as store:
        for i in range(300):
            store.set_note(f"s-{i}", "texte " * 50)
    return src.read_bytes()


def _foreign_db(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO photos (name) VALUES ('vacances')")
    con.commit()
    con.close()


def _too_new_db(path: Path) -> None:
    with UserStore(path) as store:
        store.set_note("x", "note d'une version future")
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()


@pytest.mark.parametrize(
    ("case", "reason"),
    [("garbage", "corrupt"), ("truncated", "corrupt"), ("tiny", "corrupt"),
     ("foreign", "foreign"), ("too-new", "too-new")],
)
def test_bad_file_is_set_aside_intact_and_a_fresh_store_opens(
    tmp_path: Path, case: str, reason: str
) -> None:
    path = data_dir() / "user.sqlite"
    path.parent.mkdir(parents=True)
    if case == "garbage":
        path.write_bytes(bytes(range(256)) * 40)
    elif case == "truncated":
        path.write_bytes(_healthy_bytes(tmp_path)[:20000])
    elif case == "tiny":
        path.write_bytes(b"S")
    elif case == "foreign":
        _foreign_db(path)
    else:
        _too_new_db(path)
    original = path.read_bytes()

    with pytest.raises(UnusableStoreError) as err:
        UserStore(path)
    assert err.value.reason == reason
    assert path.read_bytes() == original  # a failed open changes nothing

    store, message = open_user_store()
    with store:
        aside = [p for p in path.parent.iterdir() if p.name.endswith(tuple("0123456789"))]
        assert len(aside) == 1 and ".corrupt-" in aside[0].name
        assert aside[0].read_bytes() == original
        assert message is not None and aside[0].name in message
        assert "mise de côté" in message or "mis de côté" in message
        assert store.path == path and store.notes() == []
        store.set_note("adam-2006", "nouvelle note")
        assert store.note("adam-2006") is not None
        assert store.integrity_check() == ["ok"]


def test_garbage_file_with_wal_and_shm_sets_all_three_aside() -> None:
    path = data_dir() / "user.sqlite"
    path.parent.mkdir(parents=True)
    contents = {"": b"not a database at all" * 100, "-wal": b"wal bytes", "-shm": b"shm bytes"}
    for suffix, data in contents.items():
        Path(f"{path}{suffix}").write_bytes(data)
    store, message = open_user_store(path)
    store.close()
    assert message is not None
    aside = next(p for p in path.parent.iterdir() if p.name.endswith(tuple("0123456789")))
    for suffix, data in contents.items():
        assert Path(f"{aside}{suffix}").read_bytes() == data


def test_setting_aside_twice_never_overwrites_an_earlier_copy() -> None:
    path = data_dir() / "user.sqlite"
    path.parent.mkdir(parents=True)
    for content in (b"first garbage" * 50, b"second garbage" * 50):
        path.unlink(missing_ok=True)
        path.write_bytes(content)
        store, message = open_user_store(path)
        store.close()
        assert message is not None
        path.unlink()  # drop the fresh, empty store so the next garbage takes its place
    kept = sorted(
        p.read_bytes() for p in path.parent.iterdir() if p.name.endswith(tuple("0123456789"))
    )
    assert kept == sorted([b"first garbage" * 50, b"second garbage" * 50])


def test_healthy_store_opens_with_no_message_and_its_data() -> None:
    store, message = open_user_store()
    with store:
        store.set_note("adam-2006", "garde-moi")
    store, message = open_user_store()
    with store:
        assert message is None
        note = store.note("adam-2006")
        assert note is not None and note.body_md == "garde-moi"
    assert not [p for p in data_dir().iterdir() if ".corrupt-" in p.name]


def test_user_data_lives_apart_from_the_kb_cache() -> None:
    store, _ = open_user_store()
    with store:
        assert store.path == data_dir() / "user.sqlite"
        assert cache_dir() not in store.path.parents
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()
