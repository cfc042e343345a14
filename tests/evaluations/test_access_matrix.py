"""Role × view: every page answers each role inside and outside its scope.

A refusal is 403 (the user may see the evaluation but not do this) or 404 (the user may not
know it exists), never 200.
"""

import pytest
from django.urls import reverse

from spbe.evaluations.models import Assessment, EvaluationState
from tests.cast import MEMBERS, PASSWORD

ROLES = MEMBERS

# During the self-assessment.
GET_MATRIX = {
    "evaluations:detail": [200, 200, 200, 200, 200, 404, 404, 404, 200],
    "dashboard": [200, 200, 200, 200, 200, 404, 404, 404, 200],
    "evaluations:indicator": [200, 200, 200, 200, 200, 404, 404, 404, 200],
    "evaluations:comparison": [200, 200, 200, 200, 200, 404, 404, 404, 200],
    "evaluations:assignments": [200, 403, 403, 403, 403, 404, 404, 404, 403],
    "evaluations:external_import": [403, 403, 403, 403, 403, 404, 404, 404, 403],
}


def url(name, cast):
    if name == "evaluations:indicator":
        return reverse(name, args=[cast.evaluation.pk, 1])
    return reverse(name, args=[cast.evaluation.pk])


def client_for(client, cast, role):
    client.login(username=getattr(cast, role).username, password=PASSWORD)
    return client


@pytest.mark.parametrize("name", sorted(GET_MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_each_role_sees_only_its_scope(client, cast, name, role):
    expected = GET_MATRIX[name][ROLES.index(role)]
    response = client_for(client, cast, role).get(url(name, cast))
    assert response.status_code == expected


@pytest.mark.parametrize("name", sorted(GET_MATRIX))
def test_anonymous_users_are_sent_to_the_login_page(client, cast, name):
    response = client.get(url(name, cast))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


CLAIM = {
    "action": "claim",
    "claimed_level": "2",
    "justification": "Perwali ada.",
    "criteria_met": ["1", "2"],
    "submit": "0",
}


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("pic", 302),
        ("other_pic", 403),
        ("coordinator", 403),
        ("internal_assessor", 403),
        ("leadership", 403),
        ("outsider", 404),
        ("external_assessor", 404),
        ("admin", 403),
    ],
)
def test_only_the_lead_units_pic_saves_a_claim(client, cast, role, expected):
    assessment = Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1)
    data = {**CLAIM, "version": assessment.version}
    response = client_for(client, cast, role).post(url("evaluations:indicator", cast), data)
    assert response.status_code == expected
    assessment.refresh_from_db()
    assert (assessment.claimed_level is not None) == (expected == 302)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("coordinator", 302),
        ("pic", 403),
        ("leadership", 403),
        ("internal_assessor", 403),
        ("outsider", 404),
        ("admin", 403),
    ],
)
def test_only_the_coordinator_moves_the_evaluation_on(client, cast, role, expected):
    response = client_for(client, cast, role).post(
        reverse("evaluations:next", args=[cast.evaluation.pk])
    )
    assert response.status_code == expected
    cast.evaluation.refresh_from_db()
    moved = cast.evaluation.state == EvaluationState.REVIEW
    assert moved == (expected == 302)


ACTIONS = ("claim", "verify", "return", "external")


def test_leadership_cannot_write_anything(client, cast):
    client_for(client, cast, "leadership")
    assessment = Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1)
    address = reverse("evidence:indicator_link_address", args=[cast.evaluation.pk, 1])
    posts = [(url("evaluations:indicator", cast), action) for action in ACTIONS] + [
        (address, "evidence")
    ]
    for target, action in posts:
        response = client.post(
            target,
            {
                **CLAIM,
                "action": action,
                "version": assessment.version,
                "verified_level": "2",
                "return_note": "x",
                "external_value": "2",
                "title": "x",
            },
        )
        assert response.status_code == 403, action


def test_an_external_assessor_sees_a_submitted_evaluation_only_when_assigned(client, cast):
    cast.evaluation.state = EvaluationState.SUBMITTED
    cast.evaluation.save()
    assigned = client_for(client, cast, "external_assessor").get(url("evaluations:detail", cast))
    assert assigned.status_code == 200
    client.logout()
    other = client_for(client, cast, "unassigned_assessor").get(url("evaluations:detail", cast))
    assert other.status_code == 404


def test_nobody_sees_another_agencys_evaluation_in_lists(client, cast):
    response = client_for(client, cast, "outsider").get(reverse("evaluations:list"))
    assert response.status_code == 200
    assert "Kota Uji" not in response.content.decode()


def test_a_save_on_an_old_version_answers_409_and_keeps_what_the_user_typed(client, cast):
    assessment = Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1)
    old_version = assessment.version
    client_for(client, cast, "pic")
    first = client.post(
        url("evaluations:indicator", cast),
        {**CLAIM, "version": old_version, "justification": "Versi pertama."},
    )
    assert first.status_code == 302
    second = client.post(
        url("evaluations:indicator", cast),
        {**CLAIM, "version": old_version, "justification": "Versi kedua saya."},
    )
    assert second.status_code == 409
    page = second.content.decode()
    assert "Versi kedua saya." in page  # the user's own text is still in the form
    assessment.refresh_from_db()
    assert assessment.justification == "Versi pertama."
