"""Password reset never says "sent" when no email leaves the installation (issue 15 § 1)."""

from __future__ import annotations

import logging

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db

NOT_CONFIGURED = "spbe.notifications.mail_backend.NotConfiguredBackend"
CONSOLE = "django.core.mail.backends.console.EmailBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
CANNOT_SEND = "This installation cannot send email. Ask the admin of this installation to reset your password."
FAILED = "The password reset email could not be sent. Ask the admin of this installation to reset your password."


@pytest.fixture
def sari(db):
    return get_user_model().objects.create_user(
        username="sari", email="sari@example.go.id", password="kata-sandi-uji"
    )


def mailer(settings, backend):
    settings.MAILERS = {"default": {"BACKEND": backend}}


@pytest.mark.parametrize("backend", [NOT_CONFIGURED, CONSOLE])
def test_without_email_the_page_says_the_admin_resets_and_logs_it(
    client, settings, sari, backend, caplog
):
    settings.DEBUG = False
    mailer(settings, backend)
    assert gettext(CANNOT_SEND) in client.get("/accounts/password_reset/").content.decode()
    with caplog.at_level(logging.WARNING, logger="spbe.notifications.password_reset"):
        response = client.post("/accounts/password_reset/", {"email": sari.email})
    assert response.status_code == 503
    assert gettext(CANNOT_SEND) in response.content.decode()
    assert "email is not configured" in caplog.text
    assert not mail.outbox


def test_a_send_that_fails_is_logged_and_never_shown_as_sent(
    client, settings, sari, caplog, monkeypatch
):
    mailer(settings, LOCMEM)

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    with caplog.at_level(logging.ERROR, logger="spbe.notifications.password_reset"):
        response = client.post("/accounts/password_reset/", {"email": sari.email})
    assert response.status_code == 503
    assert gettext(FAILED) in response.content.decode()
    assert "password reset email" in caplog.text


def test_with_email_the_reset_is_sent(client, settings, sari):
    mailer(settings, LOCMEM)
    response = client.post("/accounts/password_reset/", {"email": sari.email})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password_reset/done/"
    assert mail.outbox[0].to == [sari.email]
