"""The note editor, the star and « Mes notes », driven as a user would; menus export/import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from notes_ui_support import open_on_tab, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bclm_viewer.notes import UserStore, default_user_path
from bclm_viewer.notes.store import CONCURRENT_EDIT
from bclm_viewer.query.fts import HIGHLIGHT_END, HIGHLIGHT_START
from bclm_viewer.ui.common.highlight import KindLabelRole, SnippetRole
from bclm_viewer.ui.notes.note_editor import NoteEditor
from bclm_viewer.ui.notes.notes_models import NoteRow, NotesTableModel
from bclm_viewer.ui.notes.notes_page import NotesPage
from bclm_viewer.ui.notes.user_data import UserData

# The offscreen platform says this whenever a window is shown; it is not about our code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _editor(qtbot: Any, kb: Any, data: UserData) -> tuple[QWidget, NoteEditor, QLineEdit]:
    """An editor in a shown window, with another focusable widget beside it."""
    host = QWidget()
    qtbot.addWidget(host)
    other = QLineEdit(host)
    editor = NoteEditor(kb, host, data=data)
    layout = QVBoxLayout(host)
    layout.addWidget(other)
    layout.addWidget(editor)
    host.resize(800, 400)
    host.show()
    qtbot.waitExposed(host)
    return host, editor, other


def _stored(store: UserStore, study_id: str) -> str | None:
    note = store.note(study_id)
    return note.body_md if note else None


def test_typing_is_saved_without_any_save_button(qtbot: Any, kb: Any, data: UserData) -> None:
    host, editor, _ = _editor(qtbot, kb, data)
    editor.set_study("adam-2006")
    assert editor.title.text() == f"Ma note — {kb.study('adam-2006').label}"
    type_text(editor.edit, "Résection R0 ✓")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved):
        pass  # the coalescing timer fires by itself
    assert data.store is not None
    assert _stored(data.store, "adam-2006") == "Résection R0 ✓"
    assert editor.status.text() == "Enregistré"
    assert not editor.is_dirty()
    assert not host.findChildren(type(editor.star), "saveButton")


def test_switching_study_saves_the_last_keystrokes_at_once(
    qtbot: Any, kb: Any, data: UserData
) -> None:
    host, editor, _ = _editor(qtbot, kb, data)
    editor.save_timer.setInterval(3_600_000)  # only the event under test can save
    editor.set_study("adam-2006")
    type_text(editor.edit, "dernier mot")
    editor.set_study("mariani-2013")  # before the timer: must not lose "dernier mot"
    assert data.store is not None
    assert _stored(data.store, "adam-2006") == "dernier mot"
    assert editor.text() == ""
    editor.set_study("adam-2006")
    assert editor.text() == "dernier mot"


def test_focus_leaving_the_editor_saves_at_once(qtbot: Any, kb: Any, data: UserData) -> None:
    host, editor, other = _editor(qtbot, kb, data)
    editor.save_timer.setInterval(3_600_000)  # only the event under test can save
    host.activateWindow()
    editor.set_study("abbott-2012")
    editor.edit.setFocus()
    qtbot.waitUntil(editor.edit.hasFocus)
    type_text(editor.edit, "RH+")
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert data.store is not None
    assert _stored(data.store, "abbott-2012") == "RH+"


def test_closing_the_window_saves_at_once(qtbot: Any, kb: Any, data: UserData) -> None:
    host, editor, _ = _editor(qtbot, kb, data)
    editor.save_timer.setInterval(3_600_000)  # only the event under test can save
    editor.set_study("page-2014")
    type_text(editor.edit, "à revoir")
    host.close()
    assert data.store is not None
    assert _stored(data.store, "page-2014") == "à revoir"


def test_star_button_toggles_and_persists(qtbot: Any, kb: Any, data: UserData) -> None:
    host, editor, _ = _editor(qtbot, kb, data)
    editor.set_study("adam-2006")
    assert data.store is not None and not editor.star.isChecked()
    qtbot.mouseClick(editor.star, Qt.MouseButton.LeftButton)
    assert data.store.is_starred("adam-2006") and "★" in editor.star.text()
    editor.set_study("mariani-2013")
    assert not editor.star.isChecked()
    editor.set_study("adam-2006")
    assert editor.star.isChecked()
    qtbot.mouseClick(editor.star, Qt.MouseButton.LeftButton)
    assert not data.store.is_starred("adam-2006")


def test_change_from_another_program_appears_in_the_editor(
    qtbot: Any, kb: Any, data: UserData
) -> None:
    host, editor, _ = _editor(qtbot, kb, data)
    editor.set_study("adam-2006")
    with UserStore(default_user_path()) as other:
        other.set_note("adam-2006", "écrit ailleurs")
        other.set_star("adam-2006", True)
    qtbot.waitUntil(lambda: editor.text() == "écrit ailleurs")  # the data_version poll
    assert editor.star.isChecked()
    assert not editor.is_dirty()


def test_simultaneous_edit_keeps_both_texts(qtbot: Any, kb: Any, data: UserData) -> None:
    host, editor, _ = _editor(qtbot, kb, data)
    assert data.store is not None
    data.store.set_note("adam-2006", "base")
    editor.set_study("adam-2006")
    type_text(editor.edit, " + ici")
    with UserStore(default_user_path()) as other:
        other.set_note("adam-2006", "version de l'autre fenêtre")
    assert editor.flush()
    assert _stored(data.store, "adam-2006") == "base + ici"
    [conflict] = data.store.conflicts("adam-2006")
    assert conflict.incoming_md == "version de l'autre fenêtre"
    assert conflict.source == CONCURRENT_EDIT


def test_preview_never_runs_or_follows_content(qtbot: Any, kb: Any, data: UserData) -> None:
    host, editor, _ = _editor(qtbot, kb, data)
    editor.set_study("adam-2006")
    qtbot.keyClicks(
        editor.edit, "**gras** <script>alert(1)</script> <img src=x onerror=alert(1)> "
        "[lien](javascript:alert(1))"
    )
    assert editor.flush()
    shown = editor.preview.toHtml()
    assert "<script" not in shown and "<img" not in shown
    assert 'href="javascript:' not in shown
    assert not editor.preview.openLinks() and not editor.preview.openExternalLinks()


def test_narrow_editor_shows_text_or_preview_wide_both(
    qtbot: Any, kb: Any, data: UserData
) -> None:
    host, editor, _ = _editor(qtbot, kb, data)
    editor.set_study("adam-2006")
    host.resize(1000, 400)
    qtbot.waitUntil(editor.is_wide)
    assert editor.edit.isVisible() and editor.preview.isVisible()
    assert not editor.preview_toggle.isVisible()
    host.resize(420, 400)
    qtbot.waitUntil(lambda: not editor.is_wide())
    assert editor.edit.isVisible() and not editor.preview.isVisible()
    qtbot.mouseClick(editor.preview_toggle, Qt.MouseButton.LeftButton)
    assert editor.preview.isVisible() and not editor.edit.isVisible()


def test_add_the_study_to_a_list_from_its_note(qtbot: Any, kb: Any, data: UserData) -> None:
    host, editor, _ = _editor(qtbot, kb, data)
    assert data.store is not None
    talk = data.store.create_list("Exposé du 12 mars")
    editor.set_study("mariani-2013")
    menu = editor.add_to_list.menu()
    menu.aboutToShow.emit()
    [action] = [a for a in menu.actions() if a.text() == "Exposé du 12 mars"]
    action.trigger()
    assert [(i.kind, i.ref) for i in data.store.items(talk)] == [("study", "mariani-2013")]


# -- « Mes notes » -------------------------------------------------------------------------------


def _rows(page: NotesPage) -> list[NoteRow]:
    return page.model.rows()


def test_notes_page_lists_notes_and_lists_and_searches(
    qtbot: Any, kb: Any, data: UserData, qtmodeltester: Any
) -> None:
    assert data.store is not None
    data.store.set_note("adam-2006", "Hépatectomie majeure chez 54 patientes <b>gras</b>")
    data.store.set_note("mariani-2013", "cas-témoins")
    talk = data.store.create_list("Exposé du 12 mars")
    data.store.add_item(talk, "study", "adam-2006", caption="hépatectomie de référence")
    page = NotesPage(kb)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert {(r.kind, r.study_id or r.list_id) for r in _rows(page)} == {
        ("note", "adam-2006"), ("note", "mariani-2013"), ("list", talk)
    }
    assert page.count.text().startswith("2 notes, 1 liste")

    type_text(page.search, "hepatectomie")  # accents folded, prefix search
    hits = _rows(page)
    assert {(r.kind, r.study_id or r.list_id) for r in hits} == {
        ("note", "adam-2006"), ("list", talk)
    }
    qtmodeltester.check(page.model)
    note_row = next(i for i, r in enumerate(hits) if r.kind == "note")
    index = page.model.index(note_row, 0)
    snippet = index.data(SnippetRole)
    assert HIGHLIGHT_START + "Hépatectomie" + HIGHLIGHT_END in snippet
    assert index.data(KindLabelRole) == "Note"
    assert index.data() == kb.study("adam-2006").label
    assert HIGHLIGHT_START not in index.data(Qt.ItemDataRole.ToolTipRole)

    page.search.clear()
    type_text(page.search, 'AND "(')  # hostile FTS syntax: no error, no hit
    assert _rows(page) == []


def test_orphan_note_is_shown_as_such_and_stays_editable(
    qtbot: Any, kb: Any, data: UserData
) -> None:
    assert data.store is not None
    data.store.set_note("etude-disparue-2020", "garder ceci")
    data.store.set_note("adam-2006", "présente")
    page = NotesPage(kb)
    qtbot.addWidget(page)
    rows = _rows(page)
    orphan = next(i for i, r in enumerate(rows) if r.study_id == "etude-disparue-2020")
    present = next(i for i, r in enumerate(rows) if r.study_id == "adam-2006")
    assert page.model.index(orphan, 2).data() == "Étude absente de la base"
    assert page.model.index(present, 2).data() == ""
    assert "1 sur une étude absente de la base" in page.count.text()
    assert page.select_note("etude-disparue-2020")
    assert page.editor.study_id() == "etude-disparue-2020"
    assert "Étude absente de la base" in page.editor.title.text()
    assert page.editor.text() == "garder ceci"
    with qtbot.assertNotEmitted(page.studyRequested):
        page.table.doubleClicked.emit(page.model.index(orphan, 0))
    with qtbot.waitSignal(page.studyRequested) as blocker:
        page.table.doubleClicked.emit(page.model.index(present, 0))
    assert blocker.args == ["adam-2006"]


def test_notes_page_follows_changes_made_elsewhere(qtbot: Any, kb: Any, data: UserData) -> None:
    page = NotesPage(kb)
    qtbot.addWidget(page)
    assert _rows(page) == []
    with UserStore(default_user_path()) as other:
        other.set_note("chua-2011", "depuis l'autre copie")
    qtbot.waitUntil(lambda: [r.study_id for r in _rows(page)] == ["chua-2011"])


def test_notes_table_model_contract(qtmodeltester: Any) -> None:
    model = NotesTableModel()
    model.set_rows([
        NoteRow("note", "Adam 2006", "a " + HIGHLIGHT_START + "b" + HIGHLIGHT_END, "", "adam"),
        NoteRow("list", "Exposé", "3 élément(s)", "2025-03-12T10:00:00+00:00", list_id=1),
        NoteRow("note", "x", "", "", "x", orphan=True),
    ])
    qtmodeltester.check(model)
    assert model.index(1, 1).data()  # a local date


# -- the main window's menus -------------------------------------------------------------------


def _main_window(qtbot: Any, kb: Any) -> Any:
    from bclm_viewer.ui.main_window import MainWindow

    open_on_tab("notes")
    window = MainWindow(kb)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_export_then_import_through_the_file_menu(
    qtbot: Any, kb: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bclm_viewer.ui.notes.user_data import close_shared

    window = _main_window(qtbot, kb)
    store = window.user_store()
    assert store is not None
    store.set_note("adam-2006", "à exporter")
    store.set_star("adam-2006", True)
    store.create_list("Exposé du 12 mars")
    target = tmp_path / "export"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    exported = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert [n["body_md"] for n in exported["notes"]] == ["à exporter"]
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "exportDone")))
    window.close()
    close_shared()

    # Another machine: an empty data folder, then « Importer des données… ».
    monkeypatch.setenv("BCLM_VIEWER_DATA_DIR", str(tmp_path / "other-machine"))
    window = _main_window(qtbot, kb)
    page = window.page("notes")
    assert page.model.rowCount() == 0
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "export.json"), "")
    )
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "importReport")))
    [box] = window.findChildren(QMessageBox, "importReport")
    assert "1 note ajoutée" in box.text() and "1 liste ajoutée" in box.text()
    store = window.user_store()
    assert store is not None and _stored(store, "adam-2006") == "à exporter"
    assert store.is_starred("adam-2006")
    assert page.model.rowCount() == 2  # the page refreshed: one note, one list
    box.close()

    # A file that is not an export: refused with the reason, nothing written.
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "autre chose"}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.import_action.trigger()
    qtbot.waitUntil(
        lambda: any(b.isVisible() and "n'a pas été importé" in b.text()
                    for b in window.findChildren(QMessageBox, "importReport"))
    )
    window.close()
    close_shared()


def test_corrupt_notes_file_is_set_aside_and_the_user_told(
    qtbot: Any, kb: Any
) -> None:
    from bclm_viewer.ui.notes.user_data import close_shared

    path = default_user_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    window = _main_window(qtbot, kb)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "userStoreMessage")))
    [box] = window.findChildren(QMessageBox, "userStoreMessage")
    assert "mise de côté" in box.text() and "n'a pas été effacé" in box.text()
    assert box.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    aside = list(path.parent.glob("user.sqlite.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"SQLite format 3")
    store = window.user_store()
    assert store is not None and store.integrity_check() == ["ok"]
    store.set_note("adam-2006", "la nouvelle base fonctionne")
    window.close()
    close_shared()


def test_other_version_kept_is_offered_and_can_be_taken(
    qtbot: Any, kb: Any, data: UserData
) -> None:
    host, editor, _ = _editor(qtbot, kb, data)
    assert data.store is not None
    data.store.set_note("adam-2006", "base")
    editor.set_study("adam-2006")
    assert not editor.conflicts.isVisible()
    type_text(editor.edit, " + ici")
    with UserStore(default_user_path()) as other:
        other.set_note("adam-2006", "<b>version</b> de l'autre fenêtre")
    assert editor.flush()
    assert editor.conflicts.isVisible()
    assert "autre fenêtre" in editor.conflicts.label.text()
    tip = editor.conflicts.label.toolTip()
    assert "&lt;b&gt;version&lt;/b&gt;" in tip and "<b>version</b>" not in tip
    qtbot.mouseClick(editor.conflicts.take_other, Qt.MouseButton.LeftButton)
    assert _stored(data.store, "adam-2006") == "<b>version</b> de l'autre fenêtre"
    assert editor.text() == "<b>version</b> de l'autre fenêtre"
    assert not editor.conflicts.isVisible()
    [closed] = data.store.conflicts("adam-2006", include_resolved=True)
    assert closed.local_md == "base + ici"  # the replaced text is still kept


def test_two_windows_of_one_app_show_each_others_edits(
    qtbot: Any, kb: Any, data: UserData
) -> None:
    host_a, a, _ = _editor(qtbot, kb, data)
    host_b, b, _ = _editor(qtbot, kb, data)
    a.set_study("adam-2006")
    b.set_study("adam-2006")
    type_text(a.edit, "vu des deux côtés")
    assert a.flush()
    assert b.text() == "vu des deux côtés"  # refreshed at once, same store
    qtbot.mouseClick(b.star, Qt.MouseButton.LeftButton)
    assert a.star.isChecked()
