"""YAML front matter and YAML files read as text, every node keeping its line number.

Medical figures must stay as written (``0.049``, ``84-04``, ``NO``), so YAML is only *composed*
(``yaml.compose`` with the safe loader) and scalars are kept as the node's text: nothing is
coerced to numbers, dates or booleans. Each node keeps ``start_mark.line + 1`` (plus the offset of
the front matter in its file) so that a problem can name the line to fix.

Hostile YAML is refused with a line, never expanded: aliases (``*name``, which let nine lines
stand for a billion nodes) are not allowed in content, and nesting deeper than ``MAX_DEPTH``
(no content file needs more than four levels) is a problem, not a ``RecursionError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

_BASE: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # same loader in C, 20x faster
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
MAX_DEPTH = 32


class _TextLoader(_BASE):  # type: ignore[misc]
    """The safe loader with tag resolution switched off: every scalar stays text (nothing is
    coerced), and composing skips the resolver's per-node work (10,000 files per build)."""

    def resolve(self, kind: object, value: object, implicit: object) -> str:
        return "tag:yaml.org,2002:str"

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


class YamlProblem(Exception):
    """The text is not valid YAML (or not valid front matter): ``line`` is 1-based in the file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(slots=True)
class Scalar:
    """A scalar as written; ``text`` is ``None`` for an absent value (``~``, ``null``, empty)."""

    text: str | None
    line: int


@dataclass(slots=True)
class Seq:
    items: list[Node]
    line: int


@dataclass(slots=True)
class Entry:
    """One ``key: value`` of a mapping; ``line`` is the key's line."""

    key: str
    value: Node
    line: int


@dataclass(slots=True)
class Map:
    entries: dict[str, Entry]
    line: int
    duplicates: list[Entry] = field(default_factory=list)

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())


Node = Scalar | Seq | Map


class _Converter:
    """Nodes to ``Scalar``/``Seq``/``Map``, refusing aliases and deep nesting."""

    def __init__(self, offset: int) -> None:
        self.offset = offset
        self.seen: set[int] = set()

    def convert(self, node: yaml.Node, depth: int = 0) -> Node:
        line = node.start_mark.line + 1 + self.offset
        if id(node) in self.seen:  # composed once, met again: an alias (*name)
            raise YamlProblem(
                line, "YAML aliases (*name) are not allowed in content (this &anchor is reused)"
            )
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            raise YamlProblem(line, f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, yaml.ScalarNode):
            plain = node.style in (None, "")
            if plain and node.value.strip() in _NULLS:
                return Scalar(None, line)
            return Scalar(str(node.value), line)
        if isinstance(node, yaml.SequenceNode):
            return Seq([self.convert(item, depth + 1) for item in node.value], line)
        if isinstance(node, yaml.MappingNode):
            entries: dict[str, Entry] = {}
            duplicates: list[Entry] = []
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1 + self.offset
                if not isinstance(key_node, yaml.ScalarNode):
                    raise YamlProblem(key_line, "a key must be plain text")
                if id(key_node) in self.seen:
                    raise YamlProblem(key_line, "YAML aliases (*name) are not allowed in content")
                self.seen.add(id(key_node))
                entry = Entry(str(key_node.value), self.convert(value_node, depth + 1), key_line)
                if entry.key in entries:
                    duplicates.append(entry)
                else:
                    entries[entry.key] = entry
            return Map(entries, line, duplicates)
        raise YamlProblem(line, f"unsupported YAML node {type(node).__name__}")  # pragma: no cover


def parse_yaml(text: str, *, line_offset: int = 0) -> Node | None:
    """Compose ``text`` into nodes (``None`` for an empty document); raise ``YamlProblem``.

    ``line_offset`` is added to every line (the lines before the YAML in its file).
    """
    try:
        node = yaml.compose(text, Loader=_TextLoader)
    except RecursionError:
        raise YamlProblem(1 + line_offset, f"nested more than {MAX_DEPTH} levels deep") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark is not None else 1) + line_offset
        message = " ".join(str(x) for x in (exc.context, exc.problem) if x) or "invalid YAML"
        raise YamlProblem(line, f"invalid YAML: {message}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(1 + line_offset, f"invalid YAML: {exc}") from None
    if node is None:
        return None
    return _Converter(line_offset).convert(node)


@dataclass(frozen=True)
class FrontMatter:
    """A Markdown file split: its front matter (a mapping) and body, with the body's first line."""

    meta: Map
    body: str
    body_line: int


def split_front_matter(text: str) -> FrontMatter:
    """Split ``---`` front matter from the body; raise ``YamlProblem`` if bad or unclosed."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n").rstrip() != "---":
        raise YamlProblem(1, "front matter must start with a line '---'")
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n").rstrip() == "---":
            break
    else:
        raise YamlProblem(1, "front matter is not closed by a line '---'")
    node = parse_yaml("".join(lines[1:index]), line_offset=1)
    if node is None:
        raise YamlProblem(2, "front matter is empty")
    if not isinstance(node, Map):
        raise YamlProblem(node.line, "front matter must be a mapping of 'key: value' lines")
    return FrontMatter(node, "".join(lines[index + 1 :]), index + 2)
