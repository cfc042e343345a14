"""The cost curve of an evaluation, computed once per state of its values and costs.

The curve is a pure function of the framework revision, the starting values, the costs and the
year (``spbe.planner.pareto``), so its inputs' digest is a safe cache key: a claim, a review or
a cost change gives new inputs and so a new key, and nothing has to be invalidated. The cache
is Django's (in-process by default, shared when one is configured).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from decimal import Decimal

from django.core.cache import cache

from spbe.planner.costs import CostTable
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


def cached_front(
    framework: ScoringFramework,
    values: Mapping[int, Decimal],
    *,
    costs: CostTable,
    year: int | None,
    revision_key: str,
) -> ParetoFront:
    """``pareto_front`` of these inputs, from the cache when it was computed before.

    ``revision_key`` names the framework revision's content (its id and library SHA-256).
    """
    key = f"spbe:pareto:{inputs_digest(revision_key, values, costs, year)}"
    front = cache.get(key)
    if front is None:
        front = pareto_front(framework, values, costs=costs, year=year)
        cache.set(key, front, ONE_DAY)
    return front
