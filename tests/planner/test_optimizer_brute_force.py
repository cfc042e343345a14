"""The optimal plan equals brute force on small instances, tie-breaking included."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.planner.optimizer import optimal_plan
from spbe.scoring.engine import to_decimal
from spbe.scoring.model import PredicateBasis
from tests.planner.conftest import cost_table, small_framework
from tests.planner.oracles import brute_force

WEIGHTS = st.sampled_from([Fraction(1), Fraction(2), Fraction(5, 2), Fraction(13, 10), 3, 7])
WHOLE_VALUES = st.integers(1, 5).map(Fraction)
FRACTIONAL_VALUES = st.integers(100, 500).map(lambda hundredths: Fraction(hundredths, 100))
TARGETS = st.integers(100, 500).map(lambda hundredths: Decimal(hundredths) / 100)


@st.composite
def instances(draw, *, fractional: bool = False, with_units: bool = False):
    size = draw(st.integers(1, 6))
    basis = draw(st.sampled_from(PredicateBasis))
    framework = small_framework(
        [draw(WEIGHTS) for _ in range(size)], basis=basis, integer_only=not fractional
    )
    value_strategy = FRACTIONAL_VALUES if fractional else WHOLE_VALUES
    values = {n: draw(value_strategy) for n in framework.indicator_numbers}
    # Small costs, zero allowed, so that ties are frequent.
    steps = {n: {k: draw(st.integers(0, 4)) for k in range(2, 6)} for n in values}
    max_levels = draw(st.dictionaries(st.sampled_from(list(values)), st.integers(1, 5)))
    locked = draw(st.sets(st.sampled_from(list(values))))
    units, capacities = {}, {}
    if with_units:
        units = {n: draw(st.sampled_from(["a", "b", "c"])) for n in values}
        capacities = draw(st.dictionaries(st.sampled_from(["a", "b"]), st.integers(0, 12)))
    costs = cost_table(
        framework,
        steps,
        max_levels=max_levels,
        locked=locked,
        units=units,
        capacities=capacities,
    )
    return framework, values, draw(TARGETS), costs, basis


def _check_against_brute_force(instance, *, exact_ties: bool) -> None:
    framework, values, target, costs, basis = instance
    plan = optimal_plan(framework, values, target=target, costs=costs)
    reachable, best = brute_force(framework, values, target, costs, basis)
    assert plan.reachable is reachable
    assert plan.total_cost == best.cost
    assert plan.step_count == best.steps
    assert plan.after.index_exact == to_decimal(best.index)
    if exact_ties:
        assert {n: Fraction(v) for n, v in plan.values_after.items()} == best.levels


@settings(max_examples=150, deadline=None)
@given(instances())
def test_it_finds_the_brute_force_optimum_and_breaks_ties_as_documented(instance):
    _check_against_brute_force(instance, exact_ties=True)


@settings(max_examples=100, deadline=None)
@given(instances(fractional=True))
def test_it_finds_the_brute_force_optimum_from_fractional_values(instance):
    _check_against_brute_force(instance, exact_ties=True)


@settings(max_examples=150, deadline=None)
@given(instances(with_units=True))
def test_it_finds_the_brute_force_optimum_under_unit_capacities(instance):
    # Within capacities the last tie rule applies per unit, so compare cost, steps and index.
    _check_against_brute_force(instance, exact_ties=False)
