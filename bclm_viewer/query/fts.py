"""The one place user text becomes an FTS5 query.

Raw user text in ``MATCH`` raises on quotes, ``AND``, ``-``, ``+``, ``(``, ``*``, ``:``. Like
sqlite-utils' ``quote_fts``, each whitespace-separated token is wrapped in double quotes (inner
quotes doubled), which makes every token a literal phrase. The last token gets a prefix ``*`` so
search-as-you-type finds ``hépat`` → ``hépatectomie``.
"""

from __future__ import annotations

import unicodedata

# Marks that wrap a match in snippets. Control characters never occur in content, and the UI
# escapes the text first and only then turns these into highlighting.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


def _clean(token: str) -> str:
    # Drop control and unassigned characters; keep letters, digits, symbols, emoji.
    return "".join(ch for ch in token if unicodedata.category(ch)[0] != "C")


def fts_query(text: str, *, prefix: bool = True) -> str | None:
    """Return a safe FTS5 query for ``text``, or ``None`` when there is nothing to search."""
    tokens = [t for t in (_clean(tok) for tok in text.split()) if t]
    # A token made only of punctuation yields no FTS terms; keep those with a letter or digit.
    tokens = [t for t in tokens if any(ch.isalnum() for ch in t)]
    if not tokens:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in tokens]
    if prefix:
        quoted[-1] = quoted[-1] + "*"
    return " ".join(quoted)
