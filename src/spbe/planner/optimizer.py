"""The optimal plan: the least total cost whose index reaches the target.

A multiple-choice knapsack solved exactly by dynamic programming over integer gain units
(:mod:`spbe.planner.knapsack`, :mod:`spbe.planner.problem`), never greedily. Levels are
cumulative: raising an indicator to level N pays for every step up to N. A fractional current
value (Pemdi 1.26) is raised to the next whole level (2) at the full cost of that step.

"Reaches" follows the year's predicate basis (:mod:`spbe.planner.target`).

Ties, in order: the least cost; then the fewest level steps; then the highest exact index
(more margin above the target); then the plan that leaves the highest-numbered indicator at
the lowest level, then the next-highest, and so on, so work lands on lower-numbered
indicators. With unit capacities the first three rules hold and the last is still
deterministic, but applies within each unit.

When no plan reaches the target (locked indicators, maximum levels or capacities stop it), the
result says so (``reachable`` is false, ``reason`` is ``"target_unreachable"``) and carries
the cheapest plan to the highest index the limits allow.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from spbe.planner.costs import CostTable
from spbe.planner.knapsack import INFINITY
from spbe.planner.problem import Step, build_problem
from spbe.planner.target import reaches, threshold
from spbe.scoring.engine import score, to_decimal
from spbe.scoring.model import Number, PredicateBasis, ScoreResult, ScoringFramework

TARGET_UNREACHABLE = "target_unreachable"


@dataclass(frozen=True, slots=True)
class Limits:
    """What kept indicators from rising: shown when the target cannot be reached."""

    locked: tuple[int, ...]
    capped: tuple[int, ...]  # indicators with a maximum level below the top of the scale
    units_with_capacity: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """The least-cost plan to a target, with the scores before and after from the engine."""

    framework_id: str
    year: int | None
    basis: PredicateBasis
    target: Decimal
    reachable: bool
    reason: str | None
    before: ScoreResult
    after: ScoreResult
    total_cost: Decimal
    cost_unit: str
    steps: tuple[Step, ...]
    values_after: Mapping[int, Decimal]
    best_index: Decimal  # the highest exact index the limits allow
    limits: Limits

    @property
    def step_count(self) -> int:
        """The number of level steps (raising 2 → 4 counts two)."""
        return sum(step.to_level - int(step.from_value) for step in self.steps)


def optimal_plan(
    framework: ScoringFramework,
    values: Mapping[int, Number],
    *,
    target: Decimal,
    costs: CostTable,
    year: int | None = None,
) -> Plan:
    """The cheapest plan whose index reaches ``target`` under ``year``'s predicate basis.

    ``values`` are validated values for every indicator (``parse_values``); ``target`` a
    validated target (``spbe.planner.target.parse_target``); ``costs`` the step costs and
    limits (``parse_costs`` over ``default_costs``). Raises
    :class:`~spbe.planner.errors.PlanningInputError` if a needed step has no cost.
    """
    before = score(framework, values, year=year)
    problem = build_problem(framework, values, costs)
    solution = problem.solve()
    keys = solution.keys
    needed = problem.gain_needed(threshold(target, before.predicate_basis))
    best_gain = int(np.flatnonzero(keys < INFINITY)[-1])
    reachable = needed <= best_gain
    if reachable:
        window = keys[needed:]
        # The least key; among equals the highest gain, i.e. the highest index.
        gain = needed + int(np.flatnonzero(window == window.min())[-1])
    else:
        gain = best_gain
    steps = problem.steps_for(solution.choice_at(gain))
    values_after = problem.values_after(steps)
    after = score(framework, values_after, year=year)
    exact_after = problem.index_at(gain)
    if to_decimal(exact_after) != after.index_exact:
        raise AssertionError("the planner and the scoring engine disagree on the index")
    if reaches(exact_after, target, after.predicate_basis) != reachable:
        raise AssertionError("the plan does not do what it promises")
    return Plan(
        framework_id=framework.id,
        year=year,
        basis=before.predicate_basis,
        target=target,
        reachable=reachable,
        reason=None if reachable else TARGET_UNREACHABLE,
        before=before,
        after=after,
        total_cost=problem.cost_of_key(int(keys[gain])),
        cost_unit=costs.cost_unit,
        steps=steps,
        values_after={n: to_decimal(v) for n, v in values_after.items()},
        best_index=to_decimal(problem.index_at(best_gain)),
        limits=_limits(framework, costs),
    )


def _limits(framework: ScoringFramework, costs: CostTable) -> Limits:
    top = int(framework.value_range.maximum)
    return Limits(
        locked=tuple(sorted(costs.locked)),
        capped=tuple(
            sorted(
                n for n, level in costs.max_levels.items() if level < top and n not in costs.locked
            )
        ),
        units_with_capacity=tuple(sorted(set(costs.units.values()) & set(costs.capacities))),
    )
