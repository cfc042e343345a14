"""The lease on reading a version's text: who reads it, until when, and what happens if they die.

A reading is claimed by one conditional UPDATE (the version is not already held by a live
lease), which counts the attempt and holds the version until ``now + SPBE_TEXT_LEASE_SECONDS``.
The reader renews the lease every third of that time while its child process works. A worker
or web process killed in the middle (``kill -9``, out of memory, a deploy) renews nothing; once
its lease has expired, :func:`recover_stranded_readings` gives the version to another worker,
or, after ``SPBE_TEXT_MAX_ATTEMPTS`` attempts, fails it with a reason the user reads on the
version's page. Every write of a reader names its attempt, so a reader that was presumed dead
and comes back never overwrites the attempt that replaced it.

The recovery runs as a task queued for the moment the lease would expire (the database
backend), in ``spbe doctor --fix``, and each pass queues the next for the earliest lease still
held, as the notifications' sending pass does (``notifications.sender``).
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Case, F, Min, QuerySet, When
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.evidence.models import DocumentVersion, TextStatus

logger = logging.getLogger(__name__)

READ_TASK_PATH = "spbe.evidence.tasks.read_version_text"
RECOVER_TASK_PATH = "spbe.evidence.tasks.recover_readings"


class ReaderStopped(Exception):
    """Recorded on the queue's row of a reading whose worker stopped before it finished."""


def lease() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.SPBE_TEXT_LEASE_SECONDS)


def heartbeat_seconds() -> float:
    return settings.SPBE_TEXT_LEASE_SECONDS / 3


def claim_reading(version_id: int, now: datetime.datetime | None = None) -> int | None:
    """Take the reading of the version; the attempt's number, or None if a reader holds it.

    A version being read (even by a reader whose lease expired: the recovery decides about it)
    is not taken. Reading a version again once it was read or failed starts counting anew.
    """
    now = now or timezone.now()
    taken = (
        DocumentVersion.objects.filter(pk=version_id)
        .exclude(text_status=TextStatus.RUNNING)
        .update(
            text_status=TextStatus.RUNNING,
            text_error="",
            text_attempts=Case(
                When(text_status=TextStatus.PENDING, then=F("text_attempts") + 1), default=1
            ),
            text_lease_until=now + lease(),
        )
    )
    if not taken:
        return None
    return DocumentVersion.objects.values_list("text_attempts", flat=True).get(pk=version_id)


def renew_lease(version_id: int, attempt: int) -> bool:
    """Hold the reading for another lease; False if it was given to another attempt."""
    return bool(
        _this_attempt(version_id, attempt).update(text_lease_until=timezone.now() + lease())
    )


def finish_reading(version_id: int, attempt: int, **fields: object) -> bool:
    """Record the outcome of this attempt (and free the lease), unless it was given away."""
    return bool(_this_attempt(version_id, attempt).update(text_lease_until=None, **fields))


def _this_attempt(version_id: int, attempt: int) -> QuerySet[DocumentVersion]:
    return DocumentVersion.objects.filter(
        pk=version_id, text_status=TextStatus.RUNNING, text_attempts=attempt
    )


def stranded_reason(attempts: int) -> str:
    """Why a version's text was never read: its reader stopped ``attempts`` times."""
    return _(
        "Reading the text stopped %(attempts)s times before it finished (the worker was "
        "stopped, for example out of memory). Upload the file again, or ask the administrator "
        "to check the worker."
    ) % {"attempts": attempts}


@dataclass
class Recovery:
    """What one recovery pass did: versions given back to the queue, and versions failed."""

    requeued: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    next_due: datetime.datetime | None = None


def stranded_readings(now: datetime.datetime | None = None) -> list[int]:
    """The versions held by a lease that has expired: their reader died."""
    now = now or timezone.now()
    return list(
        DocumentVersion.objects.filter(
            text_status=TextStatus.RUNNING, text_lease_until__lte=now
        ).values_list("pk", flat=True)
    )


def recover_stranded_readings(now: datetime.datetime | None = None) -> Recovery:
    """Requeue each reading whose lease expired, or fail it once it used every attempt.

    Each change is one conditional UPDATE on the expired lease, so of two passes (two workers,
    or a worker and ``spbe doctor --fix``) only one recovers a version.
    """
    from spbe.evidence.tasks import read_version_text

    now = now or timezone.now()
    result = Recovery()
    expired = DocumentVersion.objects.filter(
        text_status=TextStatus.RUNNING, text_lease_until__lte=now
    )
    give_back_or_fail(expired, result)
    _close_abandoned_queue_rows([*result.requeued, *result.failed])
    for pk in result.requeued:
        read_version_text.enqueue(pk)
    result.next_due = DocumentVersion.objects.filter(text_status=TextStatus.RUNNING).aggregate(
        first=Min("text_lease_until")
    )["first"]
    return result


def give_back_or_fail(held: QuerySet[DocumentVersion], result: Recovery) -> None:
    """Give each reading of ``held`` back to the queue (``PENDING``), or fail it once it used
    every attempt, and note which in ``result``; the caller queues the requeued ones. Each change
    is one conditional UPDATE on ``held`` and the attempt, so of two passes only one changes it."""
    for pk, attempts in held.values_list("pk", "text_attempts"):
        one = held.filter(pk=pk, text_attempts=attempts)
        if attempts >= settings.SPBE_TEXT_MAX_ATTEMPTS:
            if one.update(
                text_status=TextStatus.FAILED,
                text_lease_until=None,
                text_error=stranded_reason(attempts)[:300],
            ):
                result.failed.append(pk)
                logger.error("evidence version %s: reading stopped %s times", pk, attempts)
        elif one.update(text_status=TextStatus.PENDING, text_lease_until=None):
            result.requeued.append(pk)
            logger.warning("evidence version %s: reader stopped; reading again", pk)


def _close_abandoned_queue_rows(version_ids: list[int]) -> None:
    """Mark failed the database queue's rows that the dead readers left "running"."""
    if not version_ids or not uses_database_queue():
        return
    from django_tasks_db.models import DBTaskResult

    for row in DBTaskResult.objects.running().filter(task_path=READ_TASK_PATH):
        if (row.args_kwargs.get("args") or [None])[0] in version_ids:
            row.set_failed(ReaderStopped("the worker stopped before the reading finished"))


def uses_database_queue() -> bool:
    """Whether tasks go to the database queue (a worker takes them later), not run at once."""
    from spbe.evidence.tasks import recover_readings

    return bool(recover_readings.get_backend().supports_defer)


def schedule_recovery(at: datetime.datetime) -> bool:
    """Queue a recovery pass for just after ``at`` (when a lease expires), unless one is queued
    for then already. Only with a backend that runs tasks later (the database queue): the
    immediate backend would run it at once; there ``spbe doctor --fix`` recovers."""
    if not uses_database_queue():
        return False
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from spbe.evidence.tasks import recover_readings

    run_after = at + datetime.timedelta(seconds=1)
    queued = DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path=RECOVER_TASK_PATH, run_after__lte=run_after
    )
    if not queued.exists():
        recover_readings.using(run_after=run_after).enqueue()
    return True
