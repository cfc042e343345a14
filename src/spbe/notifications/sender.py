"""One sending pass: claim the due deliveries, send them, record what happened.

A delivery is claimed by one conditional UPDATE (``status`` still queued or retrying and
due), which the database applies to one row atomically: on SQLite writes are serialised, on
PostgreSQL a second UPDATE waits for the first and then re-reads the row, finds it claimed
and changes nothing. So two workers never send the same delivery at once. The claim is a
lease (``notify_rules.LEASE``, held in ``next_attempt_at``): a worker that dies after
claiming leaves the delivery ``sending``, and once the lease has expired a later pass gives
it back as ``retrying`` (the attempt counts), or fails it with the reason after
``MAX_ATTEMPTS``. Such a message may have left before the worker died, so it can arrive
twice; it is never lost silently (docs/notifications.md, "Delivery states").

The pass runs outside any transaction, so each claim and each result is committed at once.
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db.models import F, Min
from django.utils import timezone

from spbe.notifications.channels import CHANNELS, DeliveryError
from spbe.notifications.models import PENDING, Channel, Delivery, DeliveryStatus
from spbe.notify_rules import (
    LEASE,
    MAX_ATTEMPTS,
    earliest_whatsapp_send,
    in_quiet_hours,
    retry_delay,
)

logger = logging.getLogger(__name__)

# The most deliveries one pass claims; the next pass takes the rest.
PASS_SIZE = 500

# The reasons recorded on a delivery whose sender died while sending it.
STRANDED_RETRIED = (
    "The sender stopped while sending this message (its claim expired after {minutes} "
    "minutes): it is tried again, and may arrive twice if it had already left."
)
STRANDED_FAILED = (
    "The sender stopped while sending this message {attempts} times: given up. "
    "Check the worker's log (it may have been killed, e.g. out of memory)."
)


@dataclass
class PassResult:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    held: int = 0
    recovered: int = 0
    next_due: datetime.datetime | None = None
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"sent {self.sent}, retrying {self.retrying}, failed {self.failed}, "
            f"held for quiet hours {self.held}"
        )
        if self.recovered:
            text += f", given back from a stopped sender {self.recovered}"
        return text


def _due(now: datetime.datetime) -> list[tuple[int, int, str, bool]]:
    """The due deliveries as (pk, recipient, channel, digest), oldest first."""
    return list(
        Delivery.objects.filter(status__in=PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", "notification__recipient_id", "channel", "digest")[:PASS_SIZE]
    )


def _claim(pk: int, now: datetime.datetime) -> bool:
    """Take the delivery for this pass, until ``now + LEASE`` (kept in ``next_attempt_at``)."""
    return bool(
        Delivery.objects.filter(pk=pk, status__in=PENDING, next_attempt_at__lte=now).update(
            status=DeliveryStatus.SENDING, attempts=F("attempts") + 1, next_attempt_at=now + LEASE
        )
    )


def _recover_stranded(now: datetime.datetime, result: PassResult) -> None:
    """Give back the deliveries whose lease expired (their sender died): due again now, or
    failed once they used every attempt. Each is one conditional UPDATE, so of two passes
    only one gives a delivery back."""
    stranded = Delivery.objects.filter(status=DeliveryStatus.SENDING, next_attempt_at__lte=now)
    result.failed += stranded.filter(attempts__gte=MAX_ATTEMPTS).update(
        status=DeliveryStatus.FAILED,
        last_error=STRANDED_FAILED.format(attempts=MAX_ATTEMPTS),
    )
    result.recovered += stranded.filter(attempts__lt=MAX_ATTEMPTS).update(
        status=DeliveryStatus.RETRYING,
        next_attempt_at=now,
        last_error=STRANDED_RETRIED.format(minutes=int(LEASE.total_seconds() // 60)),
    )


def _hold_whatsapp(now: datetime.datetime) -> int:
    """In quiet hours, move every due WhatsApp delivery to 06:00 instead of sending it."""
    if not in_quiet_hours(now):
        return 0
    return Delivery.objects.filter(
        channel=Channel.WHATSAPP, status__in=PENDING, next_attempt_at__lte=now
    ).update(next_attempt_at=earliest_whatsapp_send(now))


def _groups(due: Sequence[tuple[int, int, str, bool]]) -> list[list[int]]:
    """One message per delivery, except a person's digest deliveries on a channel: one for all."""
    digests: dict[tuple[int, str], list[int]] = defaultdict(list)
    groups: list[list[int]] = []
    for pk, recipient_id, channel, digest in due:
        if digest:
            digests[(recipient_id, channel)].append(pk)
        else:
            groups.append([pk])
    return groups + list(digests.values())


def _record_sent(group: Sequence[Delivery], now: datetime.datetime) -> None:
    Delivery.objects.filter(pk__in=[d.pk for d in group]).update(
        status=DeliveryStatus.SENT, sent_at=now, last_error=""
    )


def _record_failure(
    group: Sequence[Delivery], error: DeliveryError, now: datetime.datetime, result: PassResult
) -> None:
    for delivery in group:
        delay = retry_delay(delivery.attempts) if error.retry else None
        if delay is None:
            delivery.status = DeliveryStatus.FAILED
            result.failed += 1
        else:
            at = now + delay
            if delivery.channel == Channel.WHATSAPP:
                at = earliest_whatsapp_send(at)
            delivery.status = DeliveryStatus.RETRYING
            delivery.next_attempt_at = at
            result.retrying += 1
        delivery.last_error = error.reason[:1000]
        delivery.save(update_fields=["status", "next_attempt_at", "last_error"])


def _send(claimed: Sequence[int], now: datetime.datetime, result: PassResult) -> None:
    group = list(
        Delivery.objects.filter(pk__in=claimed)
        .select_related("notification__recipient")
        .order_by("notification__created_at", "pk")
    )
    channel = CHANNELS[group[0].channel]
    recipient = group[0].notification.recipient
    try:
        channel.send(recipient=recipient, notifications=[d.notification for d in group])
    except DeliveryError as error:
        logger.warning("Deliveries %s by %s failed: %s", claimed, channel.name, error.reason)
        result.errors.append(error.reason)
        _record_failure(group, error, now, result)
    else:
        _record_sent(group, timezone.now())
        result.sent += len(group)


def send_due(now: datetime.datetime | None = None) -> PassResult:
    """Send every delivery due at ``now`` (default: the clock) once, and record the outcome."""
    now = now or timezone.now()
    result = PassResult()
    _recover_stranded(now, result)
    # After the recovery, so that a stranded WhatsApp message given back at night waits too.
    result.held = _hold_whatsapp(now)
    # Each group is claimed just before it is sent, so a worker that dies strands one message.
    for group_ids in _groups(_due(now)):
        claimed = [pk for pk in group_ids if _claim(pk, now)]
        if claimed:
            _send(claimed, now, result)
    # A claim's lease is due too: the pass after it gives back what a dead sender left.
    result.next_due = Delivery.objects.filter(
        status__in=(*PENDING, DeliveryStatus.SENDING)
    ).aggregate(first=Min("next_attempt_at"))["first"]
    return result
