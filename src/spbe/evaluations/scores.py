"""The three indices of an evaluation (self, verified, external), all from the one engine.

An indicator without a value counts at the framework's lowest value (the national evaluator
gives the lowest level where nothing is proven), and each index says how many values were
missing, so a half-filled evaluation is never mistaken for a finished one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from spbe.evaluations.models import Assessment
from spbe.scoring import ScoreResult, ScoringFramework, score


class IndexKind(StrEnum):
    SELF = "self"
    VERIFIED = "verified"
    EXTERNAL = "external"


@dataclass(frozen=True)
class EvaluationIndex:
    kind: IndexKind
    result: ScoreResult
    filled: int
    total: int

    @property
    def complete(self) -> bool:
        return self.filled == self.total

    @property
    def missing(self) -> int:
        return self.total - self.filled


def value_of(assessment: Assessment, kind: IndexKind) -> Decimal | None:
    if kind is IndexKind.SELF:
        return assessment.claimed_level
    if kind is IndexKind.VERIFIED:
        return assessment.verified_level
    return assessment.external_value


def evaluation_index(
    framework: ScoringFramework,
    assessments: Iterable[Assessment],
    kind: IndexKind,
    *,
    year: int,
    overrides: dict[int, Decimal] | None = None,
) -> EvaluationIndex:
    """Score one kind of value; ``overrides`` (indicator number → value) serve the what-if."""
    lowest = framework.value_range.minimum
    values: dict[int, Decimal] = {}
    filled = 0
    for assessment in assessments:
        number = assessment.indicator.number
        value = value_of(assessment, kind)
        if value is not None:
            filled += 1
        values[number] = value if value is not None else lowest
    for number, value in (overrides or {}).items():
        values[number] = value
    for number in framework.indicator_numbers:
        values.setdefault(number, lowest)
    return EvaluationIndex(
        kind=kind,
        result=score(framework, values, year=year),
        filled=filled,
        total=len(framework.indicators),
    )


def all_indices(
    framework: ScoringFramework, assessments: list[Assessment], *, year: int
) -> dict[IndexKind, EvaluationIndex]:
    return {kind: evaluation_index(framework, assessments, kind, year=year) for kind in IndexKind}


def official_index(indices: dict[IndexKind, EvaluationIndex]) -> EvaluationIndex:
    """The best available figure: the external result once complete, else the verified
    levels (if any), else the self-assessment. A half-entered external result would count
    its missing indicators at the lowest level, so it never stands for the evaluation."""
    if indices[IndexKind.EXTERNAL].complete:
        return indices[IndexKind.EXTERNAL]
    if indices[IndexKind.VERIFIED].filled:
        return indices[IndexKind.VERIFIED]
    return indices[IndexKind.SELF]
