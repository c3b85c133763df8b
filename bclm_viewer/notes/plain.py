"""A note's Markdown read as plain text, for one-line previews (the notes list, search hits).

The list shows the first words of each note; ``**gras**`` or ``# Titre`` there read as stray
signs. The marks of emphasis, code, strike-through, headings, quotes, bullets and links are
taken away, their text kept; a lone ``*`` or ``_`` (``p < 0,05*``, ``her2_pos``) is text and
stays. Search snippets go through it too: their highlight marks (control characters) are kept.
"""

from __future__ import annotations

import re

_LINE_MARKS = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)",
                         re.MULTILINE)
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_PAIRS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"__(?=\S)(.+?)(?<=\S)__"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
    re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"),
    re.compile(r"`([^`\n]+)`"),
)


def markdown_plain(text: str) -> str:
    """``text`` without its Markdown marks, its words and line breaks unchanged."""
    text = _LINE_MARKS.sub("", text)
    text = _LINK.sub(r"\1", text)
    for pattern in _PAIRS:
        text = pattern.sub(r"\1", text)
    return text
