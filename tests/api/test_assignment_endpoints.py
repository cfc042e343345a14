"""Assignments through the API: every viewer reads which unit leads and supports each indicator;
only the koordinator changes them, with the versions read, through the page's own service."""

from __future__ import annotations

import pytest

from spbe.audit.models import AuditEvent
from spbe.evaluations.services import assignments_update
from spbe.organizations.models import Unit
from tests.api.helpers import get, send, token_for
from tests.cast import make_cast

pytestmark = pytest.mark.dates


def path(cast) -> str:
    return f"/evaluations/{cast.evaluation.pk}/assignments"


def versions(cast) -> dict[int, int]:
    items = get(path(cast), token_for(cast.coordinator)).json()["items"]
    return {item["indicator"]: item["version"] for item in items}


def row(indicator: int, lead: int | None, version: int, supporting=()) -> dict:
    return {
        "indicator": indicator,
        "lead_unit": lead,
        "supporting_units": list(supporting),
        "version": version,
    }


def test_every_viewer_reads_each_indicators_units_and_version(cast):
    for role in ("coordinator", "pic", "internal_assessor", "leadership", "admin"):
        response = get(path(cast), token_for(getattr(cast, role)))
        assert response.status_code == 200, role
    body = response.json()
    assert body["evaluation"] == cast.evaluation.pk
    assert [unit["name"] for unit in body["units"]] == [
        "Badan Perencanaan",
        "Dinas Komunikasi dan Informatika",
    ]
    assert [item["indicator"] for item in body["items"]] == list(range(1, 48))
    second = body["items"][1]
    assert second["lead_unit"]["id"] == cast.other_unit.pk
    assert [unit["id"] for unit in second["supporting_units"]] == [cast.unit.pk]
    assert body["items"][0]["lead_unit"]["short_name"] == "Kominfo"
    assert all(item["version"] >= 1 for item in body["items"])


def test_the_other_agency_and_an_assessor_not_yet_sent_it_get_404(cast):
    for role in ("outsider", "unassigned_assessor", "external_assessor"):
        response = get(path(cast), token_for(getattr(cast, role)))
        assert response.status_code == 404, role
        assert "Kominfo" not in response.content.decode()


def test_the_coordinator_reassigns_an_indicator_and_it_is_audited_with_the_token(cast):
    seen = versions(cast)
    token = token_for(cast.coordinator, scope="write", name="sistem-kepegawaian")
    body = {"assignments": [row(3, cast.unit.pk, seen[3], [cast.other_unit.pk])]}
    response = send("put", path(cast), token, body)
    assert response.status_code == 200, response.content
    answer = response.json()
    assert answer["changed"] == 1
    third = answer["items"][2]
    assert third["lead_unit"]["id"] == cast.unit.pk
    assert [unit["id"] for unit in third["supporting_units"]] == [cast.other_unit.pk]
    assert third["version"] == seen[3] + 1
    assert answer["items"][3]["version"] == seen[4]  # an indicator not sent is left as it is
    event = AuditEvent.objects.filter(action="assessment.assign").latest("pk")
    assert event.data["before"]["lead_unit"] == cast.other_unit.pk
    assert (event.actor, event.data["token"]) == (cast.coordinator, "sistem-kepegawaian")


def test_sending_what_is_already_there_changes_nothing(cast):
    seen = versions(cast)
    token = token_for(cast.coordinator, scope="write")
    response = send("put", path(cast), token, {"assignments": [row(1, cast.unit.pk, seen[1])]})
    assert (response.status_code, response.json()["changed"]) == (200, 0)


def test_a_change_based_on_an_older_version_is_409_and_changes_nothing(cast):
    seen = versions(cast)
    assignments_update(
        actor=cast.actor(cast.coordinator),
        evaluation=cast.evaluation,
        assignments={3: (cast.unit.pk, set())},
    )
    token = token_for(cast.coordinator, scope="write")
    body = {"assignments": [row(4, cast.other_unit.pk, seen[4]), row(3, None, seen[3])]}
    response = send("put", path(cast), token, body)
    assert response.status_code == 409
    assert response.json()["code"] == "stale_version"
    after = get(path(cast), token).json()["items"]
    assert after[3]["lead_unit"]["id"] == cast.unit.pk  # indicator 4 was not changed either


def test_nobody_but_the_coordinator_assigns(cast):
    seen = versions(cast)
    body = {"assignments": [row(1, cast.other_unit.pk, seen[1])]}
    for role in ("pic", "other_pic", "internal_assessor", "leadership", "admin"):
        response = send("put", path(cast), token_for(getattr(cast, role), scope="write"), body)
        assert response.status_code == 403, role
        assert response.json()["code"] == "forbidden"
    for role in ("outsider", "unassigned_assessor", "external_assessor"):
        response = send("put", path(cast), token_for(getattr(cast, role), scope="write"), body)
        assert response.status_code == 404, role
    assert versions(cast) == seen


def test_a_unit_of_another_agency_or_an_unknown_indicator_is_422_and_changes_nothing(cast):
    seen = versions(cast)
    token = token_for(cast.coordinator, scope="write")
    foreign = Unit.objects.get(agency=cast.other_agency)
    for rows in (
        [row(1, cast.other_unit.pk, seen[1]), row(2, foreign.pk, seen[2])],
        [row(1, cast.unit.pk, seen[1], [foreign.pk])],
        [row(1, cast.other_unit.pk, seen[1]), row(99, cast.unit.pk, 1)],
        [row(1, None, seen[1])],  # the self-assessment has started: a lead unit stays
    ):
        response = send("put", path(cast), token, {"assignments": rows})
        assert response.status_code == 422, rows
        assert response.json()["code"] == "refused"
    assert versions(cast) == seen


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "assignments"),
        ({"assignments": []}, "assignments"),
        ({"assignments": [{"indicator": 1, "lead_unit": 1}]}, "assignments.0.version"),
        ({"assignments": [{"indicator": "satu", "version": 1}]}, "assignments.0.indicator"),
    ],
)
def test_a_malformed_body_is_422_naming_the_field(cast, body, field):
    response = send("put", path(cast), token_for(cast.coordinator, scope="write"), body)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid"
    assert field in response.json()["fields"]


def test_an_indicator_listed_twice_is_422(cast):
    seen = versions(cast)
    rows = [row(1, cast.unit.pk, seen[1]), row(1, cast.other_unit.pk, seen[1])]
    response = send(
        "put", path(cast), token_for(cast.coordinator, scope="write"), {"assignments": rows}
    )
    assert response.status_code == 422
    assert list(response.json()["fields"]) == ["assignments"]


def test_another_agencys_evaluation_is_404_even_for_its_coordinators_peer(cast):
    other = make_cast(prefix="lain-")
    token = token_for(cast.coordinator, scope="write")
    assert get(path(other), token).status_code == 404
    body = {"assignments": [row(1, cast.unit.pk, 1)]}
    assert send("put", path(other), token, body).status_code == 404
