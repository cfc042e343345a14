"""An assessor's recommendation becomes one action of the plan, with one click, and only one."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.assessor_services import assessor_result_save
from spbe.evaluations.models import AssessorResult
from spbe.planning.models import Action
from spbe.planning.recommendation_services import action_from_recommendation
from tests.cast import all_roles_but
from tests.evaluations.helpers import assessment
from tests.evaluations.pemdi_helpers import DOCUMENTS_DAY
from tests.evaluations.pemdi_pages import login_as, sent_on

pytestmark = pytest.mark.dates

DEADLINE = datetime.date(2026, 12, 31)


@pytest.fixture
def in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def recommended(pemdi, time_machine):
    """Indicator 4 assessed at 1.26 with a recommendation; indicator 3 led by Bappeda."""
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    for number in (3, 4):
        assessor_result_save(
            actor=pemdi.actor(pemdi.external_assessor),
            assessment=assessment(pemdi, number),
            version=0,
            value="1,26",
            note="",
            recommendation="Tetapkan peta rencana SPBE",
            evidence_uploaded=True,
            confirmed_at_interview=False,
            approved=False,
            today=DOCUMENTS_DAY,
        )
    return pemdi


def page_url(cast):
    return reverse("planning:recommendations", args=[cast.evaluation.pk])


def click_url(cast, number=4):
    return reverse("planning:recommendation_action", args=[cast.evaluation.pk, number])


def click(client, cast, number=4, unit=None, deadline=DEADLINE):
    return client.post(
        click_url(cast, number),
        {
            f"r{number}-lead_unit": str(unit or assessment(cast, number).lead_unit_id),
            f"r{number}-deadline": deadline.isoformat(),
        },
    )


def test_the_form_offers_the_indicators_lead_unit_by_default(client, recommended):
    page = login_as(client, recommended, "coordinator").get(page_url(recommended))
    assert page.status_code == 200
    forms = {row.result.assessment.indicator.number: row.form for row in page.context["rows"]}
    assert forms[4].initial["lead_unit"] == recommended.unit.pk
    assert forms[3].initial["lead_unit"] == recommended.other_unit.pk


def test_one_click_makes_one_action_and_a_second_click_makes_none(client, recommended):
    login_as(client, recommended, "coordinator")
    first = click(client, recommended)
    assert first.status_code == 302
    action = Action.objects.get()
    assert action.recommendation_of == AssessorResult.objects.get(
        assessment=assessment(recommended, 4)
    )
    assert (action.indicator.number, action.from_value, action.to_level) == (
        4,
        Decimal("1.26"),
        2,
    )
    assert (action.lead_unit, action.deadline) == (recommended.unit, DEADLINE)
    assert action.note == "Tetapkan peta rencana SPBE"
    assert AuditEvent.objects.filter(action="plan.action_from_recommendation").count() == 1
    second = click(client, recommended)
    assert second.status_code == 422
    assert "already an action" in second.context["refusal"]
    assert Action.objects.count() == 1
    page = client.get(page_url(recommended))
    assert 'class="action-made"' in page.content.decode()


def test_the_coordinator_may_give_the_action_to_another_unit(client, recommended):
    login_as(client, recommended, "coordinator")
    assert click(client, recommended, unit=recommended.other_unit.pk).status_code == 302
    assert Action.objects.get().lead_unit == recommended.other_unit


def test_a_deadline_in_the_past_is_refused_and_no_action_is_made(client, recommended):
    login_as(client, recommended, "coordinator")
    response = click(client, recommended, deadline=datetime.date(2026, 7, 1))
    assert response.status_code == 422
    assert "past" in response.context["refusal"]
    assert not Action.objects.exists()


def test_a_unit_of_another_agency_is_refused(client, recommended):
    login_as(client, recommended, "coordinator")
    foreign = recommended.other_agency.units.get()
    response = click(client, recommended, unit=foreign.pk)
    assert response.status_code == 422
    assert not Action.objects.exists()


@pytest.mark.parametrize("role", all_roles_but("coordinator"))
def test_nobody_but_the_coordinator_makes_the_action(client, recommended, role):
    response = click(login_as(client, recommended, role), recommended)
    assert response.status_code in (403, 404)
    assert not Action.objects.exists()


def test_the_service_refuses_a_second_action_for_the_same_recommendation(recommended, in_english):
    result = AssessorResult.objects.get(assessment=assessment(recommended, 4))
    make = {
        "actor": recommended.actor(recommended.coordinator),
        "result": result,
        "lead_unit_id": None,
        "deadline": DEADLINE,
        "today": DOCUMENTS_DAY,
    }
    action = action_from_recommendation(**make)
    assert action.lead_unit == recommended.unit  # the indicator's lead unit by default
    with pytest.raises(ActionRefused, match="already an action"):
        action_from_recommendation(**make)
    assert Action.objects.count() == 1


def test_a_result_without_a_recommendation_gives_no_action(recommended, in_english):
    AssessorResult.objects.filter(assessment=assessment(recommended, 4)).update(recommendation="")
    with pytest.raises(ActionRefused, match="no recommendation"):
        action_from_recommendation(
            actor=recommended.actor(recommended.coordinator),
            result=AssessorResult.objects.get(assessment=assessment(recommended, 4)),
            lead_unit_id=None,
            deadline=DEADLINE,
            today=DOCUMENTS_DAY,
        )
    assert not Action.objects.exists()
