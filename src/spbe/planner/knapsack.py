"""The exact multiple-choice knapsack at the heart of the planner, on plain integers.

Each *item* (an indicator) offers a few *options* (the levels it may be raised to), each with
an integer ``gain`` (index units it adds) and an integer ``key`` (its cost, with the number of
level steps folded into the low digits so that ties are broken by fewer steps). Exactly one
option per item is taken, or none (the indicator stays where it is).

The dynamic programme runs over the total gain: after item *i*, ``keys[g]`` is the least key of
any choice among items 1..i whose gains sum to exactly *g*. Each item updates the whole array
with a handful of numpy operations, so 47 indicators over 8,000 gain units take milliseconds.
The table of choices (one byte per item and gain) lets any optimum be rebuilt.

Items come in *groups*. A group may carry a key limit (a unit's capacity): its choices whose
key reaches the limit are dropped. Each group is solved on its own; the groups are then joined
by a min-plus convolution over the gain, using only each group's non-dominated points. This is
exact, because a plan's cost is the sum of its groups' costs and a capacity binds one group
only: replacing each group's part of an optimal plan by that group's cheapest part of at least
the same gain keeps it feasible and no dearer.

Ties: within a group an option replaces the current best only if strictly better, and options
are tried from the lowest level up, so among equal keys the last item keeps the lowest level,
then the one before it, and so on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

# "Unreachable". Keys are kept below KEY_LIMIT, so INFINITY plus any key still fits in int64.
INFINITY = np.int64(2**62)
KEY_LIMIT = 2**61

Keys = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Option:
    """Raise the item so that it adds ``gain`` units (> 0) at ``key`` (≥ 0)."""

    gain: int
    key: int


@dataclass(frozen=True, slots=True)
class Item:
    """An indicator and its options, in increasing gain (lowest level first)."""

    ident: int
    options: tuple[Option, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """Items that share a capacity; ``key_limit`` (exclusive) is ``None`` when unlimited."""

    items: tuple[Item, ...]
    key_limit: int | None = None


@dataclass(frozen=True, slots=True)
class _Table:
    items: tuple[Item, ...]
    keys: Keys
    choices: npt.NDArray[np.int8]


@dataclass(frozen=True, slots=True)
class _Join:
    table: _Table
    gains: npt.NDArray[np.int64]
    picks: npt.NDArray[np.int32]


@dataclass(frozen=True, slots=True)
class Solution:
    """The least key for every total gain, and the means to rebuild the choice behind it."""

    keys: Keys
    base: _Table
    joins: tuple[_Join, ...]

    def choice_at(self, gain: int) -> dict[int, int]:
        """The option taken per item (1-based position; items left out stay) for ``gain``."""
        if self.keys[gain] >= INFINITY:
            raise ValueError(f"no choice reaches gain {gain}")
        chosen: dict[int, int] = {}
        for join in reversed(self.joins):
            part = int(join.gains[join.picks[gain]])
            chosen.update(_walk_back(join.table, part))
            gain -= part
        chosen.update(_walk_back(self.base, gain))
        return chosen


def solve(groups: Sequence[Group]) -> Solution:
    """Solve the knapsack for every total gain at once; the first group must have no limit."""
    if not groups or groups[0].key_limit is not None:
        raise ValueError("the first group must be the unlimited one (it may be empty)")
    base = _table(groups[0].items)
    keys = base.keys
    joins = []
    for group in groups[1:]:
        table = _table(group.items)
        gains, points = _frontier(table.keys, group.key_limit)
        keys, picks = _join(keys, gains, points)
        joins.append(_Join(table, gains, picks))
    return Solution(keys=keys, base=base, joins=tuple(joins))


def _table(items: tuple[Item, ...]) -> _Table:
    size = 1 + sum(item.options[-1].gain for item in items)
    keys = np.full(size, INFINITY, dtype=np.int64)
    keys[0] = 0
    choices = np.zeros((len(items), size), dtype=np.int8)
    reach = 0  # the largest gain the items so far can add
    for row, item in enumerate(items):
        # Staying is the default: the array already holds the previous item's keys.
        previous = keys[: reach + 1].copy()
        picks = choices[row]
        for position, option in enumerate(item.options, start=1):
            window = slice(option.gain, option.gain + reach + 1)
            candidate = previous + option.key
            better = candidate < keys[window]
            keys[window][better] = candidate[better]
            picks[window][better] = position
        reach += item.options[-1].gain
    return _Table(items=items, keys=keys, choices=choices)


def _walk_back(table: _Table, gain: int) -> dict[int, int]:
    chosen: dict[int, int] = {}
    for row in range(len(table.items) - 1, -1, -1):
        position = int(table.choices[row, gain])
        if position:
            item = table.items[row]
            chosen[item.ident] = position
            gain -= item.options[position - 1].gain
    if gain != 0:
        raise AssertionError("the choice table does not add up")
    return chosen


def _frontier(keys: Keys, key_limit: int | None) -> tuple[npt.NDArray[np.int64], Keys]:
    """The non-dominated (gain, key) points: no other point has as much gain for as little."""
    if key_limit is not None:
        # Staying put (gain 0, key 0) is always allowed, even under a limit of 0.
        allowed = keys < key_limit
        allowed[0] = True
        keys = np.where(allowed, keys, INFINITY)
    suffix_min = np.minimum.accumulate(keys[::-1])[::-1]
    beyond = np.append(suffix_min[1:], INFINITY)
    keep = keys < beyond
    return np.nonzero(keep)[0].astype(np.int64), keys[keep]


def frontier(keys: Keys) -> npt.NDArray[np.int64]:
    """The gains at which no larger gain comes as cheaply (the Pareto front of a solution)."""
    return _frontier(keys, None)[0]


def _join(
    keys: Keys, gains: npt.NDArray[np.int64], points: Keys
) -> tuple[Keys, npt.NDArray[np.int32]]:
    size = len(keys) + int(gains[-1])
    joined = np.full(size, INFINITY, dtype=np.int64)
    picks = np.zeros(size, dtype=np.int32)
    for position, (gain, key) in enumerate(zip(gains.tolist(), points.tolist(), strict=True)):
        window = slice(gain, gain + len(keys))
        candidate = keys + key
        better = candidate < joined[window]
        joined[window][better] = candidate[better]
        picks[window][better] = position
    return joined, picks
