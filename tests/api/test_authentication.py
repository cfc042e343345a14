"""Who the API lets in (``api.auth``): a valid token acts as its user, a session works for the
pages' own calls with CSRF, and everything else is refused in the one error shape."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from spbe.api.auth import token_used
from spbe.api.models import ApiToken
from spbe.api.token_services import token_revoke
from spbe.audit.models import AuditEvent
from tests.api.helpers import bearer, get, token_for
from tests.cast import PASSWORD
from tests.clock import CAST_DAY

pytestmark = pytest.mark.dates


def test_a_token_acts_as_its_user_and_names_itself(cast):
    response = get("/me", token_for(cast.pic, name="Dasbor"))
    assert response.status_code == 200
    assert response.json() == {
        "username": "pic-kominfo",
        "agency": "Kota Uji",
        "unit": "Dinas Komunikasi dan Informatika",
        "roles": ["pic"],
        "is_admin": False,
        "token": "Dasbor",
    }


def test_a_signed_in_session_works_too_without_a_token(cast, client):
    client.login(username="koordinator", password=PASSWORD)
    body = client.get("/api/v1/me").json()
    assert (body["username"], body["token"]) == ("koordinator", None)


@pytest.mark.parametrize(
    "header",
    ["", "Bearer", "Bearer spbe_aaaaaaaa_nope", "Token abc", "Basic a29vcmRpbmF0b3I6eA=="],
)
def test_without_a_valid_token_the_answer_is_401_in_the_error_shape(cast, header):
    headers = {"HTTP_AUTHORIZATION": header} if header else {}
    response = Client().get("/api/v1/me", **headers)
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"
    assert set(response.json()) == {"detail", "code", "fields"}


def test_an_expired_or_revoked_token_is_401(cast):
    expired = token_for(cast.pic, name="lama")
    ApiToken.objects.filter(name="lama").update(expires_at=timezone.now() - datetime.timedelta(1))
    assert get("/me", expired).status_code == 401
    revoked = token_for(cast.pic, name="dicabut")
    token_revoke(actor=cast.actor(cast.pic), token=ApiToken.objects.get(name="dicabut"))
    assert get("/me", revoked).status_code == 401


def test_using_a_token_records_when_it_was_last_used(cast):
    text = token_for(cast.pic)
    assert ApiToken.objects.get().last_used_at is None
    get("/me", text)
    assert ApiToken.objects.get().last_used_at is not None


def test_last_used_is_written_at_most_once_a_minute(cast, time_machine):
    time_machine.move_to(CAST_DAY, tick=False)
    text = token_for(cast.pic)
    get("/me", text)
    assert ApiToken.objects.get().last_used_at == CAST_DAY
    time_machine.shift(10)
    get("/me", text)
    assert ApiToken.objects.get().last_used_at == CAST_DAY  # 10 s later: not written again
    time_machine.shift(51)
    get("/me", text)
    assert ApiToken.objects.get().last_used_at == CAST_DAY + datetime.timedelta(seconds=61)


def test_of_two_calls_in_the_same_minute_only_one_writes_last_used(cast):
    token_for(cast.pic)
    token = ApiToken.objects.get()
    now = timezone.now()
    # Both read the token before either wrote, as two concurrent requests would.
    assert [token_used(token, now=now), token_used(token, now=now)] == [True, False]


def test_a_read_only_token_used_to_write_is_403_and_changes_nothing(cast):
    text = token_for(cast.pic, scope="read")
    response = Client().delete("/api/v1/me/token", **bearer(text))
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert ApiToken.objects.get().revoked_at is None
    assert get("/me", text).status_code == 200


def test_a_read_and_write_token_revokes_itself_and_stops_working(cast):
    text = token_for(cast.pic, scope="write")
    assert Client().delete("/api/v1/me/token", **bearer(text)).status_code == 204
    assert get("/me", text).status_code == 401


def test_a_write_through_the_api_lands_in_the_audit_log_with_the_token_name(cast):
    text = token_for(cast.pic, scope="write", name="sistem-arsip")
    Client().delete("/api/v1/me/token", **bearer(text))
    event = AuditEvent.objects.get(action="api_token.revoke")
    assert (event.actor, event.data["token"]) == (cast.pic, "sistem-arsip")


def test_a_session_has_no_token_to_revoke_and_is_told_so(cast):
    client = Client()
    client.login(username="koordinator", password=PASSWORD)
    response = client.delete("/api/v1/me/token")
    assert response.status_code == 422
    assert response.json()["code"] == "refused"


def test_a_session_write_without_csrf_is_refused(cast):
    client = Client(enforce_csrf_checks=True)
    client.login(username="koordinator", password=PASSWORD)
    response = client.delete("/api/v1/me/token")
    assert response.status_code in (401, 403)
