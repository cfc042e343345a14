"""The schema every framework library file must satisfy.

Weights are written as strings ("1.30", or "20/6" where no decimal is exact) so that nothing
passes through a float. A file that breaks a rule of the framework's arithmetic (weights that
do not nest or do not sum to 100, overlapping predicate bands, gaps in the numbering) is
refused with a message naming the rule.

A framework revision may also list the evidence items (butir) of every level, with the rule
that turns their verdicts into a level, and the external indices that value some indicators
(Pemdi 2026; see docs/pemdi.md). Both are optional: SPBE 2020 and 2018 have neither.
"""

from __future__ import annotations

import datetime
import itertools
import re
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Any, Literal, Protocol

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from spbe.scoring.values import criterion_levels

_WEIGHT = re.compile(r"^\d+(\.\d+)?(/\d+)?$")


def _weight_text(value: str) -> str:
    if not _WEIGHT.match(value) or Fraction(value) <= 0:
        raise ValueError(f"weight {value!r} must be a positive decimal or a fraction such as 20/6")
    return value


WeightText = Annotated[str, AfterValidator(_weight_text)]
LevelKey = Annotated[str, Field(pattern=r"^\d$")]
ITEM_CODE = r"^I[1-9][0-9]*-L[0-9]-[0-9]{2}$"


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


class EvidenceItem(Strict):
    """One evidence item (butir) of a level, coded ``I<indicator>-L<level>-<position>``."""

    code: str = Field(pattern=ITEM_CODE)
    text: str = Field(min_length=1)


class ItemLevel(Strict):
    items: list[EvidenceItem]
    # The source lists no items for this level; the library does not invent any.
    items_missing_in_source: bool = False


class IndexScale(Strict):
    min: Decimal
    max: Decimal
    note: str | None = None


class IndexRange(Strict):
    level: int
    min: Decimal
    max: Decimal
    min_inclusive: bool
    max_inclusive: bool
    as_written: str


class ExternalIndex(Strict):
    """An index produced by another agency (SDI, SJIG, IPS, IKASANDI) that values an indicator.

    ``decides_level``: the value's range is the level. ``caps_level``: the items decide and the
    value caps the level (the range is one of the level's items).
    """

    name: str
    owner: str | None = None
    placed_in: str | None = None
    use: Literal["decides_level", "caps_level"]
    scale: IndexScale
    ranges: list[IndexRange] = Field(min_length=1)


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
    items_by_level: dict[LevelKey, ItemLevel] | None = None
    external_index: ExternalIndex | None = None
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
    item_rule: Literal["all_items_cumulative"] | None = None
    item_rule_source: str | None = None
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
        _check_items(self)
        _check_external_indices(self)
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
        missing = {str(level) for level in criterion_levels(levels)} - set(indicator.criteria)
        if missing:
            raise ValueError(
                f"indicator {indicator.number} lacks criteria for levels {sorted(missing)}"
            )


class _Band(Protocol):
    @property
    def min(self) -> Decimal | None: ...
    @property
    def max(self) -> Decimal | None: ...
    @property
    def min_inclusive(self) -> bool: ...
    @property
    def max_inclusive(self) -> bool: ...


def _check_predicates(predicates: list[Predicate]) -> None:
    """Bands must not overlap; with the first band open below, they must leave no gap."""
    ordered = sorted(predicates, key=lambda p: (p.min is not None, p.min or 0))
    _check_adjacent("predicate bands", [(p.name, p) for p in ordered])


def _check_adjacent(kind: str, bands: list[tuple[str, _Band]]) -> None:
    """Each band must end where the next begins, the boundary belonging to exactly one."""
    for (lower_name, lower), (upper_name, upper) in itertools.pairwise(bands):
        if lower.max is None or upper.min is None:
            raise ValueError(f"{kind} {lower_name} and {upper_name} overlap")
        if lower.max != upper.min:
            raise ValueError(f"{kind} {lower_name} and {upper_name} leave a gap or overlap")
        if lower.max_inclusive == upper.min_inclusive:
            raise ValueError(
                f"the boundary {lower.max} between {kind} {lower_name} and {upper_name} must "
                "belong to exactly one band"
            )


def _check_items(doc: FrameworkDocument) -> None:
    """Items need a rule, and every level from 1 up its own list with codes in order."""
    with_items = [i for i in doc.indicators if i.items_by_level is not None]
    if doc.item_rule is None:
        if with_items:
            raise ValueError(
                f"indicator {with_items[0].number} lists items but no item_rule is set"
            )
        return
    if len(with_items) != len(doc.indicators):
        lacking = sorted({i.number for i in doc.indicators} - {i.number for i in with_items})
        raise ValueError(f"item_rule is set but indicators {lacking} list no items")
    levels = {str(level) for level in criterion_levels(level.level for level in doc.levels)}
    seen: set[str] = set()
    for indicator in with_items:
        by_level = indicator.items_by_level or {}
        if set(by_level) != levels:
            raise ValueError(
                f"indicator {indicator.number} lists items for levels {sorted(by_level)}, "
                f"not for exactly the levels {sorted(levels)}"
            )
        for key, level in by_level.items():
            expected = [
                f"I{indicator.number}-L{key}-{position:02d}"
                for position in range(1, len(level.items) + 1)
            ]
            codes = [item.code for item in level.items]
            if codes != expected:
                raise ValueError(
                    f"indicator {indicator.number} level {key}: item codes {codes} must be "
                    f"{expected}"
                )
            if not codes and not level.items_missing_in_source:
                raise ValueError(
                    f"indicator {indicator.number} level {key} has no items: mark it "
                    "items_missing_in_source"
                )
            if codes and level.items_missing_in_source:
                raise ValueError(
                    f"indicator {indicator.number} level {key} has items but is marked "
                    "items_missing_in_source"
                )
            repeated = seen.intersection(codes)
            if repeated:
                raise ValueError(f"item codes {sorted(repeated)} appear more than once")
            seen.update(codes)


def _check_external_indices(doc: FrameworkDocument) -> None:
    """The ranges of an index run up the levels and, together, over its whole scale."""
    levels = criterion_levels(level.level for level in doc.levels)
    for indicator in doc.indicators:
        index = indicator.external_index
        if index is None:
            continue
        where = f"indicator {indicator.number} ({index.name})"
        ranges, scale = index.ranges, index.scale
        numbers = [r.level for r in ranges]
        if numbers != list(range(numbers[0], levels[-1] + 1)) or numbers[0] not in levels:
            raise ValueError(
                f"{where}: ranges must be given for consecutive levels up to {levels[-1]}, "
                f"got {numbers}"
            )
        if index.use == "decides_level" and numbers[0] != levels[0]:
            raise ValueError(f"{where}: an index that decides the level needs a range per level")
        for band in ranges:
            if not scale.min <= band.min < band.max <= scale.max:
                raise ValueError(
                    f"{where}: range of level {band.level} lies outside the scale "
                    f"{scale.min}-{scale.max}"
                )
        first, last = ranges[0], ranges[-1]
        # A range from the lowest level starts at the bottom of the scale; an index that
        # only ties the upper levels (I11: level 5) leaves the values below them to the items.
        if first.level == levels[0] and (first.min != scale.min or not first.min_inclusive):
            raise ValueError(f"{where}: the level-{first.level} range must include {scale.min}")
        if last.max != scale.max or not last.max_inclusive:
            raise ValueError(f"{where}: the level-{last.level} range must include {scale.max}")
        _check_adjacent(f"{where}: ranges of levels", [(str(r.level), r) for r in ranges])
