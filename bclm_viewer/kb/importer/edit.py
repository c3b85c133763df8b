"""Line edits of a study file's front matter that keep everything else as the author wrote it.

The review moves one candidate at a time: its lines leave ``candidates:`` and an entry joins
``outcomes:`` or ``findings:``. Rewriting the file from parsed YAML would lose comments, quoting
and key order, so the edits here are splices of lines located through the composed YAML's line
numbers (``kb.frontmatter``): every other line stays byte for byte. A file is replaced
atomically (a temporary file beside it, then a rename).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bclm_viewer.kb.frontmatter import Map, Scalar, Seq, split_front_matter
from bclm_viewer.kb.importer.plan import q

PLAIN_KEYS = frozenset({"measure", "factor", "effect", "endpoint", "analysis", "kind", "slide"})


class StudyText:
    """A study file's lines with the positions of its front matter's keys (1-based lines)."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        fm = split_front_matter(text)
        self.meta: Map = fm.meta
        self.closing = fm.body_line - 1  # the line of the closing '---'

    def text(self) -> str:
        return "\n".join(self.lines)

    def _next_key_line(self, line: int) -> int:
        later = [e.line for e in self.meta if e.line > line]
        return min(later) if later else self.closing

    def block(self, key: str) -> tuple[int, int] | None:
        """First and last line of ``key``'s block (comments just before the next key are the
        next key's)."""
        entry = self.meta.get(key)
        if entry is None:
            return None
        end = self._next_key_line(entry.line) - 1
        while end > entry.line and self.lines[end - 1].strip().startswith("#"):
            end -= 1
        while end > entry.line and not self.lines[end - 1].strip():
            end -= 1
        return entry.line, end

    def candidate_range(self, cid: str) -> tuple[int, int, bool]:
        """Lines of the candidate ``cid``, and whether it is the only one left."""
        entry = self.meta.get("candidates")
        block = self.block("candidates")
        if entry is None or block is None or not isinstance(entry.value, Seq):
            raise KeyError(cid)
        items = entry.value.items
        for k, item in enumerate(items):
            if isinstance(item, Map):
                id_entry = item.get("id")
                if id_entry is not None and isinstance(id_entry.value, Scalar) and (
                    id_entry.value.text == cid
                ):
                    end = items[k + 1].line - 1 if k + 1 < len(items) else block[1]
                    return item.line, end, len(items) == 1
        raise KeyError(cid)

    def delete(self, first: int, last: int) -> None:
        del self.lines[first - 1 : last]

    def insert(self, before: int, new: list[str]) -> None:
        self.lines[before - 1 : before - 1] = new


def entry_lines(fields: dict[str, str | None], readings: dict[str, str]) -> list[str]:
    """An ``outcomes:``/``findings:`` item as the hand-written files write it."""
    out: list[str] = []
    for key, value in fields.items():
        if value is None or value == "":
            continue
        text = value if key in PLAIN_KEYS and value.replace("_", "").isalnum() else q(value)
        out.append(("  - " if not out else "    ") + f"{key}: {text}")
    if readings:
        out.append("    readings:")
        out += [f"      {k}: {q(v)}" for k, v in readings.items()]
    return out


def remove_candidate(text: str, cid: str) -> str:
    st = StudyText(text)
    first, last, only = st.candidate_range(cid)
    if only:
        block = st.block("candidates")
        assert block is not None
        first, last = block
    st.delete(first, last)
    return st.text()


def append_entry(text: str, key: str, lines: list[str]) -> str:
    """Append an item to ``outcomes`` or ``findings`` (the list is created where the
    hand-written files have it: outcomes before findings, both before candidates)."""
    st = StudyText(text)
    entry = st.meta.get(key)
    block = st.block(key)
    if entry is not None and block is not None and isinstance(entry.value, Seq):
        st.insert(block[1] + 1, lines)
        return st.text()
    if entry is not None and block is not None:  # "outcomes: []" or empty: rewrite its line
        st.delete(block[0], block[1])
        st.insert(block[0], [f"{key}:", *lines])
        return st.text()
    after = ("findings", "candidates") if key == "outcomes" else ("candidates",)
    anchors = [st.meta.get(k) for k in after]
    lines_at = [e.line for e in anchors if e is not None]
    st.insert(min(lines_at) if lines_at else st.closing, [f"{key}:", *lines])
    return st.text()


def set_scalar(text: str, key: str, value: str | None, *, before: str = "slide") -> str:
    """Set (or, with ``None``, remove) a one-line top-level ``key: value``."""
    st = StudyText(text)
    block = st.block(key)
    new = [] if value is None else [f"{key}: {value}"]
    if block is not None:
        st.delete(block[0], block[1])
        st.insert(block[0], new)
    elif new:
        anchor = st.meta.get(before)
        st.insert(anchor.line if anchor is not None else st.closing, new)
    return st.text()


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
