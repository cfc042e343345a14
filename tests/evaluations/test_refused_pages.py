"""A refused action on the evaluation's overview answers with the page, its reason and a 4xx
status (never a redirect with a flash message, which htmx and an API client cannot see)."""

from django.urls import reverse

from spbe.evaluations.models import EvaluationState
from tests.cast import PASSWORD


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    client.cookies["django_language"] = "en"
    return client


def refusal(response) -> str:
    return response.context["refusal"]


def test_a_step_whose_rule_is_not_met_answers_422_on_the_overview(client, cast):
    cast.evaluation.state = EvaluationState.REVIEW
    cast.evaluation.save(update_fields=["state"])
    response = login(client, cast.coordinator).post(
        reverse("evaluations:next", args=[cast.evaluation.pk])
    )
    assert response.status_code == 422
    assert "are not verified yet" in refusal(response)
    assert 'id="refusal"' in response.content.decode()
    cast.evaluation.refresh_from_db()
    assert cast.evaluation.state == EvaluationState.REVIEW


def test_a_pic_moving_the_evaluation_on_is_told_who_may(client, cast):
    response = login(client, cast.pic).post(reverse("evaluations:next", args=[cast.evaluation.pk]))
    assert response.status_code == 403
    assert refusal(response) == "Only the agency's coordinator may do this."


def test_assigning_no_external_assessor_answers_422(client, cast):
    url = reverse("evaluations:external_assessor", args=[cast.evaluation.pk])
    response = login(client, cast.coordinator).post(url, {"assessor": ""})
    assert response.status_code == 422
    assert refusal(response) == "Choose an external assessor."


def test_a_pic_assigning_an_external_assessor_gets_403_and_nothing_changes(client, cast):
    url = reverse("evaluations:external_assessor", args=[cast.evaluation.pk])
    response = login(client, cast.pic).post(url, {"assessor": cast.unassigned_assessor.pk})
    assert response.status_code == 403
    assert not cast.evaluation.external_assessors.filter(pk=cast.unassigned_assessor.pk).exists()


def test_the_coordinator_sees_and_assigns_external_assessors_on_the_overview(client, cast):
    login(client, cast.coordinator)
    page = client.get(reverse("evaluations:detail", args=[cast.evaluation.pk]))
    assert list(page.context["assessors"]) == [cast.external_assessor]
    assert list(page.context["assessor_candidates"]) == [cast.unassigned_assessor]
    url = reverse("evaluations:external_assessor", args=[cast.evaluation.pk])
    assert client.post(url, {"assessor": cast.unassigned_assessor.pk}).status_code == 302
    assert cast.evaluation.external_assessors.filter(pk=cast.unassigned_assessor.pk).exists()
