"""From indicator values, costs and limits to the integer knapsack, and back.

Scaling. The index is Σ w·v / Σ w. With the framework's integer ``scaled_weights`` and ``D`` the
least common denominator of the current values that may still change, raising indicator *i*
from ``v`` to level ``k`` adds exactly ``w·(k − v)·D`` whole *gain units*; the index after a
plan of total gain *g* is ``(Σ w·v + g/D) / Σ w``. A fractional value (Pemdi 1.26) therefore
costs nothing in exactness: its first step, to level 2, adds ``w·0.74·100`` units with D = 100.

Costs become whole numbers the same way (times the least common denominator of every cost and
capacity), and each option's key is ``cost · M + steps`` with ``M`` above any possible number
of level steps, so that the knapsack's least key is the least cost, then the fewest steps.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from spbe.planner import knapsack
from spbe.planner.costs import CostTable
from spbe.planner.errors import PlanningInputError
from spbe.scoring.engine import to_decimal
from spbe.scoring.model import Number, ScoringFramework

# At most this many gain states (about 50 MB of choice tables for 20 indicators). Values with
# two decimals need 40,001 for Pemdi 2026; whole SPBE 2020 levels need 8,001.
MAX_STATES = 2_000_000


@dataclass(frozen=True, slots=True)
class Step:
    """Raise one indicator from its current value to a higher level, at a cost."""

    indicator: int
    from_value: Decimal
    to_level: int
    cost: Decimal


@dataclass(frozen=True, slots=True)
class Problem:
    """The knapsack for one set of values and costs, and what its integers mean."""

    framework: ScoringFramework
    values: Mapping[int, Fraction]
    from_values: Mapping[int, Decimal]  # the same values as shown in a step, converted once
    costs: CostTable
    items: tuple[knapsack.Item, ...]
    levels: Mapping[int, tuple[int, ...]]  # per indicator: the level of each option, in order
    step_costs: Mapping[int, tuple[Decimal, ...]]  # per indicator: each option's total cost
    value_scale: int  # D
    cost_scale: int
    step_factor: int  # M
    base: Fraction  # Σ w·v with the scaled weights
    total_weight: int  # Σ w with the scaled weights

    def index_at(self, gain: int) -> Fraction:
        """The exact index after a plan that adds ``gain`` units."""
        return (self.base + Fraction(gain, self.value_scale)) / self.total_weight

    def gain_needed(self, index: Fraction) -> int:
        """The fewest gain units that lift the index to at least ``index`` (0 if it is there)."""
        missing = (index * self.total_weight - self.base) * self.value_scale
        return max(0, math.ceil(missing))

    def cost_of_key(self, key: int) -> Decimal:
        return Decimal(key // self.step_factor) / Decimal(self.cost_scale)

    def solve(self) -> knapsack.Solution:
        """Solve the knapsack, one group per unit with a capacity and one for the rest."""
        by_unit: dict[str, list[knapsack.Item]] = {}
        free: list[knapsack.Item] = []
        for item in self.items:
            unit = self.costs.units.get(item.ident)
            if unit is not None and unit in self.costs.capacities:
                by_unit.setdefault(unit, []).append(item)
            else:
                free.append(item)
        groups = [knapsack.Group(tuple(free))]
        for unit, members in sorted(by_unit.items()):
            capacity = Fraction(self.costs.capacities[unit]) * self.cost_scale
            # Every finite key is below INFINITY, so a larger limit means the same.
            limit = min((math.floor(capacity) + 1) * self.step_factor, int(knapsack.INFINITY))
            groups.append(knapsack.Group(tuple(members), key_limit=limit))
        return knapsack.solve(groups)

    def steps_for(
        self, choice: Mapping[int, int], shared: dict[tuple[int, int], Step] | None = None
    ) -> tuple[Step, ...]:
        """The steps of a knapsack choice (indicator → option position), by indicator number.

        ``shared``, kept by the caller across choices, makes each distinct step one object
        (the cost curve's ~1,000 points repeat the same few hundred steps)."""
        memo: dict[tuple[int, int], Step] = {} if shared is None else shared
        steps = []
        for number, position in sorted(choice.items()):
            step = memo.get((number, position))
            if step is None:
                step = memo[number, position] = Step(
                    indicator=number,
                    from_value=self.from_values[number],
                    to_level=self.levels[number][position - 1],
                    cost=self.step_costs[number][position - 1],
                )
            steps.append(step)
        return tuple(steps)

    def values_after(self, steps: tuple[Step, ...]) -> dict[int, Fraction]:
        after = dict(self.values)
        after.update({step.indicator: Fraction(step.to_level) for step in steps})
        return after


def build_problem(
    framework: ScoringFramework, values: Mapping[int, Number], costs: CostTable
) -> Problem:
    """Lay out the options of every indicator that may still rise, in whole units.

    ``values`` must be validated (``spbe.scoring.values.parse_values``). Raises
    :class:`PlanningInputError` if a needed step has no cost, or the numbers are too fine.
    """
    exact = {number: Fraction(values[number]) for number in framework.indicator_numbers}
    top_of_scale = int(framework.value_range.maximum)
    options: dict[int, list[tuple[int, Decimal]]] = {}
    for number in framework.indicator_numbers:
        if number in costs.locked:
            continue
        top = costs.max_levels.get(number, top_of_scale)
        start = math.floor(exact[number])
        running = Decimal(0)
        levels = []
        for level in range(start + 1, top + 1):
            running += costs.step_cost(number, level)
            levels.append((level, running))
        if levels:
            options[number] = levels

    value_scale = math.lcm(1, *(exact[n].denominator for n in options))
    every_cost = [cost for levels in options.values() for _level, cost in levels]
    every_cost += [
        costs.capacities[unit] for unit in set(costs.units.values()) & set(costs.capacities)
    ]
    cost_scale = math.lcm(1, *(Fraction(cost).denominator for cost in every_cost))
    step_factor = 1 + sum(len(levels) for levels in options.values())
    weights = framework.scaled_weights

    items = []
    for number, levels in options.items():
        start = math.floor(exact[number])
        item_options = []
        for level, cost in levels:
            gain = weights[number] * (level - exact[number]) * value_scale
            key = int(Fraction(cost) * cost_scale) * step_factor + (level - start)
            item_options.append(knapsack.Option(gain=int(gain), key=key))
        items.append(knapsack.Item(ident=number, options=tuple(item_options)))

    states = 1 + sum(item.options[-1].gain for item in items)
    if states > MAX_STATES:
        raise PlanningInputError("values_too_precise", states=states, limit=MAX_STATES)
    if sum(item.options[-1].key for item in items) >= knapsack.KEY_LIMIT:
        raise PlanningInputError("costs_too_large")
    return Problem(
        framework=framework,
        values=exact,
        from_values={number: to_decimal(exact[number]) for number in options},
        costs=costs,
        items=tuple(items),
        levels={n: tuple(level for level, _cost in levels) for n, levels in options.items()},
        step_costs={n: tuple(cost for _level, cost in levels) for n, levels in options.items()},
        value_scale=value_scale,
        cost_scale=cost_scale,
        step_factor=step_factor,
        base=sum((weights[n] * exact[n] for n in exact), Fraction(0)),
        total_weight=sum(weights.values()),
    )
