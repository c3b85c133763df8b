"""The quoted passage lit on its slide: found by exact text, whatever the line breaks.

A figure, a finding or a matrix cell keeps the verbatim text it was read from. Opening its slide
lights that text (a background colour, an extra selection: the reader's own selection and
the document are untouched) and scrolls it into view. The match is exact on the characters and
tolerant of white space only (a quote taken across a line break or a bullet still matches);
a quote the slide does not hold lights nothing, it is never approximated.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

QUOTE_BACKGROUND = QColor("#ffe066")  # the marker-pen yellow, readable under black text


def _collapsed(text: str) -> tuple[str, list[int]]:
    """``text`` with every run of white space as one space (none at the ends), and for each
    character kept its position in ``text``."""
    out: list[str] = []
    where: list[int] = []
    pending_space = False
    for i, ch in enumerate(text):
        if ch.isspace() or ch in "\u2028\u2029\ufffc":
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            where.append(i - 1)
            pending_space = False
        out.append(ch)
        where.append(i)
    return "".join(out), where


def find_passage(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text`` as (start, end) positions of ``text``, white space runs
    counting as one space on either side; None when absent or when the quote is blank."""
    needle, _ = _collapsed(quote)
    if not needle:
        return None
    hay, where = _collapsed(text)
    at = hay.find(needle)
    if at < 0:
        return None
    return where[at], where[at + len(needle) - 1] + 1


def mark_quote(edit: QTextEdit, quote: str) -> bool:
    """Light ``quote`` in ``edit`` and scroll it into view; False (and nothing lit) when the
    document does not hold it."""
    doc = edit.document()
    # Document positions, one per character (a block's end counts one, as a separator).
    count = doc.characterCount()
    text = "".join(doc.characterAt(i) for i in range(count))
    found = find_passage(text, quote)
    if found is None:
        clear_quote(edit)
        return False
    start, end = found
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor  # type: ignore[misc]
    fmt = QTextCharFormat()
    fmt.setBackground(QUOTE_BACKGROUND)
    fmt.setForeground(QColor("#1a1a1a"))
    selection.format = fmt  # type: ignore[misc]
    edit.setExtraSelections([selection])
    # Scroll the end, then the start into view: the whole passage shows when it fits.
    for position in (end, start):
        view = QTextCursor(doc)
        view.setPosition(position)
        edit.setTextCursor(view)
        edit.ensureCursorVisible()
    return True


def clear_quote(edit: QTextEdit) -> None:
    if edit.extraSelections():
        edit.setExtraSelections([])


def marked_text(edit: QTextEdit) -> str:
    """The text lit now ("" when none): what a test or an accessibility reader checks."""
    return " ".join(s.cursor.selectedText() for s in edit.extraSelections())
