"""The cost-vs-index curve: every plan that no other plan beats on both cost and index.

It comes from the same dynamic programme as the optimal plan (:mod:`spbe.planner.optimizer`):
the knapsack gives the least cost for every reachable index at once, and a point is on the
front when every higher index costs strictly more. The first point is the current index at no
cost; the last is the highest index the limits allow. Reading the front at a target gives the
optimal plan's cost for that target, so leaders can see what 2.6 costs against 2.8.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from spbe.planner.costs import CostTable
from spbe.planner.knapsack import INFINITY, frontier
from spbe.planner.problem import Step, build_problem
from spbe.planner.target import reaches
from spbe.scoring.engine import predicate_for_ratio, ratio_to_decimal, round_ratio_half_up
from spbe.scoring.model import Number, PredicateBasis, ScoringFramework


@dataclass(frozen=True, slots=True)
class FrontPoint:
    """One point of the curve: the cheapest plan to an index no cheaper plan reaches."""

    cost: Decimal
    index_exact: Decimal
    index: Decimal
    predicate: str | None
    steps: tuple[Step, ...]

    @property
    def step_count(self) -> int:
        return sum(step.to_level - int(step.from_value) for step in self.steps)


@dataclass(frozen=True, slots=True)
class ParetoFront:
    framework_id: str
    year: int | None
    basis: PredicateBasis
    cost_unit: str
    points: tuple[FrontPoint, ...]


def pareto_front(
    framework: ScoringFramework,
    values: Mapping[int, Number],
    *,
    costs: CostTable,
    year: int | None = None,
) -> ParetoFront:
    """Every non-dominated (cost, index) plan, by increasing cost and index.

    Takes the same inputs as :func:`spbe.planner.optimizer.optimal_plan` without the target;
    locks, maximum levels and unit capacities apply. Each point's index is the exact index of its
    steps, rounded and given its predicate by the scoring engine.
    """
    problem = build_problem(framework, values, costs)
    solution = problem.solve()
    basis = framework.predicate_policy.basis_for(year)
    # The index after a gain g is (base + g/D) / W. With base = p/q that is the ratio of the
    # integers p·D + g·q and q·D·W: each point is rounded and given its predicate in integers,
    # with no Fraction built per point (the engine's ``*_ratio`` functions; the result is the
    # engine's ``index_score`` of the same exact index, tests/planner/test_pareto_integers.py).
    base, scale = problem.base, problem.value_scale
    offset, per_gain = base.numerator * scale, base.denominator
    denominator = base.denominator * scale * problem.total_weight
    points = []
    # Neighbouring points share most of their steps: one Step object per distinct step keeps
    # the front small in memory and in a pickle (the curve cache), where ~1,000 points would
    # otherwise carry ~37,000 separate steps and take longer to load than to compute.
    shared: dict[tuple[int, int], Step] = {}
    # The front is on cost alone: a plan with as much index for the same cost but more steps
    # must not hide behind the step count folded into the keys.
    keys = solution.keys
    cost_only = np.where(keys < INFINITY, keys // problem.step_factor, INFINITY)
    for gain in frontier(cost_only).tolist():
        numerator = offset + gain * per_gain
        points.append(
            FrontPoint(
                cost=problem.cost_of_key(int(keys[gain])),
                index_exact=ratio_to_decimal(numerator, denominator),
                index=round_ratio_half_up(numerator, denominator),
                predicate=predicate_for_ratio(framework, numerator, denominator, basis),
                steps=problem.steps_for(solution.choice_at(gain), shared),
            )
        )
    return ParetoFront(
        framework_id=framework.id,
        year=year,
        basis=basis,
        cost_unit=costs.cost_unit,
        points=tuple(points),
    )


def cheapest_reaching(
    points: Sequence[FrontPoint], target: Decimal, basis: PredicateBasis
) -> FrontPoint | None:
    """The first (cheapest) point of the front whose index reaches ``target``, if any."""
    return next((p for p in points if reaches(p.index_exact, target, basis)), None)
