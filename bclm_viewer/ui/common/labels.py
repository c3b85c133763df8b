"""The words the viewer shows for the KB's codes, translated, so every page agrees.

The words themselves are defined once, without Qt, in ``bclm_viewer.evidence.words`` (the CLI
and the exports write them too); this module passes them through Qt's translation and holds
what only the UI needs (styles, tooltips). ``None`` shows as "n.r." (non rapporté), never 0 or
a blank. Figures keep the deck's spelling (``value_text``) plus their unit.
"""

from __future__ import annotations

from PySide6.QtGui import Qt

from bclm_viewer.evidence import words
from bclm_viewer.evidence.words import FRENCH, Labels
from bclm_viewer.evidence.words import figure_text as figure_text
from bclm_viewer.ui.common.qt import translator

_tr = translator("Labels")
_words = translator("Words")  # evidence.words marks its words in this context


def not_reported() -> str:
    """The one spelling of a value the deck does not give."""
    return _words(words.NR)


# Greyed italics: a value the deck does not give, or a hint where content will appear.
NR_STYLE = "color: palette(placeholder-text); font-style: italic;"


def select_study_hint() -> str:
    """What the study column says until a study is chosen."""
    return _tr("Sélectionnez une étude dans la liste pour afficher sa fiche.")


def or_nr(value: object) -> str:
    """``value`` as text, "n.r." for ``None`` or an empty string (never "0" or a blank)."""
    if value is None:
        return not_reported()
    text = str(value)
    return text if text.strip() else not_reported()


def _translated(table: dict[str, str]) -> dict[str, str]:
    return {code: _words(word) for code, word in table.items()}


def kind_labels() -> dict[str, str]:
    return _translated(words.KINDS)


def kind_label(kind: str | None) -> str:
    return not_reported() if kind is None else kind_labels().get(kind, kind)


def effect_labels() -> dict[str, str]:
    return _translated(words.EFFECTS)


def effect_symbols() -> dict[str, str]:
    """A shape per effect, so the effect reads without colour (and in black and white)."""
    return dict(words.EFFECT_SYMBOLS)


def effect_label(effect: str | None, symbol: bool = False) -> str:
    """"péjoratif", or "▼ péjoratif" with ``symbol``; "n.r." for ``None``."""
    if effect is None:
        return not_reported()
    word = effect_labels().get(effect, effect)
    mark = effect_symbols().get(effect) if symbol else None
    return f"{mark} {word}" if mark else word


def endpoint_labels() -> dict[str, str]:
    return _translated(words.ENDPOINTS)


def endpoint_long_labels() -> dict[str, str]:
    return _translated(words.ENDPOINTS_LONG)


def endpoint_label(endpoint: str | None, long: bool = False) -> str:
    if endpoint is None:
        return not_reported()
    labels = endpoint_long_labels() if long else endpoint_labels()
    return labels.get(endpoint, endpoint)


def analysis_labels() -> dict[str, str]:
    return _translated(words.ANALYSES)


def analysis_short_labels() -> dict[str, str]:
    """For narrow table columns (the comparison table uses the same words)."""
    return _translated(words.ANALYSES_SHORT)


def analysis_label(analysis: str | None, short: bool = False) -> str:
    if analysis is None:
        return not_reported()
    labels = analysis_short_labels() if short else analysis_labels()
    return labels.get(analysis, analysis)


def question_kind_labels() -> dict[str, str]:
    return _translated(words.QUESTION_KINDS)


def ui_labels() -> Labels:
    """The words of the comparison and the matrix (``evidence.words.Labels``), translated."""
    return FRENCH.translated(_words)


def slide_quote(slide: int | None, source: str | None) -> str:
    """"Diapositive 4 : « OS5: 37% »" — where a row comes from, word for word."""
    if slide is None:
        return _tr("« {quote} »").format(quote=source or "")
    if not source:
        return _tr("Diapositive {n}").format(n=slide)
    return _tr("Diapositive {n} : « {quote} »").format(n=slide, quote=source)


def safe_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows as plain text, whatever the content holds.

    Qt guesses whether a tooltip is rich text (``Qt.mightBeRichText``); a quote that happens to
    look like a tag must not become markup, so such text is escaped and shown literally.
    """
    if not text or not Qt.mightBeRichText(text):
        return text
    import html  # rarely needed: not worth its import at start-up

    body = html.escape(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>"
