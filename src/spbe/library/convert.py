"""From a validated library document to the scoring engine's plain data."""

from __future__ import annotations

from fractions import Fraction

from spbe.library.schema import FrameworkDocument
from spbe.scoring.model import (
    AspectSpec,
    DomainSpec,
    IndicatorSpec,
    MeanOfRule,
    PredicateBand,
    PredicateBasis,
    PredicatePolicy,
    ScoringFramework,
    ValueRange,
)


def scoring_framework(doc: FrameworkDocument) -> ScoringFramework:
    """Build the engine's view of a framework: weights, structure, range and predicates."""
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
    )
