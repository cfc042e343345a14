"""The cost curve and the optimal plan of an evaluation, computed once per state of its values
and costs (and, for the plan, the target).

The curve is a pure function of the framework revision, the starting values, the costs and the
year (``spbe.planner.pareto``), the plan of the same and the target (``spbe.planner.optimizer``),
so their inputs' digest is a safe cache key: a claim, a review or
a cost change gives new inputs and so a new key, and nothing has to be invalidated. The cache
is Django's (in-process by default, shared when one is configured).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from decimal import Decimal

from django.core.cache import cache

from spbe.planner.costs import CostTable
from spbe.planner.gap import GapReport, gap_to_target
from spbe.planner.optimizer import Plan, optimal_plan
from spbe.planner.pareto import ParetoFront, pareto_front
from spbe.scoring import ScoringFramework

ONE_DAY = 24 * 60 * 60


def inputs_digest(
    revision_key: str, values: Mapping[int, Decimal], costs: CostTable, year: int | None
) -> str:
    """A digest of everything the curve depends on, written out in a canonical order."""
    text = json.dumps(
        {
            "revision": revision_key,
            "year": year,
            "values": sorted((number, str(value)) for number, value in values.items()),
            "steps": sorted(
                (number, sorted((level, str(cost)) for level, cost in levels.items()))
                for number, levels in costs.steps.items()
            ),
            "max_levels": sorted(costs.max_levels.items()),
            "locked": sorted(costs.locked),
            "units": sorted(costs.units.items()),
            "capacities": sorted((unit, str(cap)) for unit, cap in costs.capacities.items()),
            "framework": costs.framework_id,
            "cost_unit": costs.cost_unit,
        },
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode()).hexdigest()


def front_key(
    revision_key: str, values: Mapping[int, Decimal], costs: CostTable, year: int | None
) -> str:
    """The cache key of the curve of these inputs; it also names the curve for the page's
    fragments that show it (``spbe.planning.page_fragments``).

    ``revision_key`` names the framework revision's content (its id and library SHA-256).
    """
    return f"spbe:pareto:{inputs_digest(revision_key, values, costs, year)}"


def cached_front(
    framework: ScoringFramework,
    values: Mapping[int, Decimal],
    *,
    costs: CostTable,
    year: int | None,
    key: str,
) -> ParetoFront:
    """``pareto_front`` of these inputs, from the cache when it was computed before; ``key``
    is their :func:`front_key`."""
    front = cache.get(key)
    if front is None:
        front = pareto_front(framework, values, costs=costs, year=year)
        cache.set(key, front, ONE_DAY)
    return front


def cached_plan(
    framework: ScoringFramework,
    values: Mapping[int, Decimal],
    *,
    target: Decimal,
    costs: CostTable,
    year: int | None,
    key: str,
) -> Plan:
    """``optimal_plan`` of these inputs, from the cache when it was computed before; ``key`` is
    the :func:`front_key` of the same values, costs and year."""
    # str(target) keeps 3.0 and 3.00 apart, as the page shows what was typed.
    plan_key = f"spbe:plan:{key}:{target}"
    plan = cache.get(plan_key)
    if plan is None:
        plan = optimal_plan(framework, values, target=target, costs=costs, year=year)
        cache.set(plan_key, plan, ONE_DAY)
    return plan


def cached_gap(
    framework: ScoringFramework,
    values: Mapping[int, Decimal],
    *,
    target: Decimal,
    year: int | None,
    revision_key: str,
    criteria: Callable[[], Mapping[int, Mapping[int, str]]],
) -> GapReport:
    """``gap_to_target`` of these values, from the cache when it was computed before.

    The gap does not depend on the costs, so it has a key of its own: the revision's content
    (``revision_key``, which also fixes the library's ``criteria``, read only on a miss), the
    year, the values and the target as typed."""
    text = json.dumps(
        {
            "revision": revision_key,
            "year": year,
            "values": sorted((number, str(value)) for number, value in values.items()),
            "target": str(target),
        },
        separators=(",", ":"),
    )
    key = f"spbe:gap:{hashlib.sha256(text.encode()).hexdigest()}"
    gap = cache.get(key)
    if gap is None:
        gap = gap_to_target(framework, values, target=target, year=year, criteria=criteria())
        cache.set(key, gap, ONE_DAY)
    return gap
