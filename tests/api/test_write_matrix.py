"""Every write of the API, generated from its own OpenAPI document, so that a new write cannot
be forgotten: anonymous and an expired token are 401, a read-only token is 403, and nobody of
the other agency changes anything of agency A. Whatever the body, a refusal is never a 2xx."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from spbe.api.api import api
from spbe.api.models import ApiToken
from spbe.audit.models import AuditEvent
from tests.api.helpers import bearer, token_for
from tests.api.test_access_matrix import filled

pytestmark = pytest.mark.dates

WRITES = ("post", "put", "patch", "delete")
# Writes that act on the caller's own account, not on an agency's data.
OWN_ACCOUNT = {"/api/v1/me/token"}


def write_operations() -> list[tuple[str, str]]:
    schema = api.get_openapi_schema()
    return sorted(
        (method, path)
        for path, operations in schema["paths"].items()
        for method in operations
        if method in WRITES
    )


def call(method: str, url: str, token: str | None = None):
    headers = bearer(token) if token else {}
    return getattr(Client(), method)(url, data={}, content_type="application/json", **headers)


def test_the_api_has_writes_to_check():
    assert write_operations()


@pytest.mark.parametrize(("method", "path"), write_operations())
def test_anonymous_and_an_expired_token_are_401_and_change_nothing(cast, method, path):
    url = filled(path, cast)
    events = AuditEvent.objects.count()
    assert call(method, url).status_code == 401
    text = token_for(cast.coordinator, scope="write", name="kedaluwarsa")
    ApiToken.objects.filter(name="kedaluwarsa").update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert call(method, url, text).status_code == 401
    assert AuditEvent.objects.count() == events + 1  # only the token's creation


@pytest.mark.parametrize(("method", "path"), write_operations())
def test_a_read_only_token_is_403_for_every_write_of_every_role(cast, method, path):
    url = filled(path, cast)
    for role in ("coordinator", "pic", "internal_assessor", "admin"):
        text = token_for(getattr(cast, role), scope="read", name=f"baca-{role}")
        response = call(method, url, text)
        assert response.status_code == 403, (role, url, response.content)
        assert response.json()["code"] == "forbidden"
        assert ApiToken.objects.get(name=f"baca-{role}").revoked_at is None


@pytest.mark.parametrize(("method", "path"), write_operations())
def test_nobody_of_the_other_agency_changes_anything_of_agency_a(cast, method, path):
    url = filled(path, cast)
    if path in OWN_ACCOUNT:
        pytest.skip("acts on the caller's own account")
    for role in ("outsider", "unassigned_assessor"):
        text = token_for(getattr(cast, role), scope="write", name=f"tulis-{role}")
        before = AuditEvent.objects.exclude(action="api_token.create").count()
        response = call(method, url, text)
        assert not 200 <= response.status_code < 300, (role, url, response.content)
        assert AuditEvent.objects.exclude(action="api_token.create").count() == before
