"""Qt's translators: the compiled ``.qm`` says what the Qt-free reader of the ``.ts`` says,
Qt's own dialogs follow the language, and the language is chosen as documented."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from bclm_viewer import i18n
from bclm_viewer.ui.i18n import SETTINGS_KEY, choose_language, install
from bclm_viewer.ui.settings import settings


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    install("en")
    yield
    install("fr")


def test_the_qm_and_the_ts_reader_agree_on_every_message(english: None) -> None:
    root = ElementTree.parse(i18n.ts_path("en")).getroot()
    checked = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            counts = (1, 2, 5) if m.get("numerus") == "yes" else (-1,)
            for n in counts:
                qt = QCoreApplication.translate(name, source, None, n)
                assert qt == i18n.translate_from_ts(name, source, None, n), (name, source, n)
                assert qt == i18n.translate(name, source, None, n)  # the app's own path
                checked += 1
    assert checked > 400


def test_qt_dialogs_follow_the_language(qapp: Any) -> None:
    install("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    install("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    install("fr")


def test_lang_then_the_remembered_choice_then_the_system(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BCLM_VIEWER_LANG", "fr")
    assert choose_language(None) == "fr"
    settings().setValue(SETTINGS_KEY, "en")
    assert choose_language(None) == "en"
    assert choose_language("fr") == "fr"
    settings().remove(SETTINGS_KEY)
    monkeypatch.setenv("BCLM_VIEWER_LANG", "en")
    assert choose_language(None) == "en"


def test_the_app_translates_the_qt_free_words_without_reading_the_ts(qapp: Any) -> None:
    """Installed, the app's translators serve ``bclm_viewer.i18n`` too: no ``.ts`` parse at
    start-up (~10 ms in English); a CLI call in another language still reads its ``.ts``."""
    i18n.catalogue.cache_clear()
    install("en")
    try:
        assert i18n.translate("Words", "péjoratif") == "poor prognosis"
        assert i18n.catalogue.cache_info().currsize == 0  # Qt answered, the .ts was not read
        i18n.set_language("fr")  # e.g. --lang fr in a CLI call: not the installed language
        assert i18n.translate("Words", "péjoratif") == "péjoratif"
    finally:
        install("fr")
