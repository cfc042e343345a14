"""From a validated library document to the scoring engine's plain data."""

from __future__ import annotations

from fractions import Fraction

from spbe.library.schema import FrameworkDocument, Indicator
from spbe.scoring.model import (
    AspectSpec,
    DomainSpec,
    EvidenceItemSpec,
    ExternalIndex,
    ExternalIndexUse,
    IndexRange,
    IndicatorItems,
    IndicatorSpec,
    ItemLevelSpec,
    ItemRule,
    MeanOfRule,
    PredicateBand,
    PredicateBasis,
    PredicatePolicy,
    ScoringFramework,
    ValueRange,
)


def scoring_framework(doc: FrameworkDocument) -> ScoringFramework:
    """Build the engine's view of a framework: weights, structure, range and predicates, and,
    where the revision has them, its evidence items and external indices."""
    return ScoringFramework(
        id=doc.id,
        revision=doc.revision,
        value_range=ValueRange(
            minimum=doc.value_range.min,
            maximum=doc.value_range.max,
            integer_only=doc.value_range.integer_only,
        ),
        indicators=tuple(
            IndicatorSpec(
                number=indicator.number,
                name=indicator.name,
                weight=indicator.exact_weight,
                aspect=indicator.aspect,
                mean_of=(
                    MeanOfRule(indicator.mean_of.count, indicator.mean_of.member_label)
                    if indicator.mean_of
                    else None
                ),
            )
            for indicator in doc.indicators
        ),
        aspects=tuple(
            AspectSpec(a.number, a.name, Fraction(a.weight), a.domain) for a in doc.aspects
        ),
        domains=tuple(DomainSpec(d.number, d.name, Fraction(d.weight)) for d in doc.domains),
        predicates=tuple(
            PredicateBand(
                name=p.name,
                minimum=None if p.min is None else Fraction(p.min),
                maximum=None if p.max is None else Fraction(p.max),
                minimum_inclusive=p.min_inclusive,
                maximum_inclusive=p.max_inclusive,
            )
            for p in doc.predicates
        ),
        predicate_policy=PredicatePolicy(
            default=PredicateBasis(doc.predicate_basis.default),
            by_year={
                year: PredicateBasis(basis) for year, basis in doc.predicate_basis.by_year.items()
            },
        ),
        item_rule=ItemRule(doc.item_rule) if doc.item_rule else None,
        indicator_items={
            i.number: items for i in doc.indicators if (items := _items(i)) is not None
        },
        external_indices={
            i.number: index for i in doc.indicators if (index := _external_index(i)) is not None
        },
    )


def _items(indicator: Indicator) -> IndicatorItems | None:
    if indicator.items_by_level is None:
        return None
    levels = sorted(indicator.items_by_level.items(), key=lambda entry: int(entry[0]))
    return IndicatorItems(
        indicator=indicator.number,
        levels=tuple(
            ItemLevelSpec(
                level=int(key),
                items=tuple(
                    EvidenceItemSpec(item.code, indicator.number, int(key), item.text)
                    for item in level.items
                ),
                missing_in_source=level.items_missing_in_source,
            )
            for key, level in levels
        ),
    )


def _external_index(indicator: Indicator) -> ExternalIndex | None:
    index = indicator.external_index
    if index is None:
        return None
    return ExternalIndex(
        indicator=indicator.number,
        name=index.name,
        use=ExternalIndexUse(index.use),
        scale_minimum=Fraction(index.scale.min),
        scale_maximum=Fraction(index.scale.max),
        ranges=tuple(
            IndexRange(
                level=r.level,
                minimum=Fraction(r.min),
                maximum=Fraction(r.max),
                minimum_inclusive=r.min_inclusive,
                maximum_inclusive=r.max_inclusive,
                as_written=r.as_written,
            )
            for r in index.ranges
        ),
    )
