"""Which values a plan starts from: an evaluation's claims, verified levels or external result."""

from __future__ import annotations

from decimal import Decimal

from spbe.evaluations.models import Assessment
from spbe.evaluations.scores import IndexKind, value_of
from spbe.scoring import ScoringFramework


def starting_values(
    framework: ScoringFramework, assessments: list[Assessment], kind: IndexKind
) -> dict[int, Decimal]:
    """The chosen kind of value per indicator; a missing value counts at the scale's bottom."""
    lowest = framework.value_range.minimum
    values = {number: lowest for number in framework.indicator_numbers}
    for assessment in assessments:
        value = value_of(assessment, kind)
        if value is not None:
            values[assessment.indicator.number] = value
    return values


def default_kind(assessments: list[Assessment]) -> IndexKind:
    """The complete external result, else the verified levels if any, else the claims
    (the same order as the dashboard's official index)."""
    if assessments and all(value_of(a, IndexKind.EXTERNAL) is not None for a in assessments):
        return IndexKind.EXTERNAL
    if any(value_of(a, IndexKind.VERIFIED) is not None for a in assessments):
        return IndexKind.VERIFIED
    return IndexKind.SELF
