"""What the user sees when notes cannot be saved: the status, the quit prompt, the read-only
banner, and the text found again (in the file the prompt wrote, or restored at next start).

A full disk is ``PRAGMA max_page_count`` on the store's connection (SQLite answers
``SQLITE_FULL`` as on a full disk); a read-only folder is SQLite refusing read-write opens.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from notes_ui_support import type_text
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from ui_fixtures import shown_window

from bclm_viewer.notes import StoreWriteError, UserStore, default_user_path, recovery
from bclm_viewer.notes import store as store_module
from bclm_viewer.ui.notes.note_editor import NoteEditor
from bclm_viewer.ui.notes.user_data import UserData, close_shared

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def fill_disk(data: UserData) -> None:
    """The file may not grow (``max_page_count``) and its free space is used up."""
    store = data.store
    assert store is not None
    con = store._con  # noqa: SLF001 - the fault is injected where SQLite sees it
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")
    n = 0
    for size in (2000, 200, 20, 1):  # down to the last bytes
        while n < 10_000:
            n += 1
            try:
                store.set_note(f"~remplissage-{n}", "r" * size)
            except StoreWriteError:
                break
    assert n < 10_000, "the disk never filled"


def free_disk(data: UserData) -> None:
    data.store._con.execute("PRAGMA max_page_count = 1073741823")  # type: ignore[union-attr]  # noqa: SLF001


def _stored(study_id: str) -> str | None:
    with UserStore() as store:
        note = store.note(study_id)
        return note.body_md if note else None


def _editor_in_window(qtbot: Any, kb: Any) -> tuple[Any, NoteEditor, UserData]:
    from bclm_viewer.ui.main_window import MainWindow

    window = MainWindow(kb)
    # pytest-qt closes the window after a failed assertion: no quit prompt may block it then.
    qtbot.addWidget(window, before_close_func=lambda w: w.user_data().unsaved.clear())
    window.show()
    qtbot.waitExposed(window)
    data = window.user_data()
    editor = NoteEditor(kb, None, data=data)  # as the study page's editor, on the same data
    qtbot.addWidget(editor)
    editor.show()
    editor.set_study("adam-2006")
    return window, editor, data


def _answer(button_text: str, then: Callable[[], None] | None = None) -> None:
    """Click ``button_text`` in the next modal box (the quit prompt runs its own loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        _answer.seen.append(box.text())  # type: ignore[attr-defined]
        [button] = [b for b in box.findChildren(QPushButton) if b.text() == button_text]
        if then is not None:
            then()
        button.click()

    QTimer.singleShot(0, click)


_answer.seen = []  # type: ignore[attr-defined]


def test_a_full_disk_is_shown_at_once_and_stays_shown_then_saving_resumes(
    qtbot: Any, kb: Any
) -> None:
    window, editor, data = _editor_in_window(qtbot, kb)
    fill_disk(data)
    type_text(editor.edit, "HER2+ : à relire")
    assert not editor.flush()
    assert editor.status.text() == "Non enregistré : disque plein"
    assert editor.status.isEnabled()  # not greyed: it must be seen
    type_text(editor.edit, " encore")  # typing on does not hide it
    assert editor.status.text() == "Non enregistré : disque plein"
    assert editor.text() == "HER2+ : à relire encore"  # the text stays in the editor
    assert data.recovery_path is not None and "encore" not in data.recovery_path.read_text()
    editor.flush()
    kept = data.recovery_path
    assert "encore" in kept.read_text(encoding="utf-8")
    assert "Copie de secours" in editor.status.toolTip()
    free_disk(data)  # space comes back: nothing to do for the user
    qtbot.waitUntil(lambda: editor.status.text() == "Enregistré", timeout=5000)
    assert _stored("adam-2006") == editor.text()
    assert not data.unsaved and not kept.exists()
    window.close()


def test_quitting_with_a_full_disk_asks_and_writes_the_text_to_the_chosen_file(
    qtbot: Any, kb: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, editor, data = _editor_in_window(qtbot, kb)
    fill_disk(data)
    type_text(editor.edit, "Métastases synchrones : à vérifier diapo 12")
    chosen = tmp_path / "mes-notes.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    _answer.seen.clear()  # type: ignore[attr-defined]
    _answer("Enregistrer dans un fichier…")
    assert window.close()
    [prompt] = _answer.seen  # type: ignore[attr-defined]
    assert "1 note n'a pas pu être enregistrée" in prompt and "copie de secours" in prompt
    assert "Métastases synchrones : à vérifier diapo 12" in chosen.read_text(encoding="utf-8")


def test_quitting_can_be_cancelled_and_nothing_is_lost(qtbot: Any, kb: Any) -> None:
    window, editor, data = _editor_in_window(qtbot, kb)
    fill_disk(data)
    type_text(editor.edit, "ne pas perdre")
    _answer("Annuler")
    assert not window.close()
    assert window.isVisible() and editor.text() == "ne pas perdre"
    free_disk(data)
    assert editor.flush()
    window.close()  # nothing unsaved: no prompt


def test_type_fill_the_disk_quit_then_the_next_start_offers_the_text_back(
    qtbot: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, editor, data = _editor_in_window(qtbot, kb)
    type_text(editor.edit, "déjà enregistré")
    assert editor.flush()
    fill_disk(data)
    type_text(editor.edit, " puis tapé disque plein")
    pasted = " — relu : " + "marges R0, " * 400
    editor.edit.insertPlainText(pasted)  # pasted: more than the last free bytes of the file
    expected = "déjà enregistré puis tapé disque plein" + pasted
    _answer("Quitter")
    assert window.close()
    editor.close()
    close_shared()
    assert _stored("adam-2006") == "déjà enregistré"
    # The next start (this run is over: its recovery file is another run's now).
    monkeypatch.setattr(recovery, "_alive", lambda pid: False)
    window2 = shown_window(qtbot, kb)
    qtbot.waitUntil(lambda: bool(window2.findChildren(QMessageBox, "recoveryOffer")))
    [offer] = window2.findChildren(QMessageBox, "recoveryOffer")
    assert "1 note qui" in offer.text() and "adam-2006" in offer.text()
    [restore] = [b for b in offer.findChildren(QPushButton) if b.text() == "Restaurer"]
    restore.click()
    assert _stored("adam-2006") == expected
    assert recovery.pending() == []
    window2.close()
    close_shared()


def test_a_read_only_folder_shows_the_notes_read_only_with_a_banner(
    qtbot: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with UserStore() as store:
        store.set_note("adam-2006", "ma note d'avant")
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if not kwargs.get("uri"):
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(store_module.sqlite3, "connect", connect)
    window = shown_window(qtbot, kb)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "userStoreMessage")))
    [box] = window.findChildren(QMessageBox, "userStoreMessage")
    assert "lecture seule" in box.text() and str(default_user_path().parent) in box.text()
    data = window.user_data()
    editor = NoteEditor(kb, None, data=data)
    qtbot.addWidget(editor)
    editor.set_study("adam-2006")
    assert editor.banner.isVisibleTo(editor) and "Lecture seule" in editor.banner.text()
    assert editor.edit.isReadOnly() and editor.text() == "ma note d'avant"
    monkeypatch.setattr(store_module.sqlite3, "connect", real)  # the folder is writable again
    qtbot.waitUntil(lambda: not editor.banner.isVisibleTo(editor), timeout=5000)
    assert not editor.edit.isReadOnly()
    window.close()
    close_shared()


def test_a_read_only_folder_without_notes_says_so(
    qtbot: Any, kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(store_module.sqlite3, "connect", refuse)
    window = shown_window(qtbot, kb)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "userStoreMessage")))
    [box] = window.findChildren(QMessageBox, "userStoreMessage")
    assert "ne peut pas être écrit" in box.text()
    assert window.user_data().store is None
    window.close()
    close_shared()
