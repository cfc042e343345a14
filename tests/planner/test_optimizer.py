"""The optimal plan's behaviour, case by case."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from spbe.planner.cost_library import default_costs
from spbe.planner.errors import PlanningInputError
from spbe.planner.optimizer import TARGET_UNREACHABLE, optimal_plan
from spbe.scoring import parse_values
from tests.planner.conftest import cost_table, small_framework

ONE_EACH = {k: 1 for k in range(2, 6)}

# SPBE 2020 levels whose exact index is 2.595: printed 2.60.
AT_2_595 = {n: 3 if n in {11, 12, 13, 14, 15, 21} or n >= 32 else 2 for n in range(1, 48)}


def test_a_target_already_reached_needs_no_step():
    framework = small_framework([1, 1])
    plan = optimal_plan(
        framework,
        {1: 3, 2: 3},
        target=Decimal("3"),
        costs=cost_table(framework, {1: ONE_EACH, 2: ONE_EACH}),
    )
    assert plan.reachable
    assert plan.steps == ()
    assert plan.total_cost == 0


def test_it_takes_the_cheaper_of_two_ways_to_the_target():
    framework = small_framework([1, 1])
    costs = cost_table(framework, {1: {2: 5, 3: 5, 4: 5, 5: 5}, 2: {2: 2, 3: 2, 4: 2, 5: 2}})
    plan = optimal_plan(framework, {1: 1, 2: 1}, target=Decimal("2"), costs=costs)
    assert [(s.indicator, s.to_level, s.cost) for s in plan.steps] == [(2, 3, Decimal(4))]


def test_levels_are_cumulative_so_a_jump_pays_for_every_step_below_it():
    framework = small_framework([1])
    costs = cost_table(framework, {1: {2: 1, 3: 2, 4: 4, 5: 8}})
    plan = optimal_plan(framework, {1: 1}, target=Decimal("4"), costs=costs)
    assert plan.total_cost == 1 + 2 + 4


def test_an_unreachable_target_says_so_and_gives_the_best_index():
    framework = small_framework([1, 1])
    costs = cost_table(framework, {1: ONE_EACH, 2: ONE_EACH}, locked={2}, max_levels={1: 4})
    plan = optimal_plan(framework, {1: 1, 2: 1}, target=Decimal("3"), costs=costs)
    assert not plan.reachable
    assert plan.reason == TARGET_UNREACHABLE
    assert plan.best_index == Decimal("2.5")
    # The plan shown is the cheapest way to the best index.
    assert [(s.indicator, s.to_level) for s in plan.steps] == [(1, 4)]
    assert plan.limits.locked == (2,)
    assert plan.limits.capped == (1,)


def test_it_never_raises_a_locked_indicator_or_passes_a_maximum_level():
    framework = small_framework([5, 1, 1])
    costs = cost_table(
        framework, {1: ONE_EACH, 2: ONE_EACH, 3: ONE_EACH}, locked={1}, max_levels={2: 3}
    )
    plan = optimal_plan(framework, {1: 1, 2: 1, 3: 1}, target=Decimal("1.8"), costs=costs)
    assert plan.reachable
    assert plan.values_after[1] == 1
    assert plan.values_after[2] <= 3


def test_among_equal_plans_it_prefers_fewer_steps():
    framework = small_framework([2, 1, 1])
    costs = cost_table(framework, {1: {2: 2, 3: 2, 4: 2, 5: 2}, 2: ONE_EACH, 3: ONE_EACH})
    # Indicator 1 one level (cost 2) or indicators 2 and 3 one level each (cost 2): one step.
    plan = optimal_plan(framework, {1: 1, 2: 1, 3: 1}, target=Decimal("1.5"), costs=costs)
    assert [(s.indicator, s.to_level) for s in plan.steps] == [(1, 2)]


def test_among_equal_plans_it_raises_the_lower_numbered_indicator():
    framework = small_framework([1, 1, 1])
    costs = cost_table(framework, {1: ONE_EACH, 2: ONE_EACH, 3: ONE_EACH})
    plan = optimal_plan(framework, {1: 1, 2: 1, 3: 1}, target=Decimal("1.3"), costs=costs)
    assert [(s.indicator, s.to_level) for s in plan.steps] == [(1, 2)]


def test_among_equal_plans_it_prefers_the_higher_index():
    framework = small_framework([1, 3])
    costs = cost_table(framework, {1: ONE_EACH, 2: ONE_EACH})
    plan = optimal_plan(framework, {1: 1, 2: 1}, target=Decimal("1.2"), costs=costs)
    assert [s.indicator for s in plan.steps] == [2]


def test_2023_reads_the_rounded_index_so_2_595_already_reaches_2_6(spbe_2020):
    values = parse_values(spbe_2020, AT_2_595)
    costs = default_costs(spbe_2020)
    plan_2023 = optimal_plan(spbe_2020, values, target=Decimal("2.6"), costs=costs, year=2023)
    plan_2024 = optimal_plan(spbe_2020, values, target=Decimal("2.6"), costs=costs, year=2024)
    assert plan_2023.before.index == Decimal("2.60")
    assert plan_2023.reachable and plan_2023.steps == ()
    assert plan_2024.reachable and plan_2024.total_cost > 0
    assert plan_2024.after.index_exact >= Decimal("2.6")


def test_a_fractional_pemdi_value_steps_to_the_next_whole_level(pemdi_2026):
    values = parse_values(pemdi_2026, {str(n): "1.26" for n in pemdi_2026.indicator_numbers})
    plan = optimal_plan(pemdi_2026, values, target=Decimal("1.5"), costs=default_costs(pemdi_2026))
    assert plan.reachable
    assert plan.after.index_exact >= Decimal("1.5")
    assert all(step.from_value == Decimal("1.26") for step in plan.steps)
    assert all(step.to_level >= 2 for step in plan.steps)


def test_a_first_step_from_a_fraction_costs_the_whole_step_but_gains_only_the_rest():
    framework = small_framework([1], integer_only=False)
    costs = cost_table(framework, {1: {2: 3, 3: 4, 4: 5, 5: 6}})
    plan = optimal_plan(framework, {1: Fraction("1.26")}, target=Decimal("2"), costs=costs)
    assert [(s.to_level, s.cost) for s in plan.steps] == [(2, Decimal(3))]
    assert plan.after.index_exact == 2


def test_a_missing_step_cost_is_an_error_naming_the_indicator_and_level():
    framework = small_framework([1, 1])
    costs = cost_table(framework, {1: {2: 1}, 2: ONE_EACH})
    with pytest.raises(PlanningInputError) as raised:
        optimal_plan(framework, {1: 1, 2: 1}, target=Decimal("2"), costs=costs)
    assert raised.value.code == "missing_cost"
    assert raised.value.params == {"indicator": 1, "level": 3}


def test_values_too_finely_divided_are_refused_rather_than_planned_inexactly():
    framework = small_framework([1, 1], integer_only=False)
    costs = cost_table(framework, {1: ONE_EACH, 2: ONE_EACH})
    values = {1: Fraction("1.0000001"), 2: Fraction("1.0000003")}
    with pytest.raises(PlanningInputError) as raised:
        optimal_plan(framework, values, target=Decimal("2"), costs=costs)
    assert raised.value.code == "values_too_precise"


def test_a_unit_at_its_capacity_pushes_the_work_to_another_unit():
    framework = small_framework([1, 1])
    costs = cost_table(
        framework,
        {1: ONE_EACH, 2: {2: 3, 3: 3, 4: 3, 5: 3}},
        units={1: "bappeda", 2: "diskominfo"},
        capacities={"bappeda": 1},
    )
    plan = optimal_plan(framework, {1: 1, 2: 1}, target=Decimal("2"), costs=costs)
    assert [(s.indicator, s.to_level) for s in plan.steps] == [(1, 2), (2, 2)]
    assert plan.total_cost == 4
