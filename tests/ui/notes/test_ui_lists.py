"""Talk lists: create, rename, delete and undo, add items, reorder by drag and drop, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from notes_ui_support import type_text
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QVBoxLayout, QWidget

from bclm_viewer.notes import UserStore, comparison_ref, default_user_path
from bclm_viewer.ui.notes.add_to_list import add_to_list_menu, default_list_name
from bclm_viewer.ui.notes.lists_page import ListsPage
from bclm_viewer.ui.notes.notes_models import ITEM_MIME, KbNames, ListItemsModel, TalkListsModel
from bclm_viewer.ui.notes.user_data import UserData

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def _refs(store: UserStore, list_id: int) -> list[str]:
    return [f"{i.kind}:{i.ref}" for i in store.items(list_id)]


def _talk(store: UserStore) -> int:
    talk = store.create_list("Exposé du 12 mars")
    store.add_item(talk, "study", "adam-2006")
    store.add_item(talk, "slide", "4")
    store.add_item(talk, "comparison", comparison_ref(["adam-2006", "abbott-2012"]))
    store.add_item(talk, "study", "mariani-2013")
    return talk


class FakeWindow(QWidget):
    """Stands for the main window: the pages that say what the user is looking at."""

    def __init__(self, data: UserData) -> None:
        super().__init__()
        self._data = data
        self.study: str | None = None
        self.slide: int | None = None
        self.compared: list[str] = []

    def user_data(self) -> UserData:
        return self._data

    def existing_pages(self) -> list[Any]:
        return [self]

    def current_study_id(self) -> str | None:
        return self.study

    def current_slide_number(self) -> int | None:
        return self.slide

    def current_comparison_ids(self) -> list[str]:
        return self.compared


def _page(qtbot: Any, kb: Any, data: UserData) -> tuple[FakeWindow, ListsPage]:
    window = FakeWindow(data)
    qtbot.addWidget(window)
    page = ListsPage(kb, window)
    QVBoxLayout(window).addWidget(page)
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    return window, page


def test_models_pass_the_model_tester(kb: Any, data: UserData, qtmodeltester: Any) -> None:
    assert data.store is not None
    talk = _talk(data.store)
    data.store.create_list("Vide")
    lists = TalkListsModel(data.store)
    qtmodeltester.check(lists)
    items = ListItemsModel(data.store, KbNames(kb))
    items.set_list(talk)
    qtmodeltester.check(items)
    adam, abbott = kb.study("adam-2006").label, kb.study("abbott-2012").label
    assert items.index(2).data() == f"3. Comparaison : {adam}, {abbott}"
    assert items.index(1).data().startswith("2. Diapositive 4 : ")


def test_drag_and_drop_reorder_persists(kb: Any, data: UserData, qtmodeltester: Any) -> None:
    assert data.store is not None
    talk = _talk(data.store)
    model = ListItemsModel(data.store, KbNames(kb))
    model.set_list(talk)
    qtmodeltester.check(model)
    # Drag the last item (Mariani) and drop it between the first and the second.
    mime = model.mimeData([model.index(3)])
    assert mime.hasFormat(ITEM_MIME)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    expected = ["study:adam-2006", "study:mariani-2013", "slide:4",
                'comparison:["adam-2006","abbott-2012"]']
    with UserStore(default_user_path()) as other:  # what another program reads
        assert _refs(other, talk) == expected
    assert [i.kind + ":" + i.ref for i in model.items()] == expected
    assert model.index(1).data().startswith("2. Étude : Mariani")
    # A move down, as the view does it: moveRows with a destination counted before the move.
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert _refs(data.store, talk)[2] == "study:adam-2006"
    assert not model.moveRow(QModelIndex(), 0, QModelIndex(), 1)  # onto itself: no move
    # Dropping text from elsewhere is refused.
    from PySide6.QtCore import QMimeData

    foreign = QMimeData()
    foreign.setText("adam-2006")
    assert not model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtmodeltester.check(model)


def test_new_rename_delete_and_undo(qtbot: Any, kb: Any, data: UserData) -> None:
    assert data.store is not None
    _, page = _page(qtbot, kb, data)
    assert page.lists_model is not None
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    [talk] = data.store.lists()
    assert talk.name == default_list_name()
    editor = page.lists_view.findChild(QLineEdit)  # renaming in place starts at once
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    type_text(editor, "Exposé du staff")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next event loop turn
    qtbot.waitUntil(lambda: [t.name for t in data.store.lists()] == ["Exposé du staff"])
    assert page.title.text() == "Exposé du staff"

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert data.store.lists() == []
    assert page.undo_bar.isVisible() and "Exposé du staff" in page.undo_label.text()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert [t.name for t in data.store.lists()] == ["Exposé du staff"]
    assert page.current_list_id() == talk.id and not page.undo_bar.isVisible()

    # Deleted later, restored from « Listes supprimées ».
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # the undo bar goes away
    assert not page.undo_bar.isVisible()
    page.trash_menu.aboutToShow.emit()
    [restore] = [a for a in page.trash_menu.actions() if "Exposé du staff" in a.text()]
    restore.trigger()
    assert "Exposé du staff" in [t.name for t in data.store.lists()]
    assert page.current_list_id() == talk.id


def test_add_current_items_remove_and_undo(qtbot: Any, kb: Any, data: UserData) -> None:
    assert data.store is not None
    window, page = _page(qtbot, kb, data)
    talk = data.store.create_list("Exposé")
    page.refresh()
    assert page.current_list_id() == talk
    qtbot.mouseClick(page.add_study, Qt.MouseButton.LeftButton)
    assert _refs(data.store, talk) == []  # nothing open: nothing added, the user is told
    assert "Aucune étude" in page.undo_label.text()
    window.study, window.slide = "adam-2006", 7
    window.compared = ["adam-2006", "mariani-2013"]
    for button in (page.add_study, page.add_slide, page.add_comparison):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _refs(data.store, talk) == [
        "study:adam-2006", "slide:7", 'comparison:["adam-2006","mariani-2013"]'
    ]
    assert page.items_model is not None and page.items_model.rowCount() == 3

    page.items_view.setCurrentIndex(page.items_model.index(1))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert _refs(data.store, talk) == ["study:adam-2006", 'comparison:["adam-2006","mariani-2013"]']
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert _refs(data.store, talk) == [
        "study:adam-2006", "slide:7", 'comparison:["adam-2006","mariani-2013"]'
    ]


def test_add_to_list_menu_from_another_page(qtbot: Any, data: UserData) -> None:
    assert data.store is not None
    host = QWidget()
    qtbot.addWidget(host)
    menu = add_to_list_menu(host, data, "slide", "9")
    [new] = [a for a in menu.actions() if a.text().startswith("Nouvelle liste")]
    new.trigger()
    [talk] = data.store.lists()
    assert _refs(data.store, talk.id) == ["slide:9"]
    menu = add_to_list_menu(host, data, "study", "chua-2011")
    [existing] = [a for a in menu.actions() if a.text() == talk.name]
    existing.trigger()
    assert _refs(data.store, talk.id) == ["slide:9", "study:chua-2011"]


def test_list_follows_changes_from_another_program(
    qtbot: Any, kb: Any, data: UserData
) -> None:
    assert data.store is not None
    talk = _talk(data.store)
    _, page = _page(qtbot, kb, data)
    assert page.items_model is not None and page.items_model.rowCount() == 4
    with UserStore(default_user_path()) as other:
        other.add_item(talk, "slide", "11")
        other.rename_list(talk, "Exposé renommé ailleurs")
    qtbot.waitUntil(lambda: page.items_model is not None and page.items_model.rowCount() == 5)
    qtbot.waitUntil(lambda: page.title.text() == "Exposé renommé ailleurs")


def test_export_markdown_and_pdf(
    qtbot: Any, kb: Any, data: UserData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert data.store is not None
    talk = _talk(data.store)
    data.store.rename_list(talk, "Exposé <b>gras</b> & co")
    data.store.set_note("adam-2006", "Série de référence\n\n<script>x</script>")
    _, page = _page(qtbot, kb, data)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "liste"), "")
    )
    md_path = page.export_markdown()
    assert md_path == tmp_path / "liste.md"
    text = md_path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line[:2] in ("1.", "2.", "3.", "4.")]
    assert [line.split(" : ")[0] for line in lines] == [
        "1. Étude", "2. Diapositive 4", "3. Comparaison", "4. Étude"
    ]
    assert "   > Série de référence" in text
    adam = kb.study("adam-2006").label
    assert f"| {adam} | 2006 | 85 | 37 | 21 | 65 |" in text

    pdf_path = page.export_pdf()
    assert pdf_path == tmp_path / "liste.pdf"
    assert pdf_path.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf_path)).pages)
    # plain text, never markup: the list's name and the note print as typed
    assert "Exposé <b>gras</b> & co" in text
    assert "Ma note : Série de référence <script>x</script>" in text
    assert f"{adam} — " in text  # its reference


def test_presenting_a_list_shows_its_items_in_order(qtbot: Any, kb: Any, data: UserData) -> None:
    """Each item as the slides the PowerPoint export holds: a deck slide as the deck shows
    it, a study and a comparison as their planned slides (tables, type scaled to the screen)."""
    from bclm_viewer.ui.notes.list_presentation import SlideView
    from bclm_viewer.ui.slides.presentation import PresentationWindow

    assert data.store is not None
    talk = _talk(data.store)
    # Reorder first, so the presentation must follow the stored order, not insertion order.
    [adam, slide, comparison, mariani] = data.store.items(talk)
    data.store.move_item(slide.id, 0)
    _, page = _page(qtbot, kb, data)
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    window = page.presentation
    assert isinstance(window, PresentationWindow)
    qtbot.waitExposed(window)
    shown: list[str] = []
    texts: dict[str, str] = {}
    for i in range(window.count()):
        assert window.current_index() == i
        if window.current_slide() is not None:
            shown.append(f"slide {window.current_slide()}")
            assert window.title_label.text() == kb.slide(4).title
        else:
            [view] = [v for v in window.findChildren(SlideView)
                      if v.windowTitle() == window.title_label.text()]
            qtbot.waitUntil(view.isVisible)  # the layout shows it on the next event loop turn
            qtbot.waitUntil(lambda v=view: v.px_per_pt > 0)
            title = view.windowTitle().split(" (")[0]
            if not shown or shown[-1] != title:
                shown.append(title)
            texts[title] = texts.get(title, "") + view.toPlainText()
        window.next()
    a, b, m = (kb.study(s).label for s in ("adam-2006", "abbott-2012", "mariani-2013"))
    readings = [x for x in shown if x.endswith("lecture structurée")]
    assert shown == ["slide 4", *readings, a, f"Comparaison : {a}, {b}", m]
    assert "Valeur" in texts[a]  # the study's own table, not a row of a headline table
    assert a in texts[f"Comparaison : {a}, {b}"] and b in texts[f"Comparaison : {a}, {b}"]
    with qtbot.waitSignal(window.finished):
        window.close()


def test_add_what_the_real_pages_show_in_the_main_window(qtbot: Any, kb: Any) -> None:
    from bclm_viewer.ui.main_window import MainWindow

    window = MainWindow(kb)
    qtbot.addWidget(window)
    window.show()
    store = window.user_store()
    assert store is not None
    window.show_study("adam-2006")
    window.show_slide(7)
    window.switch_to("compare").set_studies(["mariani-2013", "abbott-2012"])  # type: ignore[attr-defined]
    page = window.switch_to("lists")
    assert isinstance(page, ListsPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    for button in (page.add_study, page.add_slide, page.add_comparison):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [talk] = store.lists()
    assert _refs(store, talk.id) == [
        "study:adam-2006", "slide:7", 'comparison:["mariani-2013","abbott-2012"]'
    ]
    window.close()
