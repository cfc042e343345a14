"""Queueing the day's reminders: ``spbe notify due`` and its task call ``remind_due``."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import translation

from spbe.notifications.channels import recipient_language
from spbe.notifications.services import notify
from spbe.reminders.due import DueItem, reminders_due
from spbe.reminders.models import Reminder
from spbe.reminders.sources import SOURCES, Source
from spbe.reminders.wording import REMINDERS_DUE, reminder_body, reminder_link, reminder_title


@dataclass(frozen=True)
class RemindResult:
    people: int  # the people who got a message
    items: int  # the lines in those messages
    already: int  # the lines skipped because they were reminded before


@transaction.atomic
def remind_due(*, today: datetime.date, sources: Sequence[Source] = ()) -> RemindResult:
    """Queue one message per person listing what is due for them today, once.

    A (person, deadline, threshold) reminded before (``Reminder``) is left out, so a second
    run on the same day queues nothing new. Each message is written in its reader's language
    (``recipient_language``): the sources' titles too, so they are read again in each other
    language among the people reminded. Sending is ``spbe notify send``'s job.
    """

    def due_now() -> dict[Any, list[DueItem]]:
        deadlines = [deadline for source in (sources or SOURCES) for deadline in source(today)]
        return reminders_due(deadlines, today)

    due = due_now()
    in_language = {translation.get_language() or settings.LANGUAGE_CODE: due}
    reminded = set(
        Reminder.objects.filter(recipient_id__in=list(due)).values_list(
            "recipient_id", "subject", "threshold"
        )
    )
    users: dict[Any, Any] = (
        get_user_model().objects.select_related("membership__agency").in_bulk(list(due))
    )
    people = items = already = 0
    for person_id, listed in sorted(due.items(), key=lambda entry: str(entry[0])):
        user = users.get(person_id)
        if user is None:
            continue
        language = recipient_language(user)
        if language not in in_language:
            with translation.override(language):
                in_language[language] = due_now()
        fresh = [
            item
            for item in in_language[language].get(person_id, listed)
            if (person_id, item.subject, item.threshold.value) not in reminded
        ]
        already += len(listed) - len(fresh)
        if not fresh or not _remind(user, fresh, today, language):
            continue
        people += 1
        items += len(fresh)
    return RemindResult(people=people, items=items, already=already)


def _remind(user: Any, items: list[DueItem], today: datetime.date, language: str) -> bool:
    """Record and queue one person's reminder; False if a run at the same time took it."""
    try:
        with transaction.atomic():
            rows = Reminder.objects.bulk_create(
                Reminder(
                    recipient=user,
                    subject=item.subject,
                    threshold=item.threshold.value,
                    day=today,
                )
                for item in items
            )
    except IntegrityError:
        return False
    membership = getattr(user, "membership", None)
    with translation.override(language):
        title, body = reminder_title(items), reminder_body(items)
    (notification,) = notify(
        recipients=[user],
        kind=REMINDERS_DUE,
        title=title,
        body=body,
        link=reminder_link(items),
        agency=membership.agency if membership else None,
    ) or (None,)
    if notification is not None:
        Reminder.objects.filter(pk__in=[row.pk for row in rows]).update(notification=notification)
    return True
