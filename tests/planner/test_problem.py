"""From values and costs to the integer knapsack and back: exact gains, costs and limits."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from spbe.planner.errors import PlanningInputError
from spbe.planner.knapsack import INFINITY
from spbe.planner.problem import MAX_STATES, Step, build_problem
from tests.planner.conftest import cost_table, small_framework

D = Decimal
LADDER = {2: 1, 3: 2, 4: 3, 5: 5}


def two_indicators(**limits):
    framework = small_framework([1, 3])
    costs = cost_table(framework, {1: LADDER, 2: LADDER}, **limits)
    return framework, costs


def test_each_indicator_offers_every_level_above_its_own_with_running_costs():
    framework, costs = two_indicators()
    problem = build_problem(framework, {1: 1, 2: 3}, costs)
    assert problem.levels == {1: (2, 3, 4, 5), 2: (4, 5)}
    assert problem.step_costs == {1: (D(1), D(3), D(6), D(11)), 2: (D(3), D(8))}


def test_whole_levels_need_no_scaling():
    framework, costs = two_indicators()
    problem = build_problem(framework, {1: 1, 2: 3}, costs)
    assert (problem.value_scale, problem.cost_scale) == (1, 1)
    assert problem.total_weight == 4
    assert problem.base == 1 + 3 * 3


def test_the_index_after_a_gain_is_exact():
    framework, costs = two_indicators()
    problem = build_problem(framework, {1: 1, 2: 3}, costs)
    assert problem.index_at(0) == Fraction(10, 4)
    assert problem.index_at(3) == Fraction(13, 4)


def test_the_gain_needed_is_the_fewest_units_reaching_the_index():
    framework, costs = two_indicators()
    problem = build_problem(framework, {1: 1, 2: 3}, costs)
    assert problem.gain_needed(Fraction(13, 4)) == 3
    assert problem.gain_needed(Fraction(13, 4) - Fraction(1, 100)) == 3
    assert problem.gain_needed(Fraction(13, 4) + Fraction(1, 100)) == 4


def test_a_target_already_reached_needs_no_gain():
    framework, costs = two_indicators()
    problem = build_problem(framework, {1: 1, 2: 3}, costs)
    assert problem.gain_needed(Fraction(2)) == 0
    assert problem.gain_needed(problem.index_at(0)) == 0


def test_an_indicator_at_the_top_offers_nothing():
    framework, costs = two_indicators()
    problem = build_problem(framework, {1: 5, 2: 4}, costs)
    assert problem.levels == {2: (5,)}


def test_a_locked_indicator_offers_nothing():
    framework, costs = two_indicators(locked={1})
    assert set(build_problem(framework, {1: 1, 2: 1}, costs).levels) == {2}


def test_with_everything_locked_the_only_plan_is_to_stay():
    framework, costs = two_indicators(locked={1, 2})
    problem = build_problem(framework, {1: 2, 2: 2}, costs)
    assert problem.items == ()
    solution = problem.solve()
    assert solution.keys.tolist() == [0]
    assert problem.steps_for(solution.choice_at(0)) == ()
    assert problem.gain_needed(Fraction(5)) > len(solution.keys) - 1  # the target is out of reach


def test_a_maximum_level_caps_the_options():
    framework, costs = two_indicators(max_levels={1: 3})
    assert build_problem(framework, {1: 1, 2: 1}, costs).levels[1] == (2, 3)


def test_a_maximum_at_the_current_level_offers_nothing():
    framework, costs = two_indicators(max_levels={1: 2})
    assert 1 not in build_problem(framework, {1: 2, 2: 1}, costs).levels


def test_it_refuses_a_needed_step_without_a_cost():
    framework = small_framework([1, 1])
    costs = cost_table(framework, {1: LADDER, 2: {2: 1, 3: 1}})
    with pytest.raises(PlanningInputError) as raised:
        build_problem(framework, {1: 1, 2: 1}, costs)
    assert (raised.value.code, raised.value.params) == (
        "missing_cost",
        {"indicator": 2, "level": 4},
    )


def test_a_step_not_needed_may_lack_a_cost():
    framework = small_framework([1, 1])
    costs = cost_table(framework, {1: LADDER, 2: {5: 4}})
    assert build_problem(framework, {1: 1, 2: 4}, costs).step_costs[2] == (D(4),)


def test_zero_costs_are_free_steps_and_the_fewest_steps_still_win():
    framework = small_framework([1, 1])
    free = {2: 0, 3: 0, 4: 0, 5: 0}
    problem = build_problem(framework, {1: 1, 2: 1}, cost_table(framework, {1: free, 2: free}))
    solution = problem.solve()
    gain = problem.gain_needed(Fraction(2))  # one level more on one indicator
    best = min(range(gain, len(solution.keys)), key=lambda g: solution.keys[g])
    steps = problem.steps_for(solution.choice_at(best))
    assert problem.cost_of_key(int(solution.keys[best])) == 0
    assert sum(step.to_level - int(step.from_value) for step in steps) == 2


def test_a_fractional_value_scales_the_gain_exactly():
    framework, costs = two_indicators()
    problem = build_problem(framework, {1: Fraction(126, 100), 2: 5}, costs)
    assert problem.value_scale == 50
    first = problem.items[0].options[0]
    assert first.gain == 1 * (2 - Fraction(126, 100)) * 50
    assert problem.index_at(first.gain) == Fraction(2 + 15, 4)


def test_fractional_costs_scale_to_whole_keys_and_back():
    framework = small_framework([1])
    costs = cost_table(framework, {1: {2: 1, 3: 1, 4: 1, 5: 1}})
    costs = type(costs)(
        framework_id="tiny", steps={1: {2: D("0.5"), 3: D("1.25"), 4: D(1), 5: D(1)}}
    )
    problem = build_problem(framework, {1: 1}, costs)
    assert problem.cost_scale == 4
    keys = [option.key for option in problem.items[0].options]
    assert [problem.cost_of_key(key) for key in keys] == [D("0.5"), D("1.75"), D("2.75"), D("3.75")]


def test_a_key_folds_the_number_of_steps_below_the_cost():
    framework, costs = two_indicators()
    problem = build_problem(framework, {1: 1, 2: 3}, costs)
    assert problem.step_factor == 1 + 4 + 2
    assert [o.key % problem.step_factor for o in problem.items[0].options] == [1, 2, 3, 4]


def test_the_steps_of_a_choice_are_listed_by_indicator_with_their_costs():
    framework, costs = two_indicators()
    problem = build_problem(framework, {1: 1, 2: 3}, costs)
    steps = problem.steps_for({2: 2, 1: 1})
    assert steps == (Step(1, D(1), 2, D(1)), Step(2, D(3), 5, D(8)))
    assert problem.values_after(steps) == {1: 2, 2: 5}


def test_the_cheapest_plan_for_a_gain_is_found_by_solving():
    framework, costs = two_indicators()
    problem = build_problem(framework, {1: 1, 2: 3}, costs)
    solution = problem.solve()
    # Indicator 2 (weight 3) to level 4 adds 3 units for a cost of 3; indicator 1 would need
    # three steps (cost 6) for the same gain.
    assert problem.steps_for(solution.choice_at(3)) == (Step(2, D(3), 4, D(3)),)
    assert problem.cost_of_key(int(solution.keys[3])) == 3


def test_a_units_capacity_binds_only_its_own_indicators():
    framework, _ = two_indicators()
    costs = cost_table(
        framework, {1: LADDER, 2: LADDER}, units={2: "Diskominfo"}, capacities={"Diskominfo": 2}
    )
    problem = build_problem(framework, {1: 1, 2: 3}, costs)
    solution = problem.solve()
    chosen = problem.steps_for(solution.choice_at(3))
    assert [step.indicator for step in chosen] == [1]  # indicator 2's cost of 3 is over 2
    assert solution.keys[-1] < INFINITY


def test_a_unit_without_a_capacity_is_not_limited():
    framework, _ = two_indicators()
    costs = cost_table(framework, {1: LADDER, 2: LADDER}, units={2: "Bappeda"})
    problem = build_problem(framework, {1: 1, 2: 3}, costs)
    assert problem.steps_for(problem.solve().choice_at(3)) == (Step(2, D(3), 4, D(3)),)


def test_it_refuses_values_too_finely_divided_to_plan_exactly():
    framework = small_framework([1] * 6)
    costs = cost_table(framework, {n: LADDER for n in range(1, 7)})
    values = {
        n: Fraction(1) + Fraction(1, p)
        for n, p in zip(range(1, 7), (7, 11, 13, 17, 19, 23), strict=True)
    }
    with pytest.raises(PlanningInputError) as raised:
        build_problem(framework, values, costs)
    assert raised.value.code == "values_too_precise"
    assert raised.value.params["limit"] == MAX_STATES
    assert raised.value.params["states"] > MAX_STATES


def test_it_refuses_costs_too_large_to_add_up_exactly():
    framework = small_framework([1])
    huge = D(10) ** 18
    costs = cost_table(framework, {1: {2: 1, 3: 1, 4: 1, 5: 1}})
    costs = type(costs)(framework_id="tiny", steps={1: {2: huge, 3: huge, 4: huge, 5: huge}})
    with pytest.raises(PlanningInputError) as raised:
        build_problem(framework, {1: 1}, costs)
    assert raised.value.code == "costs_too_large"
