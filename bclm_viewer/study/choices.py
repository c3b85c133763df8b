"""Multiple-choice options and the free-entry check, deterministic for a seed.

Distractors come first from the same measure (or characteristic) in other series, then from
plausible values written like the answer (same decimals, French comma, same unit). A distractor
is never the answer, never within the free-entry tolerance of it, and never twice in a list, so
a question never has two right answers among its choices.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from bclm_viewer.study.bank import QuestionBank, QuestionList
from bclm_viewer.study.records import Question

N_CHOICES = 4
MAX_DRAWS = 40  # tries at drawing a distractor from the pool before making one up
_NUMBER = re.compile(r"\d+(?:[,.]\d+)?")


def _rng(seed: int, qid: str) -> random.Random:
    return random.Random(f"{seed}:{qid}")


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _format_like(value: float, like: str) -> str:
    """``value`` written with the decimals and decimal mark of ``like`` ("43,6" → "38,6")."""
    decimals = len(like.replace(".", ",").split(",")[1]) if ("," in like or "." in like) else 0
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if "," in like or decimals and "." not in like else text


def _shifted(answer: str, step: float, unit: str) -> str | None:
    """The answer with every number moved by ``step`` (a range stays a range, a bound a bound);
    None when a number would leave 0-100 % or go below 0."""
    bad = False

    def move(m: re.Match[str]) -> str:
        nonlocal bad
        v = _num(m[0]) + step
        if v < 0 or (unit == "%" and v > 100):
            bad = True
        return _format_like(v, m[0])

    out = _NUMBER.sub(move, answer)
    return None if bad or out == answer else out


def _step(q: Question) -> float:
    numbers = [_num(n) for n in _NUMBER.findall(q.answer)] or [0.0]
    top = max(numbers)
    if q.span is not None and q.span[0] != q.span[1]:
        low, high = q.span
        if low != float("-inf") and high != float("inf"):
            return float(high - low) + (5.0 if q.unit == "%" else 1.0)  # disjoint ranges
    if q.unit == "%":
        return 5.0 if top >= 10 else 2.0
    if top >= 100:
        return float(max(10, round(top / 10, -1)))
    if top >= 20:
        return 5.0
    return 2.0 if top >= 4 else 1.0


def _is_bound(q: Question) -> bool:
    return q.span is not None and float("inf") in (abs(q.span[0]), abs(q.span[1]))


def _beyond(q: Question, k: int, step: float) -> str | None:
    """For a bound ("< 10"), a range on the other side of it ("10-15", "15-20"...): a shifted
    bound ("< 15") would be right too."""
    if q.span is None or k < 1:
        return None
    low, high = q.span
    like = (_NUMBER.findall(q.answer) or ["0"])[0]
    if high != float("inf"):
        a, b = high + (k - 1) * step, high + k * step
    else:
        a, b = low - k * step, low - (k - 1) * step
    if a < 0 or (q.unit == "%" and b > 100):
        return None
    from bclm_viewer.evidence.figures import with_unit

    return with_unit(f"{_format_like(a, like)}-{_format_like(b, like)}", q.unit)


def _span_of(text: str) -> tuple[float, float] | None:
    """What a generated option allows, read like the KB reads values ("< 15" → (-inf, 15))."""
    t = text.strip()
    numbers = [_num(n) for n in _NUMBER.findall(t)]
    if not numbers:
        return None
    if t.startswith(("<", "≤", "- de", "-de", "moins de")):
        return float("-inf"), numbers[0]
    if t.startswith((">", "≥")):
        return numbers[0], float("inf")
    if "[" in t or len(numbers) == 1:
        return numbers[0], numbers[0]
    return numbers[0], numbers[1]


def _could_be_right(q: Question, text: str, span: tuple[float, float] | None) -> bool:
    """Whether an option could also be a right answer: the answer itself, or a value whose
    span meets the answer's (widened by the free-entry tolerance). "< 15" could be right when
    the answer is "< 10"; "12" could be right when it is "10-20"."""
    if text == q.answer or text.casefold() == q.answer.casefold():
        return True
    if q.span is None or span is None:
        return False
    tol = q.tolerance or 0.0
    return span[0] <= q.span[1] + tol and q.span[0] - tol <= span[1]


def distractors(q: Question, bank: QuestionBank, rng: random.Random) -> list[str]:
    """Up to ``N_CHOICES - 1`` wrong options for a figure or characteristic question."""
    picked: list[str] = []
    pool = bank.pool(q.pool)
    # Drawn at random rather than filtered whole: a 10,000-study pool answers in microseconds.
    if len(pool) <= 4 * MAX_DRAWS:  # a small pool: every entry, in a shuffled order
        draws = rng.sample(pool, len(pool))
    else:
        draws = [pool[rng.randrange(len(pool))] for _ in range(MAX_DRAWS)]
    for text, span in draws:
        if len(picked) == N_CHOICES - 1:
            break
        if text in picked or _could_be_right(q, text, span):
            continue
        if span is None and q.span is not None:
            continue  # a name is never set against a number
        picked.append(text)
    if len(picked) < N_CHOICES - 1 and q.kind == "figure":
        step = _step(q)
        # Shifts in a random order, so the answer is not always the middle of the options.
        shifts = [1, -1, 2, -2, 3, -3]
        rng.shuffle(shifts)
        for k in (*shifts, 4, -4, 5, -5):
            if len(picked) == N_CHOICES - 1:
                break
            cand = _beyond(q, k, step) if _is_bound(q) else _shifted(q.answer, k * step, q.unit)
            if cand is None or cand in picked or _could_be_right(q, cand, _span_of(cand)):
                continue
            picked.append(cand)
    return picked


def with_choices(q: Question, bank: QuestionBank, seed: int = 0) -> Question:
    """The question with its options shuffled for ``seed`` (answer included, once)."""
    rng = _rng(seed, q.id)
    if q.kind == "disagreement":
        return q
    if q.choices:
        options = list(q.choices)
    else:
        options = [q.answer, *distractors(q, bank, rng)]
    if q.kind != "finding":  # the effects keep their natural order
        rng.shuffle(options)
    return q._replace(choices=tuple(options))


def parse_number(text: str) -> float | None:
    """A typed number: "37", "37 %", "43,6", " 43.6% " → float; anything else None."""
    cleaned = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    cleaned = re.sub(r"(%|mois|ans|/an)$", "", cleaned, flags=re.IGNORECASE)
    if not re.fullmatch(r"\d+(?:[,.]\d+)?", cleaned):
        return None
    return _num(cleaned)


def check_answer(q: Question, given: str) -> bool:
    """Is a typed or chosen answer right? A choice is compared as is; a number within the
    question's tolerance (commas or dots)."""
    if given.strip() == q.answer:
        return True
    if q.free_entry and q.value is not None:
        number = parse_number(given)
        return number is not None and abs(number - q.value) <= (q.tolerance or 0.0)
    return False


def pick(questions: Sequence[Question], count: int | None, seed: int) -> Sequence[Question]:
    """``count`` questions drawn for ``seed`` (all, shuffled, when ``count`` is None); a
    ``QuestionList`` stays lazy (its questions are built when read)."""
    if isinstance(questions, QuestionList):
        drawn = questions.shuffled(seed)
    else:
        order = list(questions)
        random.Random(seed).shuffle(order)
        drawn = order  # type: ignore[assignment]
    return drawn if count is None else drawn[: max(0, count)]
