"""The English UI says nothing in French but the deck's own content.

Each page of ``PAGES`` (new pages are walked as soon as they are listed), the menus, the about
box and the presentation window are built in English and every string they show is read
(``tests/ui_texts.py``): a French word outside the KB's own text fails the test, naming the
widget and the string. After adding strings: ``tools/update-translations.sh``, translate the
new entries of ``resources/i18n/bclm_viewer_en.ts``, run it again (``docs/translations.md``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from ui_fixtures import shown_window
from ui_texts import french_words, kb_texts, window_texts

from bclm_viewer.notes import comparison_ref
from bclm_viewer.query.filters import StudyFilter
from bclm_viewer.ui.i18n import install, saved_language
from bclm_viewer.ui.main_window import PAGES
from bclm_viewer.ui.notes.add_to_list import default_list_name


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    install("en")
    yield
    install("fr")


@pytest.fixture(scope="module")
def allowed(real_kb_path: Path) -> list[str]:
    return kb_texts(real_kb_path)


def _untranslated(root: QWidget, allowed: list[str]) -> list[str]:
    problems = []
    for where, text in window_texts(root):
        words = french_words(text, allowed) if text else []
        if words:
            problems.append(f"{where}: {text[:120]!r} -> {sorted(set(words))}")
    return problems


def _fill(window: Any) -> None:
    """Give each page something to show: a study, a slide, a comparison, a note, a talk list
    (named by the app, holding a study, a slide and a comparison)."""
    kb = window.kb
    ids = kb.study_ids(StudyFilter())
    window.studies_page().show_study(ids[0])
    window.slides_page().show_slide(2)
    window.compare_page().set_studies(ids[:3])
    store = window.user_data().store
    assert store is not None
    store.set_note(ids[0], "Check the R0 rate against Adam.")
    talk = store.create_list(default_list_name())
    store.add_item(talk, "study", ids[1])
    store.add_item(talk, "slide", "4")
    store.add_item(talk, "comparison", comparison_ref(ids[:2]))
    window.show_list(talk)


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_every_page_is_english(
    qtbot: Any, real_kb: Any, english: None, allowed: list[str], key: str
) -> None:
    window = shown_window(qtbot, real_kb)
    assert window.windowTitle().startswith("BCLM")
    _fill(window)
    window.switch_to(key)
    qtbot.wait(50)
    problems = _untranslated(window, allowed)
    assert not problems, f"{len(problems)} French string(s) on '{key}':\n" + "\n".join(
        problems[:60])


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_menus_and_about_box_are_english(
    qtbot: Any, real_kb: Any, english: None, allowed: list[str]
) -> None:
    window = shown_window(qtbot, real_kb)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Go", "&Help"]
    window.about()
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    problems = _untranslated(box, allowed)
    box.close()
    assert "Knowledge base built on" in box.text()
    assert not problems, "\n".join(problems)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_presentation_is_english(
    qtbot: Any, real_kb: Any, english: None, allowed: list[str]
) -> None:
    window = shown_window(qtbot, real_kb)
    presentation = window.slides_page().start_presentation(2)
    assert presentation is not None
    problems = _untranslated(presentation, allowed)
    presentation.close()
    assert not problems, "\n".join(problems)


def test_the_language_switch_rebuilds_every_page(
    qtbot: Any, real_kb: Any, english: None, allowed: list[str]
) -> None:
    """Affichage -> Langue: French, then back to English, without a restart."""
    window = shown_window(qtbot, real_kb)
    window.language_actions["fr"].trigger()
    french = next(w for w in QApplication.topLevelWidgets()
                  if type(w).__name__ == "MainWindow" and w.isVisible() and w is not window)
    qtbot.addWidget(french)
    assert [french.tabs.tabText(i) for i in range(2)] == ["Études", "Diapositives"]
    assert saved_language() == "fr"  # remembered for the next start
    english_again = french.set_language("en")
    assert saved_language() == "en"
    qtbot.addWidget(english_again)
    assert english_again.tabs.tabText(0) == "Studies"
    for spec in PAGES:
        english_again.switch_to(spec.key)
    assert not _untranslated(english_again, allowed)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_importer_review_window_is_english(
    qtbot: Any, tmp_path: Path, english: None
) -> None:
    """``--content DIR --review``: the imported deck's own text stays as written."""
    from deck_samples import write_other_pptx

    from bclm_viewer.kb.build import build_kb
    from bclm_viewer.kb.importer.write import import_deck
    from bclm_viewer.ui.importer.review_page import ReviewWindow

    root = tmp_path / "content"
    import_deck(write_other_pptx(tmp_path / "other.pptx", tmp_path / "p.png"), root)
    build_kb(root, tmp_path / "kb.sqlite", include_drafts=True)
    window = ReviewWindow(root)
    session = window.page.session
    slides = {item.slide for item in session.items}
    allowed = sorted([*kb_texts(tmp_path / "kb.sqlite"),
                      *(session.speaker_notes(n) for n in slides if n is not None),
                      *(session.slide_text(n) for n in slides if n is not None)],
                     key=len, reverse=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "reading the files" not in window.page.progress.text())
    assert window.page.progress.text().endswith("reviewed")
    problems = _untranslated(window, allowed)
    assert not problems, "\n".join(problems[:60])


def test_switching_language_keeps_a_note_typed_a_moment_ago(
    qtbot: Any, real_kb: Any, english: None
) -> None:
    """The window is rebuilt: what the note editor holds unsaved is saved first, and the new
    window shows it."""
    from PySide6.QtCore import Qt

    from bclm_viewer.ui.notes.note_editor import NoteEditor

    window = shown_window(qtbot, real_kb)
    study = real_kb.study_ids(StudyFilter())[0]
    window.show_study(study)
    editor = window.findChild(NoteEditor)
    assert editor is not None
    editor.save_timer.setInterval(3_600_000)  # only the switch can save it
    editor.set_study(study)
    qtbot.keyClicks(editor.edit, "Check R0")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Space)
    assert editor.is_dirty()
    french = window.set_language("fr")
    qtbot.addWidget(french)
    store = french.user_data().store
    assert store is not None and store.note(study) is not None
    assert store.note(study).body_md == "Check R0 "
    french.show_study(study)
    new_editor = french.findChild(NoteEditor)
    assert new_editor is not None and new_editor.text() == "Check R0 "


@pytest.mark.parametrize("kind", ["figure", "finding", "comparison", "disagreement",
                                  "characteristic"])
def test_a_study_session_is_english(
    qtbot: Any, real_kb: Any, english: None, allowed: list[str], kind: str
) -> None:
    """Réviser: a session of each kind of question, a wrong option chosen (or the answer
    shown), the card read with its prompt, options, answer, quotes and rating buttons; then
    the session ended. Only the deck's names, levels and quotes stay French."""
    from PySide6.QtCore import Qt

    window = shown_window(qtbot, real_kb)
    page = window.switch_to("study")
    qtbot.waitUntil(lambda: page.bank is not None and page.start_button.isEnabled())
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind))
    assert page.kind_combo.currentText() != kind  # a title, in English
    page.new_spin.setValue(3)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    q = page.card.question
    assert q is not None and q.kind == kind
    wrong = next((i for i, c in enumerate(q.choices) if c != q.answer), None)
    if wrong is None:
        qtbot.keyClick(page.card, Qt.Key.Key_Space)
    else:
        qtbot.keyClick(page.card, Qt.Key(Qt.Key.Key_A + wrong))
        assert page.card.verdict.text() == "Wrong."
    assert page.card.answer_frame.isVisible()
    problems = _untranslated(window, allowed)
    page.finish_session()
    assert page.status.text().startswith("Session over")
    problems += _untranslated(page, allowed)
    assert not problems, f"{len(problems)} French string(s):\n" + "\n".join(problems[:60])


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_shortcuts_dialog_is_english(
    qtbot: Any, real_kb: Any, english: None, allowed: list[str]
) -> None:
    from bclm_viewer.ui.shortcuts import ShortcutsDialog

    window = shown_window(qtbot, real_kb)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    problems = _untranslated(dialog, allowed)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    assert not problems, "\n".join(problems[:60])


def test_the_unsaved_notes_prompt_is_english(english: None) -> None:
    """The quit prompt's text, with its plural, and the recovery path."""
    from types import SimpleNamespace

    from bclm_viewer.ui.notes.unsaved_notes import quit_prompt_text

    data = SimpleNamespace(unsaved={"a": 1, "b": 2}, recovery_path=Path("/tmp/r.json"),
                           recovery_failures=[])
    text = quit_prompt_text(data)  # type: ignore[arg-type]
    assert text.startswith("2 notes could not be saved")
    assert not french_words(text, [])
    one = quit_prompt_text(SimpleNamespace(unsaved={"a": 1}, recovery_path=None,
                                           recovery_failures=[]))  # type: ignore[arg-type]
    assert one.startswith("1 note could not be saved") and "no folder available" in one
