"""Start-up stays light: a plain launch builds no argument parser, and the first screen loads no
study page, note editor, search hits nor dialog (they come on first use); any other command line
is read by the one argparse parser."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from ui_fixtures import shown_window

from bclm_viewer.cli.main import _parser

# Built on first use, never at start-up.
LAZY = (
    "bclm_viewer.cli.query_commands",  # no parser for a plain launch
    "bclm_viewer.cli.evidence_commands",
    "bclm_viewer.ui.studies.study_view",
    "bclm_viewer.ui.notes.note_editor",
    "bclm_viewer.ui.studies.search_panel",
    "bclm_viewer.ui.common.highlight",
    "bclm_viewer.ui.notes.user_data_dialogs",
    "bclm_viewer.query.detail_records",  # no study, slide, question or hit is read at start-up
    "fsrs",  # study mode: imported with the Study page, on its first show
    "genanki",  # study mode: imported by the Anki export only
    "bclm_viewer.study.questions",
    "bclm_viewer.ui.study.study_page",
    # hashlib is imported at start-up: the content and the cached KB are hashed at every
    # start (docs/reliability.md; ~0.7 ms for the bundled content, OpenSSL's import ~3 ms)
)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, False)),
        (["--smoke-test"], (None, True)),
        (["--kb", "a.sqlite"], (Path("a.sqlite"), False)),
        (["--kb=a.sqlite", "--smoke-test"], (Path("a.sqlite"), True)),
        (["--smoke-test", "--kb", "a.sqlite"], (Path("a.sqlite"), True)),
        (["--smoke"], (None, True)),  # argparse's abbreviations
    ],
)
def test_app_arguments(argv: list[str], expected: object) -> None:
    args = _parser().parse_args(argv)
    assert args.command is None
    assert (args.kb, args.smoke_test) == expected


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["--help"], 0),
        (["-h"], 0),
        (["--kb"], 2),
        (["--kb", "--smoke-test"], 2),
        (["--no-such-option"], 2),
    ],
)
def test_help_and_wrong_arguments_end_as_argparse_says(
    argv: list[str], status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        _parser().parse_args(argv)
    assert ended.value.code == status
    assert "usage: bclm-viewer" in "".join(capsys.readouterr())


def test_smoke_test_imports_nothing_the_first_screen_does_not_show() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = (
        "import sys\n"
        "from bclm_viewer.cli.main import main\n"
        "status = main(['--smoke-test'])\n"
        "print('MODULES', ' '.join(sorted(sys.modules)))\n"
        "sys.exit(status)\n"
    )
    for _ in range(2):  # the first run builds the KB and stamps the content
        result = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("MODULES "))
    imported = set(line.split()[1:])
    assert {"bclm_viewer.ui.studies.studies_page", "bclm_viewer.notes"} <= imported
    assert sorted(set(LAZY) & imported) == []


def test_study_column_and_search_hits_are_built_on_first_use(
    qtbot: Any, real_kb: Any
) -> None:
    from bclm_viewer.ui.notes.note_editor import NoteEditor

    w = shown_window(qtbot, real_kb)
    page: Any = w.page("studies")
    assert page.study_column is None and page._search_panel is None
    assert page.study_hint.isVisible()
    qtbot.keyClicks(page.search_box, "HER2")
    assert page._search_panel is not None and page.search_panel.isVisible()
    w.show_study("adam-2006")
    assert page.study_column is not None and page.study_column.isVisible()
    assert page.splitter.indexOf(page.study_column) == 2
    assert page.study_view.current_study() == "adam-2006"
    editors = page.findChildren(NoteEditor)
    assert editors == [page.note_editor] and page.note_editor.study_id() == "adam-2006"


def test_notes_file_opens_just_after_the_first_paint(
    qtbot: Any, real_kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zero timer would fire before the first paint; the notes wait for the paint itself."""
    from PySide6.QtCore import QEvent, QObject

    from bclm_viewer.ui.main_window import MainWindow
    from bclm_viewer.ui.notes import user_data

    events: list[str] = []
    acquire = user_data.acquire_user_data

    def recording_acquire(*args: Any, **kwargs: Any) -> Any:
        events.append("notes")
        return acquire(*args, **kwargs)

    monkeypatch.setattr(user_data, "acquire_user_data", recording_acquire)

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    w = MainWindow(real_kb)
    qtbot.addWidget(w)
    watch = PaintWatch(w)
    w.installEventFilter(watch)
    w.show()
    qtbot.waitUntil(lambda: "notes" in events)
    assert events[0] == "paint" and events.count("notes") == 1
    page: Any = w.page("studies")
    store = w.user_store()
    assert store is not None
    store.set_star("adam-2006", True)
    w.user_data().changed.emit()  # as when another window commits: the page's hook re-reads
    row = page.model.row_of("adam-2006")
    assert page.model.is_starred(row)


def test_waiting_for_the_first_paint_keeps_no_reference_to_the_widget(qtbot: Any) -> None:
    """A window waiting for its first paint is freed as soon as it is dropped (no cycle for the
    cyclic collector to break later, at whatever moment, maybe in another window's paint); once
    painted, the callback runs once."""
    import gc
    import weakref

    from PySide6.QtWidgets import QWidget

    from bclm_viewer.ui.first_paint import after_first_paint

    class Window(QWidget):
        calls = 0

        def started(self) -> None:
            Window.calls += 1

    never_shown = Window()
    after_first_paint(never_shown, never_shown.started)
    gone = weakref.ref(never_shown)
    gc.disable()
    try:
        del never_shown
        assert gone() is None
    finally:
        gc.enable()

    shown = Window()
    qtbot.addWidget(shown)
    after_first_paint(shown, shown.started)
    shown.show()
    qtbot.waitUntil(lambda: Window.calls == 1)
    shown.update()
    qtbot.wait(20)
    assert Window.calls == 1


class _PaintLog(QObject):
    """Appends "paint" to ``events`` at each paint event of the widget it watches."""

    def __init__(self, widget: Any, events: list[str]) -> None:
        super().__init__(widget)
        self.events = events
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.events.append("paint")
        return False


def test_factors_panel_is_built_just_after_the_first_paint_in_its_place(
    qtbot: Any, real_kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bclm_viewer.ui.main_window import MainWindow
    from bclm_viewer.ui.studies import facets

    events: list[str] = []
    panel_class = facets.FacetsPanel

    def recording_panel(*args: Any, **kwargs: Any) -> Any:
        events.append("facets")
        return panel_class(*args, **kwargs)

    monkeypatch.setattr(facets, "FacetsPanel", recording_panel)
    w = MainWindow(real_kb)
    qtbot.addWidget(w)
    _PaintLog(w, events)
    page: Any = w.page("studies")
    place = page.splitter.widget(0)
    assert events == [] and page.splitter.count() == 3
    w.resize(1280, 720)
    w.show()
    qtbot.waitUntil(lambda: "facets" in events)
    assert events[0] == "paint" and events.count("facets") == 1
    assert page.splitter.widget(0) is page.facets and page.facets.geometry() == place.geometry()
    stops, widget = [], page.search_box.nextInFocusChain()  # Tab from the search box
    while widget is not page.table:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            stops.append(widget)
        widget = widget.nextInFocusChain()
    facets_panel = page.facets
    assert stops == [facets_panel.all_button, facets_panel.any_button, facets_panel.tree,
                     facets_panel.effects_view, facets_panel.endpoints_view]  # as built first
    qtbot.mouseClick(page.facets.all_button, Qt.MouseButton.LeftButton)  # still wired
    page.facets.factors_model.set_checked({"her2"})
    assert page.current_filter().factors == ("her2",)
    assert page.model.total() < real_kb.total_studies()


def test_a_restored_tick_is_in_the_first_frame(qtbot: Any, real_kb: Any) -> None:
    """A saved filter that ticks a factor builds the factors panel with the window (its ticks
    and the table they filter are painted together); an empty one leaves it for later."""
    from bclm_viewer.ui.main_window import MainWindow
    from bclm_viewer.ui.settings import settings

    s = settings()
    s.setValue("studies/filter", json.dumps({"factors": ["her2"], "mode": "all"}))
    s.sync()
    w = MainWindow(real_kb)
    qtbot.addWidget(w)
    page: Any = w.page("studies")
    assert page._facets is not None and page.facets.factors_model.checked() == ("her2",)
    assert page.model.total() < real_kb.total_studies()

    s.setValue("studies/filter", json.dumps({"factors": [], "mode": "all", "text": "HER2"}))
    s.sync()
    other = MainWindow(real_kb)
    qtbot.addWidget(other)
    page = other.page("studies")
    assert page._facets is None and page.current_filter().text == "HER2"


def test_mouse_buttons_are_watched_from_the_first_paint_on(
    qtbot: Any, real_kb: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The back / forward mouse buttons need an application-wide event filter, which every
    event then goes through: it is installed once the window is painted, not while the first
    screen is built."""
    from bclm_viewer.ui.main_window import MainWindow
    from bclm_viewer.ui.navigation import Navigation

    events: list[str] = []
    watch = Navigation._watch_mouse_buttons

    def recording_watch(self: Navigation) -> None:
        events.append("filter")
        watch(self)

    monkeypatch.setattr(Navigation, "_watch_mouse_buttons", recording_watch)
    w = MainWindow(real_kb)
    qtbot.addWidget(w)
    _PaintLog(w, events)
    assert events == []
    w.show()
    qtbot.waitUntil(lambda: "filter" in events)
    assert events[0] == "paint" and events.count("filter") == 1


def test_smoke_test_marks_its_first_paint_when_asked() -> None:
    """``benchmarks/startup.py`` times the start up to this line (the floor prints the same)."""
    code = "import sys\nfrom bclm_viewer.cli.main import main\nsys.exit(main(['--smoke-test']))"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    outputs = []
    for mark in ("", "1"):
        env["BCLM_VIEWER_MARK_FIRST_PAINT"] = mark
        result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        # The language line (title and tabs, for CI) aside, the smoke test's own lines.
        outputs.append([x for x in result.stdout.splitlines() if not x.startswith("language ")])
    assert len(outputs[0]) == 1 and outputs[0][0].startswith("smoke test ok")
    marked, ok = outputs[1]
    assert marked.startswith("first paint cpu=") and float(marked.split("=")[1]) > 0
    assert ok.split("; window")[0] == outputs[0][0].split("; window")[0]  # the same checks
