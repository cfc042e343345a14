"""Who may ask for a report and import claims: whoever may view the evaluation."""

import pytest

from spbe.evaluations.models import EvaluationState
from spbe.evaluations.policy import NOT_VISIBLE
from spbe.reports import policy
from tests.cast import allowed, make_cast

READERS = {"coordinator", "pic", "other_pic", "internal_assessor", "leadership", "admin"}


@pytest.fixture
def cast(db):
    return make_cast()


@pytest.mark.parametrize("rule", [policy.can_request_report, policy.can_import_claims])
def test_the_readers_of_the_evaluation_and_no_one_else(cast, rule):
    assert allowed(cast, rule, cast.evaluation) == READERS
    assert rule(cast.actor(cast.outsider), cast.evaluation).reason == NOT_VISIBLE


def test_an_assigned_external_assessor_asks_for_a_report_once_the_evaluation_is_sent(cast):
    cast.evaluation.state = EvaluationState.SUBMITTED
    cast.evaluation.save(update_fields=["state"])
    assert policy.can_request_report(cast.actor(cast.external_assessor), cast.evaluation)
    assert not policy.can_request_report(cast.actor(cast.unassigned_assessor), cast.evaluation)
