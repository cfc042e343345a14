"""When a message may go: WhatsApp's quiet hours and the daily digest, in Asia/Jakarta.

No WhatsApp message is sent between 21:00 and 06:00 Western Indonesian Time (WIB); such a
message waits until 06:00. A digest goes once a day at the hour the user chose. Instants are
timezone-aware ``datetime`` values; the answers are in Asia/Jakarta.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

JAKARTA = ZoneInfo("Asia/Jakarta")
QUIET_FROM = datetime.time(21, 0)
QUIET_UNTIL = datetime.time(6, 0)


def _local(instant: datetime.datetime) -> datetime.datetime:
    if instant.tzinfo is None:
        raise ValueError("the instant must be timezone-aware")
    return instant.astimezone(JAKARTA)


def in_quiet_hours(instant: datetime.datetime) -> bool:
    """Whether the instant falls between 21:00 (included) and 06:00 (excluded) in Jakarta."""
    clock = _local(instant).time()
    return clock >= QUIET_FROM or clock < QUIET_UNTIL


def earliest_whatsapp_send(instant: datetime.datetime) -> datetime.datetime:
    """The instant itself outside quiet hours, else the next 06:00 in Jakarta."""
    local = _local(instant)
    if not in_quiet_hours(local):
        return local
    day = local.date() if local.time() < QUIET_UNTIL else local.date() + datetime.timedelta(1)
    return datetime.datetime.combine(day, QUIET_UNTIL, tzinfo=JAKARTA)


def next_digest(instant: datetime.datetime, hour: int) -> datetime.datetime:
    """The first instant at or after ``instant`` that is ``hour``:00 in Jakarta (0–23)."""
    if not 0 <= hour <= 23:
        raise ValueError(f"the digest hour must be 0 to 23, not {hour}")
    local = _local(instant)
    candidate = datetime.datetime.combine(local.date(), datetime.time(hour), tzinfo=JAKARTA)
    if candidate < local:
        candidate += datetime.timedelta(days=1)
    return candidate
