"""A problem in the content, as ``check`` and ``build`` report it: ``path:line: field: message``.

Apart from the loaders so that every module that finds problems (files, fields, several files)
makes them the same way, and a failed build carries them all (``ContentError``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in the content; ``str()`` is ``path:line: field: message``."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class ContentError(Exception):
    """The content has problems; nothing was written. ``problems`` lists them all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
