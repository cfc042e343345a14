"""Plain data the scoring engine works on.

A :class:`ScoringFramework` is built from a framework library document
(:func:`spbe.library.convert.scoring_framework`); the engine never reads files or the
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
        return within(
            value, self.minimum, self.maximum, self.minimum_inclusive, self.maximum_inclusive
        )


def within(
    value: Fraction,
    minimum: Fraction | None,
    maximum: Fraction | None,
    minimum_inclusive: bool,
    maximum_inclusive: bool,
) -> bool:
    """Whether a value lies in a band; a missing bound leaves the band open on that side."""
    above_minimum = minimum is None or value > minimum or (value == minimum and minimum_inclusive)
    below_maximum = maximum is None or value < maximum or (value == maximum and maximum_inclusive)
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


class ItemRule(StrEnum):
    """How the verdicts on a level's evidence items give a self-assessment level."""

    # The highest level L whose items, and those of every level below, are all accepted.
    ALL_ITEMS_CUMULATIVE = "all_items_cumulative"


@dataclass(frozen=True, slots=True)
class EvidenceItemSpec:
    """One evidence item (butir), e.g. ``I3-L2-01``: indicator 3, level 2, first item."""

    code: str
    indicator: int
    level: int
    text: str


@dataclass(frozen=True, slots=True)
class ItemLevelSpec:
    level: int
    items: tuple[EvidenceItemSpec, ...]
    # The source lists no items for this level (Pemdi I9 level 3): nothing can prove it.
    missing_in_source: bool = False


@dataclass(frozen=True, slots=True)
class IndicatorItems:
    indicator: int
    levels: tuple[ItemLevelSpec, ...]  # ascending, from level 1


class ExternalIndexUse(StrEnum):
    """What an external index does to its indicator (see docs/pemdi.md)."""

    # The range the value falls in is the level (module text: "Kondisi").
    DECIDES_LEVEL = "decides_level"
    # The items decide; the value caps the level (module text: "Data Dukung").
    CAPS_LEVEL = "caps_level"


@dataclass(frozen=True, slots=True)
class IndexRange:
    level: int
    minimum: Fraction
    maximum: Fraction
    minimum_inclusive: bool
    maximum_inclusive: bool
    as_written: str

    def contains(self, value: Fraction) -> bool:
        return within(
            value, self.minimum, self.maximum, self.minimum_inclusive, self.maximum_inclusive
        )


@dataclass(frozen=True, slots=True)
class ExternalIndex:
    """An index of another agency (SDI, SJIG, IPS, IKASANDI) that values one indicator."""

    indicator: int
    name: str
    use: ExternalIndexUse
    scale_minimum: Fraction
    scale_maximum: Fraction
    ranges: tuple[IndexRange, ...]  # ascending levels, up to the top level


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
    # Optional capabilities of a framework revision (Pemdi 2026 has them, SPBE does not).
    item_rule: ItemRule | None = None
    indicator_items: dict[int, IndicatorItems] = field(default_factory=dict)
    external_indices: dict[int, ExternalIndex] = field(default_factory=dict)
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
class IndexScore:
    """The overall index and its predicate alone (``engine.score_index``)."""

    index_exact: Decimal
    index: Decimal
    predicate: str | None


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
