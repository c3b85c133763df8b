"""The content stamp beside the cached KB: a start where nothing changed hashes nothing, and
any change of the content (even one keeping sizes and mtimes) is still seen."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from kb_fixtures import edit, write_minimal_content

from bclm_viewer.kb import cache, paths
from bclm_viewer.kb.cache import ensure_kb, stale_reason, stamp_path

DAY_NS = 86_400 * 1_000_000_000


@pytest.fixture
def packaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Fixture content standing in for the packaged content."""
    content = write_minimal_content(tmp_path / "content")
    monkeypatch.setattr(paths, "content_dir", lambda: content)
    return content


def _age(content: Path) -> dict[Path, int]:
    """Give every content file an mtime a day old; return those mtimes."""
    old = time.time_ns() - DAY_NS
    times = {}
    for folder, _dirs, names in os.walk(content):
        for name in names:
            path = Path(folder) / name
            os.utime(path, ns=(old, old))
            times[path] = old
    return times


def _no_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_content: Path) -> str:
        raise AssertionError("the content was hashed")

    monkeypatch.setattr(cache, "content_hash", refuse)


def test_a_settled_content_is_hashed_once(
    packaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _age(packaged)
    monkeypatch.setattr(cache, "SETTLED_NS", 0)  # the ctimes are recent: utime sets them
    target = ensure_kb()
    assert stamp_path(target).is_file()
    _no_hashing(monkeypatch)
    assert stale_reason(target, packaged) is None
    assert ensure_kb() == target


def test_recently_changed_content_is_not_stamped(packaged: Path) -> None:
    target = ensure_kb()
    assert not stamp_path(target).exists()
    assert stale_reason(target, packaged) is None  # hashed again, still current


def test_an_edit_keeping_size_and_mtime_is_seen(
    packaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    times = _age(packaged)
    monkeypatch.setattr(cache, "SETTLED_NS", 0)
    target = ensure_kb()
    glossary = packaged / "glossary.yaml"
    time.sleep(0.02)  # past the coarse timestamp tick of the stamp
    edit(glossary, "(BCLM)", "(XXXX)")
    os.utime(glossary, ns=(times[glossary], times[glossary]))  # as ``cp -p`` would
    assert stale_reason(target, packaged) == "content changed"


@pytest.mark.parametrize("change", ["edit", "add", "remove", "rename"])
def test_a_stamped_state_that_changed_is_hashed_again(
    packaged: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    _age(packaged)
    monkeypatch.setattr(cache, "SETTLED_NS", 0)
    target = ensure_kb()
    study = packaged / "studies/durand-2010.md"
    if change == "edit":
        edit(packaged / "glossary.yaml", "breast cancer liver metastases (BCLM)", "BCLM")
    elif change == "add":
        (packaged / "studies/extra.txt").write_text("x", encoding="utf-8")
    elif change == "remove":
        study.unlink()
    else:
        study.rename(study.with_name("durand-2011.md"))
    assert stale_reason(target, packaged) == "content changed"


@pytest.mark.parametrize("stamp", ["", "garbage", "bclm-viewer content stamp 1\n\nstate"])
def test_a_damaged_stamp_is_ignored(
    packaged: Path, monkeypatch: pytest.MonkeyPatch, stamp: str
) -> None:
    _age(packaged)
    monkeypatch.setattr(cache, "SETTLED_NS", 0)
    target = ensure_kb()
    stamp_path(target).write_text(stamp, encoding="utf-8")
    assert stale_reason(target, packaged) is None
    edit(packaged / "glossary.yaml", "breast cancer liver metastases (BCLM)", "BCLM")
    stamp_path(target).write_text(stamp, encoding="utf-8")
    assert stale_reason(target, packaged) == "content changed"


def test_a_stamp_of_another_hash_is_checked_by_hashing(
    packaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stamp whose hash is not the KB's (another KB was built there) is not trusted."""
    _age(packaged)
    monkeypatch.setattr(cache, "SETTLED_NS", 0)
    target = ensure_kb()
    path = stamp_path(target)
    header, digest, state = path.read_text(encoding="utf-8").split("\n", 2)
    path.write_text(f"{header}\n{'0' * len(digest)}\n{state}", encoding="utf-8")
    assert stale_reason(target, packaged) is None  # hashed: the KB is current after all
    assert path.read_text(encoding="utf-8") == f"{header}\n{digest}\n{state}"  # healed


def test_a_kb_without_content_hash_is_stale(packaged: Path) -> None:
    target = ensure_kb()
    con = sqlite3.connect(target)
    con.execute("DELETE FROM meta WHERE key = 'content_hash'")
    con.commit()
    con.close()
    assert stale_reason(target, packaged) == "content changed"
