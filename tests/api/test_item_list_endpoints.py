"""The koordinator's item list of a Pemdi evaluation through the API, as on the items page:
items added, reworded and retired until the Penilaian Dokumen begins, by the koordinator only."""

from __future__ import annotations

import pytest

from spbe.audit.models import AuditEvent
from tests.api.helpers import get, send
from tests.api.test_item_endpoints import items, on, one, writer
from tests.evaluations.pemdi_helpers import BEFORE_STAGES, DOCUMENTS_DAY, codes_of, item

pytestmark = pytest.mark.dates


def test_the_coordinator_adds_rewords_and_retires_an_item(pemdi, time_machine):
    on(time_machine, BEFORE_STAGES)
    text = writer(pemdi.coordinator)
    response = send("post", items(pemdi), text, {"indicator": 9, "level": 3, "text": "Butir baru"})
    assert response.status_code == 201, response.content
    added = response.json()
    assert added["code"] == "I9-L3-01" and added["own_status"] == "belum"
    assert response["ETag"] == f'"{added["version"]}"'
    rename = {"text": "Butir sesuai portal", "version": added["version"]}
    response = send("post", f"{one(pemdi, 'I9-L3-01')}/rename", text, rename)
    assert response.status_code == 200 and response.json()["text"] == "Butir sesuai portal"
    response = send("post", f"{one(pemdi, 'I9-L3-01')}/retire", text, {}, if_match=response["ETag"])
    assert response.status_code == 200 and response.json()["retired"] is True
    assert "I9-L3-01" not in codes_of(pemdi, 9)
    listed = get(items(pemdi), text, indicator=9, include_retired="true").json()["items"]
    assert "I9-L3-01" in [row["code"] for row in listed]
    actions = AuditEvent.objects.filter(action__in=("item.add", "item.rename", "item.retire"))
    assert sorted(actions.values_list("action", flat=True)) == [
        "item.add",
        "item.rename",
        "item.retire",
    ]
    assert {event.data["token"] for event in actions} == {"portal"}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"indicator": 99, "level": 1, "text": "x"}, "indicator"),
        ({"indicator": 9, "level": 8, "text": "x"}, "level"),
        ({"indicator": 9, "level": 1, "text": "   "}, "text"),
        ({"indicator": 9, "level": 1}, "text"),
    ],
)
def test_a_bad_new_item_is_422_naming_the_field(pemdi, time_machine, body, field):
    on(time_machine, BEFORE_STAGES)
    response = send("post", items(pemdi), writer(pemdi.coordinator), body)
    assert response.status_code == 422, response.content
    assert field in response.json()["fields"]


@pytest.mark.parametrize("role", ["pic", "internal_assessor", "leadership"])
def test_nobody_but_the_coordinator_changes_the_item_list(pemdi, time_machine, role):
    on(time_machine, BEFORE_STAGES)
    text = writer(getattr(pemdi, role))
    seen = item(pemdi, "I1-L1-01").version
    new = {"indicator": 1, "level": 1, "text": "x"}
    assert send("post", items(pemdi), text, new).status_code == 403
    rename = {"version": seen, "text": "y"}
    assert send("post", f"{one(pemdi)}/rename", text, rename).status_code == 403
    assert send("post", f"{one(pemdi)}/retire", text, {"version": seen}).status_code == 403
    assert item(pemdi, "I1-L1-01").version == seen


def test_the_list_is_fixed_once_the_penilaian_dokumen_begins(pemdi, time_machine):
    on(time_machine, DOCUMENTS_DAY)
    text = writer(pemdi.coordinator)
    new = {"indicator": 1, "level": 1, "text": "x"}
    assert send("post", items(pemdi), text, new).status_code == 403
    seen = item(pemdi, "I1-L1-01").version
    assert send("post", f"{one(pemdi)}/retire", text, {"version": seen}).status_code == 403


def test_a_stale_rename_is_409_and_changes_nothing(pemdi, time_machine):
    on(time_machine, BEFORE_STAGES)
    text = writer(pemdi.coordinator)
    seen = item(pemdi, "I1-L1-01").version
    rename = f"{one(pemdi)}/rename"
    assert send("post", rename, text, {"version": seen, "text": "a"}).status_code == 200
    assert send("post", rename, text, {"version": seen, "text": "b"}).status_code == 409
    assert item(pemdi, "I1-L1-01").text == "a"
