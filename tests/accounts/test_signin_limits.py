"""One limit on failed sign-ins for every way in, shared by all processes (issue 15 § 1)."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import timezone

from spbe.accounts.forms import refusal_message
from spbe.accounts.models import SignInCounter
from spbe.audit.models import AuditEvent

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 11, 2, 9, 0, tzinfo=datetime.UTC)
RIGHT = "kata-sandi-uji"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.SPBE_LOGIN_MAX_FAILURES = 3
    settings.SPBE_LOGIN_MAX_ADDRESS_FAILURES = 5
    settings.SPBE_LOGIN_LOCK_MINUTES = 15
    settings.SPBE_TRUSTED_PROXIES = []
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def users(db):
    make = get_user_model().objects.create_user
    return {
        "admin": make(username="admin", password=RIGHT, is_staff=True, is_superuser=True),
        "sari": make(username="sari", password=RIGHT),
        "budi": make(username="budi", password=RIGHT),
    }


def sign_in(client, url, username, password, address="10.1.1.1", **headers):
    return client.post(
        url, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_admin_login_locks_after_the_limit_and_refuses_even_the_right_password(client, users):
    for _ in range(2):
        assert sign_in(client, "/admin/login/", "admin", "tebakan").status_code == 200
    assert sign_in(client, "/admin/login/", "admin", "tebakan").status_code == 429
    response = sign_in(client, "/admin/login/", "admin", RIGHT)
    assert response.status_code == 429
    assert not signed_in(client)


def test_failures_on_the_site_and_the_admin_count_toward_one_limit(client, users):
    sign_in(client, "/accounts/login/", "admin", "tebakan")
    sign_in(client, "/admin/login/", "admin", "tebakan")
    sign_in(client, "/accounts/login/", "admin", "tebakan")
    assert sign_in(client, "/accounts/login/", "admin", RIGHT).status_code == 429
    assert sign_in(client, "/admin/login/", "admin", RIGHT).status_code == 429
    assert not signed_in(client)


def test_the_counts_are_in_the_database_so_another_process_sees_them(client, users):
    for _ in range(3):
        sign_in(client, "/accounts/login/", "sari", "tebakan")
    cache.clear()  # what a second worker's empty per-process cache looks like
    assert sign_in(client, "/accounts/login/", "sari", RIGHT).status_code == 429
    assert SignInCounter.objects.get(kind="username", key="sari").failures == 3


def test_the_refusal_says_when_to_try_again_and_then_the_user_signs_in(client, users, limits):
    for _ in range(3):
        sign_in(client, "/accounts/login/", "sari", "tebakan")
    response = sign_in(client, "/accounts/login/", "sari", RIGHT)
    until = START + datetime.timedelta(minutes=15)
    assert refusal_message(until) in response.content.decode()
    assert timezone.localtime(until).strftime("%H:%M") in response.content.decode()
    limits.move_to(until + datetime.timedelta(seconds=1))
    assert sign_in(client, "/accounts/login/", "sari", RIGHT).status_code == 302
    assert signed_in(client)


def test_the_account_is_locked_not_the_address(client, users):
    for _ in range(3):
        sign_in(client, "/accounts/login/", "sari", "tebakan", address="10.1.1.1")
    assert sign_in(client, "/accounts/login/", "sari", RIGHT, address="10.2.2.2").status_code == 429
    assert sign_in(client, "/accounts/login/", "budi", RIGHT, address="10.1.1.1").status_code == 302


def test_a_lockout_is_audited(client, users):
    for _ in range(3):
        sign_in(client, "/accounts/login/", "sari", "tebakan", address="10.1.1.1")
    event = AuditEvent.objects.get(action="signin.lock")
    assert event.summary == "sari"
    assert event.data["address"] == "10.1.1.1"
    assert event.data["failures"] == 3


def test_one_address_trying_many_usernames_waits_but_locks_no_account(client, users):
    for number in range(5):
        sign_in(client, "/accounts/login/", f"tamu{number}", "tebakan", address="10.6.6.6")
    assert sign_in(client, "/accounts/login/", "budi", RIGHT, address="10.6.6.6").status_code == 429
    assert sign_in(client, "/accounts/login/", "budi", RIGHT, address="10.7.7.7").status_code == 302
    assert not SignInCounter.objects.filter(kind="username", locked_until__isnull=False).exists()
    assert AuditEvent.objects.filter(action="signin.address_wait").count() == 1


def test_a_forwarded_address_from_an_untrusted_peer_is_ignored(client, users):
    for number in range(3):
        sign_in(
            client,
            "/accounts/login/",
            "sari",
            "tebakan",
            address="10.1.1.1",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}",
        )
    assert SignInCounter.objects.get(kind="address", key="10.1.1.1").failures == 3
    assert not SignInCounter.objects.filter(key__startswith="192.0.2.").exists()


def test_behind_a_trusted_proxy_each_client_counts_on_its_own(client, users, settings):
    settings.SPBE_TRUSTED_PROXIES = ["10.0.0.0/8"]
    for number in range(5):
        sign_in(
            client,
            "/accounts/login/",
            f"tamu{number}",
            "tebakan",
            address="10.0.0.2",
            HTTP_X_FORWARDED_FOR="203.0.113.9",
        )
    behind_proxy = {"address": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "198.51.100.4"}
    assert sign_in(client, "/accounts/login/", "budi", RIGHT, **behind_proxy).status_code == 302
    assert SignInCounter.objects.get(kind="address", key="203.0.113.9").failures == 5
