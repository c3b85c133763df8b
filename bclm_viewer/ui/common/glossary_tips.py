"""Glossary tooltips: the meaning of each abbreviation where it appears.

``GlossaryMatcher`` is built once per KB from ``kb.glossary()``: one regular expression, longest
term first, matching whole tokens only ("KS" is not found inside "MHKS", "IL" is case-sensitive
so the French word "il" is not an abbreviation). "HER2 -" as a slide writes it matches the
glossary's "HER2-". ``GlossaryTextBrowser`` is the read-only browser the slide and study pages
use: it never follows links or loads resources, and hovering an abbreviation shows its meaning.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip, QWidget

from bclm_viewer.i18n import language
from bclm_viewer.query.detail_records import GlossaryEntry
from bclm_viewer.ui.common.labels import safe_tooltip
from bclm_viewer.ui.common.text_browser import OfflineTextBrowser

if TYPE_CHECKING:
    from bclm_viewer.query.knowledge_base import KnowledgeBase


def _key(text: str) -> str:
    """A term as compared: whitespace collapsed, no space before a trailing sign."""
    text = re.sub(r"\s+", " ", text.strip())
    return re.sub(r"(?<=\w) ([+-])$", r"\1", text)


def _pattern(term: str) -> str:
    parts = [r"\s+" if p.isspace() else re.escape(p) for p in re.split(r"(\s+)", term.strip())]
    body = "".join(parts)
    if len(term) > 1 and term[-1] in "+-" and term[-2].isalnum():
        body = body[: -len(re.escape(term[-1]))] + r"\s?" + re.escape(term[-1])
    return body


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    entry: GlossaryEntry


class GlossaryMatcher:
    """Finds the glossary's abbreviations in a text (whole tokens, longest term first)."""

    def __init__(self, entries: Iterable[GlossaryEntry]) -> None:
        self._by_key: dict[str, GlossaryEntry] = {}
        for entry in entries:
            if entry.term.strip():
                self._by_key.setdefault(_key(entry.term), entry)
        terms = sorted(self._by_key, key=lambda t: (-len(t), t))
        self._regex: re.Pattern[str] | None = None
        if terms:
            alternatives = "|".join(_pattern(t) for t in terms)
            self._regex = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def __len__(self) -> int:
        return len(self._by_key)

    def matches(self, text: str) -> list[TermMatch]:
        """Every abbreviation in ``text`` with its span, in reading order."""
        if self._regex is None or not text:
            return []
        found = []
        for m in self._regex.finditer(text):
            entry = self._by_key.get(_key(m.group(0)))
            if entry is not None:
                found.append(TermMatch(m.start(), m.end(), entry))
        return found

    def terms_in(self, text: str) -> list[GlossaryEntry]:
        """The abbreviations of ``text``, each once, in order of first appearance."""
        seen: dict[str, GlossaryEntry] = {}
        for m in self.matches(text):
            seen.setdefault(m.entry.term, m.entry)
        return list(seen.values())

    def term_at(self, text: str, offset: int) -> GlossaryEntry | None:
        """The abbreviation covering character ``offset`` of ``text`` (its end included)."""
        for m in self.matches(text):
            if m.start <= offset <= m.end:
                return m.entry
        return None

    def tooltip_for(self, text: str) -> str:
        """One plain-text line per abbreviation of ``text``; "" when it has none."""
        return "\n".join(entry_line(e) for e in self.terms_in(text))


def entry_line(entry: GlossaryEntry) -> str:
    """"MHKS : métastases hépatiques de cancer du sein (breast cancer liver metastases)"."""
    if language() == "en":
        return f"{entry.term}: {entry.meaning_en or entry.meaning_fr}"
    line = f"{entry.term} : {entry.meaning_fr}"
    return f"{line} ({entry.meaning_en})" if entry.meaning_en else line


_MATCHERS: weakref.WeakKeyDictionary[KnowledgeBase, GlossaryMatcher] = weakref.WeakKeyDictionary()


def matcher_for(kb: KnowledgeBase) -> GlossaryMatcher:
    """The matcher of ``kb``'s glossary, built on first use and shared by every page."""
    try:
        cached = _MATCHERS.get(kb)
    except TypeError:  # not weak-referenceable: build it every time (tests' stand-ins)
        cached = None
    if cached is not None:
        return cached
    glossary = getattr(kb, "glossary", None)
    matcher = GlossaryMatcher(glossary() if glossary is not None else ())
    try:
        _MATCHERS[kb] = matcher
    except TypeError:
        pass
    return matcher


def with_glossary(tip: str, matcher: GlossaryMatcher | None, *texts: str | None) -> str:
    """``tip`` followed by the meaning of every abbreviation in ``texts`` (plain text)."""
    if matcher is None:
        return tip
    meanings = matcher.tooltip_for("\n".join(t for t in texts if t))
    if not meanings:
        return tip
    return f"{tip}\n\n{meanings}" if tip else meanings


class GlossaryTextBrowser(OfflineTextBrowser):
    """A read-only, offline view of the KB's pre-rendered HTML with glossary tooltips."""

    def __init__(self, matcher: GlossaryMatcher | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matcher = matcher
        self.last_tooltip = ""  # what the last hover showed (plain text), for tests

    def term_at(self, pos: QPoint) -> GlossaryEntry | None:
        """The abbreviation under viewport point ``pos``, if the point is on it."""
        if self._matcher is None:
            return None
        cursor = self.cursorForPosition(pos)
        rect = self.cursorRect(cursor)
        slack = max(4, self.fontMetrics().averageCharWidth())
        if pos.y() < rect.top() - 2 or pos.y() > rect.bottom() + 2:
            return None
        if abs(rect.center().x() - pos.x()) > slack:
            return None
        text = cursor.block().text()
        return self._matcher.term_at(text, cursor.positionInBlock())

    def tooltip_at(self, pos: QPoint) -> str:
        entry = self.term_at(pos)
        return entry_line(entry) if entry is not None else ""

    def point_of(self, text: str) -> QPoint | None:
        """The viewport point in the middle of the first occurrence of ``text`` (tests, demos)."""
        found = self.document().find(text)
        if found.isNull():
            return None
        start = QTextCursor(found)
        start.setPosition(found.selectionStart())
        end = QTextCursor(found)
        end.setPosition(found.selectionEnd())
        a, b = self.cursorRect(start), self.cursorRect(end)
        return QPoint((a.left() + b.left()) // 2, a.center().y())

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos())
            self.last_tooltip = tip
            if tip:
                QToolTip.showText(event.globalPos(), safe_tooltip(tip), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
