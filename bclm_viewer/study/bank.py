"""The question bank: every question of a KB, built when first looked at.

A 10,000-study KB makes some 300,000 questions; a session shows twenty. So generation records,
per question, only its id, and per *segment* (the questions of one kind made from one list of
rows) its kind, how to tell the studies, factors and slides of its questions (asked when a
scope is first chosen) and how to build question ``j`` of it; the ``Question`` itself (prompt,
answer, sources) is built on access. No Python object is made per question at generation but
its id.
``QuestionList`` is a lazy, sliceable view over some of them; the distractor pools of the
figures are grouped by measure on the first options drawn, and made per measure (``LazyPools``).
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from bclm_viewer.study.records import PoolEntry, Question, Scope

Build = Callable[[int], Question]  # question j of a segment


class LazyPools:
    """Pools read from generation's rows when first drawn from: one pass groups the rows by
    pool name (in row order), then each pool's entries are made on its first use."""

    def __init__(self, rows: Sequence[Any], name_of: Callable[[Any], str],
                 make: Callable[[Any], PoolEntry]) -> None:
        self._rows: Sequence[Any] | None = rows
        self._name_of = name_of
        self._make = make
        self._grouped: dict[str, list[Any]] = {}

    def _group(self) -> dict[str, list[Any]]:
        if self._rows is not None:
            grouped = self._grouped
            name_of = self._name_of
            for row in self._rows:
                name = name_of(row)
                group = grouped.get(name)
                if group is None:
                    grouped[name] = [row]
                else:
                    group.append(row)
            self._rows = None
        return self._grouped

    def names(self) -> list[str]:
        return list(self._group())

    def take(self, name: str) -> list[PoolEntry] | None:
        """The entries of pool ``name`` (once: the bank keeps them), None if not one of these."""
        rows = self._group().pop(name, None)
        return None if rows is None else [self._make(r) for r in rows]


Where = tuple[Sequence[tuple[str, ...]], Sequence[tuple[str, ...]], Sequence[tuple[int, ...]]]


class QuestionBank:
    """Questions in deck order: ids now, where they draw from when a scope first asks, the
    questions themselves on access."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self._starts: list[int] = []  # the first question of each segment
        self._kinds: list[str] = []  # each segment's kind
        self._builds: list[Build] = []
        self._wheres: list[Callable[[], Where] | Where] = []
        self._index: dict[str, int] | None = None
        self._pools: dict[str, list[PoolEntry]] = {}
        self._lazy_pools: list[LazyPools] = []

    # ----- filling (generation) ---------------------------------------------------------
    def extend(self, kind: str, ids: Sequence[str], where: Callable[[], Where],
               build: Build) -> None:
        """Add a segment: ``len(ids)`` questions of ``kind``, question j made by ``build(j)``;
        ``where()`` gives their studies, factors and slides (one entry per question), asked
        only when a scope is first chosen (the whole bank needs none)."""
        if not ids:
            return
        self._starts.append(len(self.ids))
        self._kinds.append(kind)
        self._builds.append(build)
        self._wheres.append(where)
        self.ids.extend(ids)
        self._index = None

    def add_all(self, questions: Sequence[Question]) -> None:
        """Add questions already built (the few kinds made whole), as one segment each kind."""
        start = 0
        while start < len(questions):
            kind = questions[start].kind
            stop = start
            while stop < len(questions) and questions[stop].kind == kind:
                stop += 1
            part = questions[start:stop]
            self.extend(kind, [q.id for q in part], _where_of(part), part.__getitem__)
            start = stop

    def add(self, q: Question) -> None:
        self.add_all([q])

    def add_pool_entries(self, pool: str, entries: Sequence[PoolEntry]) -> None:
        self._pools.setdefault(pool, []).extend(entries)

    def add_lazy_pools(self, pools: LazyPools) -> None:
        self._lazy_pools.append(pools)

    def _where(self, k: int) -> Where:
        where = self._wheres[k]
        if callable(where):
            where = self._wheres[k] = where()
        return where

    # ----- reading ----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.ids)

    def question(self, i: int) -> Question:
        if not 0 <= i < len(self.ids):
            raise IndexError(i)
        k = bisect_right(self._starts, i) - 1
        return self._builds[k](i - self._starts[k])

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
        keep: list[int] = []
        for k, (start, kind) in enumerate(zip(self._starts, self._kinds, strict=True)):
            if scope.kinds and kind not in scope.kinds:
                continue
            matches = scope.matches
            keep.extend(start + j for j, (studies, factors, slides) in enumerate(
                zip(*self._where(k), strict=True)) if matches(kind, studies, factors, slides))
        return QuestionList(self, keep)

    def warm_pools(self) -> None:
        """Assemble every pool now (off the UI thread: the first options then cost nothing)."""
        for lazy in self._lazy_pools:
            for name in lazy.names():
                self.pool(name)

    def pool(self, name: str) -> list[PoolEntry]:
        """Every (answer text, span) of a pool: the same measure or characteristic elsewhere."""
        for lazy in self._lazy_pools:
            entries = lazy.take(name)
            if entries is not None:
                self._pools.setdefault(name, []).extend(entries)
        return self._pools.get(name, [])


def _where_of(questions: Sequence[Question]) -> Callable[[], Where]:
    def where() -> Where:
        return ([q.study_ids for q in questions], [q.factor_ids for q in questions],
                [q.slides for q in questions])

    return where


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
