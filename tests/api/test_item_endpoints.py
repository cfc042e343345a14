"""Pemdi's evidence items (butir) through the API, as on the indicator and assessors' pages:
every viewer of the evaluation reads them with the status the portal shows (ditolak otomatis
derived, with the item that blocks it); the lead unit's PIC writes an item's note in the
Penilaian Mandiri; a revisi is answered in the Penilaian Interviu; an assigned external
assessor gives the verdict in the Penilaian Dokumen and Interviu. The stage is the one the
evaluation's windows give for the day, so each test sets the day."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from spbe.audit.models import AuditEvent
from tests.api.helpers import get, send, token_for
from tests.api.test_access_matrix import VIEWERS
from tests.cast import ROLES, make_cast
from tests.evaluations.helpers import send_verified
from tests.evaluations.pemdi_helpers import (
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    item,
    set_status,
)
from tests.evaluations.pemdi_pages import noon

pytestmark = pytest.mark.dates


def items(cast) -> str:
    return f"/evaluations/{cast.evaluation.pk}/items"


def one(cast, code: str = "I1-L1-01") -> str:
    return f"{items(cast)}/{code}"


def writer(user) -> str:
    return token_for(user, scope="write", name="portal")


def on(time_machine, day: datetime.date) -> None:
    time_machine.move_to(noon(day))


# ------------------------------------------------------------------------------ reading


def test_a_viewer_reads_every_item_with_the_status_the_portal_shows(pemdi):
    set_status(pemdi, "diterima", "I1-L1-01", "I1-L2-01")
    set_status(pemdi, "draf", "I1-L2-02")
    body = get(items(pemdi), token_for(pemdi.other_pic), indicator=1, limit=200).json()
    by_code = {row["code"]: row for row in body["items"]}
    assert by_code["I1-L1-01"]["status"] == "diterima"
    assert by_code["I1-L2-02"]["status"] == "draf"
    blocked = by_code["I1-L3-01"]
    assert blocked["status"] == "ditolak_otomatis" and blocked["own_status"] == "belum"
    assert blocked["blocked_by"] == "I1-L2-02"
    assert blocked["lead_unit"]["slug"] == "kominfo" and blocked["level"] == 3


def test_the_list_is_in_indicator_level_and_position_order_and_paginated(pemdi):
    text = token_for(pemdi.leadership)
    everything = get(items(pemdi), text, limit=200).json()
    rest = get(items(pemdi), text, limit=200, offset=200).json()
    assert everything["count"] == rest["count"] == 232
    rows = everything["items"] + rest["items"]
    assert len({row["code"] for row in rows}) == 232
    keys = [(row["indicator_number"], row["level"], row["position"]) for row in rows]
    assert keys == sorted(keys)


def test_the_list_filters_by_indicator_level_status_and_lead_unit(pemdi):
    set_status(pemdi, "draf", "I1-L2-02", "I2-L2-01")  # I2's level 1 is not accepted
    set_status(pemdi, "diterima", "I1-L1-01")
    text = token_for(pemdi.coordinator)
    level_two = get(items(pemdi), text, indicator=1, level=2).json()["items"]
    assert [row["code"] for row in level_two] == ["I1-L2-01", "I1-L2-02", "I1-L2-03", "I1-L2-04"]
    drafts = get(items(pemdi), text, status="draf").json()["items"]
    assert [row["code"] for row in drafts] == ["I1-L2-02"]  # the status the portal shows
    blocked = get(items(pemdi), text, status="ditolak_otomatis", indicator=2).json()["items"]
    assert "I2-L2-01" in [row["code"] for row in blocked]
    bappeda = get(items(pemdi), text, unit="bappeda", limit=200).json()["items"]
    assert bappeda and {row["indicator_number"] for row in bappeda} == {2, 3}
    assert get(items(pemdi), text, unit="tidak-ada").json()["count"] == 0
    by_id = get(items(pemdi), text, unit=str(pemdi.other_unit.pk), limit=200).json()
    assert [row["code"] for row in by_id["items"]] == [row["code"] for row in bappeda]


@pytest.mark.parametrize(
    "query", [{"status": "ditolak"}, {"indicator": 0}, {"level": "dua"}, {"limit": 500}]
)
def test_a_bad_filter_is_422_naming_it(pemdi, query):
    response = get(items(pemdi), token_for(pemdi.pic), **query)
    assert response.status_code == 422
    assert set(response.json()["fields"]) == set(query)


def test_every_role_of_both_agencies_reads_the_items_it_may_see_and_no_other(pemdi):
    for role in ROLES:
        text = token_for(getattr(pemdi, role), name=role)
        for path in (items(pemdi), one(pemdi)):
            response = get(path, text)
            assert response.status_code == (200 if role in VIEWERS else 404), (role, path)


def test_one_item_carries_its_version_as_the_etag_and_an_unknown_code_is_404(pemdi):
    text = token_for(pemdi.pic)
    response = get(one(pemdi, "I1-L2-02"), text)
    assert response.status_code == 200
    assert response["ETag"] == f'"{response.json()["version"]}"'
    assert get(one(pemdi, "I1-L9-99"), text).status_code == 404
    assert get(one(pemdi, "I" * 21), text).status_code == 422


def test_an_spbe_evaluation_has_no_items(cast):
    text = token_for(cast.pic)
    assert get(items(cast), text).json() == {"count": 0, "limit": 50, "offset": 0, "items": []}
    assert get(one(cast), text).status_code == 404


def test_another_agencys_items_are_404(pemdi):
    other = make_cast(prefix="lain-", framework="pemdi-2026")
    text = token_for(pemdi.coordinator)
    for path in (items(other), one(other)):
        assert get(path, text).status_code == 404


# ------------------------------------------------------------------------------ the agency


def test_the_lead_units_pic_saves_an_items_note_then_submits_it(pemdi, time_machine):
    on(time_machine, SELF_ASSESSMENT_DAY)
    text = writer(pemdi.pic)
    etag = get(one(pemdi), text)["ETag"]
    response = send("put", one(pemdi), text, {"note": "SK Wali Kota No. 12"}, if_match=etag)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "draf" and body["note"] == "SK Wali Kota No. 12"
    response = send("put", one(pemdi), text, {"version": body["version"], "submit": True})
    assert response.status_code == 200 and response.json()["status"] == "diajukan"
    events = AuditEvent.objects.filter(action__in=("item.draft", "item.submit")).order_by("pk")
    assert [event.action for event in events] == ["item.draft", "item.submit"]
    assert {event.data["token"] for event in events} == {"portal"}


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("other_pic", 403),
        ("coordinator", 403),
        ("internal_assessor", 403),
        ("leadership", 403),
        ("outsider", 404),
        ("external_assessor", 404),
    ],
)
def test_nobody_but_the_lead_units_pic_writes_an_items_note(pemdi, time_machine, role, status):
    on(time_machine, SELF_ASSESSMENT_DAY)
    seen = item(pemdi, "I1-L1-01").version
    response = send("put", one(pemdi), writer(getattr(pemdi, role)), {"version": seen})
    assert response.status_code == status, response.content
    assert item(pemdi, "I1-L1-01").version == seen


def test_outside_the_penilaian_mandiri_an_items_note_is_refused(pemdi, time_machine):
    on(time_machine, DOCUMENTS_DAY)
    seen = item(pemdi, "I1-L1-01").version
    response = send("put", one(pemdi), writer(pemdi.pic), {"version": seen, "note": "Terlambat"})
    assert response.status_code == 403
    assert item(pemdi, "I1-L1-01").note == ""


def test_a_note_longer_than_the_portal_takes_is_422_and_a_stale_version_409(
    pemdi, time_machine, settings
):
    settings.SPBE_PORTAL_NOTE_LIMIT = 20
    on(time_machine, SELF_ASSESSMENT_DAY)
    text = writer(pemdi.pic)
    seen = item(pemdi, "I1-L1-01").version
    response = send("put", one(pemdi), text, {"version": seen, "note": "x" * 21})
    assert response.status_code == 422 and "note" in response.json()["fields"]
    assert send("put", one(pemdi), text, {"version": seen, "note": "ok"}).status_code == 200
    response = send("put", one(pemdi), text, {"version": seen, "note": "lagi"})
    assert response.status_code == 409 and response.json()["code"] == "stale_version"
    assert send("put", one(pemdi), text, {"note": "tanpa versi"}).status_code == 422
    assert item(pemdi, "I1-L1-01").note == "ok"


def test_a_revisi_is_answered_with_a_promise_at_the_interview(pemdi, time_machine):
    set_status(pemdi, "revisi", "I1-L1-01")
    on(time_machine, INTERVIEW_DAY)
    text = writer(pemdi.pic)
    seen = item(pemdi, "I1-L1-01").version
    answer = f"{one(pemdi)}/answer"
    both = {"version": seen, "objection": "Sudah ada", "promised_on": "2026-08-10"}
    response = send("post", answer, text, both)
    assert response.status_code == 422 and "objection" in response.json()["fields"]
    past = {"version": seen, "promised_on": "2026-08-01"}
    assert send("post", answer, text, past).status_code == 422
    assert send("post", answer, text, {"version": seen, "promised_on": "besok"}).status_code == 422
    response = send("post", answer, text, {"version": seen, "promised_on": "2026-08-10"})
    assert response.status_code == 200, response.content
    assert response.json()["promised_on"] == "2026-08-10"
    other = send("post", answer, writer(pemdi.other_pic), {"version": seen + 1, "objection": "x"})
    assert other.status_code == 403


# ------------------------------------------------------------------------------ the assessor


def test_the_assigned_assessor_gives_a_verdict_in_the_penilaian_dokumen(pemdi, time_machine):
    send_verified(pemdi)
    on(time_machine, DOCUMENTS_DAY)
    text = writer(pemdi.external_assessor)
    verdict = f"{one(pemdi, 'I1-L1-01')}/verdict"
    seen = item(pemdi, "I1-L1-01").version
    response = send("post", verdict, text, {"version": seen, "status": "ditolak"})
    assert response.status_code == 422 and "status" in response.json()["fields"]
    body = {"version": seen, "status": "revisi", "note": "SK belum ditandatangani"}
    response = send("post", verdict, text, body)
    assert response.status_code == 200, response.content
    shown = response.json()
    assert shown["status"] == "revisi" and shown["assessor_note"] == "SK belum ditandatangani"
    assert shown["verdict_at"] is not None
    assert send("post", verdict, text, body).status_code == 409
    event = AuditEvent.objects.get(action="item.verdict")
    assert event.data["token"] == "portal" and event.data["after"]["status"] == "revisi"


@pytest.mark.parametrize(
    ("role", "status"),
    [("coordinator", 403), ("pic", 403), ("internal_assessor", 403), ("unassigned_assessor", 404)],
)
def test_nobody_but_an_assigned_assessor_gives_a_verdict(pemdi, time_machine, role, status):
    send_verified(pemdi)
    on(time_machine, DOCUMENTS_DAY)
    seen = item(pemdi, "I1-L1-01").version
    body = {"version": seen, "status": "diterima"}
    response = send("post", f"{one(pemdi, 'I1-L1-01')}/verdict", writer(getattr(pemdi, role)), body)
    assert response.status_code == status, response.content
    assert item(pemdi, "I1-L1-01").status == "belum"


def test_the_list_reads_the_same_few_queries_whatever_its_length(pemdi):
    text = token_for(pemdi.pic)
    get("/me", text)  # the token's first call of a minute also writes its last-used time
    counts = []
    for limit in (1, 200):
        with CaptureQueriesContext(connection) as queries:
            assert len(get(items(pemdi), text, limit=limit).json()["items"]) == limit
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 12


def test_a_null_character_is_422_in_a_code_a_filter_or_an_answer(pemdi, time_machine):
    set_status(pemdi, "revisi", "I1-L1-01")
    on(time_machine, INTERVIEW_DAY)
    text = writer(pemdi.pic)
    assert get(one(pemdi, "I1-L1-01\x00"), text).status_code == 422
    assert get(items(pemdi), text, unit="\x00").status_code == 422
    body = {"version": item(pemdi, "I1-L1-01").version, "objection": "Ada\x00"}
    response = send("post", f"{one(pemdi)}/answer", text, body)
    assert response.status_code == 422 and "objection" in response.json()["fields"]
