"""``Idempotency-Key`` on every create call besides the evidence ones (those have their own tests
in test_evidence_endpoints.py): actions from the plan, report jobs, both result imports and a new
Pemdi item. A retry with the key gets the first answer and changes nothing; the key with another
request is 422; another user's key of the same text is theirs."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from spbe.api.models import IdempotencyKey
from spbe.audit.models import AuditEvent
from spbe.evaluations.models import EvaluationItem
from spbe.planning.models import Action
from spbe.reports import services as report_services
from spbe.reports.models import ReportJob
from tests.api.helpers import bearer, get, token_for
from tests.evaluations.files import csv_file
from tests.evaluations.helpers import send_verified
from tests.evaluations.pemdi_helpers import BEFORE_STAGES, DOCUMENTS_DAY
from tests.evaluations.pemdi_pages import noon, sent_on

pytestmark = pytest.mark.dates


@dataclass(frozen=True)
class Create:
    """One create call: its path under the evaluation, a body, another body, and what it makes."""

    path: str
    body: dict[str, Any]
    other: dict[str, Any]
    made: Callable[[], int]
    status: int = 201


CREATES = {
    "actions": Create(
        "actions",
        {"target": "3.0", "indicators": [1]},
        {"target": "3.0", "indicators": [2]},
        lambda: Action.objects.count(),
    ),
    "reports": Create(
        "reports",
        {"format": "xlsx"},
        {"format": "pdf"},
        lambda: ReportJob.objects.count(),
        status=202,
    ),
    "results": Create(
        "results/import",
        {"rows": [{"indicator": 1, "value": "1.26", "note": "", "recommendation": ""}]},
        {"rows": [{"indicator": 2, "value": "2", "note": "", "recommendation": ""}]},
        lambda: AuditEvent.objects.filter(action="results.import").count(),
        status=200,
    ),
    "external": Create(
        "results/external/import",
        {"rows": [{"indicator": 1, "value": "2"}]},
        {"rows": [{"indicator": 2, "value": "3"}]},
        lambda: AuditEvent.objects.count(),
        status=200,
    ),
    "items": Create(
        "items",
        {"indicator": 9, "level": 3, "text": "Butir baru"},
        {"indicator": 9, "level": 3, "text": "Butir lain"},
        lambda: EvaluationItem.objects.count(),
    ),
}


@pytest.fixture
def stage(request, db, time_machine, monkeypatch):
    """The cast on a day the create call is allowed, with report jobs kept queued."""
    monkeypatch.setattr(report_services, "_enqueue", lambda job_id: None)
    name = request.param
    if name == "results":
        return sent_on(request.getfixturevalue("pemdi"), time_machine, DOCUMENTS_DAY)
    if name == "items":
        pemdi = request.getfixturevalue("pemdi")
        time_machine.move_to(noon(BEFORE_STAGES))
        return pemdi
    cast = request.getfixturevalue("cast")
    if name == "external":
        send_verified(cast)
    return cast


def post(cast, create: Create, token: str, body: dict[str, Any], key: str) -> Any:
    return Client().post(
        f"/api/v1/evaluations/{cast.evaluation.pk}/{create.path}",
        body,
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY=key,
        **bearer(token),
    )


each_create = pytest.mark.parametrize(
    ("stage", "name"), [(name, name) for name in CREATES], indirect=["stage"]
)


@each_create
def test_the_same_key_twice_makes_one_thing_and_answers_the_same(stage, name):
    create = CREATES[name]
    token = token_for(stage.coordinator, scope="write")
    first = post(stage, create, token, create.body, "sekali-1")
    assert first.status_code == create.status, first.content
    made, events = create.made(), AuditEvent.objects.count()
    again = post(stage, create, token, create.body, "sekali-1")
    assert (again.status_code, again.content) == (first.status_code, first.content)
    assert again["Idempotent-Replayed"] == "true"
    assert (create.made(), AuditEvent.objects.count()) == (made, events)
    for header in ("Location", "ETag"):
        assert again.get(header) == first.get(header)


@each_create
def test_the_same_key_with_another_body_is_422_and_changes_nothing(stage, name):
    create = CREATES[name]
    token = token_for(stage.coordinator, scope="write")
    assert post(stage, create, token, create.body, "k").status_code == create.status
    made, events = create.made(), AuditEvent.objects.count()
    other = post(stage, create, token, create.other, "k")
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_mismatch"
    assert list(other.json()["fields"]) == ["Idempotency-Key"]
    assert (create.made(), AuditEvent.objects.count()) == (made, events)


@each_create
def test_another_users_key_of_the_same_text_is_theirs(stage, name):
    create = CREATES[name]
    IdempotencyKey.objects.create(
        user=stage.pic,
        key="k",
        method="POST",
        path=f"/api/v1/evaluations/{stage.evaluation.pk}/{create.path}",
        request_hash="0" * 64,
        response_status=201,
        response_body="{}",
        created_at=datetime.datetime.now(datetime.UTC),
    )
    made = create.made()
    response = post(stage, create, token_for(stage.coordinator, scope="write"), create.body, "k")
    assert response.status_code == create.status, response.content
    assert not response.has_header("Idempotent-Replayed")
    assert create.made() > made


def test_a_report_asked_by_two_users_with_one_key_is_no_replay_for_the_second(cast, monkeypatch):
    monkeypatch.setattr(report_services, "_enqueue", lambda job_id: None)
    create = CREATES["reports"]
    first = post(cast, create, token_for(cast.coordinator, scope="write"), create.body, "k")
    second = post(cast, create, token_for(cast.leadership, scope="write"), create.body, "k")
    assert (first.status_code, second.status_code) == (202, 202)
    assert not second.has_header("Idempotent-Replayed")
    assert IdempotencyKey.objects.filter(key="k").count() == 2


def test_a_result_file_retried_with_its_key_is_imported_once(pemdi, time_machine):
    documents = sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    path = f"/api/v1/evaluations/{documents.evaluation.pk}/results/import"
    token = token_for(documents.coordinator, scope="write")
    headers = {"HTTP_IDEMPOTENCY_KEY": "berkas-1", **bearer(token)}
    rows = [["code", "status", "note"], ["I1-L1-01", "diterima", "Sesuai"]]

    def send() -> Any:
        return Client().post(path, {"file": SimpleUploadedFile("h.csv", csv_file(rows))}, **headers)

    first, again = send(), send()
    assert (first.status_code, again.status_code) == (200, 200), first.content
    assert again.content == first.content and again["Idempotent-Replayed"] == "true"
    assert AuditEvent.objects.filter(action="results.import").count() == 1


def test_the_document_lists_the_header_on_every_create_call_and_no_other(cast):
    document = get("/openapi.json", token_for(cast.coordinator)).json()
    with_key = {
        (method.upper(), path)
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if any(p["name"] == "Idempotency-Key" for p in operation.get("parameters", []))
    }
    evaluation = "/api/v1/evaluations/{evaluation_id}"
    assert with_key == {
        ("POST", "/api/v1/documents"),
        ("POST", "/api/v1/documents/{document_id}/versions"),
        ("POST", "/api/v1/documents/{document_id}/links"),
        ("POST", f"{evaluation}/actions"),
        ("POST", f"{evaluation}/reports"),
        ("POST", f"{evaluation}/results/import"),
        ("POST", f"{evaluation}/results/external/import"),
        ("POST", f"{evaluation}/items"),
    }


@pytest.mark.parametrize("key", [None, "gede-1"])
def test_a_body_larger_than_the_server_takes_is_422_in_the_error_shape(cast, settings, key):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    send_verified(cast)
    headers = bearer(token_for(cast.coordinator, scope="write"))
    if key:
        headers["HTTP_IDEMPOTENCY_KEY"] = key
    rows = [{"indicator": 1, "value": "2", "note": "x" * 2000}]
    response = Client().post(
        f"/api/v1/evaluations/{cast.evaluation.pk}/results/external/import",
        {"rows": rows},
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 422
    assert response.json()["code"] == "too_large"
    assert not IdempotencyKey.objects.exists()


def test_a_body_claiming_a_form_without_its_boundary_is_answered_as_without_a_key(cast):
    """JSON sent as ``multipart/form-data`` (no boundary): the key cannot read it as a form."""
    path = "/api/v1/evaluations/0/items"
    headers = bearer(token_for(cast.coordinator, scope="write"))
    body = b'{"indicator": 1, "level": 1, "text": "x"}'

    def send(**extra: str) -> Any:
        return Client().post(path, body, content_type="multipart/form-data", **headers, **extra)

    without, keyed = send(), send(HTTP_IDEMPOTENCY_KEY="k")
    assert keyed.status_code == 404
    assert (keyed.status_code, keyed.content) == (without.status_code, without.content)
    assert keyed["Content-Type"].startswith("application/json")
    assert not IdempotencyKey.objects.exists()
