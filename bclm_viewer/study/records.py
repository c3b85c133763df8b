"""What study mode hands out: a question, its sources, the scope of a session.

Plain immutable records (``NamedTuple``: a 10,000-study KB makes 300,000 questions, and a
named tuple is the cheapest record Python builds), safe to print, to JSON and to cross threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import NamedTuple

from bclm_viewer.i18n import QT_TRANSLATE_NOOP, language, translator

_tr = translator("Study")

KINDS = ("figure", "finding", "comparison", "disagreement", "characteristic")
RATING_LABELS = {1: QT_TRANSLATE_NOOP("Study", "À revoir"),  # fsrs 1-4
                 2: QT_TRANSLATE_NOOP("Study", "Difficile"),
                 3: QT_TRANSLATE_NOOP("Study", "Correct"), 4: QT_TRANSLATE_NOOP("Study", "Facile")}
NEW_PER_SESSION = 20


def rating_label(rating: int) -> str:
    """The button's word for a rating, in the user's language."""
    return _tr(RATING_LABELS[rating])


def describe_interval(delta: timedelta) -> str:
    """"< 1 min", "10 min", "3 h", "4 j", "2 mois" (as Anki labels its buttons)."""
    seconds = delta.total_seconds()
    if seconds < 60:
        return "< 1 min"
    if seconds < 3600:
        return _tr("{n} min").format(n=round(seconds / 60))
    if seconds < 86400:
        return _tr("{n} h").format(n=round(seconds / 3600))
    days = seconds / 86400
    if days < 31:
        return _tr("{n} j").format(n=round(days))
    if days < 365:
        return _tr("{n} mois").format(n=round(days / 30))
    years = f"{days / 365:.1f}"
    shown = years.replace(".", ",") if language() == "fr" else years
    return (_tr("{n} an") if days < 2 * 365 else _tr("{n} ans")).format(n=shown)


class Source(NamedTuple):
    """Where an answer comes from: a figure, a finding or a study line, quoted verbatim."""

    kind: str  # "figure" | "finding" | "study"
    ref: str  # outcome id, finding id or study id
    study_id: str
    study_label: str
    slide: int
    quote: str


PoolEntry = tuple[str, "tuple[float, float] | None"]


class Question(NamedTuple):
    """One question. ``answer`` is shown as is; ``value`` / ``tolerance`` allow free entry.

    ``choices`` is empty until ``choices.with_choices`` fills it (``finding`` and ``comparison``
    questions carry theirs from the start); a ``disagreement`` is revealed, never chosen.
    """

    id: str
    kind: str
    prompt: str
    answer: str
    sources: tuple[Source, ...]
    study_ids: tuple[str, ...]
    factor_ids: tuple[str, ...] = ()
    pool: str = ""  # the distractor pool: same measure / characteristic in other series
    value: float | None = None
    tolerance: float | None = None
    unit: str = ""
    choices: tuple[str, ...] = ()
    reading: bool = False
    span: tuple[float, float] | None = None  # what the answer allows ("< 10": (-inf, 10))

    @property
    def slides(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(s.slide for s in self.sources))

    @property
    def free_entry(self) -> bool:
        return self.value is not None and self.tolerance is not None

    def tolerance_text(self) -> str:
        """"± 2 %" / "valeur exacte", as the question states it."""
        if self.tolerance is None:
            return ""
        if not self.tolerance:
            return _tr("valeur exacte")
        tol = f"{self.tolerance:g}".replace(".", ",")
        return f"± {tol} {self.unit}".rstrip()


@dataclass(frozen=True)
class Scope:
    """What a session covers. Empty: everything. ``factor_ids``: questions on these factors
    (findings, disagreements). ``study_ids`` / ``slides`` (a talk list): questions drawing on
    any of these studies or slides."""

    factor_ids: tuple[str, ...] = ()
    study_ids: tuple[str, ...] = ()
    slides: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not (self.factor_ids or self.study_ids or self.slides or self.kinds)

    def matches(self, kind: str, study_ids: tuple[str, ...], factor_ids: tuple[str, ...],
                slides: tuple[int, ...]) -> bool:
        """Whether a question of this kind, on these studies, factors and slides, is in scope."""
        if self.kinds and kind not in self.kinds:
            return False
        if self.factor_ids and not set(factor_ids) & set(self.factor_ids):
            return False
        if self.study_ids or self.slides:
            return bool(set(study_ids) & set(self.study_ids)) or bool(
                set(slides) & set(self.slides))
        return True
