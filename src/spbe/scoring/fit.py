"""Finding whole indicator levels that reproduce published totals.

The national evaluator publishes only the index and the domain indices of each agency. To
show a history as real evaluations (the demo) and to check the engine against every published
row (the golden tests), we need *some* levels that give exactly those printed numbers. This
module finds them, or proves there are none. The levels it returns are illustrative: many
level vectors give the same totals.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from itertools import product

from spbe.scoring.engine import predicate_for, round_half_up
from spbe.scoring.model import IndicatorSpec, ScoringFramework


def fit_levels(
    framework: ScoringFramework,
    *,
    index: Decimal,
    domains: Mapping[int, Decimal] | None = None,
    predicate: str | None = None,
    year: int | None = None,
) -> dict[int, int] | None:
    """Whole levels whose displayed index (and domain indices, if given) equal the targets.

    With ``predicate``, the solution must also carry that predicate under the year's basis.
    Among several solutions, the one whose unrounded index is closest to the target is taken.
    Returns ``None`` when no levels reproduce the numbers.
    """
    groups = _groups(framework, bool(domains))
    candidates_per_group = []
    for number, members in groups:
        reachable = _reachable_sums(framework, members)
        total_weight = sum(framework.scaled_weights[i.number] for i in members)
        wanted = None if domains is None else domains.get(number)
        candidates = [
            total
            for total in reachable
            if wanted is None or round_half_up(Fraction(total, total_weight)) == wanted
        ]
        if not candidates:
            return None
        candidates_per_group.append(candidates)

    grand_weight = sum(framework.scaled_weights.values())
    basis = framework.predicate_policy.basis_for(year)
    best: tuple[Fraction, tuple[int, ...]] | None = None
    for combination in product(*candidates_per_group):
        exact = Fraction(sum(combination), grand_weight)
        if round_half_up(exact) != index:
            continue
        if predicate is not None and predicate_for(framework, exact, basis) != predicate:
            continue
        distance = abs(exact - Fraction(index))
        if best is None or distance < best[0]:
            best = (distance, combination)
    if best is None:
        return None
    levels: dict[int, int] = {}
    for (_number, members), total in zip(groups, best[1], strict=True):
        levels.update(_spread(framework, members, total))
    return levels


def _groups(
    framework: ScoringFramework, by_domain: bool
) -> list[tuple[int, tuple[IndicatorSpec, ...]]]:
    if by_domain and framework.domains:
        return [(d.number, framework.domain_members[d.number]) for d in framework.domains]
    return [(0, framework.indicators)]


def _reachable_sums(framework: ScoringFramework, members: tuple[IndicatorSpec, ...]) -> list[int]:
    levels = _levels(framework)
    weights = tuple(framework.scaled_weights[i.number] for i in members)
    return sorted(_sumset(weights, levels))


@lru_cache(maxsize=256)
def _sumset(weights: tuple[int, ...], levels: tuple[int, ...]) -> frozenset[int]:
    sums = {0}
    for weight in weights:
        sums = {total + weight * level for total in sums for level in levels}
    return frozenset(sums)


def _spread(
    framework: ScoringFramework, members: tuple[IndicatorSpec, ...], total: int
) -> dict[int, int]:
    """Levels for ``members`` with weighted sum ``total``, as even as the arithmetic allows."""
    levels = _levels(framework)
    weights = [framework.scaled_weights[i.number] for i in members]
    mean = Fraction(total, sum(weights))
    # Walk the indicators, keeping only choices after which the rest can still reach the total.
    chosen: dict[int, int] = {}
    remaining = total
    for position, indicator in enumerate(members):
        rest = tuple(weights[position + 1 :])
        reachable_rest = _sumset(rest, levels)
        options = sorted(levels, key=lambda level: (abs(level - mean), level))
        for level in options:
            if remaining - weights[position] * level in reachable_rest:
                chosen[indicator.number] = level
                remaining -= weights[position] * level
                break
        # Re-aim the rest at the mean still to be reached, so the spread stays even.
        if rest:
            mean = Fraction(remaining, sum(rest))
    return chosen


def _levels(framework: ScoringFramework) -> tuple[int, ...]:
    low = int(framework.value_range.minimum)
    high = int(framework.value_range.maximum)
    return tuple(range(low, high + 1))


def reachable_domain_indices(framework: ScoringFramework, domain: int) -> list[Decimal]:
    """Every two-decimal index a domain can show with whole levels, in increasing order."""
    members = framework.domain_members[domain]
    total_weight = sum(framework.scaled_weights[i.number] for i in members)
    shown = {
        round_half_up(Fraction(total, total_weight))
        for total in _reachable_sums(framework, members)
    }
    return sorted(shown)
