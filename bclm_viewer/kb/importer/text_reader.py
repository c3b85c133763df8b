"""A plain-text deck (like ``content/deck.txt``) -> slides.

Slide boundaries are a form feed, or a run of two or more blank lines (how extractions such as
``deck.txt`` mostly mark them; one blank line stays inside a slide). ``deck.txt`` gets the input
verbatim, so every slide's text is, by construction, a piece of it.
"""

from __future__ import annotations

import re

from bclm_viewer.kb.importer.model import Block, Deck, DeckError, DeckSlide

_BREAK = re.compile(r"\f|\n[ \t]*\n(?:[ \t]*\n)+")


def slide_title(lines: list[str]) -> str:
    """The first non-empty line, shortened to 60 characters at a word."""
    for line in lines:
        text = " ".join(line.split())
        if text:
            if len(text) <= 60:
                return text
            return text[:60].rsplit(" ", 1)[0] + "…"
    return ""


def read_text_deck(text: str, name: str) -> Deck:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    slides: list[DeckSlide] = []
    for chunk in _BREAK.split(text):
        lines = [ln.rstrip() for ln in chunk.split("\n")]
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        if not lines:
            continue
        slides.append(DeckSlide(len(slides) + 1, slide_title(lines), [Block(lines)]))
    if not slides:
        raise DeckError(f"{name} holds no text: a deck of 0 slides")
    return Deck(slides, text, name)
