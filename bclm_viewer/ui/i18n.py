"""The UI's language: Qt translators installed before the first window, and a live switch.

The language is, in order: ``--lang``, else the one chosen in ``Affichage -> Langue``
(remembered in QSettings, key ``ui/language``), else the system's (``bclm_viewer.i18n``).
Two translators are installed: the app's own ``resources/i18n/bclm_viewer_<lang>.qm`` and Qt's
``qtbase_<lang>.qm`` (the standard dialogs' buttons: "Cancel"/"Annuler"...). The Qt-free layers
(``evidence.words``, exports) follow through ``bclm_viewer.i18n.set_language``.

Switching language rebuilds the main window: every page is created again in the new language,
with the layout saved and restored (what closing and reopening the app would do, without it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QWidget

from bclm_viewer import i18n
from bclm_viewer.kb.paths import resources_dir
from bclm_viewer.ui.settings import settings

if TYPE_CHECKING:
    from bclm_viewer.ui.main_window import MainWindow

SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []


def saved_language() -> str | None:
    value = settings().value(SETTINGS_KEY)
    return i18n.normalise(value) if isinstance(value, str) else None


def choose_language(requested: str | None = None) -> str:
    """``--lang`` if given, else the remembered choice, else the system's language."""
    return i18n.normalise(requested) or saved_language() or i18n.system_language()


def install(language: str) -> None:
    """Use ``language`` everywhere from now on: Qt's translators and the Qt-free catalogue."""
    i18n.set_language(language)
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_folder),
        (f"bclm_viewer_{language}", str(resources_dir() / "i18n")),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr"
                               else QLocale.Language.English))
    i18n.use_backend(language, _qt_translate)


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """The Qt-free layers' words through the translators just installed (the same ``.ts``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Remember ``language``, install it and rebuild ``window`` in it; returns the new window
    (same KB, same tab, same layout). Returns ``window`` itself when nothing changes."""
    s = settings()
    s.setValue(SETTINGS_KEY, language)
    s.sync()
    if language == i18n.language():
        return window
    from bclm_viewer.ui.main_window import MainWindow

    window.save_layout()
    _flush_edits(window)  # before the new window reads the notes
    install(language)
    replacement = MainWindow(window.kb)
    replacement.user_data()  # the shared notes store stays open across the swap
    replacement.setGeometry(window.geometry())
    if window.isMaximized():
        replacement.showMaximized()
    else:
        replacement.show()
    window.close()
    window.deleteLater()
    return replacement


def _flush_edits(window: QWidget) -> None:
    """Save what editors hold unsaved (a note typed a moment ago): every widget with a
    ``flush()`` (``NoteEditor``...)."""
    for child in window.findChildren(QWidget):
        flush = getattr(child, "flush", None)
        if callable(flush):
            flush()


def summary_line(window: MainWindow) -> str:
    """The window's title and tab titles on one line (``--smoke-test`` prints it)."""
    tabs = window.tabs
    titles = " | ".join(tabs.tabText(i) for i in range(tabs.count()))
    return f"language {i18n.language()}: {window.windowTitle()} — tabs: {titles}"
