"""The scoring engine of PermenPANRB 59/2020 (and of the frameworks that reuse its method).

The regulation's weighted means (Lampiran B.4):

* aspect index = Σ w·v / Σ w over the aspect's indicators;
* domain index = the weighted mean of its aspects, which equals Σ w·v / Σ w over the domain's
  indicators because the weights nest exactly;
* index = Σ w·v / 100 over all indicators (the weights sum to 100).

Values and weights arrive as :class:`~decimal.Decimal` and results leave as ``Decimal``. In
between, sums are carried as exact rationals (:class:`fractions.Fraction`): SPBE 2018 has
weights of 20/6 that no decimal can hold, and a predicate decided on an approximation of the
index could flip at a boundary. Nothing is ever a float.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Context, Decimal
from fractions import Fraction
from functools import lru_cache

from spbe.scoring.model import (
    IndexScore,
    IndicatorSpec,
    Number,
    PartScore,
    PredicateBand,
    PredicateBasis,
    ScoreResult,
    ScoringFramework,
)
from spbe.scoring.values import ScoringInputError

TWO_PLACES = Decimal("0.01")
# Enough digits to show any unrounded index faithfully; only the *display* of an exact
# rational is cut here, never a comparison.
EXACT_DIGITS = 28
_EXACT_CONTEXT = Context(prec=EXACT_DIGITS)


def score(
    framework: ScoringFramework,
    values: Mapping[int, Number],
    *,
    year: int | None = None,
) -> ScoreResult:
    """Compute the aspect, domain and overall index and the predicate of one evaluation.

    ``values`` must hold one validated value per indicator of the framework (see
    :func:`spbe.scoring.values.parse_values`). ``year`` selects the predicate basis from the
    framework's per-year policy; without a year the policy's default applies.
    """
    weighted = _weighted(framework, values)
    aspects = tuple(
        _part(
            aspect.number,
            aspect.name,
            framework.aspect_members[aspect.number],
            weighted,
            framework.scaled_weights,
        )
        for aspect in framework.aspects
    )
    domains = tuple(
        _part(
            domain.number,
            domain.name,
            framework.domain_members[domain.number],
            weighted,
            framework.scaled_weights,
        )
        for domain in framework.domains
    )
    overall = _index(framework, weighted, year)
    return ScoreResult(
        framework_id=framework.id,
        year=year,
        index_exact=overall.index_exact,
        index=overall.index,
        predicate=overall.predicate,
        predicate_basis=framework.predicate_policy.basis_for(year),
        domains=domains,
        aspects=aspects,
    )


def index_score(
    framework: ScoringFramework, index: Fraction, *, year: int | None = None
) -> IndexScore:
    """An exact index as :func:`score` shows it: unrounded, rounded half up, and its predicate
    under the year's basis. For a caller that already has the exact index of many plans (the
    cost-vs-index curve, whose knapsack counts the index in exact units)."""
    basis = framework.predicate_policy.basis_for(year)
    return IndexScore(
        index_exact=to_decimal(index),
        index=round_half_up(index),
        predicate=predicate_for(framework, index, basis),
    )


def _weighted(
    framework: ScoringFramework, values: Mapping[int, Number]
) -> dict[int, int | Fraction]:
    missing = [n for n in framework.indicator_numbers if n not in values]
    if missing:
        raise ScoringInputError("missing_indicators", indicators=tuple(missing))
    # Every weight is scaled by the same factor, which cancels in each ratio below.
    return {
        number: weight * _exact(values[number])
        for number, weight in framework.scaled_weights.items()
    }


def _index(
    framework: ScoringFramework, weighted: Mapping[int, int | Fraction], year: int | None
) -> IndexScore:
    index = Fraction(sum(weighted.values())) / sum(framework.scaled_weights.values())
    return index_score(framework, index, year=year)


def predicate_for(
    framework: ScoringFramework, index: Fraction | Decimal, basis: PredicateBasis
) -> str | None:
    """The predicate of an index under a basis, or ``None`` if the framework has no table."""
    exact = Fraction(index)
    decided_by = Fraction(round_half_up(exact)) if basis is PredicateBasis.ROUNDED else exact
    for band in framework.predicates:
        if band.contains(decided_by):
            return band.name
    return None


def round_half_up(value: Fraction | Decimal) -> Decimal:
    """Round to two decimals, half away from zero, exactly (the display rule)."""
    exact = Fraction(value)
    return round_ratio_half_up(exact.numerator, exact.denominator)


def round_ratio_half_up(numerator: int, denominator: int) -> Decimal:
    """``round_half_up`` of ``numerator / denominator`` (``denominator`` > 0), in integers."""
    hundredths = _hundredths(abs(numerator), denominator)
    sign = 1 if numerator < 0 else 0
    return Decimal((sign, tuple(int(digit) for digit in str(hundredths)), -2)).quantize(
        TWO_PLACES, rounding=ROUND_HALF_UP
    )


def _hundredths(numerator: int, denominator: int) -> int:
    # floor(|x|·100 + 1/2) in integers: no intermediate value is ever approximated.
    return (200 * numerator + denominator) // (2 * denominator)


def predicate_for_ratio(
    framework: ScoringFramework, numerator: int, denominator: int, basis: PredicateBasis
) -> str | None:
    """``predicate_for`` of the index ``numerator / denominator`` (both >= 0, ``denominator``
    > 0), compared in integers: the planner's curve asks this for every point."""
    if basis is PredicateBasis.ROUNDED:
        numerator, denominator = _hundredths(numerator, denominator), 100
    for band in framework.predicates:
        if _band_holds(band, numerator, denominator):
            return band.name
    return None


def _band_holds(band: PredicateBand, numerator: int, denominator: int) -> bool:
    """``band.contains(numerator / denominator)`` by cross-multiplying (denominators > 0)."""
    if band.minimum is not None:
        low = numerator * band.minimum.denominator - band.minimum.numerator * denominator
        if low < 0 or (low == 0 and not band.minimum_inclusive):
            return False
    if band.maximum is not None:
        high = numerator * band.maximum.denominator - band.maximum.numerator * denominator
        if high > 0 or (high == 0 and not band.maximum_inclusive):
            return False
    return True


def ratio_to_decimal(numerator: int, denominator: int) -> Decimal:
    """``to_decimal`` of ``numerator / denominator`` (``denominator`` > 0), without a Fraction."""
    common = math.gcd(numerator, denominator)
    numerator, denominator = numerator // common, denominator // common
    if denominator == 1:
        return Decimal(numerator)
    return _EXACT_CONTEXT.divide(Decimal(numerator), Decimal(denominator))


def to_decimal(value: Fraction) -> Decimal:
    """Show an exact rational as a Decimal with up to 28 significant digits."""
    if value.denominator == 1:
        return Decimal(value.numerator)
    return _EXACT_CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))


def _exact(value: Number) -> int | Fraction:
    """A value as an int when it is whole (the common case), else as an exact Fraction."""
    if isinstance(value, int):
        return value
    exact = value if isinstance(value, Fraction) else Fraction(value)
    return exact.numerator if exact.denominator == 1 else exact


def _part(
    number: int,
    name: str,
    members: tuple[IndicatorSpec, ...],
    weighted: Mapping[int, int | Fraction],
    scaled_weights: Mapping[int, int],
) -> PartScore:
    weight = sum(scaled_weights[i.number] for i in members)
    exact, display = _shown(sum(weighted[i.number] for i in members), weight)
    return PartScore(number=number, name=name, exact=exact, display=display)


@lru_cache(maxsize=65_536)
def _shown(total: int | Fraction, weight: int) -> tuple[Decimal, Decimal]:
    """The mean ``total / weight`` unrounded and as displayed. Remembered: the parts of many
    evaluations of one framework take few distinct sums (``spbe score --batch``, the history),
    and each costs a Fraction, a division and two Decimals."""
    exact = Fraction(total) / weight
    return to_decimal(exact), round_half_up(exact)


def index_effect(framework: ScoringFramework, indicator: int, change: Number) -> Decimal:
    """How much the index moves when one indicator's value moves by ``change`` (weight/100 per
    level). Exact; shown to four decimals by the pages."""
    weight = framework.indicator(indicator).weight
    effect = weight * Fraction(change) / framework.total_weight
    return to_decimal(effect)
