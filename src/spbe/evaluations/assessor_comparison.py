"""The self-assessment beside the assessors' result, per indicator and per aspect.

Every number comes from the scoring engine: both indices and every aspect from ``score`` over
the same values the rows show (a missing value counts at the lowest level, as the national
evaluator counts it), and each difference's effect on the index from ``index_effect``. The
effects of an aspect's indicators add up to the aspect's share of the difference, and all of
them to the difference between the two indices.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from spbe.catalog.selectors import revision_scoring_framework
from spbe.evaluations.assessor_selectors import assessor_results
from spbe.evaluations.models import Assessment, AssessorResult, Evaluation
from spbe.evaluations.selectors import evaluation_assessments
from spbe.scoring import score
from spbe.scoring.engine import index_effect
from spbe.scoring.model import PartScore, ScoreResult
from spbe.scoring.values import with_missing_at_lowest

EFFECT_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class IndicatorComparison:
    assessment: Assessment
    result: AssessorResult | None
    self_value: Decimal | None  # the claimed level of the Penilaian Mandiri
    assessor_value: Decimal | None
    difference: Decimal | None  # assessor − self, each missing value at the lowest level
    index_effect: Decimal  # the difference's effect on the index (exact)

    @property
    def recommendation(self) -> str:
        return self.result.recommendation if self.result else ""


@dataclass(frozen=True)
class AspectComparison:
    self_score: PartScore
    assessor_score: PartScore
    difference: Decimal  # exact aspect index: assessor − self
    index_effect: Decimal  # the sum of its indicators' effects on the index


@dataclass(frozen=True)
class AssessorComparison:
    indicators: list[IndicatorComparison]
    aspects: list[AspectComparison]
    self_index: ScoreResult
    assessor_index: ScoreResult
    assessed: int  # indicators with an assessor's value
    claimed: int  # indicators with a claimed level
    total: int

    @property
    def index_difference(self) -> Decimal:
        return self.assessor_index.index_exact - self.self_index.index_exact


def assessor_comparison(evaluation: Evaluation) -> AssessorComparison:
    """The claims beside the assessors' values, scored by the engine."""
    framework = revision_scoring_framework(evaluation.revision)
    assessments = evaluation_assessments(evaluation)
    results = assessor_results(evaluation)
    claimed = {a.indicator.number: a.claimed_level for a in assessments}
    valued = {
        number: result.value for number, result in results.items() if result.value is not None
    }
    self_values = with_missing_at_lowest(framework, claimed)
    assessor_values = with_missing_at_lowest(framework, valued)
    self_index = score(framework, self_values, year=evaluation.year)
    assessor_index = score(framework, assessor_values, year=evaluation.year)

    rows = []
    effects: dict[int, Decimal] = {}
    for assessment in assessments:
        number = assessment.indicator.number
        difference = assessor_values[number] - self_values[number]
        effect = index_effect(framework, number, difference)
        effects[number] = effect
        has_both = claimed.get(number) is not None or valued.get(number) is not None
        rows.append(
            IndicatorComparison(
                assessment=assessment,
                result=results.get(number),
                self_value=claimed.get(number),
                assessor_value=valued.get(number),
                difference=difference if has_both else None,
                index_effect=effect,
            )
        )
    aspects = [
        AspectComparison(
            self_score=self_part,
            assessor_score=assessor_index.aspect(self_part.number),
            difference=assessor_index.aspect(self_part.number).exact - self_part.exact,
            index_effect=sum(
                (
                    effects[spec.number]
                    for spec in framework.indicators
                    if spec.aspect == self_part.number
                ),
                Decimal(0),
            ),
        )
        for self_part in self_index.aspects
    ]
    return AssessorComparison(
        indicators=rows,
        aspects=aspects,
        self_index=self_index,
        assessor_index=assessor_index,
        assessed=len(valued),
        claimed=sum(value is not None for value in claimed.values()),
        total=len(framework.indicators),
    )
