"""The UI's labels are the words of ``evidence.words`` (the CLI and the exports write the same),
passed through Qt's translation (no translation installed: the French words themselves)."""

from __future__ import annotations

from bclm_viewer.evidence import words
from bclm_viewer.ui.common import labels


def test_ui_labels_are_the_words_module() -> None:
    assert labels.not_reported() == words.NR
    assert labels.kind_labels() == words.KINDS
    assert labels.effect_labels() == words.EFFECTS
    assert labels.effect_symbols() == words.EFFECT_SYMBOLS
    assert labels.endpoint_long_labels() == words.ENDPOINTS_LONG
    assert labels.analysis_short_labels() == words.ANALYSES_SHORT
    assert labels.question_kind_labels() == words.QUESTION_KINDS
    assert labels.ui_labels() == words.FRENCH
