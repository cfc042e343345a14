"""Plain data the scoring engine works on.

A :class:`ScoringFramework` is built from a framework library document
(:func:`spbe.scoring.document.framework_from_document`); the engine never reads files or the
database itself.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

# A value or weight as the engine accepts it: never a float.
Number = Decimal | Fraction | int


class PredicateBasis(StrEnum):
    """Which index decides the predicate near a boundary.

    The published decrees differ: in 2023 the index rounded to two decimals decided it (an exact
    1.7975, printed 1.80, was "Cukup"); in 2024 the unrounded index did (the same value was
    "Kurang").
    """

    EXACT = "exact"
    ROUNDED = "rounded"


@dataclass(frozen=True, slots=True)
class ValueRange:
    """The values an indicator may take, as the framework data says."""

    minimum: Decimal
    maximum: Decimal
    integer_only: bool


@dataclass(frozen=True, slots=True)
class MeanOfRule:
    """An indicator whose value is the mean of several sub-values (SPBE 2018 indicator 35)."""

    count: int
    member_label: str


@dataclass(frozen=True, slots=True)
class IndicatorSpec:
    number: int
    name: str
    weight: Fraction
    aspect: int
    mean_of: MeanOfRule | None = None


@dataclass(frozen=True, slots=True)
class AspectSpec:
    number: int
    name: str
    weight: Fraction
    domain: int | None


@dataclass(frozen=True, slots=True)
class DomainSpec:
    number: int
    name: str
    weight: Fraction


@dataclass(frozen=True, slots=True)
class PredicateBand:
    """One row of the predicate table; a missing bound means the band is open on that side."""

    name: str
    minimum: Fraction | None
    maximum: Fraction | None
    minimum_inclusive: bool
    maximum_inclusive: bool

    def contains(self, value: Fraction) -> bool:
        above_minimum = (
            self.minimum is None
            or value > self.minimum
            or (value == self.minimum and self.minimum_inclusive)
        )
        below_maximum = (
            self.maximum is None
            or value < self.maximum
            or (value == self.maximum and self.maximum_inclusive)
        )
        return above_minimum and below_maximum


@dataclass(frozen=True, slots=True)
class PredicatePolicy:
    """The predicate basis per evaluation year, kept in the framework data."""

    default: PredicateBasis = PredicateBasis.EXACT
    by_year: dict[int, PredicateBasis] = field(default_factory=dict)

    def basis_for(self, year: int | None) -> PredicateBasis:
        if year is None:
            return self.default
        return self.by_year.get(year, self.default)


@dataclass(frozen=True, slots=True)
class ScoringFramework:
    id: str
    revision: int
    value_range: ValueRange
    indicators: tuple[IndicatorSpec, ...]
    aspects: tuple[AspectSpec, ...]
    domains: tuple[DomainSpec, ...]
    predicates: tuple[PredicateBand, ...]
    predicate_policy: PredicatePolicy
    # Derived once, so that scoring 10,000 evaluations does not regroup indicators each time.
    aspect_members: dict[int, tuple[IndicatorSpec, ...]] = field(init=False, repr=False)
    domain_members: dict[int, tuple[IndicatorSpec, ...]] = field(init=False, repr=False)
    total_weight: Fraction = field(init=False, repr=False)
    # The weights times their common denominator: whole numbers, so that the sums of a
    # framework with whole levels stay in fast integer arithmetic until the final division.
    scaled_weights: dict[int, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        aspect_domain = {aspect.number: aspect.domain for aspect in self.aspects}
        by_aspect = {
            aspect.number: tuple(i for i in self.indicators if i.aspect == aspect.number)
            for aspect in self.aspects
        }
        by_domain = {
            domain.number: tuple(
                i for i in self.indicators if aspect_domain.get(i.aspect) == domain.number
            )
            for domain in self.domains
        }
        object.__setattr__(self, "aspect_members", by_aspect)
        object.__setattr__(self, "domain_members", by_domain)
        object.__setattr__(
            self, "total_weight", sum((i.weight for i in self.indicators), Fraction(0))
        )
        scale = math.lcm(*(i.weight.denominator for i in self.indicators)) if self.indicators else 1
        object.__setattr__(
            self, "scaled_weights", {i.number: int(i.weight * scale) for i in self.indicators}
        )

    @property
    def has_domains(self) -> bool:
        return bool(self.domains)

    @property
    def indicator_numbers(self) -> tuple[int, ...]:
        return tuple(indicator.number for indicator in self.indicators)

    def indicator(self, number: int) -> IndicatorSpec:
        for indicator in self.indicators:
            if indicator.number == number:
                return indicator
        raise KeyError(number)


@dataclass(frozen=True, slots=True)
class PartScore:
    """The index of one domain or aspect: exact and as displayed (two decimals, half-up)."""

    number: int
    name: str
    exact: Decimal
    display: Decimal


@dataclass(frozen=True, slots=True)
class ScoreResult:
    framework_id: str
    year: int | None
    index_exact: Decimal
    index: Decimal
    predicate: str | None
    predicate_basis: PredicateBasis
    domains: tuple[PartScore, ...]
    aspects: tuple[PartScore, ...]

    def domain(self, number: int) -> PartScore:
        return next(part for part in self.domains if part.number == number)

    def aspect(self, number: int) -> PartScore:
        return next(part for part in self.aspects if part.number == number)
