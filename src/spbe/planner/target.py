"""What "the index reaches the target" means, under the year's predicate basis.

Under the EXACT basis the unrounded index must be at least the target. Under the ROUNDED basis
(2023) the index as printed, rounded half-up to two decimals, must be at least the target: an
exact 2.595 prints 2.60 and so reaches 2.6.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from spbe.planner.errors import PlanningInputError
from spbe.scoring.engine import round_half_up
from spbe.scoring.model import PredicateBasis, ScoringFramework
from spbe.scoring.values import parse_number


def parse_target(framework: ScoringFramework, raw: object) -> Decimal:
    """Read a target index (number or numeric string) and check it lies on the framework's scale.

    Raises :class:`PlanningInputError` with code ``target_not_a_number`` or
    ``target_out_of_range``.
    """
    number = parse_number(raw)
    if number is None:
        raise PlanningInputError("target_not_a_number", value=raw)
    value_range = framework.value_range
    if not value_range.minimum <= number <= value_range.maximum:
        raise PlanningInputError(
            "target_out_of_range",
            value=number,
            minimum=value_range.minimum,
            maximum=value_range.maximum,
        )
    return number


def threshold(target: Decimal, basis: PredicateBasis) -> Fraction:
    """The smallest exact index that reaches ``target`` under ``basis``.

    For ROUNDED, ``round_half_up(x) >= target`` holds exactly when ``x`` is at least the
    target raised to the next hundredth, minus half a hundredth.
    """
    exact = Fraction(target)
    if basis is PredicateBasis.EXACT:
        return exact
    hundredths = -((-exact.numerator * 100) // exact.denominator)  # ceil(target · 100)
    return Fraction(hundredths, 100) - Fraction(1, 200)


def reaches(index: Fraction | Decimal, target: Decimal, basis: PredicateBasis) -> bool:
    """Whether an index reaches the target under the basis (the rule :func:`threshold` encodes)."""
    if basis is PredicateBasis.ROUNDED:
        return round_half_up(index) >= target
    return Fraction(index) >= Fraction(target)
