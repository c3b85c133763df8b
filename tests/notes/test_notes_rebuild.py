"""Rebuilding the KB from changed content keeps every note; a note whose study is gone is shown
as « Étude absente de la base » in « Mes notes », never deleted."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from bclm_viewer.kb.paths import content_dir
from bclm_viewer.notes import comparison_ref, default_user_path
from bclm_viewer.ui.notes.notes_page import NotesPage
from bclm_viewer.ui.notes.user_data import UserData

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GONE = "treska-2014"  # the study whose file is removed from the content


def _build(content: Path, target: Path) -> Any:
    from bclm_viewer.kb.build import build_kb
    from bclm_viewer.query.knowledge_base import KnowledgeBase

    build_kb(content, target)
    return KnowledgeBase(target)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_rebuild_from_changed_content_keeps_every_note(
    qtbot: Any, tmp_path: Path, data: UserData
) -> None:
    from bclm_viewer.query.filters import StudyFilter

    content = tmp_path / "content"
    shutil.copytree(content_dir(), content)
    kb_path = tmp_path / "kb.sqlite"
    kb = _build(content, kb_path)
    ids = kb.study_ids(StudyFilter())
    assert GONE in ids and len(ids) > 3
    store = data.store
    assert store is not None
    for sid in ids:
        store.set_note(sid, f"Ma note sur {sid} : à relire avant le staff")
    store.set_star(GONE, True)
    talk = store.create_list("Exposé du 12 mars")
    store.add_item(talk, "study", GONE)
    store.add_item(talk, "comparison", comparison_ref([ids[0], GONE]))
    before = store.notes()
    kb.close()

    (content / "studies" / f"{GONE}.md").unlink()
    store_file = default_user_path()
    user_file_before = _digest(store_file)
    kb = _build(content, kb_path)  # the same KB file, rebuilt in place
    try:
        assert GONE not in kb.study_ids(StudyFilter())
        assert _digest(store_file) == user_file_before  # the build never touches user data
        assert store.notes() == before
        assert [n.study_id for n in store.orphans(kb.study_ids(StudyFilter()))] == [GONE]
        assert store.is_starred(GONE)
        assert [i.ref for i in store.items(talk)][0] == GONE

        page = NotesPage(kb)
        qtbot.addWidget(page)
        rows = page.model.rows()
        assert sorted(r.study_id for r in rows if r.kind == "note") == sorted(ids)
        states = {
            page.model.row_at(i).study_id: page.model.index(i, 2).data()  # type: ignore[union-attr]
            for i in range(page.model.rowCount())
            if page.model.row_at(i).kind == "note"  # type: ignore[union-attr]
        }
        assert states.pop(GONE) == "Étude absente de la base"
        assert set(states.values()) == {""}
        assert page.select_note(GONE)
        assert page.editor.text() == f"Ma note sur {GONE} : à relire avant le staff"
        assert "Étude absente de la base" in page.editor.title.text()
    finally:
        kb.close()
