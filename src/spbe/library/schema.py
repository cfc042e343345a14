"""The schema every framework library file must satisfy.

Weights are written as strings ("1.30", or "20/6" where no decimal is exact) so that nothing
passes through a float. A file that breaks a rule of the framework's arithmetic (weights that
do not nest or do not sum to 100, overlapping predicate bands, gaps in the numbering) is
refused with a message naming the rule.
"""

from __future__ import annotations

import datetime
import itertools
import re
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

_WEIGHT = re.compile(r"^\d+(\.\d+)?(/\d+)?$")


def _weight_text(value: str) -> str:
    if not _WEIGHT.match(value) or Fraction(value) <= 0:
        raise ValueError(f"weight {value!r} must be a positive decimal or a fraction such as 20/6")
    return value


WeightText = Annotated[str, AfterValidator(_weight_text)]
LevelKey = Annotated[str, Field(pattern=r"^\d$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Regulation(Strict):
    name: str
    short: str
    status: str | None = None
    details: dict[str, Any] = Field(default_factory=dict)


class ValueRange(Strict):
    min: Decimal
    max: Decimal
    integer_only: bool
    note: str | None = None


class Level(Strict):
    level: int
    name: str | None
    name_alternative: str | None = None
    description: str | None = None
    description_alternative: str | None = None


class Predicate(Strict):
    name: str
    min: Decimal | None
    max: Decimal | None
    min_inclusive: bool
    max_inclusive: bool
    as_written: str
    level_name: str | None = None


class PredicateBasisPolicy(Strict):
    default: Literal["exact", "rounded"] = "exact"
    by_year: dict[int, Literal["exact", "rounded"]] = Field(default_factory=dict)
    source: str


class Domain(Strict):
    number: int
    name: str
    weight: WeightText
    name_variants: list[str] = Field(default_factory=list)


class Aspect(Strict):
    number: int
    name: str
    weight: WeightText
    domain: int | None
    name_variants: list[str] = Field(default_factory=list)


class MeanOf(Strict):
    count: int = Field(ge=2)
    member_label: str


class EvidenceHints(Strict):
    general: str | None = None
    per_level: dict[LevelKey, str] = Field(default_factory=dict)
    fulfilment_per_level: dict[LevelKey, str] = Field(default_factory=dict)
    note: str | None = None


class IndicatorSources(Strict):
    criteria: str | None
    explanation: str | None
    evidence: str | None


class Indicator(Strict):
    number: int
    code: str
    name: str
    name_variants: list[str] = Field(default_factory=list)
    aspect: int
    weight: WeightText
    level_model: Literal["process", "service"] | None = None
    question: str | None = None
    criteria: dict[LevelKey, str]
    criteria_short: dict[LevelKey, str] = Field(default_factory=dict)
    criteria_guide_variant: dict[LevelKey, str] = Field(default_factory=dict)
    conditions: dict[LevelKey, list[str]] = Field(default_factory=dict)
    explanation: str | None = None
    evidence: EvidenceHints = Field(default_factory=EvidenceHints)
    external_index: dict[str, Any] | None = None
    mean_of: MeanOf | None = None
    sources: IndicatorSources
    quality_flags: list[str] = Field(default_factory=list)

    @property
    def exact_weight(self) -> Fraction:
        return Fraction(self.weight)


class FrameworkDocument(Strict):
    schema_version: Literal[1]
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    revision: int = Field(ge=1)
    revision_date: datetime.date
    revision_note: str
    title: str
    short_title: str
    regulation: Regulation
    structure: Literal["domain-aspect-indicator", "aspect-indicator"]
    value_range: ValueRange
    levels: list[Level]
    predicates: list[Predicate]
    predicates_source: str | None
    predicate_basis: PredicateBasisPolicy
    formula: str | None
    formula_source: str | None = None
    sources: list[str]
    uncertainties: list[str] = Field(default_factory=list)
    domains: list[Domain]
    aspects: list[Aspect]
    indicators: list[Indicator]

    @model_validator(mode="after")
    def _check_arithmetic(self) -> FrameworkDocument:
        _check_numbering("domain", [d.number for d in self.domains])
        _check_numbering("aspect", [a.number for a in self.aspects])
        _check_numbering("indicator", [i.number for i in self.indicators])
        _check_structure(self)
        _check_weights(self)
        _check_levels(self)
        _check_predicates(self.predicates)
        return self

    def indicator(self, number: int) -> Indicator:
        for indicator in self.indicators:
            if indicator.number == number:
                return indicator
        raise KeyError(number)


def _check_numbering(kind: str, numbers: list[int]) -> None:
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError(f"{kind} numbers must run 1..{len(numbers)} in order, got {numbers}")


def _check_structure(doc: FrameworkDocument) -> None:
    if doc.structure == "domain-aspect-indicator":
        if not doc.domains:
            raise ValueError("a domain-aspect-indicator framework needs domains")
        domain_numbers = {d.number for d in doc.domains}
        for aspect in doc.aspects:
            if aspect.domain not in domain_numbers:
                raise ValueError(f"aspect {aspect.number} names unknown domain {aspect.domain}")
    else:
        if doc.domains:
            raise ValueError("an aspect-indicator framework has no domains")
        for aspect in doc.aspects:
            if aspect.domain is not None:
                raise ValueError(f"aspect {aspect.number} names a domain, but there are none")
    aspect_numbers = {a.number for a in doc.aspects}
    for indicator in doc.indicators:
        if indicator.aspect not in aspect_numbers:
            raise ValueError(
                f"indicator {indicator.number} names unknown aspect {indicator.aspect}"
            )
    used = {indicator.aspect for indicator in doc.indicators}
    empty = sorted(aspect_numbers - used)
    if empty:
        raise ValueError(f"aspects without indicators: {empty}")


def _check_weights(doc: FrameworkDocument) -> None:
    total = sum((i.exact_weight for i in doc.indicators), Fraction(0))
    if total != 100:
        raise ValueError(f"indicator weights sum to {float(total)}, not 100")
    for aspect in doc.aspects:
        members = sum(
            (i.exact_weight for i in doc.indicators if i.aspect == aspect.number), Fraction(0)
        )
        if members != Fraction(aspect.weight):
            raise ValueError(
                f"aspect {aspect.number} weighs {aspect.weight} but its indicators sum to "
                f"{float(members)}"
            )
    for domain in doc.domains:
        members = sum(
            (Fraction(a.weight) for a in doc.aspects if a.domain == domain.number), Fraction(0)
        )
        if members != Fraction(domain.weight):
            raise ValueError(
                f"domain {domain.number} weighs {domain.weight} but its aspects sum to "
                f"{float(members)}"
            )


def _check_levels(doc: FrameworkDocument) -> None:
    levels = [level.level for level in doc.levels]
    low, high = int(doc.value_range.min), int(doc.value_range.max)
    if levels != list(range(low, high + 1)):
        raise ValueError(f"levels must run {low}..{high} to match the value range, got {levels}")
    allowed = {str(level) for level in levels}
    for indicator in doc.indicators:
        for field_name in ("criteria", "criteria_short", "criteria_guide_variant", "conditions"):
            unknown = set(getattr(indicator, field_name)) - allowed
            if unknown:
                raise ValueError(
                    f"indicator {indicator.number} {field_name} has unknown levels {sorted(unknown)}"
                )
        missing = {str(level) for level in levels if level >= 1} - set(indicator.criteria)
        if missing:
            raise ValueError(
                f"indicator {indicator.number} lacks criteria for levels {sorted(missing)}"
            )


def _check_predicates(predicates: list[Predicate]) -> None:
    """Bands must not overlap; with the first band open below, they must leave no gap."""
    ordered = sorted(predicates, key=lambda p: (p.min is not None, p.min or 0))
    for lower, upper in itertools.pairwise(ordered):
        if lower.max is None or upper.min is None:
            raise ValueError(f"predicate bands {lower.name} and {upper.name} overlap")
        if lower.max != upper.min:
            raise ValueError(
                f"predicate bands {lower.name} and {upper.name} leave a gap or overlap"
            )
        if lower.max_inclusive == upper.min_inclusive:
            raise ValueError(
                f"the boundary {lower.max} between {lower.name} and {upper.name} must belong "
                "to exactly one band"
            )
