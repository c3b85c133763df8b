"""Markdown marks taken out of note previews; the words (and lone signs that are text) kept."""

from __future__ import annotations

import pytest

from bclm_viewer.notes.plain import markdown_plain


@pytest.mark.parametrize(("md", "plain"), [
    ("**HER2+** : pronostic *favorable*", "HER2+ : pronostic favorable"),
    ("# Titre\n- un\n- deux\n> cité", "Titre\nun\ndeux\ncité"),
    ("voir [Adam](https://x.org) et `code`", "voir Adam et code"),
    ("__gras__ ~~barré~~ _penché_", "gras barré penché"),
    ("p < 0,05* et her2_pos et 2 * 3", "p < 0,05* et her2_pos et 2 * 3"),
    ("1. premier\n2) second", "premier\nsecond"),
])
def test_marks_go_words_stay(md: str, plain: str) -> None:
    assert markdown_plain(md) == plain


def test_search_highlight_marks_are_kept() -> None:
    assert markdown_plain("**\x02HER2\x03** positif") == "\x02HER2\x03 positif"
