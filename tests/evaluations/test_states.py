"""The named sets of states cover the workflow without overlapping where they must not."""

from spbe.evaluations.models import AssessmentState, EvaluationState
from spbe.evaluations.states import (
    CLAIMS_OPEN,
    EXTERNAL_OPEN,
    NOT_SENT,
    SENT,
    WITH_THE_REVIEWERS,
    WITH_THE_UNIT,
)


def test_an_evaluation_is_either_sent_or_not():
    assert set(NOT_SENT) | set(SENT) == set(EvaluationState)
    assert not set(NOT_SENT) & set(SENT)


def test_claims_change_only_before_sending_and_external_results_only_after():
    assert set(CLAIMS_OPEN) < set(NOT_SENT)
    assert EvaluationState.PREPARATION not in CLAIMS_OPEN
    assert set(EXTERNAL_OPEN) < set(SENT)
    assert EvaluationState.FINISHED not in EXTERNAL_OPEN


def test_an_indicator_is_either_with_its_unit_or_with_the_reviewers():
    assert set(WITH_THE_UNIT) | set(WITH_THE_REVIEWERS) == set(AssessmentState)
    assert not set(WITH_THE_UNIT) & set(WITH_THE_REVIEWERS)
