"""A day in a request is ``YYYY-MM-DD`` text and nothing else: a JSON number (which pydantic's
lax mode would read as seconds since 1970), a timestamp or a day that does not exist is 422 in
the one error shape, naming the field, and changes nothing."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils.translation import gettext

from spbe.evidence.models import Document
from spbe.planning.models import Action
from tests.api.evidence_builders import pdf
from tests.api.helpers import an_action, bearer, get, send, token_for
from tests.api.test_item_endpoints import one, writer
from tests.evaluations.pemdi_helpers import INTERVIEW_DAY, item, set_status
from tests.evaluations.pemdi_pages import noon

pytestmark = pytest.mark.dates

# 1767225600 is 2026-01-01 00:00 UTC: exactly the kind of number lax mode takes for a day.
NOT_DAYS = [1767225600, 1767225600.0, "1767225600", "2026-13-01", "2026-02-30", "2026-01-01T00:00"]


def refused_naming(response, field: str) -> None:
    assert response.status_code == 422, response.content
    body = response.json()
    assert (body["code"], body["detail"]) == ("invalid", gettext("The request is not valid."))
    assert list(body["fields"]) == [field]


@pytest.mark.parametrize("value", NOT_DAYS)
def test_a_new_actions_deadline_that_is_no_day_is_422_and_makes_nothing(cast, value):
    path = f"/evaluations/{cast.evaluation.pk}/actions"
    body = {"target": "3.0", "indicators": [1], "deadline": value}
    refused_naming(send("post", path, token_for(cast.coordinator, scope="write"), body), "deadline")
    assert not Action.objects.exists()


@pytest.mark.parametrize("value", NOT_DAYS)
def test_a_changed_deadline_that_is_no_day_is_422_and_changes_nothing(cast, value):
    action = an_action(cast)
    body = {"version": action.version, "deadline": value}
    token = token_for(cast.coordinator, scope="write")
    refused_naming(send("patch", f"/actions/{action.pk}", token, body), "deadline")
    action.refresh_from_db()
    assert action.deadline == datetime.date(2026, 12, 15)


@pytest.mark.parametrize("value", ["1767225600", "2026-13-01"])
def test_a_due_before_filter_that_is_no_day_is_422(cast, value):
    path = f"/evaluations/{cast.evaluation.pk}/actions"
    refused_naming(get(path, token_for(cast.coordinator), due_before=value), "due_before")


def test_a_day_as_text_is_still_a_day(cast):
    path = f"/evaluations/{cast.evaluation.pk}/actions"
    body = {"target": "3.0", "indicators": [1], "deadline": "2027-03-31"}
    response = send("post", path, token_for(cast.coordinator, scope="write"), body)
    assert response.status_code == 201, response.content
    assert response.json()[0]["deadline"] == "2027-03-31"
    listed = get(path, token_for(cast.coordinator), due_before="2027-04-01")
    assert listed.status_code == 200 and listed.json()["count"] == 1


@pytest.mark.parametrize("value", [1786320000, "2026-13-01"])
def test_a_promise_for_no_day_is_422_and_answers_nothing(pemdi, time_machine, value):
    set_status(pemdi, "revisi", "I1-L1-01")
    time_machine.move_to(noon(INTERVIEW_DAY))
    seen = item(pemdi, "I1-L1-01").version
    body = {"version": seen, "promised_on": value}
    refused_naming(send("post", f"{one(pemdi)}/answer", writer(pemdi.pic), body), "promised_on")
    assert item(pemdi, "I1-L1-01").promised_on is None


@pytest.mark.parametrize("value", ["1767225600", "2026-13-01"])
def test_an_upload_issued_on_no_day_is_422_and_stores_nothing(cast, settings, tmp_path, value):
    settings.MEDIA_ROOT = tmp_path / "files"
    response = Client().post(
        "/api/v1/documents",
        {"title": "Perwali", "kind": "perwali", "issued_on": value, "file": pdf()},
        **bearer(token_for(cast.pic, scope="write")),
    )
    refused_naming(response, "issued_on")
    assert not Document.objects.exists()
