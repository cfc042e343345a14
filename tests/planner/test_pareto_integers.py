"""The curve counts its points in integers and gives exactly what the engine's Fractions give."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.planner.cost_library import default_costs
from spbe.planner.pareto import FrontPoint, pareto_front
from spbe.planner.problem import build_problem
from spbe.scoring import parse_values
from spbe.scoring.engine import index_score
from tests.conftest import library_framework

FRAMEWORKS = {code: library_framework(code) for code in ("spbe-2020", "pemdi-2026")}
COSTS = {code: default_costs(framework) for code, framework in FRAMEWORKS.items()}


def fraction_point(framework, values, costs, point: FrontPoint, year):
    """The point as the Fraction curve computed it: the engine's score of its steps' index."""
    problem = build_problem(framework, values, costs)
    after = problem.values_after(point.steps)
    weights = framework.scaled_weights
    index = sum((weights[n] * after[n] for n in after), Fraction(0)) / sum(weights.values())
    shown = index_score(framework, index, year=year)
    return (shown.index_exact, shown.index, shown.predicate)


@settings(max_examples=25, deadline=None)
@given(
    code=st.sampled_from(sorted(FRAMEWORKS)),
    seed_values=st.lists(st.integers(100, 500), min_size=60, max_size=60),
    free=st.lists(st.booleans(), min_size=60, max_size=60),
    year=st.sampled_from([None, 2023, 2024, 2026]),
)
def test_the_integer_curve_equals_the_fraction_curve_point_for_point(code, seed_values, free, year):
    framework = FRAMEWORKS[code]
    numbers = framework.indicator_numbers
    if framework.value_range.integer_only:
        raw = {n: 1 + seed_values[i] % 5 for i, n in enumerate(numbers)}
    else:
        raw = {n: f"{seed_values[i] / 100:.2f}" for i, n in enumerate(numbers)}
    values = parse_values(framework, raw)
    # Most indicators locked keeps each curve small; the locked ones still count in the index.
    locked = frozenset(n for i, n in enumerate(numbers) if not (free[i] and i % 3 == 0))
    costs = dataclasses.replace(COSTS[code], locked=locked)
    front = pareto_front(framework, values, costs=costs, year=year)
    assert front.points
    for point in front.points:
        assert (point.index_exact, point.index, point.predicate) == fraction_point(
            framework, values, costs, point, year
        )
