"""The question bank: every question of a KB, built when first looked at.

A 10,000-study KB makes some 300,000 questions; a session shows twenty. So generation records,
per question, only what choosing it needs (its id, kind, studies, factors, slides) and how to
build it (a maker and its row); the ``Question`` itself (prompt, answer, sources) is built on
access. ``QuestionList`` is a lazy, sliceable view over some of them; the distractor pools are
likewise assembled per measure on the first options drawn from them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from bclm_viewer.study.records import PoolEntry, Question, Scope

Maker = Callable[..., Question]


class QuestionBank:
    """Questions in deck order: metadata now, the questions themselves on access."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.kinds: list[str] = []
        self.study_ids: list[tuple[str, ...]] = []
        self.factor_ids: list[tuple[str, ...]] = []
        self.slides: list[tuple[int, ...]] = []
        self._makers: list[tuple[Maker | None, Any]] = []  # (maker, args) or (None, Question)
        self._index: dict[str, int] | None = None
        self._pools: dict[str, list[PoolEntry]] = {}
        self._raw_pools: dict[str, tuple[Callable[[Any], PoolEntry], list[Any]]] = {}

    # ----- filling (generation) ---------------------------------------------------------
    def add(self, q: Question) -> None:
        self._meta(q.id, q.kind, q.study_ids, q.factor_ids, q.slides)
        self._makers.append((None, q))

    def _meta(self, qid: str, kind: str, study_ids: tuple[str, ...],
              factor_ids: tuple[str, ...], slides: tuple[int, ...]) -> None:
        self.ids.append(qid)
        self.kinds.append(kind)
        self.study_ids.append(study_ids)
        self.factor_ids.append(factor_ids)
        self.slides.append(slides)
        self._index = None

    def appenders(self) -> tuple[Callable[[Any], None], ...]:
        """The ``append`` of each column (id, kind, studies, factors, slides, maker): for the
        generators' inner loops, where a method call per question is what costs."""
        self._index = None
        return (self.ids.append, self.kinds.append, self.study_ids.append,
                self.factor_ids.append, self.slides.append, self._makers.append)

    def add_pool_entry(self, pool: str, entry: PoolEntry) -> None:
        self._pools.setdefault(pool, []).append(entry)

    def raw_pool(self, pool: str, make: Callable[[Any], PoolEntry]) -> list[Any]:
        """The list to append a pool's raw rows to; ``make`` turns one into an entry later."""
        if pool not in self._raw_pools:
            self._raw_pools[pool] = (make, [])
        return self._raw_pools[pool][1]

    # ----- reading ----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.ids)

    def question(self, i: int) -> Question:
        maker, args = self._makers[i]
        return args if maker is None else maker(*args)

    @property
    def questions(self) -> QuestionList:
        return QuestionList(self, range(len(self.ids)))

    def index_of(self, question_id: str) -> int | None:
        if self._index is None:
            self._index = {qid: i for i, qid in enumerate(self.ids)}
        return self._index.get(question_id)

    def get(self, question_id: str) -> Question | None:
        i = self.index_of(question_id)
        return None if i is None else self.question(i)

    def select(self, scope: Scope) -> QuestionList:
        """The questions in ``scope``, in deck order (all of them for an empty scope)."""
        if scope.is_empty():
            return self.questions
        keep = [i for i in range(len(self.ids)) if scope.matches(
            self.kinds[i], self.study_ids[i], self.factor_ids[i], self.slides[i])]
        return QuestionList(self, keep)

    def warm_pools(self) -> None:
        """Assemble every pool now (off the UI thread: the first options then cost nothing)."""
        for name in list(self._raw_pools):
            self.pool(name)

    def pool(self, name: str) -> list[PoolEntry]:
        """Every (answer text, span) of a pool: the same measure or characteristic elsewhere."""
        if name in self._raw_pools:
            make, rows = self._raw_pools.pop(name)
            self._pools.setdefault(name, []).extend(make(r) for r in rows)
        return self._pools.get(name, [])


class QuestionList(Sequence[Question]):
    """Some questions of a bank (a scope, a draw), built one by one when read."""

    def __init__(self, bank: QuestionBank, indices: Sequence[int]) -> None:
        self.bank = bank
        self.indices = indices

    def __len__(self) -> int:
        return len(self.indices)

    @overload
    def __getitem__(self, i: int) -> Question: ...

    @overload
    def __getitem__(self, i: slice) -> QuestionList: ...

    def __getitem__(self, i: int | slice) -> Question | QuestionList:
        if isinstance(i, slice):
            return QuestionList(self.bank, self.indices[i])
        return self.bank.question(self.indices[i])

    def __iter__(self) -> Iterator[Question]:
        question = self.bank.question
        for i in self.indices:
            yield question(i)

    @property
    def ids(self) -> list[str]:
        ids = self.bank.ids
        return [ids[i] for i in self.indices]

    def shuffled(self, seed: int) -> QuestionList:
        order = list(self.indices)
        random.Random(seed).shuffle(order)
        return QuestionList(self.bank, order)

    def where(self, keep: Callable[[str], bool]) -> QuestionList:
        """The questions whose id passes ``keep`` (nothing built)."""
        ids = self.bank.ids
        return QuestionList(self.bank, [i for i in self.indices if keep(ids[i])])


def question_ids(questions: Sequence[Question]) -> list[str]:
    """The ids of some questions, without building them when they are a ``QuestionList``."""
    if isinstance(questions, QuestionList):
        return questions.ids
    return [q.id for q in questions]
