"""A delivery whose sender died while sending it: given back once its lease expires, a bounded
number of times, then failed with a reason a person can act on."""

import datetime

import pytest
import time_machine

from spbe.notifications import sender
from spbe.notifications.models import Delivery, DeliveryStatus
from spbe.notifications.services import notify
from spbe.notify_rules import JAKARTA, LEASE, MAX_ATTEMPTS

pytestmark = pytest.mark.django_db

AFTERNOON = datetime.datetime(2026, 11, 2, 14, 0, tzinfo=JAKARTA)


@pytest.fixture
def stranded(make_person, mailoutbox):
    """An email delivery claimed by a sender that then died (claimed, never recorded)."""
    with time_machine.travel(AFTERNOON, tick=False):
        (notification,) = notify(recipients=[make_person("pic")], kind="test", title="Tenggat")
    delivery = notification.deliveries.get()
    assert sender._claim(delivery.pk, AFTERNOON)
    return delivery


def test_a_claimed_delivery_is_left_alone_while_its_lease_runs(stranded, mailoutbox):
    result = sender.send_due(AFTERNOON + LEASE - datetime.timedelta(seconds=1))
    stranded.refresh_from_db()
    assert stranded.status == DeliveryStatus.SENDING and result.recovered == 0
    assert mailoutbox == []
    # The next pass is wanted when the lease expires.
    assert result.next_due == AFTERNOON + LEASE


def test_once_the_lease_expires_the_next_pass_sends_it_again(stranded, mailoutbox):
    result = sender.send_due(AFTERNOON + LEASE)
    stranded.refresh_from_db()
    assert result.recovered == 1 and result.sent == 1
    assert (stranded.status, stranded.attempts) == (DeliveryStatus.SENT, 2)
    assert len(mailoutbox) == 1


def test_a_delivery_stranded_on_its_last_attempt_fails_saying_why(stranded, mailoutbox):
    Delivery.objects.filter(pk=stranded.pk).update(attempts=MAX_ATTEMPTS)
    result = sender.send_due(AFTERNOON + LEASE)
    stranded.refresh_from_db()
    assert stranded.status == DeliveryStatus.FAILED and result.failed == 1
    assert "stopped while sending" in stranded.last_error
    assert str(MAX_ATTEMPTS) in stranded.last_error
    assert mailoutbox == []
