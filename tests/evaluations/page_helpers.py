"""Signing in for page tests, and moving the clock to a stage day."""

from __future__ import annotations

import datetime

from tests.cast import PASSWORD
from tests.clock import JAKARTA


def login(client, user, language: str = "en"):
    client.logout()
    client.login(username=user.username, password=PASSWORD)
    client.cookies["django_language"] = language
    return client


def on_day(time_machine, day: datetime.date) -> None:
    """Freeze the clock the pages read at noon in Jakarta on ``day``, not ticking."""
    time_machine.move_to(
        datetime.datetime.combine(day, datetime.time(12), tzinfo=JAKARTA), tick=False
    )
