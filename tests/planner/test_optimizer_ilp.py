"""The optimal plan costs what a HiGHS ILP finds, on random full-size SPBE 2020 instances."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from spbe.demo.history import illustrative_levels
from spbe.planner.cost_library import default_costs
from spbe.planner.optimizer import optimal_plan
from spbe.planner.target import threshold
from spbe.scoring import parse_values
from tests.conftest import library_framework
from tests.planner.conftest import cost_table
from tests.planner.oracles import ilp_min_cost

SPBE_2020 = library_framework("spbe-2020")
NUMBERS = list(SPBE_2020.indicator_numbers)
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def spbe_instances(draw, *, with_units: bool = False):
    values = {n: Fraction(draw(st.integers(1, 5))) for n in NUMBERS}
    steps = {n: {k: draw(st.integers(0, 20)) for k in range(2, 6)} for n in NUMBERS}
    max_levels = draw(st.dictionaries(st.sampled_from(NUMBERS), st.integers(1, 5), max_size=8))
    locked = draw(st.sets(st.sampled_from(NUMBERS), max_size=8))
    units, capacities = {}, {}
    if with_units:
        units = {n: draw(st.sampled_from(["bappeda", "diskominfo", "bkpsdm"])) for n in NUMBERS}
        capacities = draw(
            st.dictionaries(st.sampled_from(["bappeda", "diskominfo"]), st.integers(0, 150))
        )
    costs = cost_table(
        SPBE_2020, steps, max_levels=max_levels, locked=locked, units=units, capacities=capacities
    )
    target = Decimal(draw(st.integers(100, 500))) / 100
    year = draw(st.sampled_from([2023, 2024]))
    return values, costs, target, year


def _check_against_ilp(values, costs, target, year) -> None:
    plan = optimal_plan(SPBE_2020, values, target=target, costs=costs, year=year)
    basis = SPBE_2020.predicate_policy.basis_for(year)
    optimum = ilp_min_cost(SPBE_2020, values, threshold(target, basis), costs)
    event("reachable" if plan.reachable else "unreachable")
    assert plan.reachable is (optimum is not None)
    if optimum is not None:
        assert plan.total_cost == optimum


@SLOW
@given(spbe_instances())
def test_it_costs_what_the_ilp_finds_on_random_spbe_2020_instances(instance):
    _check_against_ilp(*instance)


@SLOW
@given(spbe_instances(with_units=True))
def test_it_costs_what_the_ilp_finds_under_unit_capacities(instance):
    _check_against_ilp(*instance)


@pytest.fixture(scope="module")
def siantar_2021():
    """Levels that give Pematangsiantar's published 2021 index, 1.53 (the demo's year)."""
    levels = illustrative_levels(SPBE_2020, index=Decimal("1.53"), domains=None, year=2021)
    assert levels is not None
    return parse_values(SPBE_2020, levels)


def test_pematangsiantar_reaches_2_6_from_its_2021_index_at_the_ilp_optimum(siantar_2021):
    costs = default_costs(SPBE_2020)
    plan = optimal_plan(SPBE_2020, siantar_2021, target=Decimal("2.6"), costs=costs, year=2021)
    assert plan.before.index == Decimal("1.53")
    assert plan.reachable
    assert plan.after.index_exact >= Decimal("2.6")
    assert plan.after.predicate == "Baik"
    optimum = ilp_min_cost(SPBE_2020, siantar_2021, Fraction("2.6"), costs)
    assert plan.total_cost == optimum
    assert plan.total_cost == sum(step.cost for step in plan.steps)
