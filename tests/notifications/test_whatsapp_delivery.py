"""WhatsApp through a real HTTP gateway: the body, retries with backoff, quiet hours."""

import datetime
import json
import urllib.parse

import pytest
import time_machine
from django.core import mail

from spbe.notifications.channels import gateway_request_body
from spbe.notifications.models import Channel, Delivery, DeliveryStatus
from spbe.notifications.sender import send_due
from spbe.notifications.services import notify
from spbe.notify_rules import JAKARTA, MAX_ATTEMPTS
from tests.notifications.servers import Gateway, gateway_server

pytestmark = pytest.mark.django_db


def wib(day, hour, minute=0):
    return datetime.datetime(2026, 11, day, hour, minute, tzinfo=JAKARTA)


@pytest.fixture
def gateway(settings):
    settings.SPBE_BASE_URL = "https://spbe.example.go.id"
    settings.SPBE_WHATSAPP_TOKEN = "rahasia-token"
    settings.SPBE_WHATSAPP_BODY_FORMAT = "json"
    settings.SPBE_WHATSAPP_BODY = (
        '{"target": "{phone}", "message": "{message}", "countryCode": "62"}'
    )
    with gateway_server(Gateway()) as running:
        settings.SPBE_WHATSAPP_URL = running.url
        yield running


@pytest.fixture
def pic(make_person):
    return make_person("pic", email=False, whatsapp="6281234567890")


def tell(person, title="Butir 2 dikembalikan", link="/evaluasi/4/indikator/3/"):
    return notify(
        recipients=[person],
        kind="claim-returned",
        title=title,
        body='Catatan: "SK" belum ditandatangani.',
        link=link,
    )


def whatsapp_delivery():
    return Delivery.objects.get(channel=Channel.WHATSAPP)


@time_machine.travel(wib(2, 14), tick=False)
def test_the_gateway_gets_the_number_the_message_with_the_link_and_the_token(gateway, pic):
    tell(pic)
    assert send_due().sent == 1
    (request,) = gateway.requests
    assert request["headers"]["Authorization"] == "rahasia-token"
    assert request["headers"]["Content-Type"] == "application/json"
    body = json.loads(request["body"])
    assert body["target"] == "6281234567890"
    assert body["countryCode"] == "62"
    assert body["message"].startswith("*SPBE* · Butir 2 dikembalikan")
    assert 'Catatan: "SK" belum ditandatangani.' in body["message"]
    assert body["message"].endswith("https://spbe.example.go.id/evaluasi/4/indikator/3/")
    assert whatsapp_delivery().status == DeliveryStatus.SENT


@time_machine.travel(wib(2, 14), tick=False)
def test_a_form_template_is_sent_as_a_form(gateway, pic, settings):
    settings.SPBE_WHATSAPP_BODY_FORMAT = "form"
    settings.SPBE_WHATSAPP_BODY = "phone={phone}&message={message}&isGroup=false"
    tell(pic)
    send_due()
    (request,) = gateway.requests
    assert request["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    fields = dict(urllib.parse.parse_qsl(request["body"]))
    assert fields["phone"] == "6281234567890"
    assert fields["isGroup"] == "false"
    assert "https://spbe.example.go.id/evaluasi/4/indikator/3/" in fields["message"]


def test_a_500_gives_retrying_with_backoff_and_the_next_pass_sends(gateway, pic):
    gateway.answers = [500]
    with time_machine.travel(wib(2, 14), tick=False):
        tell(pic)
        assert send_due().retrying == 1
        delivery = whatsapp_delivery()
        assert delivery.status == DeliveryStatus.RETRYING
        assert delivery.attempts == 1
        assert delivery.next_attempt_at == wib(2, 14, 1)
        assert "500" in delivery.last_error
        # Not yet due: nothing is sent again.
        assert send_due().sent == 0
    with time_machine.travel(wib(2, 14, 1), tick=False):
        assert send_due().sent == 1
    delivery = whatsapp_delivery()
    assert (delivery.status, delivery.attempts, delivery.sent_at) == (
        DeliveryStatus.SENT,
        2,
        wib(2, 14, 1),
    )
    assert len(gateway.requests) == 2


def test_it_gives_up_after_the_maximum_number_of_attempts(gateway, pic):
    gateway.answers = [503] * MAX_ATTEMPTS
    with time_machine.travel(wib(2, 14), tick=False) as traveller:
        tell(pic)
        for _attempt in range(MAX_ATTEMPTS):
            send_due()
            traveller.shift(datetime.timedelta(hours=1))
    delivery = whatsapp_delivery()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, MAX_ATTEMPTS)
    assert "503" in delivery.last_error


@time_machine.travel(wib(2, 14), tick=False)
def test_a_refusal_by_the_gateway_fails_at_once_with_its_reason(gateway, pic):
    gateway.answers = [401]
    tell(pic)
    assert send_due().failed == 1
    delivery = whatsapp_delivery()
    assert delivery.status == DeliveryStatus.FAILED
    assert "401" in delivery.last_error


@time_machine.travel(wib(2, 14), tick=False)
def test_a_gateway_that_answers_200_with_status_false_is_retried(gateway, pic, settings):
    settings.SPBE_WHATSAPP_OK_FIELD = "status"
    gateway.answers = [200]
    tell(pic)
    send_due()
    assert whatsapp_delivery().status == DeliveryStatus.SENT
    settings.SPBE_WHATSAPP_OK_FIELD = "delivered"
    tell(pic, title="Butir 3")
    send_due()
    assert Delivery.objects.filter(status=DeliveryStatus.RETRYING).count() == 1


def test_a_message_due_at_22_waits_until_six_and_goes_then(gateway, pic):
    with time_machine.travel(wib(2, 20, 59), tick=False):
        tell(pic)
    with time_machine.travel(wib(2, 22), tick=False):
        result = send_due()
        assert (result.sent, result.held) == (0, 1)
        assert whatsapp_delivery().next_attempt_at == wib(3, 6)
        assert result.next_due == wib(3, 6)
    with time_machine.travel(wib(3, 5, 59), tick=False):
        assert send_due().sent == 0
    assert gateway.requests == []
    with time_machine.travel(wib(3, 6), tick=False):
        assert send_due().sent == 1
    assert len(gateway.requests) == 1


@time_machine.travel(wib(2, 14), tick=False)
def test_a_failing_gateway_does_not_keep_the_email_from_going(gateway, make_person):
    gateway.answers = [500]
    person = make_person("kominfo", whatsapp="6281234567890")
    tell(person)
    result = send_due()
    assert (result.sent, result.retrying) == (1, 1)
    assert len(mail.outbox) == 1
    assert whatsapp_delivery().status == DeliveryStatus.RETRYING


def test_the_json_template_escapes_whatever_the_message_holds():
    body = gateway_request_body(
        '{"to": "{phone}", "text": "{message}"}',
        "json",
        phone="628123",
        message='Kutip "ini"\nbaris {phone} \\ selesai',
    )
    assert json.loads(body) == {"to": "628123", "text": 'Kutip "ini"\nbaris {phone} \\ selesai'}
