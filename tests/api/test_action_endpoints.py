"""The action plan through the API: actions made from the plan for a target by the koordinator,
listed with filters in a stable order, and moved along by their lead unit with the version
read; the other agency sees none of it."""

from __future__ import annotations

import datetime

import pytest

from spbe.audit.models import AuditEvent
from spbe.organizations.models import Unit
from spbe.planning.models import Action, ActionStatus
from spbe.planning.services import action_update
from tests.api.helpers import get, send, token_for
from tests.cast import make_cast

pytestmark = pytest.mark.dates


def actions_path(cast) -> str:
    return f"/evaluations/{cast.evaluation.pk}/actions"


def make_actions(cast, *indicators: int, **extra) -> list[dict]:
    """Indicators 1 (led by Kominfo), 2 and 3 (led by Bappeda) of the plan to 3.0."""
    body = {"target": "3.0", "indicators": list(indicators or (1, 2, 3)), **extra}
    response = send("post", actions_path(cast), token_for(cast.coordinator, scope="write"), body)
    assert response.status_code == 201, response.content
    return response.json()


def test_the_coordinator_turns_steps_of_the_plan_into_actions_audited_with_the_token(cast):
    token = token_for(cast.coordinator, scope="write", name="sistem-perencanaan")
    body = {"target": 3.0, "indicators": [2, 1]}
    response = send("post", actions_path(cast), token, body)
    assert response.status_code == 201
    created = response.json()
    assert [(a["indicator"], a["from_value"], a["to_level"]) for a in created] == [
        (1, "1.00", 3),
        (2, "1.00", 3),
    ]
    first, second = created
    assert first["lead_unit"]["id"] == cast.unit.pk
    assert second["lead_unit"]["id"] == cast.other_unit.pk
    assert [unit["id"] for unit in second["contributing_units"]] == [cast.unit.pk]
    assert first["deadline"] == str(cast.evaluation.self_assessment_deadline)
    assert (first["status"], first["version"], first["index_gain"]) == ("direncanakan", 1, "0.0260")
    event = AuditEvent.objects.get(action="plan.actions")
    assert (event.actor, event.data["token"]) == (cast.coordinator, "sistem-perencanaan")


def test_without_indicators_the_whole_plan_becomes_actions_by_the_deadline_given(cast):
    created = make_actions(cast, deadline="2027-03-31", target="1.1", indicators=None)
    assert created and {a["deadline"] for a in created} == {"2027-03-31"}
    assert Action.objects.filter(evaluation=cast.evaluation).count() == len(created)


def test_a_step_that_is_already_an_open_action_is_not_made_twice(cast):
    make_actions(cast, 1)
    token = token_for(cast.coordinator, scope="write")
    again = send("post", actions_path(cast), token, {"target": "3.0", "indicators": [1]})
    assert (again.status_code, again.json()["code"]) == (422, "refused")
    both = send("post", actions_path(cast), token, {"target": "3.0", "indicators": [1, 2]})
    assert [a["indicator"] for a in both.json()] == [2]


def test_an_indicator_that_is_no_step_of_the_plan_or_a_bad_target_is_422(cast):
    token = token_for(cast.coordinator, scope="write")
    for body, field in (
        ({"target": "1", "indicators": [1]}, "indicators"),  # a reached target has no step
        ({"target": "3", "indicators": [99]}, "indicators"),
        ({"target": "tiga"}, "target"),
        ({"target": 6}, "target"),
        ({"deadline": "besok"}, "deadline"),
        ({"basis": "tebakan"}, "basis"),
    ):
        response = send("post", actions_path(cast), token, body)
        assert response.status_code == 422, body
        assert list(response.json()["fields"]) == [field], body
    assert not Action.objects.exists()


def test_only_the_coordinator_makes_actions(cast):
    body = {"target": "3.0", "indicators": [1]}
    for role in ("pic", "other_pic", "internal_assessor", "leadership", "admin"):
        response = send(
            "post", actions_path(cast), token_for(getattr(cast, role), scope="write"), body
        )
        assert response.status_code == 403, role
    other = make_cast(prefix="lain-")
    token = token_for(other.coordinator, scope="write")
    assert send("post", actions_path(cast), token, body).status_code == 404
    assert not Action.objects.filter(evaluation=cast.evaluation).exists()


def test_the_list_is_filtered_by_status_unit_and_deadline_and_paginated_stably(cast):
    created = make_actions(cast)
    action_update(
        actor=cast.actor(cast.coordinator),
        action=Action.objects.get(pk=created[2]["id"]),
        status=ActionStatus.IN_PROGRESS,
        deadline=datetime.date(2026, 12, 1),
    )
    token = token_for(cast.leadership)
    everything = get(actions_path(cast), token).json()
    assert everything["count"] == 3
    assert [a["indicator"] for a in everything["items"]] == [3, 1, 2]  # by deadline, then number
    pages = [get(actions_path(cast), token, limit=1, offset=n).json()["items"] for n in range(3)]
    assert [page[0]["id"] for page in pages] == [a["id"] for a in everything["items"]]

    def indicators(**query) -> list[int]:
        return [a["indicator"] for a in get(actions_path(cast), token, **query).json()["items"]]

    assert indicators(status="berjalan") == [3]
    assert indicators(status="direncanakan") == [1, 2]
    assert indicators(unit=cast.other_unit.pk) == [3, 2]
    assert indicators(due_before="2026-12-15") == [3]
    assert indicators(due_before="2026-12-01") == []


@pytest.mark.parametrize(
    "query",
    [
        {"status": "hampir"},
        {"unit": "satu"},
        {"due_before": "kemarin"},
        {"limit": 0},
        {"offset": -1},
    ],
)
def test_a_bad_filter_is_422_naming_it(cast, query):
    response = get(actions_path(cast), token_for(cast.coordinator), **query)
    assert response.status_code == 422
    assert set(response.json()["fields"]) == set(query)


def test_one_action_is_read_by_every_viewer_and_by_nobody_of_the_other_agency(cast):
    [action] = make_actions(cast, 1)
    url = f"/actions/{action['id']}"
    for role in ("coordinator", "pic", "other_pic", "internal_assessor", "leadership", "admin"):
        assert get(url, token_for(getattr(cast, role))).json()["id"] == action["id"], role
    assert get(url, token_for(cast.pic)).json()["can_update"] is True
    assert get(url, token_for(cast.other_pic)).json()["can_update"] is False
    for role in ("outsider", "unassigned_assessor", "external_assessor"):
        response = get(url, token_for(getattr(cast, role)))
        assert response.status_code == 404, role
        assert "Kominfo" not in response.content.decode()
    assert get("/actions/999999", token_for(cast.coordinator)).status_code == 404


def test_the_other_agencys_actions_are_404_and_not_listed(cast):
    other = make_cast(prefix="lain-")
    [foreign] = make_actions(other, 1)
    token = token_for(cast.coordinator, scope="write")
    assert get(f"/actions/{foreign['id']}", token).status_code == 404
    assert get(actions_path(other), token).status_code == 404
    patch = send("patch", f"/actions/{foreign['id']}", token, {"version": 1, "status": "selesai"})
    assert patch.status_code == 404
    assert Action.objects.get(pk=foreign["id"]).status == ActionStatus.PLANNED


def test_the_lead_units_pic_moves_its_action_along_with_the_version_read(cast):
    [action] = make_actions(cast, 1)
    token = token_for(cast.pic, scope="write", name="aplikasi-kominfo")
    body = {"version": 1, "status": "berjalan", "note": " Draf perwal disusun "}
    response = send("patch", f"/actions/{action['id']}", token, body)
    assert response.status_code == 200, response.content
    changed = response.json()
    assert (changed["status"], changed["note"], changed["version"]) == (
        "berjalan",
        "Draf perwal disusun",
        2,
    )
    assert changed["deadline"] == action["deadline"]
    event = AuditEvent.objects.get(action="plan.action")
    assert (event.actor, event.data["token"]) == (cast.pic, "aplikasi-kominfo")


def test_a_change_based_on_an_older_version_is_409_and_changes_nothing(cast):
    [action] = make_actions(cast, 1)
    url = f"/actions/{action['id']}"
    assert (
        send(
            "patch", url, token_for(cast.pic, scope="write"), {"version": 1, "status": "berjalan"}
        ).status_code
        == 200
    )
    stale = send(
        "patch",
        url,
        token_for(cast.coordinator, scope="write"),
        {"version": 1, "status": "dibatalkan"},
    )
    assert (stale.status_code, stale.json()["code"]) == (409, "stale_version")
    assert Action.objects.get(pk=action["id"]).status == ActionStatus.IN_PROGRESS


def test_only_the_coordinator_moves_the_deadline_and_the_lead_unit(cast):
    [action] = make_actions(cast, 1)
    url = f"/actions/{action['id']}"
    pic = token_for(cast.pic, scope="write")
    for body in (
        {"version": 1, "deadline": "2027-01-31"},
        {"version": 1, "lead_unit": cast.other_unit.pk},
    ):
        response = send("patch", url, pic, body)
        assert (response.status_code, response.json()["code"]) == (403, "forbidden"), body
    coordinator = token_for(cast.coordinator, scope="write")
    body = {"version": 1, "deadline": "2027-01-31", "lead_unit": cast.other_unit.pk}
    moved = send("patch", url, coordinator, body).json()
    assert (moved["deadline"], moved["lead_unit"]["id"]) == ("2027-01-31", cast.other_unit.pk)
    assert send("patch", url, pic, {"version": 2, "status": "selesai"}).status_code == 403


def test_nobody_else_of_the_agency_changes_an_action(cast):
    [action] = make_actions(cast, 1)
    url = f"/actions/{action['id']}"
    for role in ("other_pic", "internal_assessor", "leadership", "admin"):
        response = send(
            "patch",
            url,
            token_for(getattr(cast, role), scope="write"),
            {"version": 1, "status": "selesai"},
        )
        assert response.status_code == 403, role
    assert Action.objects.get(pk=action["id"]).version == 1


def test_a_bad_change_is_422_and_changes_nothing(cast):
    [action] = make_actions(cast, 1)
    url = f"/actions/{action['id']}"
    token = token_for(cast.coordinator, scope="write")
    foreign = Unit.objects.get(agency=cast.other_agency)
    for body, field in (
        ({"status": "selesai"}, "version"),
        ({"version": 1, "status": "hampir"}, "status"),
        ({"version": 1, "deadline": "31-01-2027"}, "deadline"),
        ({"version": 1, "lead_unit": foreign.pk}, "lead_unit"),
        ({"version": 1, "lead_unit": 999999}, "lead_unit"),
    ):
        response = send("patch", url, token, body)
        assert response.status_code == 422, body
        assert list(response.json()["fields"]) == [field], body
    assert Action.objects.get(pk=action["id"]).version == 1
