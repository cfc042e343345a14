"""How long a failed delivery waits before the next attempt, and when to give up.

The delay doubles from one minute and is capped at one hour: 1, 2, 4, 8, 16 minutes, then
the sixth failure gives up. A gateway that is down for a few minutes loses nothing; one that
is misconfigured fails within half an hour instead of retrying forever.
"""

from __future__ import annotations

import datetime

MAX_ATTEMPTS = 6
FIRST_DELAY = datetime.timedelta(minutes=1)
LONGEST_DELAY = datetime.timedelta(hours=1)
# How long a sender holds a delivery it claimed. One claim covers one message (an SMTP or
# gateway call with a timeout of at most a minute), so a delivery still ``sending`` after this
# was claimed by a worker that died; the next pass gives it back (another attempt, counted).
LEASE = datetime.timedelta(minutes=10)


def retry_delay(attempts: int) -> datetime.timedelta | None:
    """The wait after ``attempts`` failed attempts (1 or more), or None: give up.

    ``None`` once ``attempts`` reaches :data:`MAX_ATTEMPTS`.
    """
    if attempts < 1:
        raise ValueError(f"attempts counts failures, from 1, not {attempts}")
    if attempts >= MAX_ATTEMPTS:
        return None
    # Doubling stops at the cap, so a large attempt count cannot overflow.
    doublings = min(attempts - 1, 32)
    return min(FIRST_DELAY * 2**doublings, LONGEST_DELAY)
