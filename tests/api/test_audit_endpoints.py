"""The audit log through the API: a coordinator reads its own agency's events, the installation
administrator every agency's (and may pick one); every other role is refused with 403. Newest
first, filtered by action, object type and days, paginated; a bad filter is 422."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from spbe.audit.models import AuditEvent
from spbe.audit.services import audit_record
from tests.api.helpers import bearer, get, queries_of, token_for

pytestmark = pytest.mark.dates


def at(day: int, hour: int = 12) -> datetime.datetime:
    return datetime.datetime(2026, 11, day, hour, tzinfo=timezone.get_current_timezone())


@pytest.fixture
def log(cast) -> dict[str, AuditEvent]:
    """Three dated events of agency A, one of agency B and one of no agency, besides the cast's."""
    events = {
        "claim": audit_record(
            actor=cast.pic, action="claim.update", target=cast.evaluation, agency=cast.agency,
            summary="Klaim indikator 1",
        ),
        "review": audit_record(
            actor=cast.coordinator, action="review.verify", target=cast.evaluation,
            agency=cast.agency, summary="Verifikasi indikator 1",
        ),
        "late": audit_record(
            actor=cast.pic, action="claim.update", target=cast.evaluation, agency=cast.agency,
            summary="Klaim indikator 2",
        ),
        "other": audit_record(
            actor=cast.outsider, action="claim.update", target=cast.other_agency,
            agency=cast.other_agency, summary="Klaim Kabupaten Lain",
        ),
        "installation": audit_record(
            actor=None, action="benchmarks.import", target=None, summary="hasil.csv: +4 ~0",
            object_ref=("benchmarks.import", "hasil.csv"),
        ),
    }  # fmt: skip
    for name, day in (("claim", 2), ("review", 3), ("late", 5), ("other", 4), ("installation", 4)):
        AuditEvent.objects.filter(pk=events[name].pk).update(at=at(day))
    return events


def ids(body) -> list[int]:
    return [item["id"] for item in body["items"]]


def test_the_coordinator_reads_its_own_agencys_events_newest_first(cast, log):
    body = get("/audit", token_for(cast.coordinator), limit=200).json()
    own = AuditEvent.objects.filter(agency=cast.agency).order_by("-at", "-pk")
    assert ids(body) == [event.pk for event in own]
    assert {item["agency"] for item in body["items"]} == {"kota-uji"}
    assert "Kabupaten Lain" not in str(body) and "hasil.csv" not in str(body)
    claim = next(item for item in body["items"] if item["id"] == log["claim"].pk)
    assert (claim["actor"], claim["action"], claim["object_type"]) == (
        "pic-kominfo",
        "claim.update",
        "evaluations.evaluation",
    )


def test_the_coordinator_of_agency_b_reads_only_agency_bs(cast, log):
    body = get("/audit", token_for(cast.outsider), limit=200).json()
    assert log["other"].pk in ids(body)
    assert {item["agency"] for item in body["items"]} == {"kab-lain"}


def test_the_admin_reads_every_event_and_may_pick_an_agency(cast, log):
    text = token_for(cast.admin)
    everything = get("/audit", text, limit=200).json()
    assert everything["count"] == AuditEvent.objects.count()
    assert log["installation"].pk in ids(everything)
    assert get("/audit", text, agency="kab-lain").json()["items"][0]["id"] == log["other"].pk
    assert get("/audit", text, agency="tidak-ada").json()["count"] == 0


def test_a_coordinator_picking_another_agency_gets_nothing_of_it(cast, log):
    assert get("/audit", token_for(cast.coordinator), agency="kab-lain").json()["count"] == 0


@pytest.mark.parametrize(
    "role", ["pic", "other_pic", "internal_assessor", "leadership", "external_assessor"]
)
def test_every_other_role_is_refused_with_403(cast, log, role):
    response = get("/audit", token_for(getattr(cast, role)))
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert "Klaim" not in response.content.decode()


def test_the_filters_narrow_by_action_object_type_and_days_both_included(cast, log):
    text = token_for(cast.coordinator)
    claims = get("/audit", text, action="claim.update").json()
    assert ids(claims) == [log["late"].pk, log["claim"].pk]
    days = get("/audit", text, since="2026-11-03", until="2026-11-05").json()
    assert ids(days) == [log["late"].pk, log["review"].pk]
    one_day = get("/audit", text, since="2026-11-03", until="2026-11-03").json()
    assert ids(one_day) == [log["review"].pk]
    admin = token_for(cast.admin)
    imports = get("/audit", admin, object_type="benchmarks.import").json()
    assert ids(imports) == [log["installation"].pk]


def test_events_of_the_same_moment_are_ordered_newest_id_first(cast, log):
    text = token_for(cast.coordinator)
    AuditEvent.objects.filter(agency=cast.agency).update(at=at(6))
    body = get("/audit", text, limit=200).json()
    assert ids(body) == sorted(ids(body), reverse=True)


def test_pages_follow_each_other_without_gaps_or_repeats(cast, log):
    text = token_for(cast.admin)
    everything = ids(get("/audit", text, limit=200).json())
    first = ids(get("/audit", text, limit=3).json())
    rest = ids(get("/audit", text, limit=200, offset=3).json())
    assert first + rest == everything


def test_a_change_made_through_a_token_names_it(cast):
    text = token_for(cast.coordinator, scope="write", name="sistem-arsip")
    assert Client().delete("/api/v1/me/token", **bearer(text)).status_code == 204
    body = get("/audit", token_for(cast.coordinator), action="api_token.revoke").json()
    assert body["items"][0]["data"]["token"] == "sistem-arsip"


@pytest.mark.parametrize(
    "query",
    [
        {"since": "kemarin"},
        {"action": "claim\x00update"},
        {"agency": "kota uji"},
        {"until": "2026-13-01"},
        {"limit": 0},
        {"limit": 201},
        {"offset": -1},
        {"offset": 10**20},
    ],
)
def test_a_bad_filter_is_422_naming_it(cast, query):
    response = get("/audit", token_for(cast.coordinator), **query)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid"
    assert set(response.json()["fields"]) == set(query)


def test_a_last_day_before_the_first_is_422_naming_the_last(cast):
    response = get("/audit", token_for(cast.coordinator), since="2026-11-05", until="2026-11-01")
    assert response.status_code == 422
    assert set(response.json()["fields"]) == {"until"}


def test_a_longer_page_takes_no_more_queries(cast, log):
    text = token_for(cast.admin)
    assert queries_of("/audit", text, limit=1) == queries_of("/audit", text, limit=200)
