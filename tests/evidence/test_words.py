"""The display words are defined once (``evidence.words``); the UI translates them whole."""

from __future__ import annotations

from dataclasses import fields

from bclm_viewer.evidence import words
from bclm_viewer.evidence.words import FRENCH, Labels


def test_translated_labels_pass_every_word_through_the_translation() -> None:
    upper = FRENCH.translated(str.upper)
    for f in fields(Labels):
        if f.name == "kinds":
            assert upper.kinds == tuple((k, v.upper()) for k, v in FRENCH.kinds)
        else:
            assert getattr(upper, f.name) == getattr(FRENCH, f.name).upper(), f.name


def test_the_comparison_writes_the_words_of_the_module() -> None:
    assert FRENCH.nr == words.NR
    assert FRENCH.kinds == tuple(words.KINDS.items())
    assert [FRENCH.effect(e) for e in words.EFFECTS] == list(words.EFFECTS_SHORT.values())
    assert (FRENCH.univariate, FRENCH.multivariate) == tuple(words.ANALYSES_SHORT.values())
