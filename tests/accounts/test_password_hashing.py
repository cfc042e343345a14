"""Passwords are stored with Argon2id, and hashes stored before it are upgraded on sign-in."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import (
    Argon2PasswordHasher,
    PBKDF2PasswordHasher,
    identify_hasher,
)

from spbe import settings as project_settings
from spbe.accounts.models import SignInCounter

pytestmark = pytest.mark.django_db

RIGHT = "kata-sandi-uji"


@pytest.fixture(autouse=True)
def project_hashers(settings):
    # The test settings hash with MD5 for speed; these tests are about the project's own list.
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS
    settings.SPBE_TRUSTED_PROXIES = []


def pbkdf2_user(username: str):
    """A user whose password was stored by Django's default hasher, before Argon2id."""
    # A low iteration count keeps the test fast; Django's own count only changes the time.
    stored = PBKDF2PasswordHasher().encode(RIGHT, "saltsaltsalt", iterations=1000)
    return get_user_model().objects.create(username=username, password=stored)


def sign_in(client, username: str, password: str):
    return client.post(
        "/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR="10.1.1.1"
    )


def test_a_new_password_is_stored_with_argon2id_at_owasps_minimum():
    user = get_user_model().objects.create_user(username="sari", password=RIGHT)
    algorithm, variety, _version, parameters, *_ = user.password.split("$")
    assert (algorithm, variety) == ("argon2", "argon2id")
    assert parameters == "m=19456,t=2,p=1"
    assert user.check_password(RIGHT) and not user.check_password("tebakan")


def test_a_password_stored_with_pbkdf2_still_signs_in_and_is_then_stored_with_argon2id(client):
    user = pbkdf2_user("budi")
    assert identify_hasher(user.password).algorithm == "pbkdf2_sha256"
    response = sign_in(client, "budi", RIGHT)
    assert response.status_code == 302 and "_auth_user_id" in client.session
    user.refresh_from_db()
    assert user.password.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
    client.logout()
    sign_in(client, "budi", RIGHT)
    assert "_auth_user_id" in client.session


def test_a_wrong_password_leaves_the_old_hash_and_counts_toward_the_sign_in_limit(client):
    user = pbkdf2_user("budi")
    stored = user.password
    assert sign_in(client, "budi", "tebakan").status_code == 200
    assert "_auth_user_id" not in client.session
    user.refresh_from_db()
    assert user.password == stored
    assert SignInCounter.objects.filter(kind="username", key="budi").exists()


def test_an_argon2_hash_with_other_parameters_is_rehashed_at_the_current_ones(client):
    user = get_user_model().objects.create(
        username="budi", password=Argon2PasswordHasher().encode(RIGHT, "saltsaltsalt")
    )
    assert "m=102400,t=2,p=8" in user.password
    sign_in(client, "budi", RIGHT)
    user.refresh_from_db()
    assert "m=19456,t=2,p=1" in user.password
