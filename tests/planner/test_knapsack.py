"""The multiple-choice knapsack on plain integers, checked by hand and against brute force."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.planner.knapsack import INFINITY, KEY_LIMIT, Group, Item, Option, frontier, solve


def item(ident: int, *options: tuple[int, int]) -> Item:
    return Item(ident, tuple(Option(gain, key) for gain, key in options))


def test_no_items_reach_only_a_gain_of_zero_at_no_cost():
    solution = solve([Group(())])
    assert solution.keys.tolist() == [0]
    assert solution.choice_at(0) == {}


def test_it_refuses_no_groups():
    with pytest.raises(ValueError, match="unlimited"):
        solve([])


def test_it_refuses_a_first_group_with_a_limit():
    with pytest.raises(ValueError, match="first group"):
        solve([Group((item(1, (1, 1)),), key_limit=5)])


def test_one_item_reaches_each_of_its_options_gains():
    solution = solve([Group((item(7, (2, 10), (5, 30)),))])
    assert solution.keys.tolist() == [0, INFINITY, 10, INFINITY, INFINITY, 30]
    assert solution.choice_at(5) == {7: 2}
    assert solution.choice_at(2) == {7: 1}


def test_a_gain_no_choice_adds_up_to_cannot_be_chosen():
    solution = solve([Group((item(7, (2, 10)),))])
    with pytest.raises(ValueError, match="no choice reaches gain 1"):
        solution.choice_at(1)


def test_the_cheapest_combination_wins():
    items = (item(1, (1, 5), (2, 20)), item(2, (1, 6)))
    solution = solve([Group(items)])
    assert solution.keys[2] == 11  # one step on each beats two steps on the first
    assert solution.choice_at(2) == {1: 1, 2: 1}


def test_a_free_option_costs_nothing():
    solution = solve([Group((item(1, (3, 0)),))])
    assert solution.keys[3] == 0
    assert solution.choice_at(3) == {1: 1}


def test_among_equal_keys_the_later_item_keeps_the_lower_level():
    items = (item(1, (1, 4)), item(2, (1, 4)))
    assert solve([Group(items)]).choice_at(1) == {1: 1}


def test_a_group_limit_drops_the_choices_that_reach_it():
    free = Group((item(1, (1, 100)),))
    limited = Group((item(2, (1, 3)), item(3, (1, 4))), key_limit=5)
    solution = solve([free, limited])
    # Items 2 and 3 together cost 7, over the unit's limit, so gain 2 needs item 1.
    assert solution.keys[2] == 103
    assert solution.choice_at(2) == {1: 1, 2: 1}
    assert len(solution.keys) == 3  # no allowed choice reaches a gain of 3


def test_a_limit_below_every_option_leaves_only_staying_put():
    solution = solve([Group(()), Group((item(2, (1, 5)),), key_limit=1)])
    assert solution.keys.tolist() == [0]
    assert solution.choice_at(0) == {}


def test_a_limit_of_zero_still_allows_staying_put():
    solution = solve([Group((item(1, (1, 2)),)), Group((item(2, (1, 5)),), key_limit=0)])
    assert solution.keys.tolist() == [0, 2]
    assert solution.choice_at(1) == {1: 1}


def test_the_frontier_keeps_only_gains_no_larger_gain_reaches_as_cheaply():
    keys = np.array([0, 5, 5, 9, INFINITY, 8], dtype=np.int64)
    assert frontier(keys).tolist() == [0, 2, 5]


def test_the_frontier_of_one_gain_is_that_gain():
    assert frontier(np.array([0], dtype=np.int64)).tolist() == [0]


def test_the_limits_leave_room_to_add_a_key_to_infinity():
    assert int(INFINITY) + KEY_LIMIT < 2**63


Options = st.lists(st.tuples(st.integers(1, 4), st.integers(0, 12)), min_size=1, max_size=3).map(
    lambda pairs: tuple(sorted({gain: key for gain, key in pairs}.items()))
)
Items = st.lists(Options, min_size=1, max_size=4).map(
    lambda options: tuple(item(n, *o) for n, o in enumerate(options, start=1))
)


def brute_force(groups: list[tuple[tuple[Item, ...], int | None]]) -> dict[int, int]:
    """The least total key for each gain reached exactly, trying every choice of every item."""
    best: dict[int, int] = {}
    parts = []
    for items, limit in groups:
        choices: dict[int, int] = {}
        for picks in itertools.product(*[(None, *i.options) for i in items]):
            gain = sum(o.gain for o in picks if o)
            key = sum(o.key for o in picks if o)
            if (limit is None or key < limit) and key < choices.get(gain, INFINITY):
                choices[gain] = key
        parts.append(choices)
    for combination in itertools.product(*[p.items() for p in parts]):
        gain = sum(g for g, _ in combination)
        key = sum(k for _, k in combination)
        best[gain] = min(key, best.get(gain, key))
    return best


@settings(max_examples=60, deadline=None)
@given(Items, Items, st.integers(1, 20))
def test_the_least_key_for_at_least_each_gain_is_the_brute_force_optimum(free, limited, limit):
    # Joining groups keeps only each group's non-dominated parts, so a key is exact for "at
    # least this gain", which is what the planner asks: the cheapest plan reaching a target.
    limited = tuple(Item(i.ident + 10, i.options) for i in limited)
    solution = solve([Group(free), Group(limited, key_limit=limit)])
    expected = brute_force([(free, None), (limited, limit)])
    keys = solution.keys.tolist()
    assert len(keys) - 1 == max(expected)
    options = {i.ident: i.options for i in free + limited}
    for gain, key in enumerate(keys):
        assert min(keys[gain:]) == min(k for g, k in expected.items() if g >= gain)
        assert key == INFINITY or key >= expected[gain]
        if key < INFINITY:
            chosen = solution.choice_at(gain)
            assert sum(options[n][p - 1].gain for n, p in chosen.items()) == gain
            assert sum(options[n][p - 1].key for n, p in chosen.items()) == key
