"""The review page driven as a reviewer: arrows, Enter, Delete; the slide's line highlighted;
progress; every candidate of a second deck accepted through the model's API builds a KB whose
studies the app lists and search finds; drafts shown only on request, marked "à vérifier"."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from deck_samples import write_other_pptx
from PySide6.QtCore import Qt
from ui_actions import listed_ids
from ui_fixtures import shown_window

from bclm_viewer.kb.build import build_kb
from bclm_viewer.kb.drafts import review_status
from bclm_viewer.kb.importer.review import ACCEPTED, PENDING, REJECTED, ReviewSession
from bclm_viewer.kb.importer.write import import_deck
from bclm_viewer.kb.validate import check_content
from bclm_viewer.query.knowledge_base import KnowledgeBase
from bclm_viewer.ui.importer.review_model import ReviewModel
from bclm_viewer.ui.importer.review_page import ReviewPage, ReviewWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("other")
    import_deck(write_other_pptx(tmp / "other.pptx", tmp / "p.png"), tmp / "content")
    return tmp / "content"


@pytest.fixture()
def root(imported: Path, tmp_path: Path) -> Path:
    shutil.copytree(imported, tmp_path / "content")
    return tmp_path / "content"


@pytest.fixture()
def page(qtbot: Any, root: Path) -> ReviewPage:
    p = ReviewPage(ReviewSession(root))
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_model_passes_qt_model_tester(qtmodeltester: Any, root: Path) -> None:
    qtmodeltester.check(ReviewModel(ReviewSession(root)))


def test_keyboard_review(qtbot: Any, page: ReviewPage) -> None:
    table, model = page.table, page.model
    total = model.rowCount()
    assert page.progress.text() == f"0 / {total} revus"
    table.setFocus()
    assert page.current_row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert page.current_row() == 1
    item = model.item(1)
    assert page.highlighted_line() is not None
    assert " ".join(page.highlighted_line().split()) == " ".join(item.source.split())
    first_figure = next(r for r in range(total) if model.item(r).kind == "figure"
                        and model.item(r).fields.get("measure"))
    table.selectRow(first_figure)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert model.item(first_figure).status == ACCEPTED, page.error.text()
    assert page.progress.text() == f"1 / {total} revus"
    assert page.current_row() != first_figure  # moved on to the next row to review
    row = page.current_row()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert model.item(row).status == REJECTED
    assert page.progress.text() == f"2 / {total} revus"


def test_a_refused_accept_is_shown_and_nothing_changes(qtbot: Any, page: ReviewPage) -> None:
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.item(r).kind == "figure")
    page.table.selectRow(row)
    page.form.editors["figure"]["value"].setText("999")  # type: ignore[attr-defined]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert model.item(row).status == PENDING
    assert "not in its source" in page.error.text()


def _accept_everything(model: ReviewModel) -> None:
    """What a reviewer does: confirm each item, picking what the importer could not guess."""
    for row in range(model.rowCount()):
        item = model.item(row)
        changes: dict[str, str | None] = {}
        if item.kind == "study" and not item.fields.get("first_author"):
            changes = {"first_author": "Auteur non nommé", "kind": "series"}
        elif item.kind == "figure" and not item.fields.get("measure"):
            changes = {"measure": "patients_n"}
        elif item.kind == "finding" and not item.fields.get("effect"):
            changes = {"effect": "poor"}
        model.accept(row, changes)


def test_accepting_every_candidate_builds_a_kb_the_app_and_search_show(
    qtbot: Any, root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = ReviewModel(ReviewSession(root))
    _accept_everything(model)
    assert model.progress() == f"{model.rowCount()} / {model.rowCount()} revus"
    assert check_content(root) == [] and review_status(root) == []
    kb_path = tmp_path / "kb.sqlite"
    build_kb(root, kb_path)
    from bclm_viewer.cli.main import main

    assert main(["--kb", str(kb_path), "search", "Hepatol"]) == 0
    assert "Martin 2019" in capsys.readouterr().out
    kb = KnowledgeBase(kb_path)
    window = shown_window(qtbot, kb)
    ids = listed_ids(window.page("studies"))
    assert {"martin-2019", "nguyen-2021", "lopez-2018", "kim-2020"} <= set(ids)
    martin = kb.outcomes("martin-2019")  # type: ignore[attr-defined]
    assert any(o.value_text == "52,4" for o in martin)


def test_drafts_in_the_app_are_marked_a_verifier(qtbot: Any, root: Path, tmp_path: Path) -> None:
    kb_path = tmp_path / "kb.sqlite"
    build_kb(root, kb_path, include_drafts=True)
    window = shown_window(qtbot, KnowledgeBase(kb_path))
    model = window.page("studies").model
    labels = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert labels and all("(à vérifier)" in str(label) for label in labels), labels


def test_file_menu_imports_a_deck_and_opens_its_review(
    qtbot: Any, real_kb: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    deck = write_other_pptx(tmp_path / "other.pptx", tmp_path / "p.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(deck), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "c"))
    window = shown_window(qtbot, real_kb)
    action = window.import_deck_action
    assert action.text().replace("&", "") == "Importer un diaporama…"
    action.trigger()
    reviews = [w for w in window.findChildren(ReviewWindow)]
    assert len(reviews) == 1 and reviews[0].isVisible()
    assert reviews[0].page.model.rowCount() > 0
    assert (tmp_path / "c" / "studies" / "martin-2019.md").is_file()
    reviews[0].close()


def test_review_window_builds_and_opens_the_folder(qtbot: Any, root: Path) -> None:
    window = ReviewWindow(root)
    qtbot.addWidget(window)
    opened = window.build_and_open()
    assert opened is not None
    qtbot.addWidget(opened)
    ids = listed_ids(opened.page("studies"))  # type: ignore[attr-defined]
    assert "martin-2019" in ids


def test_review_window_reads_its_files_after_the_first_paint(qtbot: Any, root: Path) -> None:
    window = ReviewWindow(root)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.page.session.loaded)
    expected = ReviewSession(root).items
    model = window.page.model
    assert model.rowCount() == len(expected)
    assert {(model.item(r).study_id, model.item(r).cid) for r in range(model.rowCount())} == {
        (i.study_id, i.cid) for i in expected
    }
    assert window.page.progress.text() == f"0 / {len(expected)} revus"
