"""Independent solvers the planner is checked against: brute force and a HiGHS ILP."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from itertools import product

import highspy

from spbe.planner.costs import CostTable
from spbe.scoring.engine import round_half_up
from spbe.scoring.model import PredicateBasis, ScoringFramework


@dataclass(frozen=True)
class Best:
    cost: Decimal
    steps: int
    index: Fraction
    levels: dict[int, Fraction]


def _options(framework: ScoringFramework, values: Mapping[int, Fraction], costs: CostTable):
    """Per indicator: (level, cost, steps) for staying and for every level it may reach."""
    top = int(framework.value_range.maximum)
    for number in framework.indicator_numbers:
        value = values[number]
        options = [(value, Decimal(0), 0)]
        if number not in costs.locked:
            running = Decimal(0)
            start = math.floor(value)
            for level in range(start + 1, costs.max_levels.get(number, top) + 1):
                running += costs.steps[number][level]
                options.append((Fraction(level), running, level - start))
        yield number, options


def brute_force(
    framework: ScoringFramework,
    values: Mapping[int, Fraction],
    target: Decimal,
    costs: CostTable,
    basis: PredicateBasis,
) -> tuple[bool, Best]:
    """Try every combination; the planner's documented order decides among equals.

    Returns (reachable, best plan), or the cheapest plan to the highest index when no
    combination reaches the target.
    """
    per_indicator = dict(_options(framework, values, costs))
    numbers = list(per_indicator)
    weights = {i.number: i.weight for i in framework.indicators}
    total = sum(weights.values())
    best_key, best, top_key, top = None, None, None, None
    for combination in product(*(per_indicator[n] for n in numbers)):
        spent: dict[str, Decimal] = {}
        for number, (_level, cost, _steps) in zip(numbers, combination, strict=True):
            unit = costs.units.get(number)
            spent[unit] = spent.get(unit, Decimal(0)) + cost
        if any(u in costs.capacities and spent[u] > costs.capacities[u] for u in spent):
            continue
        cost = sum((option[1] for option in combination), Decimal(0))
        steps = sum(option[2] for option in combination)
        index = (
            sum(weights[n] * option[0] for n, option in zip(numbers, combination, strict=True))
            / total
        )
        levels = {n: option[0] for n, option in zip(numbers, combination, strict=True)}
        plan = Best(cost, steps, index, levels)
        reverse_levels = tuple(option[0] for option in reversed(combination))
        key = (cost, steps, -index, reverse_levels)
        ok = round_half_up(index) >= target if basis is PredicateBasis.ROUNDED else index >= target
        if ok and (best_key is None or key < best_key):
            best_key, best = key, plan
        high = (-index, cost, steps, reverse_levels)
        if top_key is None or high < top_key:
            top_key, top = high, plan
    assert top is not None
    return (True, best) if best is not None else (False, top)


def ilp_min_cost(
    framework: ScoringFramework,
    values: Mapping[int, Fraction],
    minimum_index: Fraction,
    costs: CostTable,
) -> Decimal | None:
    """The least total cost with index ≥ ``minimum_index``, by HiGHS; None if infeasible.

    Binary x[i, k] = "indicator i reaches level k"; x[i, k] ≤ x[i, k−1] makes levels
    cumulative. Integer costs and whole current levels keep every coefficient an integer.
    """
    h = highspy.Highs()
    h.silent()
    weights = framework.scaled_weights
    total_weight = sum(weights.values())
    base = sum(weights[n] * values[n] for n in weights)
    top = int(framework.value_range.maximum)
    gain_terms, unit_terms = [], {}
    for number in framework.indicator_numbers:
        if number in costs.locked:
            continue
        start = int(values[number])
        previous = None
        for level in range(start + 1, costs.max_levels.get(number, top) + 1):
            cost = costs.steps[number][level]
            variable = h.addBinary(obj=float(cost))
            gain_terms.append(weights[number] * variable)
            unit = costs.units.get(number)
            if unit in costs.capacities:
                unit_terms.setdefault(unit, []).append(float(cost) * variable)
            if previous is not None:
                h.addConstr(variable <= previous)
            previous = variable
    needed = math.ceil(minimum_index * total_weight - base)
    if needed <= 0:
        return Decimal(0)
    if not gain_terms:
        return None
    h.addConstr(h.qsum(gain_terms) >= needed)
    for unit, terms in unit_terms.items():
        h.addConstr(h.qsum(terms) <= float(costs.capacities[unit]))
    h.minimize()
    status = h.getModelStatus()
    if status == highspy.HighsModelStatus.kInfeasible:
        return None
    assert status == highspy.HighsModelStatus.kOptimal, h.modelStatusToString(status)
    return Decimal(round(h.getInfo().objective_function_value))
