"""The cost-vs-index curve."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from itertools import pairwise, product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.planner.cost_library import default_costs
from spbe.planner.optimizer import optimal_plan
from spbe.planner.pareto import cheapest_reaching, pareto_front
from spbe.scoring import parse_values, score
from spbe.scoring.engine import to_decimal
from spbe.scoring.model import PredicateBasis
from tests.conftest import library_framework
from tests.planner.conftest import cost_table, small_framework


def _brute_front(framework, values, costs) -> list[tuple[Decimal, Fraction]]:
    """Every (cost, index) no other combination beats on both, by brute force."""
    weights = {i.number: i.weight for i in framework.indicators}
    options = []
    for n in framework.indicator_numbers:
        row, running = [(values[n], Decimal(0))], Decimal(0)
        for level in range(values[n] + 1, 6):
            running += costs.steps[n][level]
            row.append((level, running))
        options.append(row)
    plans = set()
    for combination in product(*options):
        index = sum(weights[n] * level for n, (level, _c) in zip(weights, combination, strict=True))
        plans.add((sum(c for _l, c in combination), Fraction(index) / sum(weights.values())))
    return sorted(
        (cost, index)
        for cost, index in plans
        if not any(c <= cost and i >= index and (c, i) != (cost, index) for c, i in plans)
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 4), min_size=1, max_size=4),
    st.lists(st.integers(1, 5), min_size=4, max_size=4),
    st.lists(st.integers(0, 4), min_size=16, max_size=16),
)
def test_the_front_is_every_plan_no_other_beats_on_cost_and_index(weights, levels, prices):
    framework = small_framework(weights)
    values = {n: levels[n - 1] for n in framework.indicator_numbers}
    steps = {n: {k: prices[(n - 1) * 4 + k - 2] for k in range(2, 6)} for n in values}
    costs = cost_table(framework, steps)
    front = pareto_front(framework, values, costs=costs)
    expected = _brute_front(framework, values, costs)
    assert [(p.cost, p.index_exact) for p in front.points] == [
        (cost, to_decimal(index)) for cost, index in expected
    ]


def test_the_front_starts_where_the_agency_stands_and_rises_in_cost_and_index(spbe_2020):
    values = parse_values(spbe_2020, {n: 2 for n in spbe_2020.indicator_numbers})
    front = pareto_front(spbe_2020, values, costs=default_costs(spbe_2020), year=2024)
    first, last = front.points[0], front.points[-1]
    assert (first.cost, first.index) == (0, Decimal("2.00"))
    assert last.index == Decimal("5.00")
    for lower, higher in pairwise(front.points):
        assert lower.cost < higher.cost
        assert lower.index_exact < higher.index_exact


@pytest.mark.parametrize(
    ("framework_id", "raw"),
    [
        ("spbe-2020", lambda n: 1),
        ("spbe-2020", lambda n: 1 + n % 3),
        ("pemdi-2026", lambda n: "1.5" if n % 2 else "2.25"),
    ],
)
def test_every_point_is_what_the_engine_scores_for_its_steps(framework_id, raw):
    framework = library_framework(framework_id)
    values = parse_values(framework, {n: raw(n) for n in framework.indicator_numbers})
    front = pareto_front(framework, values, costs=default_costs(framework), year=2024)
    assert len(front.points) > 10
    for point in front.points:
        after = dict(values)
        after.update({step.indicator: Fraction(step.to_level) for step in point.steps})
        engine = score(framework, after, year=2024)
        assert (point.index_exact, point.index, point.predicate) == (
            engine.index_exact,
            engine.index,
            engine.predicate,
        )
        assert sum(step.cost for step in point.steps) == point.cost
        assert all(step.from_value == to_decimal(values[step.indicator]) for step in point.steps)


def test_reading_the_front_at_a_target_gives_the_optimal_plans_cost(spbe_2020):
    values = parse_values(spbe_2020, {n: 1 + n % 3 for n in spbe_2020.indicator_numbers})
    costs = default_costs(spbe_2020)
    front = pareto_front(spbe_2020, values, costs=costs)
    for target in (Decimal("2.6"), Decimal("2.8"), Decimal("3.5")):
        point = cheapest_reaching(front.points, target, PredicateBasis.EXACT)
        plan = optimal_plan(spbe_2020, values, target=target, costs=costs)
        assert point is not None
        assert point.cost == plan.total_cost


def test_no_point_reaches_a_target_the_limits_forbid():
    framework = small_framework([1, 1])
    costs = cost_table(framework, {1: {k: 1 for k in range(2, 6)}}, locked={2})
    front = pareto_front(framework, {1: 1, 2: 1}, costs=costs)
    assert cheapest_reaching(front.points, Decimal("3.5"), PredicateBasis.EXACT) is None
