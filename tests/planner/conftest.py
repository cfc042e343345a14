"""Shared set-up of the planning tests: small frameworks, costs, and the CLI fixture."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from spbe.planner.costs import CostTable
from spbe.scoring.model import (
    AspectSpec,
    IndicatorSpec,
    PredicateBasis,
    PredicatePolicy,
    ScoringFramework,
    ValueRange,
)


def small_framework(
    weights: list[Fraction] | list[int],
    *,
    basis: PredicateBasis = PredicateBasis.EXACT,
    integer_only: bool = True,
) -> ScoringFramework:
    """A one-aspect framework with levels 1–5 and the given indicator weights."""
    indicators = tuple(
        IndicatorSpec(number=n, name=f"Indicator {n}", weight=Fraction(w), aspect=1)
        for n, w in enumerate(weights, start=1)
    )
    total = sum((i.weight for i in indicators), Fraction(0))
    return ScoringFramework(
        id="tiny",
        revision=1,
        value_range=ValueRange(Decimal(1), Decimal(5), integer_only),
        indicators=indicators,
        aspects=(AspectSpec(1, "Everything", total, None),),
        domains=(),
        predicates=(),
        predicate_policy=PredicatePolicy(default=basis),
    )


def cost_table(
    framework: ScoringFramework,
    steps: dict[int, dict[int, int]],
    *,
    max_levels: dict[int, int] | None = None,
    locked: set[int] | None = None,
    units: dict[int, str] | None = None,
    capacities: dict[str, int] | None = None,
) -> CostTable:
    return CostTable(
        framework_id=framework.id,
        steps={n: {k: Decimal(c) for k, c in levels.items()} for n, levels in steps.items()},
        max_levels=max_levels or {},
        locked=frozenset(locked or ()),
        units=units or {},
        capacities={u: Decimal(c) for u, c in (capacities or {}).items()},
    )
