"""« Exporter en PowerPoint… » on a list, in the app: the file the CLI would write, a matrix and
a chart item among the list's items, and the status message linking to the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from PySide6.QtWidgets import QFileDialog, QLabel

from bclm_viewer.notes import comparison_ref
from bclm_viewer.ui.notes.lists_page import ListsPage
from bclm_viewer.ui.notes.user_data import UserData


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, QMainWindow
def test_list_exports_to_powerpoint_with_link(
    qtbot: Any, real_kb: Any, data: UserData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMainWindow

    store = data.store
    assert store is not None
    talk = store.create_list("Exposé")
    store.add_item(talk, "study", "adam-2006")
    store.add_item(talk, "comparison", comparison_ref(["adam-2006", "abbott-2012"]))
    store.add_item(talk, "matrix", "flagged")
    store.add_item(talk, "chart", "os5")
    window = QMainWindow()
    qtbot.addWidget(window)
    page = ListsPage(real_kb, window)
    window.setCentralWidget(page)
    window.show()
    qtbot.waitExposed(window)
    page.show_list(talk)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "expose"), ""))
    path = page.export_pptx()
    assert path == tmp_path / "expose.pptx"
    prs = Presentation(str(path))
    titles = [s.shapes.title.text_frame.text for s in prs.slides]
    assert titles[0] == "Exposé"
    assert any(t.startswith("Matrice") for t in titles)
    assert any(sh.has_chart for s in prs.slides for sh in s.shapes)
    link = window.statusBar().findChild(QLabel, "exportedFile")
    assert link is not None and "expose.pptx" in link.text()
    names = [page.items_model.data(page.items_model.index(r, 0))
             for r in range(page.items_model.rowCount())]
    assert any("Matrice : désaccords" in str(n) for n in names), names
    assert any("Graphique : os5" in str(n) for n in names), names


def test_pdf_progress_follows_the_pages(qapp: Any, real_kb: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from bclm_viewer.evidence.talk.items import TalkItem
    from bclm_viewer.ui.notes.talk_export import write_talk_file

    seen: list[tuple[int, int]] = []
    path = write_talk_file(real_kb, "Exposé", [TalkItem("matrix", "all"),
                                               TalkItem("study", "adam-2006")], "pdf",
                           tmp_path / "h.pdf", progress=lambda d, t: seen.append((d, t)))
    pages = len(PdfReader(str(path)).pages)
    assert seen and all(t == pages for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1][0] == pages
