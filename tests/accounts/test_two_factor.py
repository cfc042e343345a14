"""Two-factor sign-in with an authenticator app (TOTP) and recovery codes (issue 15 § 1)."""

from __future__ import annotations

import datetime

import pyotp
import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from django.utils.translation import gettext

from spbe.accounts import two_factor
from spbe.accounts.models import RecoveryCode, TwoFactorDevice
from spbe.audit.models import AuditEvent
from spbe.organizations.models import Membership, Role

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 11, 2, 9, 0, 10, tzinfo=datetime.UTC)
RIGHT = "kata-sandi-uji"


@pytest.fixture(autouse=True)
def frozen(settings):
    settings.SPBE_LOGIN_MAX_FAILURES = 3
    settings.SPBE_TRUSTED_PROXIES = []
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def sari(db):
    return get_user_model().objects.create_user(username="sari", password=RIGHT)


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_user(
        username="admin", password=RIGHT, is_staff=True, is_superuser=True
    )


def code_now(user, seconds_later: int = 0) -> str:
    secret = two_factor.device_secret(TwoFactorDevice.objects.get(user=user))
    return pyotp.TOTP(secret).at(timezone.now() + datetime.timedelta(seconds=seconds_later))


def enrolled(user) -> list[str]:
    two_factor.enrolment_begin(user=user)
    return two_factor.enrolment_confirm(user=user, code=code_now(user))


def actions(user) -> list[str]:
    return list(
        AuditEvent.objects.filter(object_id=str(user.pk), action__startswith="two_factor.")
        .order_by("pk")
        .values_list("action", flat=True)
    )


def password_step(client, user, url="/accounts/login/"):
    return client.post(url, {"username": user.username, "password": RIGHT}, REMOTE_ADDR="10.1.1.1")


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_enrolment_shows_a_qr_code_and_the_secret_and_turns_on_with_the_first_code(client, sari):
    client.force_login(sari)
    page = client.get("/accounts/dua-faktor/daftar/")
    assert page.status_code == 200
    body = page.content.decode()
    device = TwoFactorDevice.objects.get(user=sari)
    assert "<svg" in body and "<path" in body
    assert two_factor.readable_secret(device) in body
    assert not two_factor.has_two_factor(sari)

    response = client.post("/accounts/dua-faktor/daftar/", {"code": code_now(sari)})
    assert response.status_code == 200
    codes = response.context["codes"]
    assert len(codes) == two_factor.RECOVERY_CODE_COUNT
    assert all(code in response.content.decode() for code in codes)
    assert two_factor.has_two_factor(sari)
    assert actions(sari) == ["two_factor.enrol"]


def test_recovery_codes_are_stored_only_as_hashes(sari):
    codes = enrolled(sari)
    stored = set(RecoveryCode.objects.filter(user=sari).values_list("code_hash", flat=True))
    assert len(stored) == len(codes)
    assert not stored & {code.replace("-", "") for code in codes}


def test_a_wrong_enrolment_code_changes_nothing_and_says_why(client, sari):
    client.force_login(sari)
    client.get("/accounts/dua-faktor/daftar/")
    with translation.override("id"):
        response = client.post("/accounts/dua-faktor/daftar/", {"code": "000000"})
        expected = gettext("The code is wrong or has expired. Try the newest code.")
    assert response.status_code == 422
    assert expected in response.content.decode()
    assert not two_factor.has_two_factor(sari)


def test_with_two_factor_the_password_alone_signs_nobody_in(client, sari):
    enrolled(sari)
    response = password_step(client, sari)
    assert response.status_code == 302 and response["Location"] == "/accounts/dua-faktor/kode/"
    assert not signed_in(client)
    assert client.get("/").status_code == 302  # still anonymous: sent to sign in


def test_the_code_after_the_password_signs_in_and_is_audited(client, sari, frozen):
    enrolled(sari)
    password_step(client, sari)
    frozen.shift(30)  # the next step: the enrolment's code is spent
    response = client.post("/accounts/dua-faktor/kode/", {"code": code_now(sari)})
    assert response.status_code == 302 and response["Location"] == "/"
    assert signed_in(client)
    assert actions(sari) == ["two_factor.enrol", "two_factor.verify"]


def test_a_code_is_never_taken_twice(client, sari):
    enrolled(sari)
    used = code_now(sari)  # the enrolment took this step's code
    password_step(client, sari)
    response = client.post("/accounts/dua-faktor/kode/", {"code": used})
    assert response.status_code == 422
    assert not signed_in(client)


def test_a_wrong_code_is_refused_audited_and_counted_in_the_sign_in_limit(client, sari):
    enrolled(sari)
    password_step(client, sari)
    with translation.override("id"):
        first = client.post("/accounts/dua-faktor/kode/", {"code": "123456"})
        assert gettext("The code is wrong or has expired. Try again.") in first.content.decode()
    assert first.status_code == 422
    client.post("/accounts/dua-faktor/kode/", {"code": "654321"})
    third = client.post("/accounts/dua-faktor/kode/", {"code": "111111"})
    assert third.status_code == 429  # three failures: the account is locked
    right = client.post("/accounts/dua-faktor/kode/", {"code": code_now(sari, 30)})
    assert right.status_code == 429
    assert not signed_in(client)
    assert actions(sari).count("two_factor.failure") == 3
    assert AuditEvent.objects.filter(action="signin.lock", summary="sari").exists()


def test_a_recovery_code_signs_in_once(client, sari):
    codes = enrolled(sari)
    password_step(client, sari)
    assert client.post("/accounts/dua-faktor/kode/", {"code": codes[0]}).status_code == 302
    assert signed_in(client)
    client.logout()
    password_step(client, sari)
    again = client.post("/accounts/dua-faktor/kode/", {"code": codes[0]})
    assert again.status_code == 422
    assert not signed_in(client)
    assert "two_factor.recovery_used" in actions(sari)
    assert two_factor.unused_recovery_codes(sari) == two_factor.RECOVERY_CODE_COUNT - 1


def test_new_recovery_codes_replace_the_old_ones(client, sari):
    old = enrolled(sari)
    client.force_login(sari)
    response = client.post("/accounts/dua-faktor/kode-pemulihan/")
    new = response.context["codes"]
    assert set(new).isdisjoint(old)
    client.logout()
    password_step(client, sari)
    assert client.post("/accounts/dua-faktor/kode/", {"code": old[1]}).status_code == 422
    assert client.post("/accounts/dua-faktor/kode/", {"code": new[1]}).status_code == 302
    assert "two_factor.recovery_regenerate" in actions(sari)


def test_the_held_password_step_runs_out_after_five_minutes(client, sari, frozen):
    enrolled(sari)
    password_step(client, sari)
    frozen.shift(6 * 60)
    response = client.post("/accounts/dua-faktor/kode/", {"code": code_now(sari)})
    assert response.status_code == 302 and response["Location"] == "/accounts/login/"
    assert not signed_in(client)


def test_an_admin_must_enrol_before_anything_else_and_cannot_skip_it(client, admin_user):
    response = password_step(client, admin_user, url="/admin/login/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/dua-faktor/daftar/"
    for page in ("/", "/admin/", "/akun/token/", "/evaluasi/"):
        skipped = client.get(page)
        assert skipped.status_code == 302, page
        assert skipped["Location"] == "/accounts/dua-faktor/daftar/", page
    client.get("/accounts/dua-faktor/daftar/")
    done = client.post("/accounts/dua-faktor/daftar/", {"code": code_now(admin_user)})
    assert done.context["next"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_admin_login_asks_for_the_code_too(client, admin_user, frozen):
    enrolled(admin_user)
    response = password_step(client, admin_user, url="/admin/login/")
    assert response["Location"] == "/accounts/dua-faktor/kode/"
    assert client.get("/admin/").status_code == 302
    frozen.shift(30)
    final = client.post("/accounts/dua-faktor/kode/", {"code": code_now(admin_user)})
    assert final["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_admin_can_require_two_factor_of_a_role(client, sari, admin_user):
    Membership.objects.create(user=sari, roles=[Role.COORDINATOR.value])
    assert not two_factor.is_required_for(sari)
    two_factor.policy_set(superusers=True, roles=[Role.COORDINATOR.value], by=admin_user)
    assert two_factor.is_required_for(sari)
    assert password_step(client, sari)["Location"] == "/accounts/dua-faktor/daftar/"
    assert AuditEvent.objects.filter(action="two_factor.policy").exists()


def test_the_admin_policy_page_saves_the_roles_and_audits_it(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/admin/accounts/twofactorpolicy/add/",
        {"superusers": "on", "roles": [Role.UNIT_PIC.value, Role.COORDINATOR.value]},
    )
    assert response.status_code == 302
    assert two_factor.current_policy().roles == sorted([Role.UNIT_PIC, Role.COORDINATOR])
    assert AuditEvent.objects.filter(action="two_factor.policy", actor=admin_user).exists()


def test_superusers_can_be_freed_from_two_factor_by_the_policy(admin_user):
    assert two_factor.is_required_for(admin_user)
    two_factor.policy_set(superusers=False, roles=[], by=admin_user)
    assert not two_factor.is_required_for(admin_user)


def test_a_user_who_is_not_required_may_turn_it_off_but_a_required_one_may_not(client, sari):
    enrolled(sari)
    client.force_login(sari)
    assert client.post("/accounts/dua-faktor/matikan/").status_code == 302
    assert not two_factor.has_two_factor(sari)
    assert "two_factor.disable" in actions(sari)

    Membership.objects.create(user=sari, roles=[Role.COORDINATOR.value])
    two_factor.policy_set(superusers=True, roles=[Role.COORDINATOR.value], by=sari)
    enrolled(sari)
    assert client.post("/accounts/dua-faktor/matikan/").status_code == 403
    assert two_factor.has_two_factor(sari)


def test_the_admin_resets_a_users_two_factor_from_the_user_list(client, sari, admin_user):
    enrolled(sari)
    client.force_login(admin_user)
    response = client.post(
        "/admin/accounts/user/", {"action": "reset_two_factor", "_selected_action": [sari.pk]}
    )
    assert response.status_code == 302
    assert not two_factor.has_two_factor(sari)
    assert not RecoveryCode.objects.filter(user=sari).exists()
    assert AuditEvent.objects.filter(action="two_factor.reset", actor=admin_user).exists()


def test_without_a_held_password_step_the_code_page_sends_to_sign_in(client):
    response = client.get("/accounts/dua-faktor/kode/")
    assert response.status_code == 302 and response["Location"] == "/accounts/login/"


def test_the_account_page_leads_to_two_factor_sign_in(client, sari):
    client.force_login(sari)
    assert 'href="/accounts/dua-faktor/"' in client.get("/akun/token/").content.decode()
    page = client.get("/accounts/dua-faktor/")
    assert page.status_code == 200 and page.context["enabled"] is False
