"""The cached KB is the file the app built: its hash and the content's are kept in a stamp;
a KB changed in place is rebuilt (and the user told); a stray journal, a directory in the KB's
place, a cache folder on a full disk each get a fallback and a plain message."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from kb_fixtures import edit, write_minimal_content

from bclm_viewer.kb import cache, paths
from bclm_viewer.kb.cache import MODIFIED, ensure_kb, stale_reason, stamp_path
from bclm_viewer.kb.errors import KbError


@pytest.fixture
def packaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Fixture content standing in for the packaged content; the temp fallback in tmp_path."""
    content = write_minimal_content(tmp_path / "content")
    monkeypatch.setattr(paths, "content_dir", lambda: content)
    monkeypatch.setattr(cache, "fallback_kb_path", lambda: tmp_path / "fallback" / "kb.sqlite")
    return content


def _figures(path: Path) -> list[str]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT value_text FROM outcomes ORDER BY id")]
    finally:
        con.close()


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_ino, st.st_mtime_ns


def test_a_build_is_stamped_and_then_reused(packaged: Path) -> None:
    target = ensure_kb()
    assert stamp_path(target).read_text(encoding="utf-8").startswith("bclm-viewer kb stamp 2\n")
    first = _identity(target)
    notices: list[str] = []
    assert ensure_kb(notices=notices) == target
    assert _identity(target) == first and notices == []


def test_a_figure_changed_in_place_is_rebuilt_and_the_user_told(packaged: Path) -> None:
    target = ensure_kb()
    assert "37" in _figures(target)
    data = target.read_bytes()
    assert data.count(b"OS5: 37%") >= 1
    target.write_bytes(data.replace(b"OS5: 37%", b"OS5: 87%"))  # same size, still valid SQLite
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    con.close()
    assert stale_reason(target, packaged) == MODIFIED
    notices: list[str] = []
    assert ensure_kb(notices=notices) == target
    assert b"OS5: 87%" not in target.read_bytes()
    assert len(notices) == 1 and "modifiée ou abîmée" in notices[0] and "reconstruite" in notices[0]
    assert stale_reason(target, packaged) is None


@pytest.mark.parametrize("change", ["edit", "edit-keeping-mtime", "add", "remove", "rename"])
def test_any_content_change_is_seen(packaged: Path, change: str) -> None:
    target = ensure_kb()
    glossary = packaged / "glossary.yaml"
    study = packaged / "studies/durand-2010.md"
    if change.startswith("edit"):
        before = glossary.stat()
        edit(glossary, "(BCLM)", "(XXXX)")
        if change == "edit-keeping-mtime":  # as ``cp -p`` would
            os.utime(glossary, ns=(before.st_atime_ns, before.st_mtime_ns))
    elif change == "add":
        (packaged / "studies/extra.txt").write_text("x", encoding="utf-8")
    elif change == "remove":
        study.unlink()
    else:
        study.rename(study.with_name("durand-2011.md"))
    assert stale_reason(target, packaged) == "content changed"


@pytest.mark.parametrize("stamp", ["", "garbage", "bclm-viewer kb stamp 2\n\n", None])
def test_a_missing_or_damaged_stamp_is_checked_the_slow_way_then_stamped(
    packaged: Path, stamp: str | None
) -> None:
    target = ensure_kb()
    good = stamp_path(target).read_text(encoding="utf-8")
    if stamp is None:
        stamp_path(target).unlink()
    else:
        stamp_path(target).write_text(stamp, encoding="utf-8")
    first = _identity(target)
    assert stale_reason(target, packaged) is None
    assert _identity(target) == first
    assert stamp_path(target).read_text(encoding="utf-8") == good  # healed


def test_a_kb_without_content_hash_and_no_stamp_is_stale(packaged: Path) -> None:
    target = ensure_kb()
    stamp_path(target).unlink()
    con = sqlite3.connect(target)
    con.execute("DELETE FROM meta WHERE key = 'content_hash'")
    con.commit()
    con.close()
    assert stale_reason(target, packaged) == "content changed"


def test_a_garbage_journal_beside_the_cache_is_moved_aside(packaged: Path) -> None:
    target = ensure_kb()
    journal = target.with_name("kb.sqlite-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + os.urandom(4096))
    notices: list[str] = []
    assert ensure_kb(notices=notices) == target
    assert not journal.exists()
    assert journal.with_name("kb.sqlite-journal.stray-1").is_file()
    assert "mis de côté" in notices[0]
    assert "37" in _figures(target)


def test_a_directory_in_the_caches_place_falls_back_to_the_temp_folder(
    packaged: Path, tmp_path: Path
) -> None:
    target = paths.default_kb_path()
    target.mkdir(parents=True)
    notices: list[str] = []
    opened = ensure_kb(notices=notices)
    assert opened == tmp_path / "fallback" / "kb.sqlite" and "37" in _figures(opened)
    assert "est un dossier" in notices[0] and str(opened) in notices[0]
    assert target.is_dir()  # the user's folder is not touched


def _full_disk_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``build_kb`` into ``folder`` fails as SQLite does on a full disk."""
    from bclm_viewer.kb import build

    real = build.build_kb

    def build_kb(content: Path, output: Path) -> Any:
        if Path(output).parent == folder:
            raise sqlite3.OperationalError("database or disk is full")
        return real(content, output)

    monkeypatch.setattr(build, "build_kb", build_kb)


def test_a_full_cache_disk_falls_back_to_the_temp_folder(
    packaged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _full_disk_in(paths.cache_dir(), monkeypatch)
    notices: list[str] = []
    opened = ensure_kb(notices=notices)
    assert opened == tmp_path / "fallback" / "kb.sqlite"
    assert "disque plein" in notices[0] and str(paths.cache_dir()) in notices[0]


def test_no_folder_can_take_the_kb_is_a_plain_error(
    packaged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _full_disk_in(paths.cache_dir(), monkeypatch)
    from bclm_viewer.kb import build

    failing = build.build_kb

    def everywhere_full(content: Path, output: Path) -> Any:
        if Path(output).parent == tmp_path / "fallback":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return failing(content, output)

    monkeypatch.setattr(build, "build_kb", everywhere_full)
    with pytest.raises(KbError) as caught:
        ensure_kb()
    message = str(caught.value)
    assert "Libérez de la place" in message and str(tmp_path / "fallback") in message


def test_the_cli_says_so_when_no_folder_can_take_the_kb(
    packaged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bclm_viewer.cli.main import main

    paths.cache_dir().mkdir(parents=True)
    (paths.cache_dir() / "kb.sqlite").mkdir()  # a directory in the KB's place
    (tmp_path / "fallback").write_text("a file where the temp folder should be")
    assert main(["show", "adam-2006", "--json"]) == 1  # the KB cannot be opened
    err = capsys.readouterr().err
    assert "est un dossier" in err and "Traceback" not in err


def test_a_named_pipe_in_the_content_does_not_hang_the_hash(packaged: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    before = cache.content_hash(packaged)
    os.mkfifo(packaged / "studies" / "pipe.md")
    assert cache.content_hash(packaged) == before  # skipped, not read (a read would block)


@pytest.fixture
def tiny_tmpfs(tmp_path: Path) -> Any:
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    if os.system(f"mount -t tmpfs -o size=64k tmpfs {mount} 2>/dev/null") != 0:  # noqa: S605
        pytest.skip("cannot mount a tmpfs here (the monkeypatched test covers the same path)")
    yield mount
    os.system(f"umount {mount}")  # noqa: S605


def test_a_really_full_cache_disk(
    packaged: Path, tiny_tmpfs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BCLM_VIEWER_CACHE_DIR", str(tiny_tmpfs))
    with open(tiny_tmpfs / "filler", "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    notices: list[str] = []
    assert ensure_kb(notices=notices) == tmp_path / "fallback" / "kb.sqlite"
    assert str(tiny_tmpfs) in notices[0]
