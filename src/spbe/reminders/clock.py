"""The day reminders are for: the local date in Asia/Jakarta, or one given as YYYY-MM-DD."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.notify_rules import JAKARTA


class BadDay(ValueError):
    """A day given on the command line that is not YYYY-MM-DD; its message says so."""


def jakarta_today() -> datetime.date:
    return timezone.now().astimezone(JAKARTA).date()


def parse_day(value: str) -> datetime.date:
    """``2026-12-08`` as a date; anything else is refused with a message to act on."""
    try:
        if len(value) != 10:
            raise ValueError(value)
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BadDay(
            _("%(value)r is not a day: give it as YYYY-MM-DD, e.g. 2026-12-08.") % {"value": value}
        ) from None
