"""The user's store as the UI sees it: opened once, watched for changes, exported, imported.

One ``UserData`` per notes file and per process (``shared_user_data``), so every page and window
of the app works on one ``UserStore`` connection. A 1 s timer polls ``data_version()``: when
another window or another running copy commits, ``changed`` fires and the pages re-read.
A damaged file is set aside by ``open_user_store``; its French message is shown without
blocking. If the store cannot be opened at all, ``store`` is ``None`` and ``error`` says why;
a folder that cannot be written opens it read-only (``read_only``), and the poll tries again
to open it for writing. Notes the file could not take (disk full…) are kept in ``unsaved``,
copied to a recovery file (``notes.recovery``) and written again at each poll until they go
in. The dialogs (that message, export, import, recovery) are in ``user_data_dialogs``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from bclm_viewer.notes import (
    UserStore,
    UserStoreError,
    default_user_path,
    open_user_store,
)

if TYPE_CHECKING:
    from bclm_viewer.notes.recovery import UnsavedNote

POLL_MS = 1000
RETRY_POLLS = 2  # unsaved notes, or a read-only store, are tried again every this many polls


class UserData(QObject):
    """The open ``UserStore`` (or why there is none) and a ``changed`` signal for the views."""

    changed = Signal()
    unsavedChanged = Signal()  # noqa: N815 - Qt signal naming; ``unsaved`` grew or shrank
    flushRequested = Signal()  # noqa: N815 - every editor saves now (before quitting)
    writableChanged = Signal()  # noqa: N815 - a read-only store became writable

    def __init__(
        self,
        store: UserStore | None,
        *,
        message: str | None = None,
        error: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.error = error
        self._message = message
        self.owners = 0  # main windows using it (``acquire_user_data``)
        self.unsaved: dict[str, UnsavedNote] = {}
        self.recovery_path: Path | None = None  # where ``unsaved`` is kept, if anywhere
        self.recovery_failures: list[str] = []
        self._polls = 0
        self._version = self._read_version()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        if store is not None:
            self._timer.start()

    @classmethod
    def open(cls, path: Path | None = None, parent: QObject | None = None) -> UserData:
        """Open (or create) the notes file; never raises: a failure leaves ``store`` None."""
        try:
            store, message = open_user_store(path)
        except (UserStoreError, OSError) as exc:  # the notes layer turns sqlite errors into these
            error = QCoreApplication.translate(
                "UserData",
                "Vos notes ne peuvent pas être ouvertes : {error}\n"
                "Rien n'a été modifié. Fermez les autres copies de l'application puis relancez-la.",
            ).format(error=exc)
            return cls(None, error=error, parent=parent)
        return cls(store, message=message, parent=parent)

    def _read_version(self) -> int | None:
        if self.store is None:
            return None
        try:
            return self.store.data_version()
        except (UserStoreError, OSError):
            return None

    @property
    def read_only(self) -> bool:
        return self.store is not None and self.store.read_only

    def poll(self) -> None:
        """Emit ``changed`` if committed data moved since last time (here or elsewhere); now and
        then, write the unsaved notes again and try to reopen a read-only store for writing."""
        self._polls += 1
        if self._polls % RETRY_POLLS == 0:
            if self.read_only:
                self.try_writable()
            if self.unsaved:
                self.retry_unsaved()
        version = self._read_version()
        if version is not None and version != self._version:
            self._version = version
            self.changed.emit()

    # -- notes that could not be saved ---------------------------------------------------------

    def keep_unsaved(self, note: UnsavedNote) -> None:
        """The editor could not save ``note``: keep it here and in the recovery file."""
        old = self.unsaved.get(note.study_id)
        self.unsaved[note.study_id] = note
        if old is None or old.body_md != note.body_md:
            self._write_recovery()
        if old is None:
            self.unsavedChanged.emit()

    def forget_unsaved(self, study_id: str) -> None:
        """``study_id``'s note is in the notes file now."""
        if self.unsaved.pop(study_id, None) is not None:
            self._write_recovery()
            self.unsavedChanged.emit()

    def _write_recovery(self) -> None:
        from bclm_viewer.notes.recovery import write_recovery

        self.recovery_path, self.recovery_failures = write_recovery(list(self.unsaved.values()))

    def retry_unsaved(self) -> None:
        """Write the kept notes again (the disk may have room, the folder rights, again)."""
        store = self.store
        if store is None or store.read_only:
            return
        saved = False
        for note in list(self.unsaved.values()):
            try:
                store.set_note(note.study_id, note.body_md, base_md=note.base_md)
            except (UserStoreError, ValueError):
                break  # still failing: the rest will fail alike; try again at the next poll
            del self.unsaved[note.study_id]
            saved = True
        if saved:
            self._write_recovery()
            self.unsavedChanged.emit()

    def flush_all(self) -> None:
        """Every editor saves what it holds now (they add to ``unsaved`` what fails)."""
        self.flushRequested.emit()

    def try_writable(self) -> bool:
        """Reopen a read-only store for writing if its folder can be written again."""
        store = self.store
        if store is None or not store.read_only:
            return False
        try:
            writable = UserStore(store.path)
        except (UserStoreError, OSError):
            return False
        store.close()
        self.store = writable
        self.writableChanged.emit()
        return True

    def needs_telling(self) -> bool:
        """Whether ``show_pending_message`` has something to say (set aside, read-only, no
        store, or notes a previous run could not save)."""
        if self._message or (self.store is None and self.error):
            return True
        from bclm_viewer.notes.recovery import pending

        return bool(pending())

    def take_message(self) -> str | None:
        """The set-aside message, once (so two windows do not both show it)."""
        message, self._message = self._message, None
        return message

    def release(self) -> None:
        """One owner is gone; the last one closes the store."""
        self.owners -= 1
        if self.owners <= 0:
            self.close()

    def close(self) -> None:
        self._timer.stop()
        if self.store is not None:
            self.store.close()
            self.store = None
        for key, value in list(_SHARED.items()):
            if value is self:
                del _SHARED[key]


_SHARED: dict[Path, UserData] = {}


def shared_user_data(path: Path | None = None) -> UserData:
    """The process-wide ``UserData`` of ``path`` (default: the user's notes file), opened once.

    It belongs to the ``QApplication`` so it lives as long as the app.
    """
    key = (path or default_user_path()).resolve()
    found = _SHARED.get(key)
    if found is not None and found.store is not None:
        return found
    data = UserData.open(key, parent=QCoreApplication.instance())
    _SHARED[key] = data
    return data


def acquire_user_data(owner: QObject, path: Path | None = None) -> UserData:
    """The shared ``UserData``, kept open while ``owner`` (a main window) lives.

    When the last owner is destroyed the store is closed, so windows built and dropped (tests,
    a second window closed) leave no connection or timer behind.
    """
    data = shared_user_data(path)
    data.owners += 1
    owner.destroyed.connect(data.release)
    return data


def close_shared() -> None:
    """Close every shared store (tests, and the end of the app)."""
    for data in list(_SHARED.values()):
        data.close()
    _SHARED.clear()


def find_user_data(widget: QWidget) -> UserData:
    """The ``UserData`` of the main window holding ``widget``, else the shared one."""
    window = widget.window()
    getter = getattr(window, "user_data", None)
    if callable(getter):
        found = getter()
        if isinstance(found, UserData):
            return found
    return shared_user_data()
