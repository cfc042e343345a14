"""Email through a real SMTP server: recipient, subject, language, both parts and the link."""

import datetime

import pytest
import time_machine
from django.utils import translation
from django.utils.translation import gettext

from spbe.notifications.models import Channel, Delivery, DeliveryStatus, Mode
from spbe.notifications.sender import send_due
from spbe.notifications.services import (
    notify,
    notify_in_their_language,
    set_channel_preference,
    set_language,
)
from spbe.notify_rules import JAKARTA
from tests.notifications.servers import free_port, smtp_server

pytestmark = pytest.mark.django_db

AFTERNOON = datetime.datetime(2026, 11, 2, 14, 0, tzinfo=JAKARTA)


@pytest.fixture
def smtp(settings):
    settings.SPBE_BASE_URL = "https://spbe.example.go.id"
    settings.DEFAULT_FROM_EMAIL = "SPBE Kota <spbe@example.go.id>"
    with smtp_server() as mailbox:
        settings.MAILERS = {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": mailbox.port, "timeout": 10},
            }
        }
        yield mailbox


def parts(message):
    return {
        part.get_content_type(): part.get_content()
        for part in message.walk()
        if not part.is_multipart()
    }


@time_machine.travel(AFTERNOON, tick=False)
def test_the_email_arrives_with_recipient_subject_both_parts_and_the_link(smtp, make_person):
    pic = make_person("pic")
    notify(
        recipients=[pic],
        kind="claim-returned",
        title="Indikator 3 dikembalikan",
        body="Lampirkan SK yang ditandatangani.",
        link="/evaluasi/4/indikator/3/",
    )
    result = send_due()
    assert result.sent == 1
    ((recipients, message),) = smtp.messages
    assert recipients == ["pic@example.go.id"]
    assert message["From"] == "SPBE Kota <spbe@example.go.id>"
    with translation.override("id"):
        assert message["Subject"] == gettext("SPBE: %(title)s") % {
            "title": "Indikator 3 dikembalikan"
        }
        greeting = gettext("All your notifications:")
    content = parts(message)
    assert set(content) == {"text/plain", "text/html"}
    link = "https://spbe.example.go.id/evaluasi/4/indikator/3/"
    assert link in content["text/plain"]
    assert f'href="{link}"' in content["text/html"]
    assert "Lampirkan SK yang ditandatangani." in content["text/plain"]
    assert greeting in content["text/plain"]
    assert 'lang="id"' in content["text/html"]
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.sent_at) == (
        DeliveryStatus.SENT,
        1,
        AFTERNOON,
    )


def test_the_email_is_in_the_sites_language_when_it_is_english(smtp, make_person, settings):
    settings.LANGUAGE_CODE = "en"
    pic = make_person("pic")
    notify(recipients=[pic], kind="test", title="Report ready", link="/laporan/1/")
    send_due()
    ((_recipients, message),) = smtp.messages
    assert 'lang="en"' in parts(message)["text/html"]


@time_machine.travel(AFTERNOON, tick=False)
def test_a_user_who_chose_english_gets_the_email_in_english_the_others_in_indonesian(
    smtp, make_person, settings
):
    settings.LANGUAGE_CODE = "id"
    english, indonesian = make_person("english"), make_person("indonesian")
    set_language(user=english, language="en", by=english)
    notify_in_their_language(
        recipients=[english, indonesian],
        kind="report-ready",
        words=lambda: (gettext("Open the link to download it."), ""),
        link="/laporan/1/",
    )
    assert send_due().sent == 2
    mail = {recipients[0]: message for recipients, message in smtp.messages}
    texts = {}
    for language in ("en", "id"):
        with translation.override(language):
            title = gettext("Open the link to download it.")
            texts[language] = (
                gettext("SPBE: %(title)s") % {"title": title},
                gettext("All your notifications:"),
            )
    # The test can fail: the catalogue says it differently in Indonesian.
    assert texts["en"] != texts["id"]
    for address, language in (("english@example.go.id", "en"), ("indonesian@example.go.id", "id")):
        message = mail[address]
        subject, inbox_line = texts[language]
        assert message["Subject"] == subject
        assert inbox_line in parts(message)["text/plain"]
        assert f'lang="{language}"' in parts(message)["text/html"]


def test_a_digest_sends_the_days_notifications_in_one_email_at_its_hour(smtp, make_person):
    pic = make_person("pic")
    with time_machine.travel(AFTERNOON, tick=False):
        set_channel_preference(
            user=pic, channel=Channel.EMAIL, mode=Mode.DIGEST, digest_hour=7, by=pic
        )
        for number in (1, 2, 3):
            notify(recipients=[pic], kind="test", title=f"Butir {number}", link=f"/b/{number}/")
        assert send_due().sent == 0
    with time_machine.travel(datetime.datetime(2026, 11, 3, 7, 0, tzinfo=JAKARTA), tick=False):
        assert send_due().sent == 3
    ((_recipients, message),) = smtp.messages
    text = parts(message)["text/plain"]
    assert all(f"https://spbe.example.go.id/b/{n}/" in text for n in (1, 2, 3))
    assert "3" in message["Subject"]


@time_machine.travel(AFTERNOON, tick=False)
def test_a_mail_server_that_does_not_answer_leaves_the_delivery_retrying(settings, make_person):
    settings.SPBE_BASE_URL = "https://spbe.example.go.id"
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": free_port(), "timeout": 5},
        }
    }
    pic = make_person("pic")
    notify(recipients=[pic], kind="test", title="Butir 1", link="/b/1/")
    assert send_due().retrying == 1
    delivery = Delivery.objects.get()
    assert delivery.status == DeliveryStatus.RETRYING
    assert delivery.next_attempt_at == AFTERNOON + datetime.timedelta(minutes=1)
    assert "could not be reached" in delivery.last_error


@time_machine.travel(AFTERNOON, tick=False)
def test_without_a_mail_server_in_production_no_email_is_queued(settings, make_person):
    settings.MAILERS = {
        "default": {"BACKEND": "spbe.notifications.mail_backend.NotConfiguredBackend"}
    }
    pic = make_person("pic")
    notify(recipients=[pic], kind="test", title="Butir 1")
    assert not Delivery.objects.exists()
