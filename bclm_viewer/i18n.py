"""The app's language, and translation without Qt (the CLI, the exports, ``evidence.words``).

French is the source language: every string in the code is French, and its translations live in
Qt Linguist files, ``resources/i18n/bclm_viewer_<lang>.ts`` (the one source of truth). The UI
loads their compiled ``.qm`` through a ``QTranslator`` (``ui/i18n.py``); the layers without Qt
read the same ``.ts`` here, with ElementTree, and only when a language other than French is asked
for (French costs nothing at start-up).

``translate("Context", "texte")`` and ``QT_TRANSLATE_NOOP("Context", "texte")`` are spelt as
Qt's own so that ``pyside6-lupdate`` extracts them (``tools/update-translations.sh``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "en")  # the source first; every other one has a .ts in resources/i18n/

_state = {"language": ""}  # "" until set_language(): the system's language applies


def system_language() -> str:
    """``BCLM_VIEWER_LANG`` if set (tests, CI), else French for an ``fr_*`` locale, English for
    any other (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, in POSIX order)."""
    forced = os.environ.get("BCLM_VIEWER_LANG", "").strip().lower()
    if forced in LANGUAGES:
        return forced
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def normalise(language: str | None) -> str | None:
    """``"en"``/``"fr"`` from ``"en_GB.UTF-8"``, ``"EN"``...; ``None`` for anything else."""
    if not language:
        return None
    code = language.strip().lower()[:2]
    return code if code in LANGUAGES else None


def set_language(language: str) -> None:
    """Use ``language`` (``"fr"`` or ``"en"``) from now on."""
    code = normalise(language)
    if code is None:
        raise ValueError(f"unknown language {language!r}: one of {', '.join(LANGUAGES)}")
    _state["language"] = code


def chosen_language() -> str | None:
    """The language set explicitly (``--lang``), ``None`` when none was."""
    return _state["language"] or None


def language() -> str:
    """The language in use: the one set, else the system's."""
    return _state["language"] or system_language()


def ts_path(language: str) -> Path:
    from bclm_viewer.kb.paths import resources_dir

    return resources_dir() / "i18n" / f"bclm_viewer_{language}.ts"


Catalogue = dict[tuple[str, str], tuple[str, ...]]


@cache
def catalogue(language: str) -> Catalogue:
    """``(context, source) -> forms`` of the finished translations of ``language``'s ``.ts``
    (one form, or the numerus forms). Unfinished and vanished entries are left out, as
    ``lrelease`` leaves them out of the ``.qm``: the French source shows instead."""
    import xml.etree.ElementTree as ElementTree

    path = ts_path(language)
    if not path.is_file():
        return {}
    table: Catalogue = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type"):
                continue  # unfinished, vanished or obsolete
            forms = [f.text or "" for f in node.iter("numerusform")]
            if message.get("numerus") == "yes":
                if forms and all(forms):
                    table[(name, source)] = tuple(forms)
            elif node.text:
                table[(name, source)] = (node.text,)
    return table


def _plural_index(language: str, n: int) -> int:
    """The numerus form Qt picks: English and French both have two forms; French treats 0 and
    1 as singular."""
    if language == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


# The app installs Qt's own translate here (``ui/i18n.install``): the same messages, compiled
# in the ``.qm`` it has loaded anyway, so the app never parses the ``.ts`` (~10 ms at start-up
# in English). The CLI, with no Qt, reads the ``.ts`` (``translate_from_ts``).
_backend: dict[str, Callable[[str, str, str | None, int], str]] = {}


def use_backend(
    language: str, translate_fn: Callable[[str, str, str | None, int], str] | None
) -> None:
    """Translate ``language`` through ``translate_fn`` (``QCoreApplication.translate`` with
    that language's translators installed), or from the ``.ts`` again with ``None``. Another
    language (``--lang`` in a CLI call within the same process) still reads the ``.ts``."""
    _backend.clear()
    if translate_fn is not None:
        _backend[language] = translate_fn


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (French) in the current language, as ``QCoreApplication.translate`` would: the
    source when no finished translation exists; ``%n`` replaced by ``n`` when ``n >= 0``."""
    backend = _backend.get(language())
    if backend is not None:
        return backend(context, text, disambiguation, n)
    return translate_from_ts(context, text, disambiguation, n)


def translate_from_ts(
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """``translate`` read from the ``.ts`` itself (what the CLI uses: no Qt)."""
    del disambiguation  # accepted for Qt's signature; the app's messages do not use it
    lang = language()
    result = text
    if lang != SOURCE_LANGUAGE or n >= 0:
        forms = catalogue(lang).get((context, text))
        if forms:
            result = forms[min(_plural_index(lang, n), len(forms) - 1)] if n >= 0 else forms[0]
    return result.replace("%n", str(n)) if n >= 0 else result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    """Marks ``text`` for extraction in ``context``; translated later with ``translate``."""
    del context
    return text


def localized(french: str, english: str | None) -> str:
    """The KB's name or meaning in the current language: ``name_en``/``meaning_en`` in English
    (the build requires them), the French one otherwise."""
    return english if english and language() == "en" else french


def name_column(table_alias: str = "") -> str:
    """The SQL column of a factor's or measure's name in the current language."""
    prefix = f"{table_alias}." if table_alias else ""
    return f"{prefix}name_en" if language() == "en" else f"{prefix}name_fr"


def translator(context: str) -> Callable[[str], str]:
    """``_tr = translator("Cli")``: ``_tr(text)`` is ``translate("Cli", text)``, the same
    convention as the UI's ``ui/common/qt.translator`` (``tools/i18n_sources.py`` spells each
    call as ``translate("Cli", ...)`` for lupdate)."""

    def tr(text: str) -> str:
        return translate(context, text)

    return tr


def plural(text: str, disambiguation: str = "", n: int = -1) -> str:
    """A plural outside Qt: import it as ``tr`` and call ``tr("%n étude(s)", "", n)`` in a
    module-level function. lupdate reads only ``tr`` calls as plurals (numerus forms in the
    ``.ts``) and files them, outside a class, in the empty context, where this looks them up."""
    return translate("", text, disambiguation, n)


def reset() -> None:
    """Forget the language set: the system's applies again (tests)."""
    _state["language"] = ""
