"""Background sending: one pass over the due deliveries, and when to run the next one.

With the database backend (``SPBE_TASKS=database``, ``spbe db_worker``) a pass is queued for
the moment the first new delivery is due, and each pass queues the next for its earliest
retry or waiting message. The immediate backend of development and tests would run the pass
inside the request that notified, so nothing is queued there: ``spbe notify send`` (cron)
sends instead.
"""

from __future__ import annotations

import datetime

from django.tasks import task

from spbe.notifications.sender import send_due


def schedule_sending(at: datetime.datetime) -> bool:
    """Queue a sending pass for ``at`` if the task backend runs tasks outside the request."""
    if not send_deliveries.get_backend().supports_defer:
        return False
    send_deliveries.using(run_after=at).enqueue()
    return True


@task
def send_deliveries() -> str:
    """Send what is due; queue the next pass for what is still waiting."""
    result = send_due()
    if result.next_due is not None:
        schedule_sending(result.next_due)
    return result.summary()
