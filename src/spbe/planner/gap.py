"""The gap to a target: where an evaluation stands, overall, per domain and aspect, and per indicator.

Every index comes from the scoring engine. The gap of a part is the target minus its unrounded
index (never below zero); whether it is reached follows the year's predicate basis. For each
indicator, one level step is worth its weight / 100 of the index (the weights sum to 100); the
first step from a fractional value is worth proportionally less (1.26 → 2 is 0.74 of a step).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from spbe.library.schema import FrameworkDocument
from spbe.planner.target import reaches
from spbe.scoring.engine import score, to_decimal
from spbe.scoring.model import Number, PartScore, PredicateBasis, ScoreResult, ScoringFramework


@dataclass(frozen=True, slots=True)
class PartGap:
    """The index of the whole, a domain or an aspect against the target."""

    number: int  # 0 for the overall index
    name: str
    index_exact: Decimal
    index: Decimal
    gap: Decimal  # target − unrounded index, or 0 once reached
    reached: bool


@dataclass(frozen=True, slots=True)
class IndicatorGap:
    """One indicator: what it is worth and what its next level asks for."""

    number: int
    name: str
    aspect: int
    weight: Decimal
    value: Decimal
    step_value: Decimal  # index points of one whole level step: weight / 100
    next_level: int | None  # None at the top of the scale
    next_step_gain: Decimal | None  # index points of reaching next_level from value
    next_criteria: str | None


@dataclass(frozen=True, slots=True)
class GapReport:
    framework_id: str
    year: int | None
    basis: PredicateBasis
    target: Decimal
    result: ScoreResult
    overall: PartGap
    domains: tuple[PartGap, ...]
    aspects: tuple[PartGap, ...]
    indicators: tuple[IndicatorGap, ...]


def gap_to_target(
    framework: ScoringFramework,
    values: Mapping[int, Number],
    *,
    target: Decimal,
    year: int | None = None,
    criteria: Mapping[int, Mapping[int, str]] | None = None,
) -> GapReport:
    """The current index against ``target`` overall, per domain, aspect and indicator.

    ``values`` are validated values for every indicator; ``criteria`` (indicator → level →
    text, see :func:`criteria_by_level`) fills each indicator's ``next_criteria``.
    """
    result = score(framework, values, year=year)
    basis = result.predicate_basis
    overall = PartScore(0, framework.id, result.index_exact, result.index)
    top = int(framework.value_range.maximum)
    total_weight = framework.total_weight
    indicators = []
    for spec in framework.indicators:
        value = Fraction(values[spec.number])
        next_level = int(value) + 1 if value < top else None
        text = None
        if next_level is not None and criteria is not None:
            text = criteria.get(spec.number, {}).get(next_level)
        indicators.append(
            IndicatorGap(
                number=spec.number,
                name=spec.name,
                aspect=spec.aspect,
                weight=to_decimal(spec.weight),
                value=to_decimal(value),
                step_value=to_decimal(spec.weight / total_weight),
                next_level=next_level,
                next_step_gain=(
                    None
                    if next_level is None
                    else to_decimal(spec.weight * (next_level - value) / total_weight)
                ),
                next_criteria=text,
            )
        )
    return GapReport(
        framework_id=framework.id,
        year=year,
        basis=basis,
        target=target,
        result=result,
        overall=_part_gap(overall, target, basis),
        domains=tuple(_part_gap(part, target, basis) for part in result.domains),
        aspects=tuple(_part_gap(part, target, basis) for part in result.aspects),
        indicators=tuple(indicators),
    )


def criteria_by_level(document: FrameworkDocument) -> dict[int, dict[int, str]]:
    """Each indicator's criteria per level, the short form where the library has one."""
    return {
        indicator.number: {
            int(level): indicator.criteria_short.get(level) or text
            for level, text in indicator.criteria.items()
        }
        for indicator in document.indicators
    }


def _part_gap(part: PartScore, target: Decimal, basis: PredicateBasis) -> PartGap:
    reached = reaches(Fraction(part.exact), target, basis)
    return PartGap(
        number=part.number,
        name=part.name,
        index_exact=part.exact,
        index=part.display,
        gap=Decimal(0) if reached else target - part.exact,
        reached=reached,
    )
