"""Evidence jobs that no worker took, and readings marked running that no lease holds.

``spbe doctor`` reports them (``evidence.doctor``):

* **waiting jobs**: a text reading whose version is still "menunggu" (or a pre-check whose queue
  row is still ready) longer than the threshold after it was queued: no worker is running, or
  the task was lost (a process that died between its commit and queueing the task);
* **unleased readings**: a version "berjalan" with no lease (``text_lease_until`` empty), which
  the lease's recovery (``text_jobs``) never sees, since it looks for expired leases.

``--fix`` queues each waiting job again, once (its stale queue row is closed first, by a
conditional update, so a worker that took it meanwhile keeps it and no job runs twice), and
gives an unleased reading back to the queue, or fails it with the reason the lease's recovery
writes once it used its attempts. With no worker running the requeued job waits again, and the
report says so the next time: the fix then is to start ``spbe db_worker``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

from django.utils import timezone

from spbe.evidence.models import DocumentVersion, TextStatus
from spbe.evidence.text_jobs import (
    READ_TASK_PATH,
    Recovery,
    give_back_or_fail,
    uses_database_queue,
)

PRECHECK_TASK_PATH = "spbe.evidence.tasks.precheck_link_task"

JobKind = Literal["reading", "precheck"]


@dataclass(frozen=True)
class WaitingJob:
    """A job queued at ``since`` that no worker has taken: the reading of a version, or the
    pre-check of an evidence link (``target`` is the version's or the link's id), with the
    database queue's row that holds it, if there is one."""

    kind: JobKind
    target: int
    since: datetime.datetime
    row: str | None = None


def waiting_jobs(now: datetime.datetime, threshold: datetime.timedelta) -> list[WaitingJob]:
    """The jobs queued before ``now - threshold`` that no worker has begun."""
    cutoff = now - threshold
    queued = _queue_rows()
    # A version's reading waits since its latest queue row (a recovery queues it again), or,
    # with no row (the immediate backend, or a task that was lost), since its upload.
    latest_row: dict[int, tuple[datetime.datetime, str | None]] = {}
    for kind, target, since, row in queued:
        if kind == "reading" and since >= latest_row.get(target, (since, row))[0]:
            latest_row[target] = (since, row)
    # A worker that took a row but has not claimed the version's lease yet is not "waiting".
    taken = {t for kind, t, _since, _row in _queue_rows(running=True) if kind == "reading"}
    jobs = []
    pending = DocumentVersion.objects.filter(text_status=TextStatus.PENDING).order_by("pk")
    for pk, uploaded_at in pending.exclude(pk__in=taken).values_list("pk", "uploaded_at"):
        waited_since, queue_row = latest_row.get(pk, (uploaded_at, None))
        if waited_since <= cutoff:
            jobs.append(WaitingJob("reading", pk, waited_since, queue_row))
    jobs += [
        WaitingJob("precheck", target, since, row)
        for kind, target, since, row in queued
        if kind == "precheck" and since <= cutoff
    ]
    return jobs


def unleased_readings() -> list[int]:
    """The versions marked "berjalan" that no lease holds (the recovery never sees them)."""
    return list(
        DocumentVersion.objects.filter(
            text_status=TextStatus.RUNNING, text_lease_until__isnull=True
        ).values_list("pk", flat=True)
    )


def requeue_waiting(jobs: list[WaitingJob]) -> list[WaitingJob]:
    """Queue each waiting job again, unless a worker took it meanwhile; the jobs requeued."""
    from spbe.evidence.tasks import precheck_link_task, read_version_text

    requeued = []
    for job in jobs:
        if job.row is not None and not _close_ready_row(job.row):
            continue  # a worker took the row between the look and now: it is running
        if job.kind == "reading":
            if not DocumentVersion.objects.filter(
                pk=job.target, text_status=TextStatus.PENDING
            ).exists():
                continue
            read_version_text.enqueue(job.target)
        else:
            precheck_link_task.enqueue(job.target)
        requeued.append(job)
    return requeued


def recover_unleased() -> Recovery:
    """Give each unleased reading back to the queue, or fail it after its attempts; each by one
    conditional update, so a reader that takes a lease meanwhile keeps its reading."""
    from spbe.evidence.tasks import read_version_text

    result = Recovery()
    unleased = DocumentVersion.objects.filter(
        text_status=TextStatus.RUNNING, text_lease_until__isnull=True
    )
    give_back_or_fail(unleased, result)
    for pk in result.requeued:
        read_version_text.enqueue(pk)
    return result


def _queue_rows(*, running: bool = False) -> list[tuple[JobKind, int, datetime.datetime, str]]:
    """The database queue's ready rows of readings and pre-checks (``running``: the rows a
    worker has taken instead): kind, target, the moment it could first run, id. None with a backend that keeps no queue (the immediate one)."""
    if not uses_database_queue():
        return []
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult, get_date_max

    # A task queued to run at once has no run_after of its own: the queue writes the far future.
    at_once = get_date_max()
    status = TaskResultStatus.RUNNING if running else TaskResultStatus.READY
    rows = DBTaskResult.objects.filter(
        status=status, task_path__in=(READ_TASK_PATH, PRECHECK_TASK_PATH)
    ).values_list("pk", "task_path", "args_kwargs", "enqueued_at", "run_after")
    found: list[tuple[JobKind, int, datetime.datetime, str]] = []
    for pk, path, args_kwargs, enqueued_at, run_after in rows:
        target = (args_kwargs.get("args") or [None])[0]
        since = enqueued_at if run_after >= at_once else max(enqueued_at, run_after)
        if isinstance(target, int):
            kind: JobKind = "reading" if path == READ_TASK_PATH else "precheck"
            found.append((kind, target, since, str(pk)))
    return found


def _close_ready_row(pk: str) -> bool:
    """Mark a ready queue row failed (it is queued again), unless a worker took it."""
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    return bool(
        DBTaskResult.objects.filter(pk=pk, status=TaskResultStatus.READY).update(
            status=TaskResultStatus.FAILED,
            finished_at=timezone.now(),
            exception_class_path="spbe.evidence.waiting_jobs.Requeued",
            traceback="No worker took this job; spbe doctor --fix queued it again.",
        )
    )
