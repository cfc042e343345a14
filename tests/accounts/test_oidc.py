"""Single sign-on with OpenID Connect against a real provider on 127.0.0.1 (issue 15 § 1).

One django-oidc-provider process (``tests/oidc_provider``) serves every test of this module.
The product runs in the Django test client; the browser's side at the provider is an httpx
client that signs in there with a password, as a person would.
"""

from __future__ import annotations

import datetime
import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation import gettext

from spbe.accounts import two_factor
from spbe.audit.models import AuditEvent
from tests.oidc_provider import hooks
from tests.oidc_provider.serve import CLIENT_ID, CLIENT_SECRET, PASSWORD
from tests.timeouts import slow_work_timeout

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
REDIRECT_URI = "http://testserver/accounts/sso/kembali/"
RIGHT = "kata-sandi-uji"


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The provider's issuer URL, served by a child process for the whole module."""
    folder = tmp_path_factory.mktemp("oidc")
    log = (folder / "provider.log").open("w")
    env = {
        **os.environ,
        "OIDC_PROVIDER_DB": str(folder / "provider.sqlite3"),
        "OIDC_PROVIDER_CLOCK": datetime.datetime.now(datetime.UTC).isoformat(),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.oidc_provider.serve", REDIRECT_URI],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    try:
        yield f"http://127.0.0.1:{_port_of(child, folder / 'provider.log')}/openid"
    finally:
        child.terminate()
        child.wait(timeout=slow_work_timeout())
        log.close()


def _port_of(child: subprocess.Popen[str], log: Path) -> int:
    deadline = time.monotonic() + slow_work_timeout()
    assert child.stdout is not None
    while time.monotonic() < deadline:
        ready, _w, _x = select.select([child.stdout], [], [], 1.0)
        if ready:
            line = child.stdout.readline()
            if line.startswith("PORT "):
                return int(line.split()[1])
            if not line and child.poll() is not None:
                break
    child.kill()
    raise RuntimeError(f"the test provider did not start: {log.read_text()}")


@pytest.fixture
def sso(settings, provider):
    settings.SPBE_OIDC_ISSUER = provider
    settings.SPBE_OIDC_CLIENT_ID = CLIENT_ID
    settings.SPBE_OIDC_CLIENT_SECRET = CLIENT_SECRET
    settings.SPBE_OIDC_SCOPES = "openid email profile"
    settings.SPBE_OIDC_CLAIM = "email"
    settings.SPBE_OIDC_USER_FIELD = "email"
    settings.SPBE_OIDC_CREATE_USERS = False
    settings.SPBE_OIDC_PASSWORD_LOGIN = "all"
    settings.SPBE_OIDC_LABEL = "SSO ASN"
    return provider


@pytest.fixture
def users(db):
    make = get_user_model().objects.create_user
    return {
        "sari": make(username="sari", email="sari@siantar.go.id", password=RIGHT),
        "other": make(username="other", email="other@siantar.go.id", password=RIGHT),
        "expired": make(username="expired", email="expired@siantar.go.id", password=RIGHT),
    }


def sign_in_at_provider(authorize_url: str, username: str) -> str:
    """What the browser does at the provider: sign in there; returns where it is sent back."""
    with httpx.Client(follow_redirects=False, timeout=slow_work_timeout()) as browser:
        to_login = browser.get(authorize_url)
        assert to_login.status_code == 302, to_login.text[:300]
        login_url = httpx.URL(authorize_url).join(to_login.headers["location"])
        browser.get(login_url)
        back_to_authorize = browser.post(
            login_url,
            data={
                "username": username,
                "password": PASSWORD,
                "csrfmiddlewaretoken": browser.cookies["csrftoken"],
                "next": parse_qs(login_url.query.decode())["next"][0],
            },
        )
        assert back_to_authorize.status_code == 302, back_to_authorize.text[:300]
        answer = browser.get(login_url.join(back_to_authorize.headers["location"]))
        assert answer.status_code == 302, answer.text[:300]
        return answer.headers["location"]


def start(client, next_url: str = "") -> str:
    response = client.get("/accounts/sso/" + (f"?next={next_url}" if next_url else ""))
    assert response.status_code == 302
    return response["Location"]


def come_back(client, redirect: str):
    parts = urlsplit(redirect)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == REDIRECT_URI
    return client.get(f"{parts.path}?{parts.query}")


def full_flow(client, username: str, next_url: str = ""):
    return come_back(client, sign_in_at_provider(start(client, next_url), username))


def signed_in_as(client) -> str | None:
    user_id = client.session.get("_auth_user_id")
    return get_user_model().objects.get(pk=user_id).username if user_id else None


def test_the_code_flow_with_pkce_signs_in_the_user_the_email_names(client, sso, users):
    authorize = start(client, next_url="/evaluasi/")
    query = parse_qs(urlsplit(authorize).query)
    assert authorize.startswith(f"{sso}/authorize")
    assert query["response_type"] == ["code"]
    assert query["code_challenge_method"] == ["S256"] and query["code_challenge"][0]
    assert query["state"][0] and query["nonce"][0]

    response = come_back(client, sign_in_at_provider(authorize, "sari"))
    assert response.status_code == 302 and response["Location"] == "/evaluasi/"
    assert signed_in_as(client) == "sari"
    event = AuditEvent.objects.get(action="oidc.signin")
    assert event.actor == users["sari"]


def test_the_provider_refuses_the_code_without_the_right_pkce_verifier(client, sso, users):
    redirect = sign_in_at_provider(start(client), "sari")
    session = client.session
    # A session is not iterable; its keys() is the way to list them.
    (key,) = [key for key in session.keys() if key.startswith("_state_spbe_")]  # noqa: SIM118
    stored = session[key]
    stored["data"]["code_verifier"] = "x" * 64
    session[key] = stored
    session.save()
    response = come_back(client, redirect)
    assert response.status_code == 403
    assert signed_in_as(client) is None
    assert AuditEvent.objects.filter(action="oidc.failure").exists()


def test_an_answer_with_another_state_is_refused(client, sso, users):
    redirect = sign_in_at_provider(start(client), "sari")
    forged = redirect.replace("state=", "state=forged")
    assert come_back(client, forged).status_code == 403
    assert signed_in_as(client) is None


def test_an_id_token_for_another_audience_is_refused(client, sso, users):
    response = full_flow(client, hooks.OTHER_AUDIENCE)
    assert response.status_code == 403
    assert signed_in_as(client) is None
    failure = AuditEvent.objects.get(action="oidc.failure")
    assert failure.summary == "InvalidClaimError" and "'aud'" in failure.data["error"]


def test_an_expired_id_token_is_refused(client, sso, users):
    response = full_flow(client, hooks.EXPIRED)
    assert response.status_code == 403
    assert signed_in_as(client) is None
    assert AuditEvent.objects.get(action="oidc.failure").summary == "ExpiredTokenError"


def test_an_unknown_user_gets_a_refusal_in_indonesian_and_it_is_audited(client, sso, users):
    with translation.override("id"):
        response = full_flow(client, "stranger")
        expected = gettext(
            "Your account at the sign-in service (%(value)s) is not a user of this "
            "application. Ask the administrator to add you."
        ) % {"value": "stranger@elsewhere.go.id"}
    assert response.status_code == 403
    assert expected in response.content.decode()
    assert signed_in_as(client) is None
    assert not get_user_model().objects.filter(email="stranger@elsewhere.go.id").exists()
    event = AuditEvent.objects.get(action="oidc.unknown_user")
    assert event.data["value"] == "stranger@elsewhere.go.id" and event.data["reason"] == "unknown"


def test_when_the_admin_allows_it_an_unknown_user_is_created_with_no_role(
    client, sso, users, settings
):
    settings.SPBE_OIDC_CREATE_USERS = True
    assert full_flow(client, "stranger").status_code == 302
    created = get_user_model().objects.get(email="stranger@elsewhere.go.id")
    # The provider sends no preferred_username, so the email is the new username.
    assert signed_in_as(client) == created.username == "stranger@elsewhere.go.id"
    assert not created.has_usable_password()
    assert not hasattr(created, "membership")
    assert AuditEvent.objects.filter(action="oidc.user_create", object_id=str(created.pk)).exists()


def test_a_user_with_two_factor_still_gives_the_code_after_sso(client, sso, users):
    two_factor.enrolment_begin(user=users["sari"])
    device = users["sari"].two_factor_device
    device.confirmed_at = device.created_at
    device.save()
    response = full_flow(client, "sari")
    assert response["Location"] == "/accounts/dua-faktor/kode/"
    assert signed_in_as(client) is None


def test_the_login_page_offers_sso_and_without_it_the_sso_address_is_404(client, settings):
    settings.SPBE_OIDC_ISSUER = ""
    assert client.get("/accounts/sso/").status_code == 404
    assert "/accounts/sso/" not in client.get("/accounts/login/").content.decode()
    settings.SPBE_OIDC_ISSUER = "https://sso.example.go.id/realms/asn"
    settings.SPBE_OIDC_LABEL = "SSO ASN"
    page = client.get("/accounts/login/?next=/evaluasi/").content.decode()
    assert "/accounts/sso/?next=/evaluasi/" in page and "SSO ASN" in page


def test_passwords_can_be_kept_for_admins_only_as_the_way_in_when_sso_fails(client, settings):
    settings.SPBE_OIDC_ISSUER = "https://sso.example.go.id/realms/asn"
    settings.SPBE_OIDC_PASSWORD_LOGIN = "admins"
    make = get_user_model().objects.create_user
    make(username="sari", password=RIGHT)
    make(username="admin", password=RIGHT, is_staff=True, is_superuser=True)
    refused = client.post("/accounts/login/", {"username": "sari", "password": RIGHT})
    assert refused.status_code == 403
    assert signed_in_as(client) is None
    admin = client.post("/admin/login/", {"username": "admin", "password": RIGHT})
    assert admin.status_code == 302
    assert signed_in_as(client) == "admin"


def test_a_provider_that_cannot_be_reached_gives_a_page_that_says_so(client, settings):
    settings.SPBE_OIDC_ISSUER = "http://127.0.0.1:9/openid"  # the discard port: nothing listens
    settings.SPBE_OIDC_CLIENT_ID = "spbe-unreachable"
    settings.SPBE_OIDC_CLIENT_SECRET = "secret"
    with translation.override("id"):
        response = client.get("/accounts/sso/")
        expected = gettext(
            "The sign-in service cannot be reached now. Try again later, or sign in with a password."
        )
    assert response.status_code == 502
    assert expected in response.content.decode()
