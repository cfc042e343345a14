"""Writing notifications: telling people, reading the inbox, choosing channels.

``notify`` only writes rows: the inbox entry and one queued delivery per channel the person
wants. Nothing is sent here; the sender (``spbe.notifications.sender``) does that in a
background task or ``spbe notify send``, so a slow or broken gateway never holds up a page.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.errors import ActionRefused
from spbe.notifications.channels import email_configured, recipient_language, whatsapp_configured
from spbe.notifications.models import (
    Channel,
    ChannelPreference,
    Delivery,
    Mode,
    Notification,
    WhatsAppNumber,
)
from spbe.notifications.tasks import schedule_sending
from spbe.notifications.wording import phone_problem
from spbe.notify_rules import (
    InvalidPhoneNumber,
    earliest_whatsapp_send,
    next_digest,
    normalise_whatsapp,
)

# What a person gets before choosing: every channel they can be reached on, immediately.
DEFAULT_MODE = Mode.IMMEDIATE
DEFAULT_DIGEST_HOUR = 7


def _first_attempt(channel: str, mode: str, hour: int, now: datetime.datetime) -> datetime.datetime:
    at = next_digest(now, hour) if mode == Mode.DIGEST else now
    return earliest_whatsapp_send(at) if channel == Channel.WHATSAPP else at


@transaction.atomic
def notify(
    *,
    recipients: Iterable[Any],
    kind: str,
    title: str,
    body: str = "",
    link: str = "",
    agency: Any = None,
) -> list[Notification]:
    """Put the message in each recipient's inbox and queue it on the channels they chose.

    Each person gets it once even if named twice; inactive users get nothing. Email needs an
    address and WhatsApp a number, and each its configuration (SMTP, the gateway); a channel
    the person turned off gets no delivery.
    """
    now = timezone.now()
    people = {user.pk: user for user in recipients if user.is_active}
    notifications = Notification.objects.bulk_create(
        Notification(
            recipient=user,
            agency=agency,
            kind=kind,
            title=title[:200],
            body=body,
            link=link,
            created_at=now,
        )
        for user in people.values()
    )
    preferences = {
        (preference.user_id, preference.channel): preference
        for preference in ChannelPreference.objects.filter(user_id__in=people)
    }
    numbers = set(
        WhatsAppNumber.objects.filter(user_id__in=people).values_list("user_id", flat=True)
    )
    email_on, whatsapp_on = email_configured(), whatsapp_configured()
    deliveries = []
    for notification in notifications:
        user = notification.recipient
        reachable = {
            Channel.EMAIL: email_on and bool(user.email),
            Channel.WHATSAPP: whatsapp_on and user.pk in numbers,
        }
        for channel, can_reach in reachable.items():
            preference = preferences.get((user.pk, channel))
            mode = preference.mode if preference else DEFAULT_MODE
            hour = preference.digest_hour if preference else DEFAULT_DIGEST_HOUR
            if not can_reach or mode == Mode.OFF:
                continue
            deliveries.append(
                Delivery(
                    notification=notification,
                    channel=channel,
                    digest=mode == Mode.DIGEST,
                    next_attempt_at=_first_attempt(channel, mode, hour, now),
                )
            )
    Delivery.objects.bulk_create(deliveries)
    if deliveries:
        first = min(delivery.next_attempt_at for delivery in deliveries)
        transaction.on_commit(lambda: schedule_sending(first))
    return notifications


@transaction.atomic
def notify_in_their_language(
    *,
    recipients: Iterable[Any],
    kind: str,
    words: Callable[[], tuple[str, str]],
    link: str = "",
    agency: Any = None,
) -> list[Notification]:
    """``notify``, with the title and body written in each recipient's language.

    ``words`` returns (title, body) and is called once per language among the recipients,
    inside ``translation.override`` of it (``channels.recipient_language``), so that gettext
    and the date formats follow the reader, not the person whose action raised the message.
    """
    by_language: dict[str, list[Any]] = {}
    for user in recipients:
        by_language.setdefault(recipient_language(user), []).append(user)
    written: list[Notification] = []
    for language, people in by_language.items():
        with translation.override(language):
            title, body = words()
        written += notify(
            recipients=people, kind=kind, title=title, body=body, link=link, agency=agency
        )
    return written


@transaction.atomic
def set_language(*, user: Any, language: str, by: Any) -> None:
    """Choose the language of the user's messages (one of ``settings.LANGUAGES``); audited."""
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ActionRefused(_("Choose one of the languages offered."), field="language")
    if recipient_language(user) == language:
        return
    before = user.language
    user.language = language
    user.save(update_fields=["language"])
    audit_record(
        actor=by,
        action="notifications.language",
        target=user,
        summary=f"language of messages: {before or '-'} → {language}",
        data={"before": before, "after": language},
    )


@transaction.atomic
def mark_read(*, notification: Notification, by: Any) -> Notification:
    """Mark one of the reader's own notifications read (the view found it through the selector)."""
    if notification.recipient_id != by.pk:
        raise ActionRefused("not the recipient")
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


@transaction.atomic
def mark_all_read(*, by: Any) -> int:
    """Mark every unread notification of the reader read; the number marked."""
    return Notification.objects.filter(recipient=by, read_at__isnull=True).update(
        read_at=timezone.now()
    )


@transaction.atomic
def set_channel_preference(
    *, user: Any, channel: Channel, mode: Mode, digest_hour: int = DEFAULT_DIGEST_HOUR, by: Any
) -> ChannelPreference:
    """Choose how a channel reaches the user: off, immediately, or a digest at an hour (WIB)."""
    if not 0 <= digest_hour <= 23:
        raise ActionRefused(_("The digest hour must be between 0 and 23."), field="digest_hour")
    current = ChannelPreference.objects.filter(user=user, channel=channel).first()
    if current and (current.mode, current.digest_hour) == (mode, digest_hour):
        return current
    preference, _created = ChannelPreference.objects.update_or_create(
        user=user, channel=channel, defaults={"mode": mode, "digest_hour": digest_hour}
    )
    audit_record(
        actor=by,
        action="notifications.preference",
        target=preference,
        summary=f"{channel}: {mode}" + (f" {digest_hour:02d}:00" if mode == Mode.DIGEST else ""),
        data={"channel": channel, "mode": mode, "digest_hour": digest_hour},
    )
    return preference


@transaction.atomic
def set_whatsapp_number(*, user: Any, number: str, by: Any) -> WhatsAppNumber | None:
    """Store the user's WhatsApp number normalised to 62…; an empty number removes it.

    Raises ``ActionRefused`` (field ``number``) with the reason in the user's language.
    """
    current = WhatsAppNumber.objects.filter(user=user).first()
    if not number.strip():
        if current is None:
            return None
        current.delete()
        audit_record(
            actor=by,
            action="notifications.whatsapp_removed",
            target=user,
            summary="WhatsApp number removed",
        )
        return None
    try:
        normalised = normalise_whatsapp(number)
    except InvalidPhoneNumber as refused:
        raise ActionRefused(phone_problem(refused.problem), field="number") from refused
    if current and current.number == normalised:
        return current
    stored, _created = WhatsAppNumber.objects.update_or_create(
        user=user, defaults={"number": normalised}
    )
    audit_record(
        actor=by,
        action="notifications.whatsapp_number",
        target=user,
        summary=_("WhatsApp number set to %(number)s") % {"number": normalised},
        data={"number": normalised},
    )
    return stored
