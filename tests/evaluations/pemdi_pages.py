"""Set-up shared by the Pemdi assessor page tests: a sent evaluation on a stage day."""

from __future__ import annotations

import datetime

from tests.cast import PASSWORD, Cast
from tests.clock import JAKARTA
from tests.evaluations.helpers import send_verified


def noon(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(12), tzinfo=JAKARTA)


def sent_on(cast: Cast, time_machine, day: datetime.date, level: int = 2) -> Cast:
    """The cast's evaluation verified at ``level`` and sent (Dikirim), the clock on ``day``."""
    send_verified(cast, level=level)
    time_machine.move_to(noon(day))
    return cast


def login_as(client, cast: Cast, role: str):
    assert client.login(username=getattr(cast, role).username, password=PASSWORD)
    client.cookies["django_language"] = "en"
    return client
