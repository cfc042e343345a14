"""Idempotency-Key on the evidence endpoints that create: a retry gets the stored answer and
creates nothing more, another request with the same key is refused, keys are per user and
forgotten after 24 hours, and two racing requests create once."""

from __future__ import annotations

import datetime
import threading
import time

import pytest
from django.db import IntegrityError, connection, connections, transaction

from spbe.api import evidence_endpoints
from spbe.api.models import IdempotencyKey
from spbe.audit.models import AuditEvent
from spbe.catalog.services import catalog_load
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink
from tests.api.evidence_builders import SECOND, cast_document, pdf
from tests.api.evidence_calls import indicator_link, media, new_document, post, post_json, writer

pytestmark = pytest.mark.dates
__all__ = ["media"]  # the fixture, used by name


# ------------------------------------------------------------------------------ Idempotency-Key


def test_a_retry_with_the_same_key_gets_the_same_answer_and_creates_nothing(cast, media):
    token = writer(cast.pic)
    first = post("/documents", token, new_document(), key="unggah-1")
    again = post("/documents", token, new_document(), key="unggah-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.content == first.content
    assert again["Idempotent-Replayed"] == "true"
    assert Document.objects.count() == 1
    assert DocumentVersion.objects.count() == 1
    assert AuditEvent.objects.filter(action="document.upload").count() == 1


def test_the_same_key_with_another_request_is_refused(cast, media):
    token = writer(cast.pic)
    assert post("/documents", token, new_document(), key="k").status_code == 201
    other = post("/documents", token, new_document(title="Perwali lain"), key="k")
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_mismatch"
    other_file = post("/documents", token, new_document(file=pdf(SECOND)), key="k")
    assert other_file.json()["code"] == "idempotency_mismatch"
    document = Document.objects.get()
    elsewhere = post(f"/documents/{document.pk}/versions", token, {"file": pdf(SECOND)}, key="k")
    assert elsewhere.json()["code"] == "idempotency_mismatch"
    assert Document.objects.count() == 1
    assert DocumentVersion.objects.count() == 1


def test_a_key_is_forgotten_after_24_hours(cast, media):
    token = writer(cast.pic)
    assert post("/documents", token, new_document(), key="k").status_code == 201
    IdempotencyKey.objects.update(
        created_at=IdempotencyKey.objects.get().created_at - datetime.timedelta(hours=25)
    )
    response = post("/documents", token, new_document(title="Perwali baru"), key="k")
    assert response.status_code == 201
    assert Document.objects.count() == 2


def test_a_refused_request_is_not_remembered_so_its_retry_may_succeed(cast, media):
    token = writer(cast.pic)
    refused = post("/documents", token, {"title": "Perwali"}, key="k")
    assert refused.status_code == 422
    assert not IdempotencyKey.objects.exists()
    assert post("/documents", token, new_document(), key="k").status_code == 201


def test_keys_are_per_user(cast, media):
    assert post("/documents", writer(cast.pic), new_document(), key="k").status_code == 201
    response = post("/documents", writer(cast.coordinator), new_document(title="Lain"), key="k")
    assert response.status_code == 201
    assert Document.objects.count() == 2


def test_a_link_retried_with_its_key_is_made_once(cast, media):
    document = cast_document(cast)
    token = writer(cast.pic)
    path = f"/documents/{document.pk}/links"
    first = post_json(path, token, indicator_link(cast, level=1), key="tautan-1")
    again = post_json(path, token, {"level": 1, **indicator_link(cast)}, key="tautan-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()
    assert EvidenceLink.objects.count() == 1


def test_a_key_still_claimed_by_an_unfinished_request_is_409(cast, media):
    token = writer(cast.pic)
    IdempotencyKey.objects.create(
        user=cast.pic,
        key="k",
        method="POST",
        path="/api/v1/documents",
        request_hash="0" * 64,
        created_at=datetime.datetime.now(datetime.UTC),
    )
    response = post("/documents", token, new_document(), key="k")
    assert response.status_code == 409
    assert response.json()["code"] == "idempotency_in_progress"
    assert not Document.objects.exists()


def test_a_key_longer_than_255_characters_is_invalid(cast, media):
    response = post("/documents", writer(cast.pic), new_document(), key="k" * 256)
    assert response.status_code == 422
    assert list(response.json()["fields"]) == ["Idempotency-Key"]
    assert not Document.objects.exists()


def test_one_user_holds_a_key_once(cast):
    """Two requests racing with one key: the second insert waits on this constraint and then
    answers from the first one's stored response."""
    fields = {"user": cast.pic, "key": "k", "method": "POST", "path": "/api/v1/documents"}
    now = datetime.datetime.now(datetime.UTC)
    IdempotencyKey.objects.create(**fields, request_hash="a" * 64, created_at=now)
    with pytest.raises(IntegrityError), transaction.atomic():
        IdempotencyKey.objects.create(**fields, request_hash="b" * 64, created_at=now)


@pytest.fixture
def catalogue(transactional_db):
    # Transactional tests empty every table afterwards, the catalogue too: load it again.
    catalog_load()


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite takes one writer at a time: there is no race to lose",
)
@pytest.mark.django_db(transaction=True)
def test_two_requests_racing_with_one_key_create_once(catalogue, cast, media, monkeypatch):

    real_upload = evidence_endpoints.document_upload

    def slow_upload(**kwargs):
        time.sleep(0.5)  # the second request arrives while the first holds the key
        return real_upload(**kwargs)

    monkeypatch.setattr(evidence_endpoints, "document_upload", slow_upload)
    token = writer(cast.pic)
    answers = []

    def send() -> None:
        try:
            answers.append(post("/documents", token, new_document(), key="balapan"))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
        time.sleep(0.1)
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(answer.status_code for answer in answers) == [201, 201]
    assert answers[0].content == answers[1].content
    assert Document.objects.count() == 1
    assert DocumentVersion.objects.count() == 1
