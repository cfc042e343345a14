"""``spbe ensure_admin``: on a fresh installation it creates the superuser and prints the
password once; with a superuser already there it changes nothing."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("ensure_admin", *args, stdout=out)
    return out.getvalue().strip()


def test_a_fresh_installation_gets_an_admin_who_signs_in_with_the_printed_password(monkeypatch):
    monkeypatch.delenv("SPBE_ADMIN_PASSWORD", raising=False)
    output = run()
    assert output.startswith("Created superuser admin with password ")
    password = output.rsplit(" ", 1)[-1]
    assert len(password) >= 12
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)


def test_the_password_comes_from_the_environment_when_it_is_set(monkeypatch):
    monkeypatch.setenv("SPBE_ADMIN_PASSWORD", "kata-sandi-awal-123")
    assert run("--username", "root") == ("Created superuser root with password kata-sandi-awal-123")
    assert get_user_model().objects.get(username="root").check_password("kata-sandi-awal-123")


def test_two_fresh_installations_get_different_passwords(monkeypatch):
    monkeypatch.delenv("SPBE_ADMIN_PASSWORD", raising=False)
    first = run().rsplit(" ", 1)[-1]
    get_user_model().objects.all().delete()
    second = run().rsplit(" ", 1)[-1]
    assert first != second


def test_with_a_superuser_already_there_nothing_changes(monkeypatch):
    monkeypatch.setenv("SPBE_ADMIN_PASSWORD", "baru-456")
    existing = get_user_model().objects.create_superuser(username="kominfo", password="lama-123")
    assert run() == "A superuser already exists; nothing to do."
    assert list(get_user_model().objects.values_list("username", flat=True)) == ["kominfo"]
    existing.refresh_from_db()
    assert existing.check_password("lama-123")


def test_an_ordinary_user_does_not_count_as_the_admin(monkeypatch):
    monkeypatch.delenv("SPBE_ADMIN_PASSWORD", raising=False)
    get_user_model().objects.create_user(username="pic", password="x-123456")
    assert run().startswith("Created superuser admin")
