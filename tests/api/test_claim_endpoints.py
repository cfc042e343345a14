"""Claims through the API, as on the indicator page: every viewer of the evaluation reads every
claim; the lead unit's PIC sets one, as a draft or submitted; the koordinator and the internal
assessors verify or return it. Each write carries the version read (body or If-Match), is
refused with 409 when stale, 403 for a role that may not, 404 for what the caller cannot see,
422 for bad input, and lands in the audit log with the token's name."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from spbe.audit.models import AuditEvent
from spbe.evaluations.models import Assessment
from tests.api.helpers import bearer, get, send, token_for
from tests.cast import make_cast

pytestmark = pytest.mark.dates

SEEN = "the version read"  # in a parametrized body: replaced by the claim's current version


def claims(cast) -> str:
    return f"/evaluations/{cast.evaluation.pk}/claims"


def claim(cast, number: int = 1) -> str:
    return f"{claims(cast)}/{number}"


def writer(user) -> str:
    return token_for(user, scope="write", name="sistem-dokumen")


def draft(level: int = 2, **extra) -> dict:
    body = {"claimed_level": level, "justification": "SK Wali Kota", "criteria_met": [1, 2]}
    return {**body, **extra}


def version(cast, number: int = 1) -> int:
    return Assessment.objects.get(evaluation=cast.evaluation, indicator__number=number).version


def submitted(cast, number: int = 1) -> Assessment:
    """The indicator submitted by its lead unit's PIC (through the API)."""
    body = draft(version=version(cast, number), submit=True)
    assert send("put", claim(cast, number), writer(cast.pic), body).status_code == 200
    return Assessment.objects.get(evaluation=cast.evaluation, indicator__number=number)


# ------------------------------------------------------------------------------ reading


def test_a_pic_reads_every_claim_of_its_agencys_evaluation_in_indicator_order(cast):
    body = get(claims(cast), token_for(cast.pic)).json()
    assert body["count"] == 47 and body["limit"] == 50 and body["offset"] == 0
    assert [item["indicator_number"] for item in body["items"]] == list(range(1, 48))
    second = body["items"][1]
    assert second["lead_unit"] == {
        "id": cast.other_unit.pk,
        "slug": "bappeda",
        "name": "Badan Perencanaan",
        "short_name": "Bappeda",
    }
    assert [unit["slug"] for unit in second["supporting_units"]] == ["kominfo"]
    assert second["state"] == "belum_diisi" and second["claimed_level"] is None


def test_the_list_is_paginated_without_gaps_or_repeats(cast):
    text = token_for(cast.leadership)
    pages = [get(claims(cast), text, limit=20, offset=offset).json() for offset in (0, 20, 40)]
    numbers = [item["indicator_number"] for page in pages for item in page["items"]]
    assert numbers == list(range(1, 48))
    assert [len(page["items"]) for page in pages] == [20, 20, 7]


def test_the_list_filters_by_lead_unit_state_domain_and_aspect(cast):
    text = token_for(cast.coordinator)
    by_unit = get(claims(cast), text, unit="bappeda").json()
    assert [item["indicator_number"] for item in by_unit["items"]] == [2, 3]
    assert get(claims(cast), text, unit="tidak-ada").json()["count"] == 0
    by_id = get(claims(cast), text, unit=str(cast.other_unit.pk)).json()
    assert [item["indicator_number"] for item in by_id["items"]] == [2, 3]
    assert get(claims(cast), text, unit="999999").json()["count"] == 0
    submitted(cast, 1)
    by_state = get(claims(cast), text, status="diajukan").json()
    assert [item["indicator_number"] for item in by_state["items"]] == [1]
    by_domain = get(claims(cast), text, domain=1).json()["items"]
    assert by_domain and {item["domain"] for item in by_domain} == {1}
    by_aspect = get(claims(cast), text, aspect=2).json()["items"]
    assert by_aspect and {item["aspect"] for item in by_aspect} == {2}
    assert len(by_aspect) < 47


@pytest.mark.parametrize(
    "query", [{"status": "selesai"}, {"limit": 0}, {"limit": 201}, {"domain": 0}, {"aspect": "x"}]
)
def test_a_bad_filter_is_422_naming_it(cast, query):
    response = get(claims(cast), token_for(cast.pic), **query)
    assert response.status_code == 422
    assert set(response.json()["fields"]) == set(query)


def test_one_claim_carries_its_version_as_the_etag(cast):
    response = get(claim(cast, 1), token_for(cast.internal_assessor))
    assert response.status_code == 200
    body = response.json()
    assert body["indicator_number"] == 1 and body["lead_unit"]["slug"] == "kominfo"
    assert response["ETag"] == f'"{body["version"]}"'


def test_an_unknown_indicator_is_404_and_a_number_out_of_range_422(cast):
    text = token_for(cast.pic)
    assert get(claim(cast, 999), text).status_code == 404
    assert get(claim(cast, 0), text).status_code == 422
    assert get(f"{claims(cast)}/satu", text).status_code == 422


def test_another_agencys_claims_are_404_and_name_nothing_of_it(cast):
    other = make_cast(prefix="lain-")
    text = token_for(cast.coordinator)
    for path in (claims(other), claim(other, 1)):
        response = get(path, text)
        assert response.status_code == 404
        assert "lain-" not in response.content.decode()


# ------------------------------------------------------------------------------ the claim


def test_the_lead_units_pic_saves_a_draft_then_submits_it_with_if_match(cast):
    text = writer(cast.pic)
    etag = get(claim(cast, 1), text)["ETag"]
    response = send("put", claim(cast, 1), text, draft(), if_match=etag)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "draf" and body["claimed_level"] == "2.00"
    assert body["justification"] == "SK Wali Kota" and body["criteria_met"] == [1, 2]
    assert body["updated_by"] == cast.pic.username
    assert response["ETag"] == f'"{body["version"]}"' != etag
    response = send("put", claim(cast, 1), text, draft(version=body["version"], submit=True))
    assert response.status_code == 200 and response.json()["state"] == "diajukan"
    events = AuditEvent.objects.filter(action__in=("assessment.draft", "assessment.submit"))
    assert [event.action for event in events.order_by("pk")] == [
        "assessment.draft",
        "assessment.submit",
    ]
    assert {event.data["token"] for event in events} == {"sistem-dokumen"}


@pytest.mark.parametrize(
    ("role", "number", "status"),
    [
        ("other_pic", 1, 403),  # Bappeda's PIC: indicator 1 is Kominfo's
        ("pic", 2, 403),  # Kominfo only supports indicator 2
        ("coordinator", 1, 403),  # the page lets only the lead unit's PIC set a claim
        ("internal_assessor", 1, 403),
        ("leadership", 1, 403),
        ("outsider", 1, 404),
        ("unassigned_assessor", 1, 404),
        ("external_assessor", 1, 404),  # not sent yet: it does not see the evaluation
    ],
)
def test_nobody_but_the_lead_units_pic_sets_a_claim(cast, role, number, status):
    seen = version(cast, number)
    before = AuditEvent.objects.count()
    response = send("put", claim(cast, number), writer(getattr(cast, role)), draft(version=seen))
    assert response.status_code == status, response.content
    assert AuditEvent.objects.count() == before + 1  # the token's creation only
    assert version(cast, number) == seen


def test_a_read_only_token_may_not_set_a_claim(cast):
    response = send("put", claim(cast, 1), token_for(cast.pic), draft(version=version(cast)))
    assert response.status_code == 403 and response.json()["code"] == "forbidden"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (draft(level=7, version=SEEN), "claimed_level"),  # outside the framework's levels
        ({"claimed_level": "tiga", "version": SEEN}, "claimed_level"),
        ({"claimed_level": 2.5, "version": SEEN}, "claimed_level"),
        (draft(criteria_met=[9], version=SEEN), "criteria_met"),
        (draft(level=3, version=SEEN, submit=True), "criteria_met"),  # level 3 unticked
        ({"claimed_level": 2, "version": SEEN, "submit": True}, "justification"),
        (draft(), "version"),  # no version at all
        (draft(version=-1), "version"),
    ],
)
def test_bad_input_is_422_naming_the_field_and_saves_nothing(cast, body, field):
    seen = version(cast)
    if body.get("version") == SEEN:
        body = {**body, "version": seen}
    response = send("put", claim(cast, 1), writer(cast.pic), body)
    assert response.status_code == 422, response.content
    assert field in response.json()["fields"]
    assert version(cast) == seen


def test_a_write_based_on_an_older_version_is_409_and_overwrites_nothing(cast):
    text = writer(cast.pic)
    seen = version(cast)
    assert send("put", claim(cast, 1), text, draft(version=seen)).status_code == 200
    response = send("put", claim(cast, 1), text, draft(level=1, version=seen))
    assert response.status_code == 409
    assert response.json()["code"] == "stale_version"
    response = send("put", claim(cast, 1), text, draft(level=1), if_match=f'"{seen}"')
    assert response.status_code == 409
    assert get(claim(cast, 1), text).json()["claimed_level"] == "2.00"


def test_the_version_and_if_match_must_agree_and_if_match_must_be_an_etag(cast):
    text = writer(cast.pic)
    seen = version(cast)
    response = send("put", claim(cast, 1), text, draft(version=seen), if_match=f'"{seen + 1}"')
    assert response.status_code == 422 and "version" in response.json()["fields"]
    response = send("put", claim(cast, 1), text, draft(), if_match="*")
    assert response.status_code == 422 and "If-Match" in response.json()["fields"]
    assert send("put", claim(cast, 1), text, draft(), if_match=f'W/"{seen}"').status_code == 200


# ------------------------------------------------------------------------------ the review


def test_the_internal_assessor_verifies_and_the_coordinator_returns_with_a_note(cast):
    assessment = submitted(cast, 1)
    response = send(
        "post",
        f"{claim(cast, 1)}/verify",
        writer(cast.internal_assessor),
        {"version": assessment.version, "verified_level": "2"},
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "diverifikasi" and body["verified_level"] == "2.00"
    response = send(
        "post",
        f"{claim(cast, 1)}/return",
        writer(cast.coordinator),
        {"note": "Lampirkan SK yang ditandatangani."},
        if_match=response["ETag"],
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "dikembalikan" and body["verified_level"] is None
    assert body["return_note"] == "Lampirkan SK yang ditandatangani."
    actions = AuditEvent.objects.filter(
        action__in=("assessment.submit", "assessment.verify", "assessment.return")
    ).values_list("action", flat=True)
    assert list(actions.order_by("pk")) == [
        "assessment.submit",
        "assessment.verify",
        "assessment.return",
    ]


@pytest.mark.parametrize("role", ["pic", "other_pic", "leadership"])
def test_a_unit_or_leadership_may_not_review(cast, role):
    assessment = submitted(cast, 1)
    text = writer(getattr(cast, role))
    verify = {"version": assessment.version, "verified_level": "2"}
    assert send("post", f"{claim(cast, 1)}/verify", text, verify).status_code == 403
    back = {"version": assessment.version, "note": "Perbaiki."}
    assert send("post", f"{claim(cast, 1)}/return", text, back).status_code == 403


def test_a_review_refuses_what_the_page_refuses(cast):
    text = writer(cast.internal_assessor)
    verify = f"{claim(cast, 1)}/verify"
    response = send("post", verify, text, {"version": version(cast), "verified_level": "2"})
    assert response.status_code == 422  # not submitted yet
    assessment = submitted(cast, 1)
    response = send("post", verify, text, {"version": assessment.version, "verified_level": 9})
    assert response.status_code == 422 and "verified_level" in response.json()["fields"]
    response = send("post", verify, text, {"version": assessment.version, "verified_level": 3})
    assert response.status_code == 422  # differs from the claim without a reason
    assert "verification_reason" in response.json()["fields"]
    response = send("post", verify, text, {"version": assessment.version, "verified_level": "NaN"})
    assert response.status_code == 422
    back = f"{claim(cast, 1)}/return"
    assert send("post", back, text, {"version": assessment.version}).status_code == 422
    response = send("post", back, text, {"version": assessment.version, "note": "   "})
    assert response.status_code == 422 and "return_note" in response.json()["fields"]
    response = send("post", back, text, {"version": assessment.version - 1, "note": "Perbaiki."})
    assert response.status_code == 409


def test_the_list_reads_the_same_few_queries_whatever_its_length(cast):
    submitted(cast, 1)
    text = token_for(cast.pic)
    get("/me", text)  # the token's first call of a minute also writes its last-used time
    counts = []
    for limit in (1, 47):
        with CaptureQueriesContext(connection) as queries:
            assert len(get(claims(cast), text, limit=limit).json()["items"]) == limit
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 12


@pytest.mark.parametrize(
    "raw",
    [
        "not json",
        "[1, 2]",
        '{"claimed_level": null, "justification": null}',
        '{"criteria_met": ["satu"], "version": 1}',
        '{"claimed_level": 1e999, "version": 1}',
        '{"version": 99999999999999}',
    ],
)
def test_a_malformed_body_is_400_or_422_never_a_server_error(cast, raw):
    response = Client().put(
        f"/api/v1{claim(cast, 1)}", raw, content_type="application/json", **bearer(writer(cast.pic))
    )
    assert response.status_code in (400, 422), response.content  # 400: not JSON at all
    assert set(response.json()) == {"detail", "code", "fields"}


@pytest.mark.parametrize(
    "level", ['"1e999"', '"NaN"', '"-Infinity"', "1e400", '"2,5"', "[]", '"٣"', '"２"', '"1e0"']
)
def test_a_malformed_verified_level_is_422_never_a_server_error(cast, level):
    assessment = submitted(cast, 1)
    response = Client().post(
        f"/api/v1{claim(cast, 1)}/verify",
        f'{{"version": {assessment.version}, "verified_level": {level}}}',
        content_type="application/json",
        **bearer(writer(cast.internal_assessor)),
    )
    assert response.status_code == 422, response.content


def test_a_null_character_is_422_as_on_the_pages_where_postgresql_cannot_store_it(cast):
    body = draft(version=version(cast), justification="SK\x00")
    response = send("put", claim(cast, 1), writer(cast.pic), body)
    assert response.status_code == 422 and "justification" in response.json()["fields"]
    response = get(claims(cast), token_for(cast.pic), unit="kominfo\x00")
    assert response.status_code == 422 and "unit" in response.json()["fields"]
