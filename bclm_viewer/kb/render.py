"""Markdown → safe HTML, at build time (and for notes), so the app never needs a parser.

The ``js-default`` preset leaves raw HTML off (``<script>`` comes out as text). Links are
checked once more here: ``javascript:``, ``vbscript:``, ``file:`` and ``data:`` links are
refused (rendered as text), whatever their case or the whitespace and control characters put
in front of them to fool a browser. Import this module lazily: markdown-it is only needed when
something is rendered.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from markdown_it import MarkdownIt

_BAD_SCHEME = re.compile(r"^(?:javascript|vbscript|file|data):", re.IGNORECASE)
_IGNORED = re.compile(r"[\x00-\x20\x7f]+")  # browsers ignore these inside a scheme


def _safe_link(url: str) -> bool:
    return _BAD_SCHEME.match(_IGNORED.sub("", url)) is None


@lru_cache(maxsize=2)
def _parser(breaks: bool) -> MarkdownIt:
    md = MarkdownIt("js-default", {"breaks": breaks, "html": False})
    default = md.validateLink
    md.validateLink = lambda url: default(url) and _safe_link(url)  # type: ignore[method-assign]
    return md


def render_markdown(md: str, *, breaks: bool = False) -> str:
    """``md`` as HTML; raw HTML is escaped and unsafe links are not links.

    ``breaks`` turns single newlines into ``<br>`` (slides, whose lines are the layout).
    """
    return str(_parser(breaks).render(md))


def render_slide(text: str) -> str:
    """A slide's text as HTML, word for word: a slide is not Markdown, so its "- 13 LR" stays a
    hyphen (never a bullet the slide did not have), "*" and "#" stay characters. Blank lines
    separate paragraphs, each line ends with ``<br>``; everything is escaped."""
    paragraphs = re.split(r"\n[ \t]*\n+", text.strip("\n"))
    out = []
    for paragraph in paragraphs:
        lines = [html.escape(line.rstrip()) for line in paragraph.split("\n")]
        if any(lines):
            out.append("<p>" + "<br>\n".join(lines) + "</p>\n")
    return "".join(out)
