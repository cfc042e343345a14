"""Calls of the evidence endpoints as a client makes them: with a token, in English, multipart
or JSON, with an Idempotency-Key when given (tests/api/test_evidence_*.py)."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.api.evidence_builders import pdf
from tests.api.helpers import bearer, token_for

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


def english() -> Client:
    """A client that reads the answers in English (the UI's language is Indonesian)."""
    client = Client()
    client.cookies["django_language"] = "en"
    return client


@pytest.fixture
def media(settings, tmp_path):
    """A storage of the test's own, so "nothing was stored" is a fact about this test alone."""
    settings.MEDIA_ROOT = tmp_path / "files"
    return settings.MEDIA_ROOT


def writer(user, name: str = "sistem-dokumen") -> str:
    return token_for(user, scope="write", name=name)


def post(path: str, token: str, data: dict, key: str | None = None):
    """A multipart POST (the test client's default for a dict with files)."""
    headers = {**bearer(token), **ENGLISH}
    if key is not None:
        headers["HTTP_IDEMPOTENCY_KEY"] = key
    return english().post(f"/api/v1{path}", data, **headers)


def post_json(path: str, token: str, body: dict, key: str | None = None):
    headers = {**bearer(token), **ENGLISH}
    if key is not None:
        headers["HTTP_IDEMPOTENCY_KEY"] = key
    return english().post(f"/api/v1{path}", body, content_type="application/json", **headers)


def get(path: str, token: str, **query):
    return english().get(f"/api/v1{path}", query, **bearer(token), **ENGLISH)


def new_document(**fields) -> dict:
    return {"title": "Perwali Arsitektur SPBE", "kind": "perwali", "file": pdf(), **fields}


def indicator_link(cast, number: int = 1, **fields) -> dict:
    return {"evaluation_id": cast.evaluation.pk, "indicator": number, **fields}
