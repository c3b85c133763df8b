"""The user's store as the UI sees it: opened once, watched for changes, exported, imported.

One ``UserData`` per notes file and per process (``shared_user_data``), so every page and window
of the app works on one ``UserStore`` connection. A 1 s timer polls ``data_version()``: when
another window or another running copy commits, ``changed`` fires and the pages re-read.
A damaged file is set aside by ``open_user_store``; its French message is shown without
blocking. If the store cannot be opened at all, ``store`` is ``None`` and ``error`` says why.
The dialogs (that message, export, import) are in ``user_data_dialogs``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from bclm_viewer.notes import (
    UserStore,
    UserStoreError,
    default_user_path,
    open_user_store,
)

POLL_MS = 1000


class UserData(QObject):
    """The open ``UserStore`` (or why there is none) and a ``changed`` signal for the views."""

    changed = Signal()

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
        except (UserStoreError, OSError) as exc:
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

    def poll(self) -> None:
        """Emit ``changed`` if committed data moved since last time (here or elsewhere)."""
        version = self._read_version()
        if version is not None and version != self._version:
            self._version = version
            self.changed.emit()

    def needs_telling(self) -> bool:
        """Whether ``show_pending_message`` has something to say (set aside, or no store)."""
        return bool(self._message) or (self.store is None and bool(self.error))

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
