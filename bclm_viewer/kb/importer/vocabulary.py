"""The measures and factors of a content folder, as the cues that name them on a slide.

A cue is a name (``name_fr``, its parts around brackets and slashes, ``name_en``) or a synonym.
Matching ignores case and accents, except for cues of three characters or fewer (``IL``, ``RH``,
``R0``, ``OS5``), which must match as written: short words are too often something else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bclm_viewer.kb.content import Problem, load_factors, load_measures
from bclm_viewer.kb.paths import content_dir


def fold(text: str) -> str:
    """Case- and accent-folded, one character per character (positions stay the same)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        out.append(base.casefold()[:1] or ch)
    return "".join(out)


@dataclass(frozen=True)
class Cue:
    target: str  # measure or factor id
    text: str  # as written in the vocabulary
    pattern: re.Pattern[str]
    folded: bool  # matched against the folded line


def _cue(target: str, text: str) -> Cue | None:
    text = " ".join(text.split())
    if not text:
        return None
    short = len(text) <= 3
    body = re.escape(text if short else fold(text))
    left = r"(?<![\w])" if text[0].isalnum() else ""
    right = r"(?![\w])" if text[-1].isalnum() else ""
    return Cue(target, text, re.compile(left + body + right), not short)


def _parts(name: str) -> list[str]:
    parts = [name]
    parts += [p.strip() for p in re.split(r"[()/:,]", name) if len(p.strip()) >= 2]
    return parts


@dataclass(frozen=True)
class MeasureInfo:
    id: str
    unit: str


class Vocabulary:
    def __init__(self, root: Path | None = None) -> None:
        root = root if root is not None and (root / "measures.yaml").is_file() else content_dir()
        problems: list[Problem] = []
        measures = load_measures(root, problems)
        factors = load_factors(root, problems)
        self.measures = {m.id: MeasureInfo(m.id, m.unit) for m in measures}
        self.factor_ids = [f.id for f in factors]
        self.measure_cues = self._cues(
            (m.id, [*_parts(m.name_fr), m.name_en, *m.synonyms]) for m in measures
        )
        self.factor_cues = self._cues(
            (f.id, [*_parts(f.name_fr), f.name_en, *f.synonyms]) for f in factors
        )

    @staticmethod
    def _cues(items: object) -> list[Cue]:
        out: list[Cue] = []
        seen: set[tuple[str, str]] = set()
        for target, texts in items:  # type: ignore[attr-defined]
            for text in texts:
                cue = _cue(target, text)
                if cue is not None and (target, cue.pattern.pattern) not in seen:
                    seen.add((target, cue.pattern.pattern))
                    out.append(cue)
        return out

    @staticmethod
    def matches(cues: list[Cue], line: str, folded: str) -> list[tuple[int, int, Cue]]:
        """Every ``(start, end, cue)`` found on ``line``."""
        out: list[tuple[int, int, Cue]] = []
        for cue in cues:
            for m in cue.pattern.finditer(folded if cue.folded else line):
                out.append((m.start(), m.end(), cue))
        return out
