"""The user's own page of access tokens (``/akun/token/``): a new token is shown once, the list
shows prefixes only, a bad request is refused in the page with 422, and nobody revokes another
user's token."""

from __future__ import annotations

import pytest
from django.urls import reverse

from spbe.api.models import ApiToken
from spbe.api.token_services import token_create
from spbe.organizations.actors import SYSTEM
from tests.cast import PASSWORD

pytestmark = pytest.mark.dates

URL = "/akun/token/"


def signed_in(client, username="pic-kominfo"):
    client.login(username=username, password=PASSWORD)
    return client


def test_the_page_needs_a_signed_in_user(cast, client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_new_token_is_shown_once_and_then_only_its_prefix(cast, client):
    signed_in(client)
    response = client.post(
        URL, {"action": "create", "name": "Dasbor", "scope": "read", "days": "30"}
    )
    assert response.status_code == 201
    text = response.context["new_token"]
    assert text.startswith("spbe_") and text in response.content.decode()
    assert response["Cache-Control"] == "no-store"
    again = client.get(URL)
    assert text not in again.content.decode()
    assert f"spbe_{ApiToken.objects.get().prefix}…" in again.content.decode()


@pytest.mark.parametrize(
    "post",
    [
        {"name": "", "scope": "read", "days": "30"},
        {"name": "Dasbor", "scope": "root", "days": "30"},
        {"name": "Dasbor", "scope": "read", "days": "400"},
    ],
)
def test_a_bad_request_is_refused_in_the_page_keeping_what_was_typed(cast, client, post):
    signed_in(client)
    response = client.post(URL, {"action": "create", **post})
    assert response.status_code == 422
    assert response.context["refusal"]
    assert response.context["form_name"] == post["name"]
    assert not ApiToken.objects.exists()


def test_the_owner_revokes_a_token_and_the_list_says_so(cast, client):
    token, _text = token_create(actor=SYSTEM, user=cast.pic, name="Lama", scope="read", days=30)
    signed_in(client)
    response = client.post(URL, {"action": "revoke", "token": token.pk})
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_another_users_token_is_not_found_and_stays(cast, client):
    token, _text = token_create(
        actor=SYSTEM, user=cast.coordinator, name="Milik koordinator", scope="read", days=30
    )
    signed_in(client)
    assert client.post(URL, {"action": "revoke", "token": token.pk}).status_code == 404
    assert client.post(URL, {"action": "revoke", "token": "bukan-angka"}).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_the_list_shows_the_users_own_tokens_only(cast, client):
    token_create(
        actor=SYSTEM, user=cast.coordinator, name="Milik koordinator", scope="read", days=30
    )
    token_create(actor=SYSTEM, user=cast.pic, name="Milik PIC", scope="write", days=30)
    page = signed_in(client).get(URL).content.decode()
    assert "Milik PIC" in page and "Milik koordinator" not in page


def test_an_unknown_action_is_404(cast, client):
    assert signed_in(client).post(URL, {"action": "hapus-semua"}).status_code == 404


def test_every_page_links_the_users_name_to_their_tokens(cast, client):
    page = signed_in(client).get("/", follow=True).content.decode()
    assert f'href="{URL}"' in page
