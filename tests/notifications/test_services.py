"""Telling people: the inbox row always, a queued delivery per channel they want."""

import datetime

import pytest
import time_machine
from django.http import Http404
from django.utils.translation import gettext

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.notifications.models import Channel, Delivery, DeliveryStatus, Mode, WhatsAppNumber
from spbe.notifications.selectors import inbox, notification_for, unread_count
from spbe.notifications.services import (
    mark_all_read,
    mark_read,
    notify,
    set_channel_preference,
    set_whatsapp_number,
)
from spbe.notify_rules import JAKARTA
from spbe.organizations.actors import actor_for

pytestmark = pytest.mark.django_db

AFTERNOON = datetime.datetime(2026, 11, 2, 14, 0, tzinfo=JAKARTA)
NIGHT = datetime.datetime(2026, 11, 2, 22, 0, tzinfo=JAKARTA)


def tell(*people, **fields):
    return notify(
        recipients=people,
        kind=fields.get("kind", "claim-returned"),
        title=fields.get("title", "Indikator 1 dikembalikan"),
        body=fields.get("body", "Lengkapi SK."),
        link=fields.get("link", "/evaluasi/1/"),
    )


def channels_of(user):
    return {d.channel: d for d in Delivery.objects.filter(notification__recipient=user)}


@time_machine.travel(AFTERNOON, tick=False)
def test_it_puts_the_message_in_the_inbox_and_queues_email_and_whatsapp(make_person, whatsapp_on):
    pic = make_person("pic", whatsapp="6281234567890")
    (notification,) = tell(pic)
    assert list(inbox(actor_for(pic))) == [notification]
    deliveries = channels_of(pic)
    assert set(deliveries) == {Channel.EMAIL, Channel.WHATSAPP}
    assert all(d.status == DeliveryStatus.QUEUED for d in deliveries.values())
    assert all(d.next_attempt_at == AFTERNOON for d in deliveries.values())


@time_machine.travel(AFTERNOON, tick=False)
def test_a_person_named_twice_gets_it_once_and_an_inactive_one_not_at_all(make_person):
    pic = make_person("pic")
    gone = make_person("gone")
    gone.is_active = False
    gone.save()
    assert len(tell(pic, pic, gone)) == 1
    assert not inbox(actor_for(gone)).exists()


@time_machine.travel(AFTERNOON, tick=False)
def test_it_queues_no_whatsapp_without_a_number_or_a_gateway_and_no_email_without_an_address(
    make_person, settings
):
    settings.SPBE_WHATSAPP_URL = ""
    with_number = make_person("nomor", whatsapp="6281234567890")
    without_address = make_person("tanpa", email=False)
    tell(with_number, without_address)
    assert set(channels_of(with_number)) == {Channel.EMAIL}
    assert channels_of(without_address) == {}
    assert unread_count(actor_for(without_address)) == 1


@time_machine.travel(AFTERNOON, tick=False)
def test_a_channel_turned_off_gets_nothing_and_a_digest_waits_for_its_hour(
    make_person, whatsapp_on
):
    pic = make_person("pic", whatsapp="6281234567890")
    set_channel_preference(user=pic, channel=Channel.EMAIL, mode=Mode.DIGEST, digest_hour=7, by=pic)
    set_channel_preference(user=pic, channel=Channel.WHATSAPP, mode=Mode.OFF, by=pic)
    tell(pic)
    deliveries = channels_of(pic)
    assert set(deliveries) == {Channel.EMAIL}
    assert deliveries[Channel.EMAIL].digest
    assert deliveries[Channel.EMAIL].next_attempt_at == datetime.datetime(
        2026, 11, 3, 7, 0, tzinfo=JAKARTA
    )
    assert AuditEvent.objects.filter(action="notifications.preference").count() == 2


@time_machine.travel(NIGHT, tick=False)
def test_a_whatsapp_message_at_night_is_queued_for_six_in_the_morning(make_person, whatsapp_on):
    pic = make_person("pic", whatsapp="6281234567890")
    tell(pic)
    deliveries = channels_of(pic)
    assert deliveries[Channel.WHATSAPP].next_attempt_at == datetime.datetime(
        2026, 11, 3, 6, 0, tzinfo=JAKARTA
    )
    assert deliveries[Channel.EMAIL].next_attempt_at == NIGHT


def test_it_refuses_a_digest_hour_outside_the_day(make_person):
    pic = make_person("pic")
    with pytest.raises(ActionRefused) as refused:
        set_channel_preference(
            user=pic, channel=Channel.EMAIL, mode=Mode.DIGEST, digest_hour=24, by=pic
        )
    assert refused.value.field == "digest_hour"


def test_marking_read_counts_down_and_mark_all_reads_the_rest(make_person):
    pic = make_person("pic")
    first, *_ = tell(pic)
    tell(pic)
    tell(pic)
    actor = actor_for(pic)
    assert unread_count(actor) == 3
    mark_read(notification=first, by=pic)
    assert unread_count(actor) == 2
    assert mark_all_read(by=pic) == 2
    assert unread_count(actor) == 0


def test_nobody_else_can_read_or_mark_a_notification(make_person, admin_user):
    pic = make_person("pic")
    other = make_person("other")
    (notification,) = tell(pic)
    for outsider in (other, admin_user):
        with pytest.raises(Http404):
            notification_for(actor_for(outsider), notification.pk)
    with pytest.raises(ActionRefused):
        mark_read(notification=notification, by=other)
    assert notification_for(actor_for(pic), notification.pk) == notification


def test_the_whatsapp_number_is_stored_normalised_and_audited(make_person):
    pic = make_person("pic")
    set_whatsapp_number(user=pic, number="0812-3456-7890", by=pic)
    assert WhatsAppNumber.objects.get(user=pic).number == "6281234567890"
    set_whatsapp_number(user=pic, number="", by=pic)
    assert not WhatsAppNumber.objects.filter(user=pic).exists()
    assert (
        AuditEvent.objects.filter(
            action__in=["notifications.whatsapp_number", "notifications.whatsapp_removed"]
        ).count()
        == 2
    )


def test_a_wrong_number_is_refused_with_a_reason_for_the_number_field(make_person):
    pic = make_person("pic")
    with pytest.raises(ActionRefused) as refused:
        set_whatsapp_number(user=pic, number="+1 415 555 0100", by=pic)
    assert refused.value.field == "number"
    assert refused.value.message == gettext(
        "Write an Indonesian number starting with 08, 62 or +62, e.g. 0812-3456-7890."
    )
    assert not WhatsAppNumber.objects.filter(user=pic).exists()
