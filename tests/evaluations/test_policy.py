"""The access rules of the evaluation workflow, one by one, with the reason each refusal gives."""

import pytest
from django.urls import reverse
from django.utils import translation

from spbe.evaluations import policy
from spbe.evaluations.models import Assessment, AssessmentState, EvaluationState
from spbe.evaluations.selectors import my_assessments
from spbe.organizations.actors import SYSTEM
from tests.cast import PASSWORD, allowed, make_user


def indicator(cast, number: int) -> Assessment:
    return Assessment.objects.select_related("indicator").get(
        evaluation=cast.evaluation, indicator__number=number
    )


def move_to(cast, state: str) -> None:
    cast.evaluation.state = state
    cast.evaluation.save(update_fields=["state"])


def test_the_agencys_readers_and_the_admin_view_an_open_evaluation(cast):
    assert allowed(cast, policy.can_view_evaluation, cast.evaluation) == {
        "coordinator",
        "pic",
        "other_pic",
        "internal_assessor",
        "leadership",
        "admin",
    }
    refusal = policy.can_view_evaluation(cast.actor(cast.outsider), cast.evaluation)
    assert not refusal and refusal.reason == policy.NOT_VISIBLE


def test_an_assigned_external_assessor_views_the_evaluation_once_it_is_sent(cast):
    assessor = cast.actor(cast.external_assessor)
    assert not policy.can_view_evaluation(assessor, cast.evaluation)
    move_to(cast, EvaluationState.SUBMITTED)
    assert policy.can_view_evaluation(assessor, cast.evaluation)
    assert not policy.can_view_evaluation(cast.actor(cast.unassigned_assessor), cast.evaluation)


def test_only_the_agencys_coordinator_opens_and_manages_an_evaluation(cast):
    assert allowed(cast, policy.can_create_evaluation, cast.agency.pk) == {"coordinator"}
    assert allowed(cast, policy.can_manage_evaluation, cast.evaluation) == {"coordinator"}
    assert not policy.can_create_evaluation(cast.actor(cast.coordinator), None)
    refusal = policy.can_manage_evaluation(cast.actor(cast.pic), cast.evaluation)
    assert refusal.reason == policy.ONLY_THE_COORDINATOR


@pytest.mark.parametrize(
    ("state", "open_"),
    [
        (EvaluationState.PREPARATION, True),
        (EvaluationState.SELF_ASSESSMENT, True),
        (EvaluationState.REVIEW, True),
        (EvaluationState.SUBMITTED, False),
        (EvaluationState.FINISHED, False),
    ],
)
def test_units_are_assigned_until_the_evaluation_is_sent(cast, state, open_):
    move_to(cast, state)
    decision = policy.can_assign(cast.actor(cast.coordinator), cast.evaluation)
    assert decision.allowed == open_
    assert decision.reason == ("" if open_ else policy.ASSIGNMENT_CLOSED)
    assert not policy.can_assign(cast.actor(cast.pic), cast.evaluation)


def test_the_admin_assigns_external_assessors_but_manages_nothing_else(cast):
    assert allowed(cast, policy.can_set_external_assessors, cast.evaluation) == {
        "coordinator",
        "admin",
    }
    assert not policy.can_manage_evaluation(cast.actor(cast.admin), cast.evaluation)


def test_only_the_lead_units_pic_edits_a_claim(cast):
    first = indicator(cast, 1)
    assert allowed(cast, policy.can_edit_claim, first, cast.evaluation) == {"pic"}
    with translation.override("en"):
        refusal = policy.can_edit_claim(cast.actor(cast.other_pic), first, cast.evaluation)
        assert str(refusal.reason) == "Only the PIC of the lead unit may change indicator 1."


def test_a_claim_with_the_reviewers_or_of_a_closed_self_assessment_cannot_change(cast):
    first = indicator(cast, 1)
    pic = cast.actor(cast.pic)
    first.state = AssessmentState.SUBMITTED
    with translation.override("en"):
        reason = str(policy.can_edit_claim(pic, first, cast.evaluation).reason)
    assert "Indicator 1 is Submitted; it can be changed again only if a reviewer" in reason
    first.state = AssessmentState.RETURNED
    assert policy.can_edit_claim(pic, first, cast.evaluation)
    move_to(cast, EvaluationState.SUBMITTED)
    assert policy.can_edit_claim(pic, first, cast.evaluation).reason == policy.CLAIMS_CLOSED


def test_the_coordinator_and_internal_assessors_review_while_the_self_assessment_runs(cast):
    assert allowed(cast, policy.can_review, cast.evaluation) == {
        "coordinator",
        "internal_assessor",
    }
    assert policy.can_review(cast.actor(cast.pic), cast.evaluation).reason == policy.ONLY_REVIEWERS
    move_to(cast, EvaluationState.SUBMITTED)
    closed = policy.can_review(cast.actor(cast.internal_assessor), cast.evaluation)
    assert closed.reason == policy.REVIEW_CLOSED


def test_the_external_result_is_recorded_from_dikirim_until_selesai(cast):
    assessor = cast.actor(cast.external_assessor)
    early = policy.can_record_external(assessor, cast.evaluation)
    assert early.reason == policy.EXTERNAL_CLOSED
    move_to(cast, EvaluationState.SUBMITTED)
    assert allowed(cast, policy.can_record_external, cast.evaluation) == {
        "coordinator",
        "external_assessor",
    }
    refusal = policy.can_record_external(cast.actor(cast.unassigned_assessor), cast.evaluation)
    assert refusal.reason == policy.ONLY_EXTERNAL
    move_to(cast, EvaluationState.FINISHED)
    assert not policy.can_record_external(assessor, cast.evaluation)


def test_the_system_reads_everything_and_changes_nothing(cast):
    assert policy.can_view_evaluation(SYSTEM, cast.evaluation)
    assert policy.can_read_agency(SYSTEM, cast.other_agency.pk)
    assert not policy.can_manage_evaluation(SYSTEM, cast.evaluation)
    assert not policy.can_edit_claim(SYSTEM, indicator(cast, 1), cast.evaluation)
    assert not policy.can_review(SYSTEM, cast.evaluation)


def test_a_units_list_holds_the_indicators_it_leads_or_supports(cast):
    pic, other_pic = cast.actor(cast.pic), cast.actor(cast.other_pic)
    assert policy.is_own_assessment(pic, indicator(cast, 1))
    assert policy.is_own_assessment(pic, indicator(cast, 2))  # supporting
    assert not policy.is_own_assessment(pic, indicator(cast, 3))
    assert policy.is_own_assessment(other_pic, indicator(cast, 3))
    move_to(cast, EvaluationState.SUBMITTED)
    assert not policy.is_own_assessment(pic, indicator(cast, 1))


def test_a_member_without_a_role_has_no_list_of_indicators_it_could_not_open(client, cast):
    """Regression: ``my_assessments`` listed a unit's indicators to any member of the unit,
    while ``can_view_evaluation`` (and so every link of the list) refused one without a role."""
    member = make_user("tanpa-peran", cast.agency, cast.unit)
    assert not policy.can_view_evaluation(cast.actor(member), cast.evaluation)
    assert not my_assessments(cast.actor(member)).exists()
    client.login(username=member.username, password=PASSWORD)
    page = client.get(reverse("evaluations:mine"))
    assert page.status_code == 200
    assert list(page.context["assessments"]) == []
