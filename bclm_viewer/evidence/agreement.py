"""Which prognostic factors the series disagree on, and why, in plain French.

Two kinds of disagreement are told apart, because they do not mean the same thing:

* **conflit** — opposite directions: one series finds a level poor and another finds the
  opposite level poor (Treska "Age < 50" péjoratif, Dittmar "Age > 50" péjoratif), or one finds
  a level poor and another finds the same level favourable. The series contradict each other.
* **discordance** — significant in some series, not significant (NS) in others (HER2: Dittmar
  péjoratif, Mariani NS). NS is an absence of evidence, often a matter of numbers, not a
  contradiction; it is flagged, more softly.

"RH +" favourable (Abbott) and "RH-" péjoratif (Treska) point the same way: concordant.
The direction of a level is read from what the slide writes ("<", ">", "+", "-", "R0", "N1",
": O", "absence de …"); where it cannot be read, nothing is claimed ("sens indéterminé").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from bclm_viewer.evidence import words
from bclm_viewer.evidence.figures import FindingItem
from bclm_viewer.i18n import plural as tr
from bclm_viewer.i18n import translate

CONFLICT = "conflict"
DISCORDANT = "discordant"
UNDETERMINED = "undetermined"
CONCORDANT = "concordant"
SINGLE = "single"
NONE = "none"
FLAGGED = (CONFLICT, DISCORDANT)

EFFECT_WORDS = {**words.EFFECTS, "not significant": "NS"}  # as a reason names them


# ----- direction of a level -------------------------------------------------------------------

Pole = tuple[str | None, int]  # (what the level is about when plain text, +1 / -1)

_NEGATION = re.compile(r"^(absence d['e]|pas d['e]|sans|non)\s*(.*)$", re.IGNORECASE)
_MARKERS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"<|≤"), -1),
    (re.compile(r">|≥"), +1),
    (re.compile(r"\+"), +1),
    (re.compile(r"[-−–](?=\s|$|\))"), -1),
    (re.compile(r"\b[RNM]0\b"), -1),
    (re.compile(r"\b[RNM][1-9]\b"), +1),
    (re.compile(r":\s*O\b"), +1),
    (re.compile(r":\s*N\b"), -1),
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def level_pole(level: str | None) -> Pole | None:
    """Which side of the factor a level names: (None, ±1) from a marker ("Age < 50" → -1,
    "RH +" → +1, "R0" → -1, "N1" → +1), or (text, ±1) for plain words ("réponse au TTT" → +1,
    "absence de réponse au TTT" → -1). None when the level is absent or ambiguous."""
    if not level or not level.strip():
        return None
    text = re.sub(r"\(\s*vs\b[^)]*\)", "", level).strip()
    sign = 1
    negated = _NEGATION.match(text)
    if negated:
        sign, text = -1, negated.group(2)
    found = {s for pattern, s in _MARKERS if pattern.search(text)}
    if len(found) > 1:
        return None
    if found:
        return None, sign * found.pop()
    key = _fold(text)
    return (key, sign) if key else None


def worse_pole(item: FindingItem) -> Pole | None:
    """The side of the factor a significant finding says does worse."""
    if item.effect == "not significant":
        return None
    pole = level_pole(item.level)
    if pole is None:
        return None
    key, sign = pole
    return (key, sign) if item.effect == "poor" else (key, -sign)


def _same_axis(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


# ----- conflicts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactorConflict:
    factor_id: str
    status: str  # CONFLICT | DISCORDANT | UNDETERMINED | CONCORDANT | SINGLE | NONE
    reason: str  # plain French, "" when there is nothing to say

    @property
    def flagged(self) -> bool:
        return self.status in FLAGGED


@dataclass(frozen=True)
class _Group:
    """Findings of one (effect, level) — NS findings form one group whatever their level."""

    level: str | None
    effect: str
    n_studies: int  # a lower bound (1 or 2) when read for the status only
    labels: tuple[str, ...]  # the first few studies, for the reason
    first: str = ""  # smallest and largest study id: tells one study from several
    last: str = ""


def _one_study(groups: Sequence[_Group]) -> bool:
    if all(g.first for g in groups):
        return len({g.first for g in groups} | {g.last for g in groups}) == 1
    return len(groups) == 1 and groups[0].n_studies <= 1


def _SEP() -> str:  # noqa: N802 - reads as the constant it stands for
    return translate("Agreement", " ; ")


def _names(group: _Group) -> str:
    extra = group.n_studies - len(group.labels)
    names = ", ".join(group.labels)
    return tr("{names} et %n autre(s)", "", extra).format(
        names=names) if extra > 0 else names


def _describe(group: _Group) -> str:
    level = (translate("Agreement", "« {level} »").format(level=group.level) if group.level
             else translate("Agreement", "(niveau non précisé)"))
    effect = EFFECT_WORDS.get(group.effect, group.effect)
    return f"{level} {words.word(effect)} ({_names(group)})"


def classify(
    factor_id: str, groups: Sequence[_Group], factor_name: str | None = None
) -> FactorConflict:
    """The status and plain-language reason of a factor from its (level, effect) groups.

    A level that is just the factor's own name ("Âge", "Statut HER2") says no direction.
    """
    if not groups:
        return FactorConflict(factor_id, NONE, "")
    significant = [g for g in groups if g.effect != "not significant"]
    ns = [g for g in groups if g.effect == "not significant"]
    name_key = _fold(factor_name) if factor_name else None
    pairs = []
    for g in significant:
        pole = worse_pole(_as_item(g))
        if g.level and (pole is None or (pole[0] is not None and pole[0] == name_key)):
            # No direction in the words: only the very same level can be set against it.
            same = 1 if g.effect == "poor" else -1
            pole = ("=" + _fold(g.level), same)
        pairs.append((g, pole))
    opposite: list[tuple[_Group, _Group]] = []
    for i, (g1, p1) in enumerate(pairs):
        for g2, p2 in pairs[i + 1 :]:
            if p1 and p2 and _same_axis(p1[0], p2[0]) and p1[1] != p2[1]:
                opposite.append((g1, g2))
    sentences: list[str] = []
    status = CONCORDANT
    if opposite:
        status = CONFLICT
        g1, g2 = opposite[0]
        sentences.append(translate("Agreement", "Sens opposés : {a} ; {b}.").format(
            a=_describe(g1), b=_describe(g2)))
    if significant and ns:
        if status != CONFLICT:
            status = DISCORDANT
        sig = _SEP().join(_describe(g) for g in significant)
        sentences.append(translate(
            "Agreement", "Significatif dans : {sig} — non significatif (NS) dans : {ns}."
        ).format(sig=sig, ns=_SEP().join(_names(g) for g in ns)))
        known = [p for _g, p in pairs if p is not None]
        if status == DISCORDANT and len(significant) > 1 and len(known) == len(pairs) and all(
            _same_axis(p[0], q[0]) and p[1] == q[1] for p in known for q in known
        ):
            sentences.append(translate(
                "Agreement", "Les résultats significatifs vont dans le même sens."))
    unknown = [g for g, p in pairs if p is None]
    apart = any(
        p1 and p2 and not _same_axis(p1[0], p2[0])
        for i, (_g1, p1) in enumerate(pairs)
        for _g2, p2 in pairs[i + 1 :]
    )
    if status == CONCORDANT:
        if len(significant) > 1 and (unknown or apart):
            status = UNDETERMINED
            sentences.append(translate(
                "Agreement",
                "Sens non comparable : les niveaux ne sont pas précisés ou ne disent pas le "
                "même sens ({groups}) ; impossible de dire si les séries concordent.",
            ).format(groups=_SEP().join(_describe(g) for g in significant)))
        elif _one_study(groups):
            status = SINGLE
        elif not significant:
            sentences.append(translate("Agreement", "Non significatif (NS) dans : {names}.")
                             .format(names=_names(groups[0])))
        else:
            sentences.append(translate("Agreement", "Même sens : {groups}.").format(
                groups=_SEP().join(_describe(g) for g in groups)))
    return FactorConflict(factor_id, status, " ".join(sentences))


def _as_item(g: _Group) -> FindingItem:
    return FindingItem("", "", "", g.level, g.effect, None, None, None, 0, "")
