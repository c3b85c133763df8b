"""The app in a child process, for the kill test (run with sys.executable, offscreen).

    notes_app_child.py KB edit STUDY TEXT   open STUDY in the studies page, type TEXT in its note
                                            editor, print "saved" once the editor says it saved,
                                            then keep running until killed
    notes_app_child.py KB read STUDY        open STUDY, print its note editor's text and star as
                                            JSON, then "read", and exit

``BCLM_VIEWER_DATA_DIR`` / ``BCLM_VIEWER_CONFIG_DIR`` come from the test.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bclm_viewer.query.knowledge_base import KnowledgeBase  # noqa: E402
from bclm_viewer.ui.main_window import MainWindow  # noqa: E402
from bclm_viewer.ui.notes.note_editor import NoteEditor  # noqa: E402


def _say(line: str) -> None:
    print(line, flush=True)


def _editor(window: MainWindow, study_id: str) -> NoteEditor:
    window.show_study(study_id)
    QApplication.processEvents()
    page = window.page("studies")
    for editor in page.findChildren(NoteEditor):
        if editor.study_id() == study_id:
            return editor
    raise SystemExit(f"no note editor showing {study_id} on the studies page")


def _type(widget: object, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def main(argv: list[str]) -> int:
    kb_path, mode, study_id = Path(argv[1]), argv[2], argv[3]
    app = QApplication(argv[:1])
    window = MainWindow(KnowledgeBase(kb_path))
    window.show()
    editor = _editor(window, study_id)
    if mode == "read":
        _say(json.dumps({"text": editor.text(), "starred": editor.star.isChecked()}))
        _say("read")
        return 0
    editor.saved.connect(lambda _sid: _say("saved"))
    editor.edit.setFocus()
    _type(editor.edit, argv[4])
    editor.star.click()
    QTimer.singleShot(0, lambda: _say("typed"))
    return app.exec()  # runs until the test kills it


if __name__ == "__main__":
    sys.exit(main(sys.argv))
