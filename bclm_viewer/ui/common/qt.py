"""Two things every model and page module needs, defined once: the ``Index`` type Qt passes to
a model, and ``translator`` for a module's translatable words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


def translator(context: str) -> Callable[[str], str]:
    """``_tr = translator("Facets")``: ``_tr(text)`` is ``text`` translated in that context
    (the French source text when no translation is installed). lupdate reads these calls
    through ``tools/i18n_sources.py`` (see docs/translations.md)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr


def module_tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """A plural outside any class: import it as ``tr`` and call ``tr("%n note(s)", "", n)``
    at module level (not inside a class: lupdate files a bare ``tr`` under its enclosing class,
    and this one translates in the empty context, where lupdate files module-level calls)."""
    return QCoreApplication.translate("", text, disambiguation or None, n)
