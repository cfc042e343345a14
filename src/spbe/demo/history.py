"""Illustrative indicator levels that reproduce Pematangsiantar's published totals.

For 2023 and 2024 the reports publish the four domain indices, so the levels reproduce those
and the index. For 2021 and 2022 only the index was published (by the press); the levels follow
the city's 2023 domain profile scaled to the published index. Either way the screen says the
levels are illustrative.
"""

from __future__ import annotations

from decimal import Decimal

from spbe.scoring.fit import fit_levels, reachable_domain_indices
from spbe.scoring.model import ScoringFramework

PROFILE_2023 = (Decimal("3.30"), Decimal("2.50"), Decimal("1.00"), Decimal("3.56"))


def illustrative_levels(
    framework: ScoringFramework,
    *,
    index: Decimal,
    domains: tuple[Decimal, ...] | None,
    year: int,
) -> dict[int, int]:
    if domains is not None:
        levels = fit_levels(framework, index=index, domains=dict(enumerate(domains, 1)), year=year)
        if levels is None:
            raise ValueError(f"no whole levels reproduce the published {year} result")
        return levels
    return _scaled_profile(framework, index=index, year=year)


def _scaled_profile(framework: ScoringFramework, *, index: Decimal, year: int) -> dict[int, int]:
    reachable = {d.number: reachable_domain_indices(framework, d.number) for d in framework.domains}
    weights = {
        d.number: Decimal(d.weight.numerator) / Decimal(d.weight.denominator)
        for d in framework.domains
    }
    total = sum(weights.values(), Decimal(0))
    profile_index = sum((weights[n] * PROFILE_2023[n - 1] for n in weights), Decimal(0)) / total
    estimate = (index - 1) / (profile_index - 1)
    # Try scale factors ever further from the estimate until the snapped domains fit exactly.
    for step in range(0, 400):
        for scale in (estimate + Decimal(step) / 1000, estimate - Decimal(step) / 1000):
            targets = {
                n: _nearest(reachable[n], 1 + scale * (PROFILE_2023[n - 1] - 1)) for n in reachable
            }
            levels = fit_levels(framework, index=index, domains=targets, year=year)
            if levels is not None:
                return levels
    raise ValueError(f"no illustrative levels reproduce the published {year} index {index}")


def _nearest(options: list[Decimal], wanted: Decimal) -> Decimal:
    return min(options, key=lambda option: (abs(option - wanted), option))
